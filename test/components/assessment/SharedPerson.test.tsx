// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AssessmentApp } from '../../../src/components/assessment/AssessmentApp.tsx';
import { decodeResultShareCode, encodeResultShareCode } from '../../../src/lib/assessment/result-share-code.ts';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { $assessmentHistory, $assessmentProgress } from '../../../src/stores/assessment.ts';
import { $sharedResults } from '../../../src/stores/assessment-shared.ts';
import { createJourneyMap } from '../../../src/lib/journey/create-journey-map.ts';
import { createSequentialIds } from '../../../src/lib/text/id.ts';
import { $journeyCollection } from '../../../src/stores/journey-maps.ts';
import { BANK_SIZE, GUIDE_TITLES, answers, loadAssessmentViews, releaseAssessmentState, resetAssessmentState, seedFinished } from './setup.ts';


beforeAll(loadAssessmentViews);
beforeEach(() => {
  resetAssessmentState();
});
afterEach(() => {
  cleanup();
  releaseAssessmentState();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const ANA = answers('quick', '3452 d1-5');

function shareLinkCode(): string {
  const link = screen.getByRole('textbox', { name: 'Share link' }) as HTMLInputElement;
  return link.value.slice(link.value.indexOf('#r=') + 3);
}

describe('the share link carries the person', () => {
  it('says the name and role go in the link, and leaves them out when unticked', async () => {
    const user = userEvent.setup();
    seedFinished(ANA);
    $assessmentProgress.set({ ...$assessmentProgress.get(), respondent: { label: 'Ana', role: 'leadership' } });
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    expect(screen.getByText(/Your name and role go in the link: Ana, Leadership\./)).toBeTruthy();
    expect(decodeResultShareCode(QUESTION_BANK, shareLinkCode())).toEqual({ ok: true, value: { ...ANA, respondent: { label: 'Ana', role: 'leadership' } } });

    const box = screen.getByRole('checkbox', { name: 'Include my name and role in the link' });
    expect((box as HTMLInputElement).checked).toBe(true);
    await user.click(box);
    expect(screen.getByText(/The link carries the answers only, not your name and role\./)).toBeTruthy();
    expect(decodeResultShareCode(QUESTION_BANK, shareLinkCode())).toEqual({ ok: true, value: ANA });
  });

  it('offers no checkbox when no name or role is given', () => {
    seedFinished(ANA);
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    expect(screen.queryByRole('checkbox', { name: /name and role in the link/ })).toBeNull();
    expect(screen.getByText(/No name or role is given, so the link carries the answers only\./)).toBeTruthy();
  });
});

describe('a colleague’s link', () => {
  it('is labelled as theirs and kept in “Shared with you”, never as your results', async () => {
    const user = userEvent.setup();
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-01T09:00:00Z') });
    seedFinished(answers('quick', '1111 1111'));
    const own = $assessmentProgress.get();
    window.history.replaceState(null, '', `/assessment/#r=${encodeResultShareCode(QUESTION_BANK, ANA, { label: 'Ana', role: 'leadership' })}`);
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    expect(screen.getByRole('heading', { name: 'Shared results: Ana, Leadership' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Your results' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Keep in “Shared with you”' }));
    expect($assessmentProgress.get()).toEqual(own);
    expect($assessmentHistory.get()).toEqual([]);
    expect($sharedResults.get()).toMatchObject([{ source: 'link', sharedAt: '2026-12-01T09:00:00.000Z', record: { ...ANA, respondent: { label: 'Ana', role: 'leadership' } } }]);
    expect(window.location.hash).toBe('');
    const panel = screen.getByRole('region', { name: 'Shared with you' });
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Shared with you' }));
    // The date through format.ts's formatOnDay in the reader's locale (jsdom's is en-US: "Dec 1").
    const row = within(panel).getByRole('row', { name: /Ana, Leadership, shared on/ });
    expect(row.textContent).toMatch(/Ana, Leadership, shared on (1 Dec|Dec 1)/);

    // Viewing it again is read-only, labelled as Ana's, with no import.
    await user.click(within(row).getByRole('button', { name: /View/ }));
    expect(screen.getByRole('heading', { name: /^Ana, Leadership, shared on/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Import as my assessment' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Back to my own assessment' }));

    // Removing offers undo.
    await user.click(within(screen.getByRole('region', { name: 'Shared with you' })).getByRole('button', { name: /Remove/ }));
    expect($sharedResults.get()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect($sharedResults.get()).toHaveLength(1);
  });
});

describe('tools that feed each other', () => {
  // The worked example of the CX maturity guide: voice of the customer is the first priority.
  const FERNHILL = answers('full', '4343 3333 3332 4443 212d 3333 2223 2232');

  it('offers a journey map and the persona builder for each priority, and says when no opportunity addresses it', () => {
    seedFinished(FERNHILL);
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    const first = document.querySelector('.priority') as HTMLElement;
    expect(first.textContent).toContain('Voice of the customer');
    expect(within(first).getByRole('link', { name: 'Start a journey map for Voice of the customer & closing the loop' }).getAttribute('href')).toBe(
      '/tools/journey-map/?template=service-complaint&dimension=voice-of-customer&guide=voice-of-the-customer',
    );
    expect(within(first).getByRole('link', { name: 'Open the persona builder for Voice of the customer & closing the loop' }).getAttribute('href')).toBe(
      '/tools/personas/?template=subscription-customer&guide=service-recovery',
    );
    expect(first.querySelector('.priority__opportunities')?.textContent).toMatch(/^No open opportunities in your journey maps address this yet — start one/);
  });

  it('lists the journey opportunities tagged with the dimension', async () => {
    // A map as the journey map stores it, with one opportunity tagged with the dimension.
    const collection = $journeyCollection.get();
    const map = createJourneyMap({ personaId: '', name: 'Pat' }, 'Complaint about a late parcel', createSequentialIds(), new Date('2026-12-01T00:00:00Z'));
    const [stage, ...rest] = map.stages;
    if (!stage) throw new Error('a new map has stages');
    const opportunity = { id: 'opp-1', text: 'Call back within a day', owner: '', impact: 4, effort: 2, dimension: 'voice-of-customer' } as const;
    $journeyCollection.set({ ...collection, maps: [{ ...map, stages: [{ ...stage, opportunities: [opportunity] }, ...rest] }] });
    seedFinished(FERNHILL);
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    const first = document.querySelector('.priority') as HTMLElement;
    // The journey store loads after the results show.
    await within(first).findByText('Open opportunities in your journey maps that address this:');
    expect(first.textContent).toContain('Call back within a day (Complaint about a late parcel)');
    $journeyCollection.set(collection);
  });
});
