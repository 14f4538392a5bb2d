// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { atom } from 'nanostores';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { NPS_SCALE } from '../../../src/lib/metrics/index.ts';
import { PasteBox } from '../../../src/components/score-input/PasteBox.tsx';
import { ScoreInput } from '../../../src/components/score-input/ScoreInput.tsx';
import { loadPasteAnalyser } from '../../../src/stores/paste-analyser.ts';
import { setParseWorkerFactoryForTests } from '../../../src/stores/score-input-parser.ts';
import { createScoreInput } from '../../../src/stores/score-input.ts';
import { INITIAL_SCORE_INPUT, type ScoreInputState } from '../../../src/lib/score-input/score-input-state.ts';
import { formatBytes, formatDate } from '../../../src/lib/text/format.ts';

const LABEL = 'Answers, 0 to 10';
const SAVED_AT = '2026-12-01T12:00:00.000Z';

/** A score input whose saved state already holds `saved` when the page renders, as after a reload. */
function renderInput(saved: Partial<ScoreInputState> = {}) {
  const $state = atom<ScoreInputState>({ ...INITIAL_SCORE_INPUT, ...saved });
  const input = createScoreInput({
    $state,
    update: (change) => $state.set(change($state.get())),
    $scale: atom(NPS_SCALE),
    ssrScale: NPS_SCALE,
    allowsGroups: true,
  });
  render(<ScoreInput input={input} legend="Answers" boxLabel={LABEL} example="10, 9, 7" />);
  return { $state, input, box: screen.getByLabelText(LABEL) as HTMLTextAreaElement };
}

/** The counts read, 0 to 10, or null when there is no result. */
function countsOf(input: ReturnType<typeof renderInput>['input']): readonly number[] | null {
  const outcome = input.$outcome.get();
  return outcome.kind === 'scores' ? outcome.counts : null;
}

const choice = () => screen.queryByRole('group', { name: /The box holds answers/ });

// The paste reader loads after first render on a page; here it is loaded first, as on a settled page.
beforeAll(async () => {
  await loadPasteAnalyser();
});
beforeEach(() => setParseWorkerFactoryForTests(() => null));
afterEach(() => {
  cleanup();
  setParseWorkerFactoryForTests(undefined);
});

describe('PasteBox: pasting into answers restored from an earlier visit', () => {
  it('holds the paste back and asks, with the saved date, focusing “Replace”', async () => {
    const user = userEvent.setup();
    const { box, $state } = renderInput({ text: '9 10 1', savedAt: SAVED_AT });
    expect(box.value).toBe('9 10 1');
    await user.click(box);
    expect(box.selectionStart).toBe(6);
    await user.paste('0 8 9');
    const group = choice();
    expect(group).not.toBeNull();
    expect(group?.textContent).toContain(`saved on ${formatDate(SAVED_AT)}`);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: `Replace the answers from ${formatDate(SAVED_AT)}` }));
    // Nothing pasted yet: the box and the saved answers are as they were.
    expect(box.value).toBe('9 10 1');
    expect($state.get().text).toBe('9 10 1');
  });

  it('Replace (Enter on the focused default) keeps only the pasted answers and gives focus back to the box', async () => {
    const user = userEvent.setup();
    const { box, input, $state } = renderInput({ text: '9 10 1', savedAt: SAVED_AT });
    await user.click(box);
    await user.paste('0 8 9');
    await user.keyboard('{Enter}');
    expect(choice()).toBeNull();
    expect(box.value).toBe('0 8 9');
    expect($state.get().text).toBe('0 8 9');
    // 0, 8 and 9: one each of scores 0, 8 and 9.
    expect(countsOf(input)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0]);
    expect(document.activeElement).toBe(box);
  });

  it('Add keeps both with a line break between: 9 10 1 and 0 8 9 are six answers, no “10” made of “1” and “0”', async () => {
    const user = userEvent.setup();
    const { box, input } = renderInput({ text: '9 10 1', savedAt: SAVED_AT });
    await user.click(box);
    await user.paste('0 8 9');
    await user.click(screen.getByRole('button', { name: 'Add to them' }));
    expect(box.value).toBe('9 10 1\n0 8 9');
    // 9, 10, 1, 0, 8, 9: scores 0, 1, 8 and 10 once, 9 twice (6 answers; fused it read 9, 10, 10, 8, 9).
    expect(countsOf(input)).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 1, 2, 1]);
    expect(document.activeElement).toBe(box);
    expect(box.selectionStart).toBe(box.value.length);
  });

  it('Cancel (or Escape) drops the paste and leaves the answers as they were', async () => {
    const user = userEvent.setup();
    const { box, $state } = renderInput({ text: '9 10 1', savedAt: SAVED_AT });
    await user.click(box);
    await user.paste('0 8 9');
    await user.keyboard('{Escape}');
    expect(choice()).toBeNull();
    expect(document.activeElement).toBe(box);
    await user.paste('5');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(choice()).toBeNull();
    expect(box.value).toBe('9 10 1');
    expect($state.get().text).toBe('9 10 1');
  });

  it('is keyboard-usable: Tab reaches “Add to them” and “Cancel” in turn', async () => {
    const user = userEvent.setup();
    const { box } = renderInput({ text: '9 10 1', savedAt: SAVED_AT });
    await user.click(box);
    await user.paste('0 8 9');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add to them' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Enter}');
    expect(choice()).toBeNull();
  });

  it('asks without a date when the answers were saved before dates were kept, and names their file', async () => {
    const user = userEvent.setup();
    const { box } = renderInput({ text: '9 10 1', fileName: 'october.csv' });
    await user.click(box);
    await user.paste('0 8 9');
    expect(choice()?.textContent).toContain('The box holds answers from “october.csv” from an earlier visit.');
    expect(screen.getByRole('button', { name: 'Replace the earlier answers' })).toBe(document.activeElement);
  });

  it('does not ask once the answers have been replaced or added to: the next paste is an ordinary one', async () => {
    const user = userEvent.setup();
    const { box } = renderInput({ text: '9 10 1', savedAt: SAVED_AT });
    await user.click(box);
    await user.paste('0 8 9');
    await user.click(screen.getByRole('button', { name: 'Add to them' }));
    await user.paste(' 7');
    expect(choice()).toBeNull();
    expect(box.value).toBe('9 10 1\n0 8 9 7');
  });

  it('does not ask when everything in the box is selected: pasting over it all already replaces it', async () => {
    const user = userEvent.setup();
    const { box } = renderInput({ text: '9 10 1', savedAt: SAVED_AT });
    await user.click(box);
    box.setSelectionRange(0, box.value.length);
    await user.paste('0 8 9');
    expect(choice()).toBeNull();
    expect(box.value).toBe('0 8 9');
  });
});

describe('PasteBox: pasting into answers typed on this visit', () => {
  it('restored answers the person has since edited are this visit’s: a paste goes at the caret without asking', async () => {
    const user = userEvent.setup();
    const { box, input } = renderInput({ text: '9 10', savedAt: SAVED_AT });
    await user.click(box);
    await user.type(box, ' 1 ');
    fireEvent.blur(box);
    await user.click(box);
    await user.paste('0 8 9');
    expect(choice()).toBeNull();
    expect(box.value).toBe('9 10 1 0 8 9');
    fireEvent.blur(box);
    expect(countsOf(input)).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 1, 2, 1]);
  });


  it('text typed on a fresh visit takes a paste at the caret, without asking', async () => {
    const user = userEvent.setup();
    const { box, input } = renderInput();
    await user.type(box, '9 10 1 ');
    fireEvent.blur(box);
    await user.click(box);
    await user.paste('0 8 9');
    expect(choice()).toBeNull();
    expect(box.value).toBe('9 10 1 0 8 9');
    fireEvent.blur(box);
    // 9, 10, 1, 0, 8, 9 as in the Add case.
    expect(countsOf(input)).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 1, 2, 1]);
  });

  it('a paste starting with a digit at a caret just after a digit gets a line break, so the two never fuse', async () => {
    const user = userEvent.setup();
    const { box, input } = renderInput();
    await user.type(box, '9 10 1');
    fireEvent.blur(box);
    await user.click(box);
    await user.paste('0 8 9');
    expect(choice()).toBeNull();
    expect(box.value).toBe('9 10 1\n0 8 9');
    expect(countsOf(input)).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 1, 2, 1]);
  });
});

describe('PasteBox: files', () => {
  it('names the file and its size once it is read', async () => {
    const user = userEvent.setup();
    renderInput();
    // "9\n10\n3\n" is 7 bytes.
    await user.upload(screen.getByLabelText('Choose a file'), new File(['9\n10\n3\n'], 'answers.csv', { type: 'text/csv' }));
    // "Reading …" first, then what was read: wait for the second.
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe(`Read “answers.csv” (${formatBytes(7)}).`), { timeout: 10_000 });
    expect(formatBytes(7, { locale: 'en-GB' })).toBe('7 bytes');
  });

  it('a refused file clears answers read from an earlier file and says so', async () => {
    const user = userEvent.setup();
    const { box, input } = renderInput();
    const chooser = screen.getByLabelText('Choose a file');
    await user.upload(chooser, new File(['9\n10\n3\n'], 'october.csv', { type: 'text/csv' }));
    await screen.findByText('Read 3 answers.');
    await act(async () => {
      fireEvent.change(chooser, { target: { files: [new File(['PK'], 'november.xlsx', { type: '' })] } });
    });
    expect(screen.getByRole('alert').textContent).toBe(
      '“november.xlsx” is a spreadsheet file (.xlsx), not CSV or text. Save or export it as CSV first, or copy the column and paste it here. The earlier answers, read from “october.csv”, were cleared.',
    );
    expect(box.value).toBe('');
    expect(screen.queryByText('Read 3 answers.')).toBeNull();
    expect(countsOf(input)).toBeNull();
  });

  it('a refused file keeps answers the person typed, and says they are still shown', async () => {
    const user = userEvent.setup();
    const { box, input } = renderInput();
    await user.type(box, '9 10');
    fireEvent.blur(box);
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Choose a file'), { target: { files: [new File(['PK'], 'november.xlsx', { type: '' })] } });
    });
    expect(screen.getByRole('alert').textContent).toBe(
      '“november.xlsx” is a spreadsheet file (.xlsx), not CSV or text. Save or export it as CSV first, or copy the column and paste it here. Your earlier answers are still shown.',
    );
    expect(box.value).toBe('9 10');
    expect(countsOf(input)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]);
  });
});

describe('PasteBox: counts kept from a large paste on an earlier visit', () => {
  it('says what they are beside the box, once the input’s later parts are here, and the box points at it', async () => {
    // Counts of 1,000 lines, column 2 ("score") of "survey.csv": what summariseForKeeping keeps instead of the text.
    const kept = { scale: NPS_SCALE, counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 400, 600], n: 1000, leftOut: 0, issues: [], decimalComma: false, blankCells: 0, characters: 150_000, lines: 1000, columnNumber: 2, columnName: 'score' };
    const { box } = renderInput({ kept, fileName: 'survey.csv' });
    const notice = await screen.findByText(/These are the counts of/);
    expect(notice.textContent).toBe(
      'Large paste: we kept the counts, not the text, for next time. These are the counts of 1,000 lines (150,000 characters) pasted earlier from “survey.csv”, column 2 (“score”). To read another column, paste them again; type or paste in the box to replace them.',
    );
    expect(box.getAttribute('aria-describedby')?.split(' ')).toContain(notice.id);
  });
});

describe('PasteBox: typing while a file is being read', () => {
  it('keeps what was typed: it is newer than the file, whose reading is dropped', async () => {
    const { box, $state, input } = renderInput();
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Choose a file'), { target: { files: [new File(['9\n10\n3\n'], 'october.csv', { type: 'text/csv' })] } });
      // Before the file has been read: the typing pause has not passed either.
      box.value = '7 7';
      fireEvent.input(box);
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(box.value).toBe('7 7');
    expect($state.get()).toMatchObject({ text: '7 7', fileName: null });
    expect(input.$fileStatus.get()).toEqual({ kind: 'idle' });
    expect(countsOf(input)).toEqual([0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0]);
  });
});

describe('the report on counts kept from a large paste read on another scale', () => {
  it('says they were read on that scale instead of describing that reading as this one’s', async () => {
    // Kept on 1–5 (a CSAT paste) while the input now reads 0–10: nothing of it counts here.
    const kept = { scale: { min: 1, max: 5 }, counts: [1, 0, 0, 2, 3], n: 6, leftOut: 1, issues: ['Line 7: "x" is not a number'], decimalComma: false, blankCells: 0, characters: 200_000, lines: 7, columnNumber: null, columnName: null };
    renderInput({ kept });
    const note = await screen.findByText(/These counts were read on the/);
    expect(note.textContent).toBe('These counts were read on the 1–5 scale, not this 0–10 one. Paste the answers again to read them on it.');
    expect(screen.queryByText(/Read 6 answers/)).toBeNull();
  });
});

describe('PasteBox: a refused file before the wording of why has loaded', () => {
  it('says only that the file could not be read (the input loads the wording with its later parts)', async () => {
    const $state = atom<ScoreInputState>(INITIAL_SCORE_INPUT);
    const input = createScoreInput({ $state, update: (change) => $state.set(change($state.get())), $scale: atom(NPS_SCALE), ssrScale: NPS_SCALE, allowsGroups: true });
    render(<PasteBox input={input} label={LABEL} example="10, 9, 7" reportId="report" fileName={null} parts={null} />);
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Choose a file'), { target: { files: [new File(['PK'], 'november.xlsx', { type: '' })] } });
    });
    expect(screen.getByRole('alert').textContent).toBe('“november.xlsx” could not be read.');
  });
});

describe('PasteBox: text that arrives all at once by another path than a paste', () => {
  // 50,000 answers of 10: 150,000 characters, past the 100,000 the box keeps (LARGE_PASTE_CHARACTERS).
  const LARGE = '10\n'.repeat(50_000);
  // 20,000 answers of 9: 60,000 characters, over the 50,000 the page takes itself but under what the box keeps.
  const MEDIUM = '9\n'.repeat(30_000);

  it('takes large text a script put in the box out of it at once, into a fresh empty box that keeps the focus, and reads it all', async () => {
    const { box, $state, input } = renderInput();
    box.focus();
    box.value = LARGE;
    fireEvent.input(box);
    const fresh = screen.getByLabelText(LABEL) as HTMLTextAreaElement;
    expect(fresh).not.toBe(box);
    expect(fresh.value).toBe('');
    expect(document.activeElement).toBe(fresh);
    // Not saved as text (too long), held as a large source of its full length.
    expect($state.get().text).toBe('');
    expect(input.$largeSource.get()?.characters).toBe(LARGE.length);
    await vi.waitFor(() => expect(countsOf(input)?.[10]).toBe(50_000), { timeout: 10_000 });
  });

  it('reads autofilled text of a size the box keeps at once, without the typing pause, and leaves it in the box', () => {
    const { box, $state } = renderInput();
    box.value = MEDIUM;
    fireEvent.input(box, { inputType: 'insertReplacementText' });
    expect($state.get().text).toBe(MEDIUM);
    expect((screen.getByLabelText(LABEL) as HTMLTextAreaElement).value).toBe(MEDIUM);
  });

  it('still waits for the typing pause when a keystroke changes the box by a character', () => {
    const { box, $state } = renderInput();
    box.value = '1';
    fireEvent.input(box);
    expect($state.get().text).toBe('');
  });

  it('takes long dropped text itself (the drop is cancelled) and leaves a short drop to the browser', async () => {
    const { box, $state, input } = renderInput();
    const drop = (text: string) => {
      const event = new Event('drop', { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: { types: ['text/plain'], files: [], getData: (type: string) => (type === 'text/plain' ? text : '') } });
      box.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(drop('9\n10')).toBe(false);
    expect($state.get().text).toBe('');
    expect(drop(LARGE)).toBe(true);
    expect(input.$largeSource.get()?.characters).toBe(LARGE.length);
    await vi.waitFor(() => expect(countsOf(input)?.[10]).toBe(50_000), { timeout: 10_000 });
  });
});
