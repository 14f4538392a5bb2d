import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { releaseAssessmentState, resetAssessmentState } from './setup.ts';

/**
 * Makes both assessment pages' views fail to arrive (offline before the site was cached, or a deployment renamed
 * them) until `network.online` is set. Import it first in a test file; the views are imported lazily, after it.
 * They load once per test file, so a test that needs them failing from the start goes in a file of its own.
 * Each test starts offline, with fresh assessment state.
 */
export const network = { online: false };

beforeEach(() => {
  resetAssessmentState();
  network.online = false;
});
afterEach(() => {
  cleanup();
  releaseAssessmentState();
});

vi.mock('../../../src/components/assessment/assessment-views.ts', async (importActual) => {
  if (!network.online) throw new Error('Failed to fetch dynamically imported module');
  return importActual();
});
vi.mock('../../../src/components/assessment/team-views.ts', async (importActual) => {
  if (!network.online) throw new Error('Failed to fetch dynamically imported module');
  return importActual();
});
