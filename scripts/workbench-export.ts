// The survey workbench's benchmark export: 1,000,000 rows of `Response ID,Submitted,Plan,How likely…`, generated
// from a fixed seed, with its NPS per plan and its months counted while writing (used by npm run bench:workbench
// and npm run measure:workbench).

import { createRandom } from './seeded-random.ts';

export const ROWS = 1_000_000;
export const PLANS = Array.from({ length: 20 }, (_, index) => `Plan ${String.fromCharCode(65 + index)}`);
const FIRST_DAY = Date.UTC(2023, 0, 1);
const DAYS = 730;

const pad = (value: number) => String(value).padStart(2, '0');

/** The export, and its NPS per plan and overall as counted while writing. */
export function generateWorkbenchExport(): { text: string; npsByPlan: Map<string, number>; overallNps: number; months: number } {
  const random = createRandom(20261202);
  const lines = ['Response ID,Submitted,Plan,How likely are you to recommend us?'];
  const tally = new Map<string, { n: number; net: number }>(PLANS.map((plan) => [plan, { n: 0, net: 0 }]));
  const months = new Set<string>();
  for (let row = 0; row < ROWS; row += 1) {
    const planIndex = Math.floor(random() * PLANS.length);
    const plan = PLANS[planIndex] ?? 'Plan A';
    const moment = new Date(FIRST_DAY + Math.floor(random() * DAYS * 86_400_000));
    const stamp = `${String(moment.getUTCFullYear())}-${pad(moment.getUTCMonth() + 1)}-${pad(moment.getUTCDate())} ${pad(moment.getUTCHours())}:${pad(moment.getUTCMinutes())}:${pad(moment.getUTCSeconds())}`;
    months.add(stamp.slice(0, 7));
    // Plans differ: later letters lean towards promoters.
    const blank = random() < 0.005;
    const score = Math.min(10, Math.floor(random() * 11 + planIndex / 10));
    lines.push(`R_${String(row)},${stamp},${plan},${blank ? '' : String(score)}`);
    if (!blank) {
      const entry = tally.get(plan);
      if (entry) {
        entry.n += 1;
        entry.net += score >= 9 ? 1 : score <= 6 ? -1 : 0;
      }
    }
  }
  let n = 0;
  let net = 0;
  const npsByPlan = new Map<string, number>();
  for (const [plan, entry] of tally) {
    npsByPlan.set(plan, (entry.net * 100) / entry.n);
    n += entry.n;
    net += entry.net;
  }
  return { text: `${lines.join('\r\n')}\r\n`, npsByPlan, overallNps: (net * 100) / n, months: months.size };
}

