// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AssessmentApp } from '../../../src/components/assessment/AssessmentApp.tsx';
import { BANK_SIZE, GUIDE_TITLES, answers, releaseAssessmentState, resetAssessmentState, seedFinished } from './setup.ts';

// The views' chunk fails to arrive (offline before the site was cached, or a deployment renamed it) until `online`.
const network = vi.hoisted(() => ({ online: false }));
vi.mock('../../../src/components/assessment/assessment-views.ts', async (importActual) => {
  if (!network.online) throw new Error('Failed to fetch dynamically imported module');
  return importActual();
});

beforeEach(() => {
  resetAssessmentState();
});
afterEach(() => {
  cleanup();
  releaseAssessmentState();
});

describe('when the bank and the other views cannot load', () => {
  it('keeps the introduction, says so, and loads them when asked to try again', async () => {
    seedFinished(answers('quick', '3333 3333'));
    document.documentElement.dataset.sharedLink = '';
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('This part of the assessment could not be loaded. Check your connection and try again.');
    // Nothing is lost: the finished assessment is still in storage, and the page is not left covered.
    expect(document.documentElement.dataset.sharedLink).toBeUndefined();
    network.online = true;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Your results' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
