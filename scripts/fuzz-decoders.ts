// Fuzz every decoder of what comes back into the browser, and measure the memory the largest input costs.
//
//   node scripts/fuzz-decoders.ts            (`npm run fuzz`; about two minutes)
//   node scripts/fuzz-decoders.ts --quick    (a tenth of the cases)
//
// Seeds are the golden fixtures (test/fixtures/golden/): every code and file the tools wrote before the portable
// layer. Each seed is mutated (one character changed, deleted or inserted, cut short, a part doubled) and random
// strings are added. For every case we count:
//   throws        the decoder threw instead of returning an error (must be 0)
//   hangs         one decode took over 1 s (must be 0)
//   wrong-accepts a changed CODE opened as different data with no error (must be 0 for codes with a checksum;
//                 files have no checksum, so a changed file that is still valid is not counted)
// Then, for each decoder, a child process decodes the largest input it accepts and a crafted one it must refuse
// (a compression bomb at the length limit, or the longest text), and reports its peak memory above its baseline
// (VmHWM, reset through /proc/self/clear_refs). The run fails if a budget is missed.

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, deflateSync } from 'node:zlib';
import { QUESTION_BANK } from '../src/lib/assessment/question-bank.ts';
import { importAssessmentJson, importTeamJson } from '../src/lib/assessment/assessment-file.ts';
import { decodeResultShareCode } from '../src/lib/assessment/result-share-code.ts';
import { importCodebookFile } from '../src/lib/comments/codebook-file.ts';
import { CODEBOOK_CODE, decodeCodebookShareCode } from '../src/lib/comments/codebook-share-code.ts';
import { decodeTeamShareCode, encodeTeamShareCode } from '../src/lib/assessment/team-share-code.ts';
import { importJourneyFile } from '../src/lib/journey/import-journey-file.ts';
import { decodeJourneyShareCode, JOURNEY_CODE } from '../src/lib/journey/share-code.ts';
import { decodeChurnShareCode } from '../src/lib/metrics/churn-share-code.ts';
import { decodeClvShareCode } from '../src/lib/metrics/clv-share-code.ts';
import { decodeShareCode as decodeScoreCode } from '../src/lib/metrics/share-code.ts';
import { parsePersonaImport } from '../src/lib/persona/import-personas.ts';
import { decodeShareCode as decodePersonaCode, PERSONA_CODE } from '../src/lib/persona/share-code.ts';
import { encodeBase64Url } from '../src/lib/portable/base64url.ts';
import { getChecksum } from '../src/lib/portable/checksum.ts';
import { readFragment } from '../src/lib/portable/fragment.ts';
import type { Result } from '../src/lib/result.ts';
import { decodeSurveyShareCode, SURVEY_CODE } from '../src/lib/survey/survey-share-code.ts';
import { createRandom } from './seeded-random.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const QUICK = process.argv.includes('--quick');
const HANG_MS = 1000;
const MEMORY_BUDGET_MB = 64;

type Decode = (input: string) => Result<unknown, unknown> | Promise<Result<unknown, unknown>>;

interface Decoder {
  readonly decode: Decode;
  /** Whether a changed input that still opens counts as a wrong accept (codes with a checksum). */
  readonly checked: boolean;
  /** Golden fixture kinds whose input seeds it, and how to get the text from one. */
  readonly seeds: readonly string[];
  readonly text: (input: Record<string, string>) => string;
  readonly mutations: number;
}

const code = (input: Record<string, string>) => {
  const fragment = input['hash'] === undefined ? null : readFragment(input['hash'], ['c', 'map', 'share', 's', 'k']);
  return fragment?.kind === 'code' ? fragment.code : (input['code'] ?? input['pasted'] ?? '');
};
const file = (input: Record<string, string>) => input['fileText'] ?? '';
const asTeamV2 = (input: Record<string, string>) => {
  const team = decodeTeamShareCode(QUESTION_BANK, code(input));
  return team.ok ? encodeTeamShareCode(QUESTION_BANK, team.value) : '';
};

export const DECODERS: Readonly<Record<string, Decoder>> = {
  'score calculators': { decode: decodeScoreCode, checked: true, seeds: ['nps-share-code', 'nps-comparison-share-code', 'csat-share-code', 'ces2-share-code', 'ces1-share-code'], text: code, mutations: 40_000 },
  churn: { decode: decodeChurnShareCode, checked: true, seeds: ['churn-share-code'], text: code, mutations: 20_000 },
  clv: { decode: decodeClvShareCode, checked: true, seeds: ['clv-share-code'], text: code, mutations: 20_000 },
  // Result links of format 2 (A2, with who answered) and of format 1, read by the one decoder the pages use.
  assessment: { decode: (text) => decodeResultShareCode(QUESTION_BANK, text), checked: true, seeds: ['assessment-share-code'], text: code, mutations: 30_000 },
  // Team codes are written as T2 (checksum over everything); the golden T1 codes are re-encoded as T2 to seed it.
  team: { decode: (text) => decodeTeamShareCode(QUESTION_BANK, text), checked: true, seeds: ['team-share-code'], text: asTeamV2, mutations: 30_000 },
  // Legacy T1 codes still open and have no checksum over roles and labels, so a changed one that reads is not counted.
  'team (legacy T1)': { decode: (text) => decodeTeamShareCode(QUESTION_BANK, text), checked: false, seeds: ['team-share-code'], text: code, mutations: 10_000 },
  persona: { decode: (text) => decodePersonaCode(text, NOW), checked: true, seeds: ['persona-share-code'], text: code, mutations: 12_000 },
  journey: { decode: decodeJourneyShareCode, checked: true, seeds: ['journey-share-code'], text: code, mutations: 6_000 },
  'assessment file': { decode: (text) => importAssessmentJson(QUESTION_BANK, text), checked: false, seeds: ['assessment-json-file'], text: file, mutations: 10_000 },
  'team file': { decode: (text) => importTeamJson(QUESTION_BANK, text), checked: false, seeds: ['team-json-file'], text: file, mutations: 10_000 },
  'persona file': { decode: (text) => parsePersonaImport(text, { createId: () => 'fuzz-id', now: NOW }), checked: false, seeds: ['persona-file'], text: file, mutations: 6_000 },
  'journey file': { decode: (text) => importJourneyFile(text), checked: false, seeds: ['journey-file'], text: file, mutations: 3_000 },
  // Built after the portable layer, on it: the survey workbench's `#s=` and the comments view's `#k=` and file.
  survey: { decode: decodeSurveyShareCode, checked: true, seeds: ['survey-share-code'], text: code, mutations: 6_000 },
  codebook: { decode: decodeCodebookShareCode, checked: true, seeds: ['codebook-share-code'], text: code, mutations: 6_000 },
  'codebook file': { decode: (text) => importCodebookFile(text), checked: false, seeds: ['codebook-file'], text: file, mutations: 6_000 },
};

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~T#= %"{}[],:\u00e9\u{1F600}';

function mutate(seed: string, random: () => number): string {
  const at = Math.floor(random() * (seed.length + 1));
  const character = [...ALPHABET][Math.floor(random() * [...ALPHABET].length)] ?? 'A';
  switch (Math.floor(random() * 6)) {
    case 0:
      return seed.slice(0, at) + character + seed.slice(at + 1);
    case 1:
      return seed.slice(0, at) + seed.slice(at + 1);
    case 2:
      return seed.slice(0, at) + character + seed.slice(at);
    case 3:
      return seed.slice(0, at);
    case 4:
      return seed.slice(0, at) + seed.slice(at, at + 8) + seed.slice(at);
    default:
      return Array.from({ length: Math.floor(random() * 60) }, () => [...ALPHABET][Math.floor(random() * [...ALPHABET].length)]).join('');
  }
}

function loadSeeds(kinds: readonly string[], text: Decoder['text']): string[] {
  const folder = join(import.meta.dirname, '..', 'test', 'fixtures', 'golden');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json') && kinds.includes(name.split('--')[0] ?? ''))
    .map((name) => text((JSON.parse(readFileSync(join(folder, name), 'utf8')) as { input: Record<string, string> }).input));
}

/**
 * A decoder's golden seeds, each with the JSON of what it opens to. Throws when there is none or one does not open:
 * a decoder that changed under the script (test/golden/fuzz-seeds.test.ts runs this for every decoder).
 */
export async function openSeeds(name: string): Promise<Map<string, string>> {
  const decoder = DECODERS[name];
  const seeds = decoder === undefined ? [] : loadSeeds(decoder.seeds, decoder.text);
  if (decoder === undefined || seeds.length === 0) throw new Error(`no golden seeds for ${name}`);
  const originals = new Map<string, string>();
  for (const seed of seeds) {
    const result = await decoder.decode(seed);
    if (!result.ok) throw new Error(`golden seed of ${name} does not open: ${JSON.stringify(result.error)}`);
    originals.set(seed, JSON.stringify(result.value));
  }
  return originals;
}

async function fuzz(name: string, decoder: Decoder): Promise<{ cases: number; throws: number; hangs: number; wrongAccepts: number; slowest: number }> {
  const originals = await openSeeds(name);
  const seeds = [...originals.keys()];
  const random = createRandom(name.length * 7919);
  const total = QUICK ? Math.ceil(decoder.mutations / 10) : decoder.mutations;
  let throws = 0;
  let hangs = 0;
  let wrongAccepts = 0;
  let slowest = 0;
  for (let index = 0; index < total; index += 1) {
    const seed = seeds[index % seeds.length] ?? '';
    const input = mutate(seed, random);
    const started = performance.now();
    try {
      const result = await decoder.decode(input);
      if (decoder.checked && result.ok && input.trim() !== seed.trim() && JSON.stringify(result.value) !== originals.get(seed)) {
        // A different code that opens as other data: only fine if it is itself another valid code's exact text.
        wrongAccepts += 1;
        if (wrongAccepts <= 3) console.log(`  wrong accept (${name}): ${JSON.stringify(input.slice(0, 120))}`);
      }
    } catch (error) {
      throws += 1;
      if (throws <= 3) console.log(`  throw (${name}): ${error instanceof Error ? error.message : String(error)}`);
    }
    const elapsed = performance.now() - started;
    slowest = Math.max(slowest, elapsed);
    if (elapsed > HANG_MS) hangs += 1;
  }
  return { cases: total, throws, hangs, wrongAccepts, slowest };
}

// ---- Memory: the largest input each decoder accepts or refuses, in a process of its own ----

const sign = (body: string) => `${body}.${getChecksum(body, 'base64url')}`;

/** A `1.z…` code of `maxLength` characters, with a valid checksum, whose raw DEFLATE would expand to `expandsTo` bytes. */
function rawDeflateBomb(maxLength: number, expandsTo: number): string {
  const bomb = deflateRawSync(Buffer.alloc(expandsTo, 0x20), { level: 9 });
  // Cut the bytes, not the text, so the base64url stays canonical and the decompressor is reached.
  const room = Math.floor(((maxLength - 10) * 3) / 4);
  return sign(`1.z${encodeBase64Url(bomb.subarray(0, room))}`);
}

/** Inputs at each decoder's limit: the biggest a person could paste, crafted to cost the most. */
const MEMORY_CASES: Readonly<Record<string, () => { decode: Decode; input: string }>> = {
  // About 750 KB of DEFLATE that would expand to about 770 MB.
  'journey: bomb at the 1,000,000-character limit': () => ({ decode: decodeJourneyShareCode, input: rawDeflateBomb(JOURNEY_CODE.maxLength, 900_000_000) }),
  'persona: bomb at the 40,000-character limit': () => {
    const bomb = deflateSync(Buffer.alloc(30_000_000, 0x20), { level: 9 });
    const room = Math.floor(((PERSONA_CODE.maxLength - 5) * 3) / 4);
    return { decode: (text) => decodePersonaCode(text, NOW), input: `1.${encodeBase64Url(bomb.subarray(0, room))}` };
  },
  'survey: bomb at the 400,000-character limit': () => ({ decode: decodeSurveyShareCode, input: rawDeflateBomb(SURVEY_CODE.maxLength, 400_000_000) }),
  'codebook: bomb at the 400,000-character limit': () => ({ decode: decodeCodebookShareCode, input: rawDeflateBomb(CODEBOOK_CODE.maxLength, 400_000_000) }),
  'survey: 10 MB pasted': () => ({ decode: decodeSurveyShareCode, input: `#s=1.j${'A'.repeat(10_000_000)}.AAAA` }),
  'score calculators: 10 MB pasted': () => ({ decode: decodeScoreCode, input: `1.nps.95.${'1-'.repeat(5_000_000)}` }),
  'assessment: 10 MB pasted': () => ({ decode: (text) => decodeResultShareCode(QUESTION_BANK, text), input: `1.f${'3'.repeat(10_000_000)}..AAAA` }),
  'team: 10 MB pasted': () => ({ decode: (text) => decodeTeamShareCode(QUESTION_BANK, text), input: `T1${'~l~QW5h~1.q34'.repeat(700_000)}` }),
  'journey file: 5 MB': () => ({ decode: (text) => importJourneyFile(text), input: JSON.stringify({ format: 'touchpoint-journey-maps', version: 1, maps: [{ id: 'x', note: 'a'.repeat(5_000_000) }] }) }),
  'persona file: 5 MB': () => ({ decode: (text) => parsePersonaImport(text, { createId: () => 'x', now: NOW }), input: JSON.stringify([{ name: 'a'.repeat(5_000_000) }]) }),
  'codebook file: 16 MB': () => ({ decode: (text) => importCodebookFile(text), input: JSON.stringify({ format: 'touchpoint-codebook', version: 1, codebook: { themes: [], handCodes: { x: 'a'.repeat(15_900_000) } } }) }),
};

function readPeakKb(): number {
  const status = readFileSync('/proc/self/status', 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
}

async function runMemoryCase(name: string): Promise<void> {
  const { decode, input } = (MEMORY_CASES[name] ?? (() => { throw new Error(name); }))();
  global.gc?.();
  await new Promise((resolve) => setTimeout(resolve, 50));
  const { writeFileSync } = await import('node:fs');
  writeFileSync('/proc/self/clear_refs', '5');
  const baseline = readPeakKb();
  const started = performance.now();
  const result = await decode(input);
  const elapsed = performance.now() - started;
  const peak = readPeakKb();
  const outcome = result.ok ? 'accepted' : `refused (${(result.error as { kind: string }).kind})`;
  console.log(JSON.stringify({ name, length: input.length, outcome, ms: Math.round(elapsed), peakAboveBaselineMb: Math.round(((peak - baseline) / 1024) * 10) / 10 }));
}

async function main(): Promise<void> {
  const memoryCase = process.argv[process.argv.indexOf('--memory-case') + 1];
  if (process.argv.includes('--memory-case') && memoryCase !== undefined) {
    await runMemoryCase(memoryCase);
    return;
  }
  let failed = false;
  console.log(`Fuzzing ${String(Object.keys(DECODERS).length)} decoders${QUICK ? ' (quick)' : ''}`);
  console.log('decoder             cases   throws  hangs>1s  wrong-accepts  slowest ms');
  let totalCases = 0;
  for (const [name, decoder] of Object.entries(DECODERS)) {
    const { cases, throws, hangs, wrongAccepts, slowest } = await fuzz(name, decoder);
    totalCases += cases;
    failed ||= throws > 0 || hangs > 0 || wrongAccepts > 0;
    console.log(`${name.padEnd(18)} ${String(cases).padStart(6)} ${String(throws).padStart(8)} ${String(hangs).padStart(9)} ${String(wrongAccepts).padStart(14)} ${slowest.toFixed(1).padStart(11)}`);
  }
  console.log(`${String(totalCases)} cases in all.\n\nPeak memory above baseline (budget ${String(MEMORY_BUDGET_MB)} MB):`);
  for (const name of Object.keys(MEMORY_CASES)) {
    const child = spawnSync(process.execPath, ['--expose-gc', import.meta.filename, '--memory-case', name], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const line = child.stdout.trim().split('\n').at(-1) ?? '';
    try {
      const report = JSON.parse(line) as { peakAboveBaselineMb: number; ms: number; outcome: string; length: number };
      failed ||= report.peakAboveBaselineMb > MEMORY_BUDGET_MB || report.ms > HANG_MS;
      console.log(`  ${name}: ${report.outcome}, ${report.length.toLocaleString('en')} characters, ${String(report.ms)} ms, +${String(report.peakAboveBaselineMb)} MB`);
    } catch {
      failed = true;
      console.log(`  ${name}: the child failed: ${child.stderr.slice(0, 500)}`);
    }
  }
  if (failed) {
    console.error('\nA budget was missed (throws, hangs, wrong accepts or memory): see above.');
    process.exitCode = 1;
  }
}

// Run as a script; imported (by the seeds test), only the tables and openSeeds are used.
if (import.meta.main) await main();
