import { vi } from 'vitest';

/**
 * Makes both assessment pages' views fail to arrive (offline before the site was cached, or a deployment renamed
 * them) until `network.online` is set. Import it first in a test file; the views are imported lazily, after it.
 * They load once per test file, so a test that needs them failing from the start goes in a file of its own.
 */
export const network = { online: false };

vi.mock('../../../src/components/assessment/assessment-views.ts', async (importActual) => {
  if (!network.online) throw new Error('Failed to fetch dynamically imported module');
  return importActual();
});
vi.mock('../../../src/components/assessment/team-views.ts', async (importActual) => {
  if (!network.online) throw new Error('Failed to fetch dynamically imported module');
  return importActual();
});
