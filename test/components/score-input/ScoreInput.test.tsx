// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { atom } from 'nanostores';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CSAT_SCALES, NPS_SCALE, type ScoreScale } from '../../../src/lib/metrics/index.ts';
import { ScoreInput, scoreInputParts } from '../../../src/components/score-input/ScoreInput.tsx';
import { setParseWorkerFactoryForTests } from '../../../src/stores/score-input-parser.ts';
import { createScoreInput } from '../../../src/stores/score-input.ts';
import { loadPasteAnalyser } from '../../../src/stores/paste-analyser.ts';
import { INITIAL_SCORE_INPUT, type ScoreInputState } from '../../../src/lib/score-input/score-input-state.ts';

// The report, reading choices and counts fields load after first render on a page (shared/deferred-module.ts);
// loaded here first, as a settled page has them, so each paste's report shows in the same render.
beforeAll(async () => {
  await Promise.all([scoreInputParts.load(), loadPasteAnalyser()]);
});

function makeInput(scale: ScoreScale = NPS_SCALE, allowsGroups = true) {
  const $state = atom<ScoreInputState>(INITIAL_SCORE_INPUT);
  const input = createScoreInput({
    $state,
    update: (change) => $state.set(change($state.get())),
    $scale: atom(scale),
    ssrScale: scale,
    allowsGroups,
  });
  return { $state, input };
}

function renderInput(scale: ScoreScale = NPS_SCALE, allowsGroups = true) {
  const made = makeInput(scale, allowsGroups);
  render(<ScoreInput input={made.input} legend="Answers" boxLabel="Answers, 0 to 10" example="10, 9, 7" />);
  return made;
}

/** Put text in the box and leave it, as a person does (the box is read at once on blur). */
function paste(text: string) {
  const box = screen.getByLabelText('Answers, 0 to 10');
  fireEvent.input(box, { target: { value: text } });
  fireEvent.blur(box);
}

function report(): string {
  return document.querySelector('.score-input__report')?.textContent ?? '';
}

beforeEach(() => setParseWorkerFactoryForTests(() => null));
afterEach(() => {
  cleanup();
  setParseWorkerFactoryForTests(undefined);
});

describe('ScoreInput: pasting', () => {
  it('forgives Windows line ends, a byte-order mark, blank lines, tabs, semicolons and quoted fields', () => {
    const { input } = renderInput();
    paste('\uFEFF10\r\n9;8\r\n\r\n"7"\t6  5\r\n');
    expect(report()).toBe('Read 6 answers.');
    const outcome = input.$outcome.get();
    expect(outcome.kind === 'scores' && outcome.counts).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
  });

  it('says how many rows of the chosen column are blank, in the singular for one', () => {
    renderInput();
    paste('id,score\n1,9\n2,\n3,10');
    expect(report()).toContain('One row has no answer in this column (not counted).');
    paste('id,score\n1,9\n2,\n3,\n4,10');
    expect(report()).toContain('2 rows have no answer in this column (not counted).');
  });

  it('reports every value left out with its line and why, and still counts the rest', () => {
    renderInput();
    paste('10\nabc\n11\n7.5\n9');
    expect(report()).toContain('Read 2 answers; left out 3 values that cannot count (1 not a number, 1 outside 0–10, 1 not a whole number):');
    const items = within(document.querySelector('.score-input__report') as HTMLElement).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual(['Line 2: "abc" is not a number', 'Line 3: "11" is outside the scale 0–10', 'Line 4: "7.5" is not a whole number']);
  });

  it('lists the first ten problems and puts the rest behind “Show more”', () => {
    renderInput();
    paste(Array.from({ length: 14 }, (_, index) => `x${String(index)}`).join('\n'));
    const report = document.querySelector('.score-input__report') as HTMLElement;
    expect(report.querySelectorAll(':scope > .issue-list li')).toHaveLength(10);
    expect(within(report).getByText('Show 4 more')).toBeTruthy();
    expect(report.textContent).toContain('None of the values can count');
  });

  it('reads a decimal comma alone on a line and says so', () => {
    renderInput(CSAT_SCALES['1-5'], false);
    paste('4,5\n3');
    expect(report()).toContain('Line 1: "4,5" is not a whole number');
    expect(report()).toContain('Commas were read as decimal marks (4,5 is 4.5).');
  });

  it('finds the score column of a CSV with a header and lets the person choose another by name', () => {
    const { $state } = renderInput();
    paste('name,score,visits\nAda,10,3\nBo,"9",12\nCy,4,1\n');
    const select = screen.getByLabelText('Column to read') as HTMLSelectElement;
    expect(select.value).toBe('1');
    expect([...select.options].map((option) => option.textContent)).toEqual([
      'name (Ada, Bo, Cy), mostly text',
      'score (10, 9, 4)',
      'visits (3, 12, 1)',
    ]);
    expect(report()).toBe('Read 3 answers from “score”.We chose it because 3 of 3 values are answers from 0–10 and its header mentions “score”. Change it if needed.');
    fireEvent.change(select, { target: { value: '2' } });
    expect($state.get().column).toEqual({ index: 2, name: 'visits' });
    expect(report()).toContain('Read 2 answers from “visits”; left out 1 value');
    expect(report()).toContain('Row 3, column 3: "12" is outside the scale 0–10');
  });

  it('reads the chosen one of two columns with the same header, and says which by its position (the reported case)', () => {
    const { $state } = renderInput();
    // Two "NPS" columns: the first all promoters (+100), the second all detractors (−100).
    paste('Date,NPS,Region,NPS\n2025-01-01,9,North,3\n2025-01-02,10,South,6\n2025-01-03,9,North,5\n');
    const select = screen.getByLabelText('Column to read') as HTMLSelectElement;
    fireEvent.change(select, { target: { value: '3' } });
    expect($state.get().column).toEqual({ index: 3, name: 'NPS' });
    expect(select.value).toBe('3');
    expect(report()).toContain('Read 3 answers from “NPS” (column 4)');
    fireEvent.change(select, { target: { value: '1' } });
    expect(report()).toContain('Read 3 answers from “NPS” (column 2)');
  });

  it('offers to read header-less comma rows as columns', () => {
    renderInput();
    paste('1,10\n2,9\n3,8\n');
    expect(screen.getByRole('group', { name: 'How to read these numbers' })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('2 columns'));
    const select = screen.getByLabelText('Column to read') as HTMLSelectElement;
    // Column 1 counts up 1, 2, 3: row numbers, so column 2 is suggested.
    expect(select.value).toBe('1');
    expect(report()).toBe('Read 3 answers from column 2.We chose it because 3 of 3 values are answers from 0–10. Change it if needed.');
    fireEvent.change(select, { target: { value: '0' } });
    expect(report()).toBe('Read 3 answers from column 1.');
    fireEvent.click(screen.getByLabelText('One list'));
    // As one list, "1,10" alone on a line has a decimal comma: 1.1, not a whole number.
    expect(report()).toContain('Line 1: "1,10" is not a whole number');
  });

  it('reads a chosen file locally and refuses a spreadsheet with a way forward', async () => {
    const user = userEvent.setup();
    const { $state } = renderInput();
    const chooser = screen.getByLabelText('Choose a file');
    await user.upload(chooser, new File(['9\n10\n3\n'], 'answers.csv', { type: 'text/csv' }));
    await screen.findByText('Read 3 answers.');
    expect($state.get().fileName).toBe('answers.csv');
    expect((screen.getByLabelText('Answers, 0 to 10') as HTMLTextAreaElement).value).toBe('9\n10\n3\n');

    await act(async () => {
      fireEvent.change(chooser, { target: { files: [new File(['PK'], 'answers.xlsx', { type: '' })] } });
    });
    expect(screen.getByRole('alert').textContent).toBe(
      '“answers.xlsx” is a spreadsheet file (.xlsx), not CSV or text. Save or export it as CSV first, or copy the column and paste it here. The earlier answers, read from “answers.csv”, were cleared.',
    );
  });

  it('says a 0-byte file is empty rather than showing it as a file with no answers', async () => {
    renderInput();
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Choose a file'), { target: { files: [new File([], 'export.csv', { type: 'text/csv' })] } });
    });
    expect(screen.getByRole('alert').textContent).toBe('“export.csv” is empty (0 bytes): there are no answers in it. Choose the file again once it is saved, or paste the answers.');
  });

  it('accepts a file dropped on the box', async () => {
    renderInput();
    const area = document.querySelector('.score-input__paste') as HTMLElement;
    const file = new File(['7\n8\n'], 'drop.txt', { type: 'text/plain' });
    fireEvent.dragOver(area, { dataTransfer: { types: ['Files'], files: [file], dropEffect: 'none' } });
    expect(area.className).toContain('score-input__paste--drop');
    fireEvent.drop(area, { dataTransfer: { types: ['Files'], files: [file] } });
    await screen.findByText('Read 2 answers.');
  });
});

describe('ScoreInput: counts mode', () => {
  it('takes a count per score and names the field that is wrong', () => {
    const { input } = renderInput();
    fireEvent.click(screen.getByLabelText('Type counts'));
    fireEvent.change(screen.getByLabelText('Answered 10'), { target: { value: '1,200' } });
    fireEvent.change(screen.getByLabelText('Answered 0'), { target: { value: '-3' } });
    expect(screen.getByLabelText('Answered 0').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('A count cannot be negative (−3).')).toBeTruthy();
    expect(input.$outcome.get()).toEqual({ kind: 'invalid-counts' });
    fireEvent.change(screen.getByLabelText('Answered 0'), { target: { value: '' } });
    const outcome = input.$outcome.get();
    expect(outcome.kind === 'scores' && outcome.n).toBe(1200);
  });

  it('takes promoters, passives and detractors for NPS', () => {
    const { input } = renderInput();
    fireEvent.click(screen.getByLabelText('Type counts'));
    fireEvent.click(screen.getByLabelText('Promoters, passives, detractors'));
    fireEvent.change(screen.getByLabelText('Promoters (9–10)'), { target: { value: '50' } });
    fireEvent.change(screen.getByLabelText('Detractors (0–6)'), { target: { value: 'many' } });
    expect(screen.getByText('“many” is not a number: type how many answered, e.g. 12.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Detractors (0–6)'), { target: { value: '10' } });
    expect(input.$outcome.get()).toEqual({ kind: 'groups', groups: { promoters: 50, passives: 0, detractors: 10 }, n: 60 });
  });

  it('offers no groups on other scales', () => {
    renderInput(CSAT_SCALES['1-5'], false);
    fireEvent.click(screen.getByLabelText('Type counts'));
    expect(screen.queryByLabelText('Promoters, passives, detractors')).toBeNull();
    expect(screen.getAllByRole('textbox').map((field) => field.id.length > 0)).toHaveLength(5);
  });
});
