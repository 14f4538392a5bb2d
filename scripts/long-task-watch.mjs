// Watching a page's main thread while a script drives it: the long tasks (PerformanceObserver 'longtask') and the
// time from the person's action (the first click, change or input event, caught before any handler) to the
// result. Shared by the measure:* scripts.

export const LONGEST_TASK_BUDGET_MS = 100;
const WAIT_MS = 120_000;

/** Start watching; a deliberate 150 ms task first proves the observer sees long tasks. */
export async function watchPage(page) {
  await page.evaluate(() => {
    const watch = { longTasks: [], actionAt: null };
    window.longTaskWatch = watch;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) watch.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
    for (const type of ['click', 'change', 'input']) window.addEventListener(type, () => (watch.actionAt ??= performance.now()), { capture: true });
    setTimeout(() => {
      const end = performance.now() + 150;
      while (performance.now() < end);
    }, 0);
  });
  await page.waitForFunction(() => window.longTaskWatch.longTasks.length > 0);
}

/** Forget what was seen, before the next action. */
export async function arm(page) {
  await page.evaluate(() => {
    window.longTaskWatch.longTasks = [];
    window.longTaskWatch.actionAt = null;
  });
}

/** Wait until `done` holds in the page, let any task still running be reported, and read the figures. */
export async function finish(page, done, argument) {
  await page.waitForFunction(done, argument, { timeout: WAIT_MS, polling: 20 });
  const doneAt = await page.evaluate(() => performance.now());
  await page.waitForTimeout(500);
  const { longTasks, actionAt } = await page.evaluate(() => window.longTaskWatch);
  return { longTasks: longTasks.filter((duration) => duration > 50).length, longest: Math.max(0, ...longTasks), resultMs: doneAt - (actionAt ?? doneAt) };
}

/** A step's two lines: the longest task against the budget, and the time to the result. */
export function describeStep(name, step) {
  const ok = step.longest <= LONGEST_TASK_BUDGET_MS;
  return [
    name,
    `    longest main-thread task ${step.longest.toFixed(0).padStart(5)} ms  (${String(step.longTasks)} over 50 ms)   ${ok ? 'ok  ' : 'MISS'} budget ${String(LONGEST_TASK_BUDGET_MS)} ms`,
    `    action to result         ${step.resultMs.toFixed(0).padStart(5)} ms (at most 20 ms late: the page is polled)`,
  ].join('\n');
}
