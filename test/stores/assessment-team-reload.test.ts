import { cleanStores, keepMount } from 'nanostores';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage, type MemoryStorage } from '../support/memory-storage.ts';

const KEPT_ASIDE = 'touchpoint:kept-aside:';

/** Open the team page `times` times on one storage: fresh modules each time, as a reload gives. */
async function loadTeamPage(storage: MemoryStorage, times: number): Promise<void> {
  for (let load = 0; load < times; load++) {
    vi.resetModules();
    const persisted = await import('../../src/stores/persisted-atom.ts');
    persisted.setStorageForTests(storage);
    const team = await import('../../src/stores/assessment-team.ts');
    const assessment = await import('../../src/stores/assessment.ts');
    const stores = [team.$teamState, assessment.$assessmentProgress, assessment.$assessmentTargets, assessment.$assessmentHistory];
    for (const $store of stores) keepMount($store);
    cleanStores(...stores);
    persisted.setStorageForTests(undefined);
  }
}

const keptAside = (storage: MemoryStorage) => [...storage.data.keys()].filter((key) => key.startsWith(KEPT_ASIDE));

afterEach(() => vi.resetModules());

describe('the team page on reload', () => {
  it.each([
    ['not JSON', '{"v":1,"data":{"respondents":['],
    ['of the wrong shape', '{"v":1,"data":{"respondents":"none"}}'],
    ['saved by a newer version', '{"v":9,"data":{"respondents":[]}}'],
  ])('keeps one copy of unreadable team data %s however often the page is opened', { timeout: 60_000 }, async (_kind, raw) => {
    const storage = memoryStorage();
    storage.data.set('touchpoint:assessment-team', raw);
    await loadTeamPage(storage, 4);
    expect(keptAside(storage)).toHaveLength(1);
    expect(storage.data.get(keptAside(storage)[0] ?? '')).toBe(raw);
  });
});
