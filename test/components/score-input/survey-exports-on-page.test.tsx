// @vitest-environment jsdom
/** Survey exports on the calculator pages: labels, a warning headline, the scale and CES offers, no column that fits. */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CsatCalculator } from '../../../src/components/csat-calculator/CsatCalculator.tsx';
import { CesCalculator } from '../../../src/components/ces-calculator/CesCalculator.tsx';
import { NpsCalculator } from '../../../src/components/nps-calculator/NpsCalculator.tsx';
import { $csatCalculator, $csatShareCode } from '../../../src/stores/csat-calculator.ts';
import { $cesCalculator } from '../../../src/stores/ces-calculator.ts';
import { $npsCalculator, $npsShareCode } from '../../../src/stores/nps-calculator.ts';
import { decodeShareCode } from '../../../src/lib/metrics/share-code.ts';
import { releaseScoreCalculators, resetScoreCalculators } from './setup.ts';

afterEach(() => {
  cleanup();
  releaseScoreCalculators();
});

function paste(name: RegExp, text: string) {
  const box = screen.getByRole('textbox', { name });
  fireEvent.input(box, { target: { value: text } });
  fireEvent.blur(box);
}

const body = () => document.body.textContent ?? '';

describe('NPS page: labelled SurveyMonkey answers and a headline that cannot mislead', () => {
  beforeEach(() => resetScoreCalculators('/tools/nps/'));

  it('reads 10 - Extremely likely and 0 - Not at all likely beside a respondent ID column: NPS 35 from 20', () => {
    render(<NpsCalculator />);
    // 10 promoters (six "10 - Extremely likely", four 9), 7 passives (7 or 8), 3 detractors (two "0 - Not at all likely", one 6):
    // (10 - 3) / 20 = 35%.
    const answers = [...Array<string>(6).fill('10 - Extremely likely'), '9', '9', '9', '9', '7', '8', '7', '8', '7', '8', '7', '0 - Not at all likely', '0 - Not at all likely', '6'];
    const rows = answers.map((answer, index) => `${String(11402876278 + index * 13)},${String(241243017)},"${answer}"`);
    paste(/Answers/, ['Respondent ID,Collector ID,How likely is it that you would recommend us?', ',,Response', ...rows].join('\n'));
    expect(screen.getByTestId('nps-value').textContent).toBe('35');
    expect(body()).toContain('NPS from 20 answers');
    expect(body()).toContain('SurveyMonkey export: 2 header rows, 20 responses.');
    expect(body()).toContain('its header mentions “recommend”');
  });

  it('carries where the answers came from in the share link, and shows it to whoever opens it', async () => {
    render(<NpsCalculator />);
    paste(/Answers/, 'Respondent ID,Collector ID,How likely is it that you would recommend us?\n,,Response\n1001,7,10 - Extremely likely\n1002,7,n/a\n1003,7,3\n1004,7,9');
    const code = $npsShareCode.get();
    if (code === null) throw new Error('expected a share code');
    expect(decodeShareCode(code)).toMatchObject({
      ok: true,
      value: { source: { fileName: null, layout: 'surveymonkey', column: 'How likely is it that you would recommend us?', leftOut: 1, notANumber: 1 } },
    });
    cleanup();
    releaseScoreCalculators();
    resetScoreCalculators(`/tools/nps/#c=${code}`);
    render(<NpsCalculator />);
    // The link is opened once the saved state has been read (its schema loads after the first render).
    await act(() => $npsCalculator.ready());
    expect(screen.getByTestId('nps-value').textContent).toBe('33');
    // 3 of 4 counted and 1 left out: more than a fifth, so the headline says so, as it did for the paste.
    expect(body()).toContain('NPS from 3 of 4 answers: 1 could not be read');
    expect(body()).toContain(
      'These counts came from a share link: pasted answers, SurveyMonkey export, column “How likely is it that you would recommend us?”; 1 value left out (1 not a number).',
    );
    fireEvent.change(screen.getByLabelText('Answered 3'), { target: { value: '2' } });
    expect(body()).not.toContain('These counts came from a share link');
  });

  it('says in the headline when more than a fifth of the values could not be read, also to whoever opens its share link', async () => {
    render(<NpsCalculator />);
    // 9, 10, 3, 8 count (NPS (2 - 1) / 4 = 25); "n/a" twice and "none" do not: 3 of 7 is more than a fifth.
    paste(/Answers/, '9\n10\n3\n8\nn/a\nn/a\nnone');
    expect(screen.getByTestId('nps-value').textContent).toBe('25');
    expect(body()).toContain('NPS from 4 of 7 answers: 3 could not be read');
    const code = $npsShareCode.get();
    cleanup();
    releaseScoreCalculators();
    resetScoreCalculators(`/tools/nps/#c=${code ?? ''}`);
    render(<NpsCalculator />);
    // The link is opened once the saved state has been read (its schema loads after the first render).
    await act(() => $npsCalculator.ready());
    expect(body()).toContain('NPS from 4 of 7 answers: 3 could not be read');
  });

  it('asks for the column when none fits, instead of headlining the first one', () => {
    render(<NpsCalculator />);
    paste(/Answers/, 'Order,Amount\n1001,55.20\n1002,61.00\n1003,17.45');
    expect(screen.queryByTestId('nps-value')).toBeNull();
    expect(body()).toContain('No column looks like answers from 0–10: choose the column to read above.');
  });
});

describe('CSAT page: word answers and a scale that fits', () => {
  beforeEach(() => resetScoreCalculators('/tools/csat/'));

  it('maps answers written as words only after the person applies the prefilled scores', async () => {
    render(<CsatCalculator />);
    paste(/How satisfied were you/, 'Satisfaction\nVery satisfied\nSatisfied\nVery dissatisfied\nSatisfied\nNeutral');
    expect(screen.queryByTestId('csat-value')).toBeNull();
    expect((screen.getByLabelText('Very satisfied') as HTMLSelectElement).value).toBe('5');
    expect((screen.getByLabelText('Neutral') as HTMLSelectElement).value).toBe('3');
    fireEvent.change(screen.getByLabelText('Neutral'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Count these answers' }));
    // 5, 4, 1, 4 count (Neutral set to "does not count"): 3 of 4 answered 4-5.
    expect(screen.getByTestId('csat-value').textContent).toBe('75.0%');
    expect($csatCalculator.get().input.labels).toEqual({ 'very satisfied': 5, satisfied: 4, 'very dissatisfied': 1, neutral: null });
    // The share link carries the scores, and whoever opens it sees them.
    const code = $csatShareCode.get() ?? '';
    cleanup();
    releaseScoreCalculators();
    resetScoreCalculators(`/tools/csat/#c=${code}`);
    render(<CsatCalculator />);
    // The link is opened once the saved state has been read (its schema loads after the first render).
    await act(() => $csatCalculator.ready());
    expect(screen.getByTestId('csat-value').textContent).toBe('75.0%');
    expect(body()).toContain('answers written as words scored Satisfied = 4, Very satisfied = 5, Very dissatisfied = 1, Neutral = does not count');
  });

  it('offers the 1–7 scale in one click when the answers run up to 7', () => {
    render(<CsatCalculator />);
    // On 1-5, the 6s and 7s cannot count; on 1-7, 6 and 7 are satisfied: 4 of 6 = 66.7%.
    paste(/How satisfied were you/, 'Satisfaction\n7\n6\n2\n7\n6\n4');
    expect(body()).toContain('Answers run up to 7, past this 1–5 scale.');
    fireEvent.click(screen.getByRole('button', { name: 'Read them on the 1–7 scale (satisfied: 6–7)' }));
    expect($csatCalculator.get().scale).toBe('1-7');
    expect(screen.getByTestId('csat-value').textContent).toBe('66.7%');
    // The button went with the switch: focus is on the scale now chosen, not lost to the page.
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: '1–7' }));
  });
});

describe('CES page: the other question', () => {
  beforeEach(() => resetScoreCalculators('/tools/ces/'));

  it('keeps the CES 2.0 headline when only the range of the answers suggests CES 1.0, and offers the switch by the box', () => {
    render(<CesCalculator />);
    // Ten answers, none above 5: a hint, not a verdict. Mean (1+2+3+4+5+1+2+3+4+5) / 10 = 3.00.
    paste(/made it easy/, '1\n2\n3\n4\n5\n1\n2\n3\n4\n5');
    expect(screen.getByTestId('ces-value').textContent).toBe('3.00');
    expect(body()).toContain('No answer is above 5, as on the CES 1.0 effort scale (1–5, lower is easier).');
    expect(screen.getAllByRole('button', { name: 'Read them as CES 1.0 (effort, 1–5)' })).toHaveLength(1);
  });

  it('offers to read a CES 1.0 export pasted as CES 2.0 as CES 1.0', () => {
    render(<CesCalculator />);
    paste(/made it easy/, 'Ticket,How much effort did you personally have to put forth to handle your request?\nT1,2\nT2,1\nT3,4\nT4,2');
    expect(body()).toContain('The column’s header asks the other CES question. No CES 2.0 figure is shown for it');
    // No CES 2.0 headline, no exports and no share link for answers to the other question.
    expect(screen.queryByTestId('ces-value')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy share link' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Read them as CES 1.0 (effort, 1–5)' }));
    expect($cesCalculator.get().variant).toBe('ces-1.0');
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'CES 1.0: effort, 1–5' }));
    // Mean effort (2 + 1 + 4 + 2) / 4 = 2.25.
    expect(screen.getByTestId('ces-value').textContent).toBe('2.25');
    expect($cesCalculator.get().inputs.ces2.text).toBe('');
  });
});

describe('CSAT page: label scores belong to their file', () => {
  beforeEach(() => resetScoreCalculators('/tools/csat/'));

  it('asks again for another file’s words instead of counting them with the last file’s scores', async () => {
    render(<CsatCalculator />);
    const input = screen.getByLabelText(/Choose a file|file/i, { selector: 'input[type=file]' });
    const drop = async (name: string, text: string) => {
      fireEvent.change(input, { target: { files: [new File([text], name, { type: 'text/csv' })] } });
      await screen.findByText(new RegExp(`Read “${name}”`));
    };
    await drop('march.csv', 'Satisfaction\nVery satisfied\nSatisfied');
    fireEvent.click(screen.getByRole('button', { name: 'Count these answers' }));
    expect(screen.getByTestId('csat-value').textContent).toBe('100.0%');
    await drop('april.csv', 'Satisfaction\nVery satisfied\nDissatisfied');
    expect(screen.queryByTestId('csat-value')).toBeNull();
    fireEvent.change(screen.getByLabelText('Dissatisfied'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Count these answers' }));
    expect(screen.getByTestId('csat-value').textContent).toBe('50.0%');
    // The same words in a file of another name: the form starts from the suggestions again, not April's 3.
    await drop('april-copy.csv', 'Satisfaction\nVery satisfied\nDissatisfied');
    expect(screen.queryByTestId('csat-value')).toBeNull();
    expect((screen.getByLabelText('Dissatisfied') as HTMLSelectElement).value).toBe('2');
  });
});
