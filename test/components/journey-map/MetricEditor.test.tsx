// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { JourneyMapBuilder } from '../../../src/components/journey-map/JourneyMapBuilder.tsx';
import { $journeyCollection } from '../../../src/stores/journey-maps.ts';
import { makeMap } from '../../lib/journey/make-map.ts';
import { loadJourneyMapParts, releaseJourneyState, resetJourneyState, savedMaps } from './setup.ts';
import type { MemoryStorage } from '../../support/memory-storage.ts';

let storage: MemoryStorage;


beforeAll(loadJourneyMapParts);
beforeEach(() => {
  storage = resetJourneyState();
  $journeyCollection.set({ maps: [makeMap()], activeMapId: 'map1', setAside: [] });
});
afterEach(() => {
  cleanup();
  releaseJourneyState();
});

function metricGroup(): HTMLElement {
  return screen.getByRole('group', { name: 'Measured metrics' });
}

function canvasCell(stageIndex: number): string {
  return document.querySelectorAll('.jm-canvas__cell--metric')[stageIndex]?.textContent ?? '';
}

describe('the metric lane', () => {
  it('computes CSAT from pasted answers with the calculators’ parser, naming the line it left out', async () => {
    const user = userEvent.setup();
    render(<JourneyMapBuilder />);
    await user.click(screen.getByRole('button', { name: '3. Purchase' }));
    await user.selectOptions(within(metricGroup()).getByLabelText('Metric'), 'csat');
    await user.click(screen.getByRole('button', { name: 'Add metric' }));
    expect(document.activeElement).toBe(screen.getByLabelText('What was measured (optional)'));
    await user.type(screen.getByLabelText('What was measured (optional)'), 'Checkout survey');
    await user.click(screen.getByLabelText('Answers from 1 to 5'));
    await user.paste('5\n4\n2\nseven\n5');
    const result = document.querySelector('.jm-metric-result') as HTMLElement;
    expect(result.textContent).toMatch(/^CSAT 75% from 4 answers/);
    expect(result.textContent).toMatch(/1 value was left out:.*line 4/i);
    expect(canvasCell(2)).toMatch(/Checkout survey.*CSAT 75%.*n = 4/);
    // What was typed is saved, not the number: the library computes it again.
    expect(savedMaps(storage)[0]?.stages[2]?.['metrics']).toEqual([expect.objectContaining({ kind: 'csat', scores: '5\n4\n2\nseven\n5', label: 'Checkout survey' })]);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('computes NPS from typed totals and explains totals that cannot count', async () => {
    const user = userEvent.setup();
    render(<JourneyMapBuilder />);
    await user.selectOptions(within(metricGroup()).getByLabelText('Metric'), 'nps');
    await user.click(screen.getByRole('button', { name: 'Add metric' }));
    await user.click(screen.getByRole('radio', { name: 'Type totals' }));
    await user.type(screen.getByLabelText('Promoters (9–10)'), '50');
    await user.type(screen.getByLabelText('Passives (7–8)'), '30');
    await user.type(screen.getByLabelText('Detractors (0–6)'), '20');
    expect(document.querySelector('.jm-metric-result')?.textContent).toMatch(/^NPS \+30 from 100 answers/);
    expect(canvasCell(0)).toMatch(/NPS \+30/);
    await user.clear(screen.getByLabelText('Detractors (0–6)'));
    await user.type(screen.getByLabelText('Detractors (0–6)'), 'many');
    const error = document.querySelector('.jm-metric-result .field__error') as HTMLElement;
    expect(error.textContent).toMatch(/^This cannot be computed yet:/);
    expect(error.textContent).toMatch(/Detractors/);
    expect(canvasCell(0)).toMatch(/NPS cannot be computed/);
  });

  it('asks before removing a metric that holds answers', async () => {
    const user = userEvent.setup();
    render(<JourneyMapBuilder />);
    await user.click(screen.getByRole('button', { name: 'Add metric' }));
    await user.type(screen.getByLabelText('Answers from 1 to 5'), '4 5');
    await user.click(screen.getByRole('button', { name: 'Remove metric 1' }));
    const question = screen.getByRole('group', { name: 'Remove metric 1?' });
    await user.click(within(question).getByRole('button', { name: 'Keep it' }));
    expect(savedMaps(storage)[0]?.stages[0]?.['metrics']).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Remove metric 1' }));
    await user.click(within(screen.getByRole('group', { name: 'Remove metric 1?' })).getByRole('button', { name: 'Remove metric' }));
    expect(savedMaps(storage)[0]?.stages[0]?.['metrics']).toEqual([]);
    expect(screen.getByRole('button', { name: 'Add metric' })).toBeTruthy();
  });

  it('holds CSAT and CES side by side on one stage, each computed on its own scale, up to three', async () => {
    const user = userEvent.setup();
    render(<JourneyMapBuilder />);
    await user.selectOptions(within(metricGroup()).getByLabelText('Metric'), 'csat');
    await user.click(screen.getByRole('button', { name: 'Add metric' }));
    await user.type(screen.getByLabelText('Answers from 1 to 5'), '5 4 2 5');
    await user.selectOptions(screen.getByLabelText('Another metric'), 'ces');
    await user.click(screen.getByRole('button', { name: 'Add metric' }));
    // Focus goes to the new metric's first field.
    expect(document.activeElement?.id).toBe('jm-s1-metric-2-label');
    await user.type(screen.getByLabelText('Answers from 1 to 7'), '7 6 6 5');
    const results = [...document.querySelectorAll('.jm-metric-result')].map((result) => result.textContent ?? '');
    // By hand: CSAT counts 4 and 5 of 5 as satisfied, 3 of 4 = 75%; CES 2.0 mean (7 + 6 + 6 + 5) / 4 = 6.0.
    expect(results[0]).toMatch(/^CSAT 75% from 4 answers/);
    expect(results[1]).toMatch(/^CES 2\.0 6\.0 \/ 7 from 4 answers/);
    expect(canvasCell(0)).toMatch(/CSAT 75%.*CES 2\.0 6\.0 \/ 7/);
    expect((savedMaps(storage)[0]?.stages[0]?.['metrics'] as { kind: string }[]).map((metric) => metric.kind)).toEqual(['csat', 'ces']);

    await user.click(screen.getByRole('button', { name: 'Add metric' }));
    expect(screen.queryByRole('button', { name: 'Add metric' })).toBeNull();
    expect(metricGroup().textContent).toMatch(/This stage holds 3 metrics, the most a stage can hold/);
    // Removing an empty metric needs no question; the others keep their answers.
    await user.click(screen.getByRole('button', { name: 'Remove metric 3' }));
    expect((savedMaps(storage)[0]?.stages[0]?.['metrics'] as { scores: string }[]).map((metric) => metric.scores)).toEqual(['5 4 2 5', '7 6 6 5']);
    expect(document.activeElement?.id).toBe('jm-s1-metric-new-kind');
  });
});
