/**
 * The calculators' share codes, one family: `1.<calculator>.<part>….<check>`, only a-z 0-9 "." "-" (all
 * unreserved in URLs, and readable when typed again), 4 base-36 check digits over everything before them.
 * The score calculators' parts are in `share-code.ts`; churn's and CLV's in their own modules.
 */
import { cleanCode, readCode, writeCode, type CodeFormat } from '../portable/code-envelope.ts';
import { FRAGMENT_KEYS } from '../portable/fragment.ts';
import type { PortableError } from '../portable/portable-error.ts';
import { err, ok, type Result } from '../result.ts';

/** The format version every calculator code starts with. */
export const CALCULATOR_CODE_VERSION = 1;

/** The envelope: at most 1,000 characters, case-insensitive, base-36 checksum. */
export const CALCULATOR_CODE: CodeFormat = {
  separator: '.',
  alphabet: /^[a-z0-9.-]$/,
  maxLength: 1000,
  checksum: 'base36',
  lowerCase: true,
  parts: { min: 2, max: 6 },
};

/** Each calculator's name in a code, what people call it and where it lives, so a code opened on the wrong page says where to go. */
export const CALCULATOR_CODE_NAMES: Readonly<Record<string, string>> = {
  nps: 'the NPS calculator (/tools/nps/)',
  npsc: 'the NPS calculator (/tools/nps/)',
  csat: 'the CSAT calculator (/tools/csat/)',
  ces2: 'the CES calculator (/tools/ces/)',
  ces1: 'the CES calculator (/tools/ces/)',
  churn: 'the churn and retention calculator (/tools/churn-retention/)',
  clv: 'the CLV calculator (/tools/clv/)',
};

/**
 * Write a calculator's code.
 *
 * @param calculator its name in codes, e.g. "churn"
 * @param parts its parts, none containing "."
 * @example writeCalculatorCode('clv', ['usd', 's', '50-2-m-3-y-40']) // '1.clv.usd.s.50-2-m-3-y-40.' + 4 check digits
 */
export function writeCalculatorCode(calculator: string, parts: readonly string[]): string {
  return writeCode(CALCULATOR_CODE, CALCULATOR_CODE_VERSION, [calculator, ...parts]);
}

/**
 * Read a calculator code (bare, or as a link's `#c=` fragment) and check it is for one of `calculators`.
 * Never throws; O(length).
 *
 * @param code what was in the link or pasted
 * @param calculators the calculators the page can open
 * @returns the calculator and its parts, or why the code cannot be read
 * @example readCalculatorCode('#c=' + writeCalculatorCode('churn', ['m']), ['churn']) // ok({ calculator: 'churn', parts: ['m'] })
 */
export function readCalculatorCode(code: string, calculators: readonly string[]): Result<{ calculator: string; parts: readonly string[] }, PortableError> {
  const read = readCode(cleanCode(code, [FRAGMENT_KEYS.calculator]), CALCULATOR_CODE, { oldest: CALCULATOR_CODE_VERSION, current: CALCULATOR_CODE_VERSION });
  if (!read.ok) return read;
  const [calculator = '', ...parts] = read.value.parts;
  if (!calculators.includes(calculator)) return err({ kind: 'other-tool', found: CALCULATOR_CODE_NAMES[calculator] ?? `another calculator (“${calculator.slice(0, 20)}”)` });
  return ok({ calculator, parts });
}
