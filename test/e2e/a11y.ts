// The accessibility check the browser tests share (kept apart from browser.ts, which scripts import outside vitest).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { emulateColorScheme, findSeriousA11yViolations } from './browser';

/**
 * Fail the test with the list of serious or critical axe violations on the page: every rule in the light colour
 * scheme, and the rules that read colours in the dark one (the page is left in light).
 *
 * @param page the page in the state to check
 * @param what the state, for the failure message
 */
export async function expectNoA11yViolations(page: Page, what: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await emulateColorScheme(page, colorScheme);
    const rules = colorScheme === 'light' ? 'all' : 'colour';
    await expect(findSeriousA11yViolations(page, rules), `${what} (${colorScheme})`).resolves.toEqual([]);
  }
  await emulateColorScheme(page, 'light');
}
