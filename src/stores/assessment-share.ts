/**
 * Share links of the assessment. Answers travel in the URL fragment, which browsers never send to a server:
 * `/assessment/#r=<share code>` for one person's results and `/assessment/team/#t=<team code>` for a team.
 */
import { formatBytes } from '../lib/text/format.ts';
import { decodeShareCode } from '../lib/assessment/decode-share-code.ts';
import { describeImportError } from '../lib/assessment/describe-import-error.ts';
import { importAssessmentJson } from '../lib/assessment/import-assessment-json.ts';
import type { QuestionBank } from '../lib/assessment/question-bank-schema.ts';
import { describeShareCodeError } from '../lib/assessment/share-code-error.ts';
import { isTeamShareCode } from '../lib/assessment/team-share-code.ts';
import { err, ok, type Result } from '../lib/result.ts';
import { ASSESSMENT_BANK, openPreview } from './assessment.ts';
import type { AssessmentPreview } from '../lib/assessment/assessment-preview.ts';

/** Fragment key of one person's results. */
export const RESULT_FRAGMENT_KEY = 'r';
/** Fragment key of a team's results. */
export const TEAM_FRAGMENT_KEY = 't';

export const ASSESSMENT_PATH = '/assessment/';
export const TEAM_PATH = '/assessment/team/';

/** What a URL fragment holds. */
export type ShareFragment =
  | { readonly kind: 'none' }
  | { readonly kind: 'result'; readonly code: string }
  | { readonly kind: 'team'; readonly code: string }
  /** Something else (e.g. a heading anchor): left alone. */
  | { readonly kind: 'other' };

function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // A stray "%" that is not an escape: keep the text, and the decoder names the bad character.
    return text;
  }
}

/**
 * Reads a URL fragment (`location.hash`, with or without its `#`).
 *
 * @example
 * readShareFragment('#r=1.q3-------..abcd'); // => { kind: 'result', code: '1.q3-------..abcd' }
 * readShareFragment('#method'); // => { kind: 'other' }
 * readShareFragment('#r='); // => { kind: 'none' }
 */
export function readShareFragment(hash: string): ShareFragment {
  const fragment = decodePercent(hash.startsWith('#') ? hash.slice(1) : hash).trim();
  if (fragment === '') return { kind: 'none' };
  for (const [key, kind] of [
    [RESULT_FRAGMENT_KEY, 'result'],
    [TEAM_FRAGMENT_KEY, 'team'],
  ] as const) {
    if (!fragment.startsWith(`${key}=`)) continue;
    const code = fragment.slice(key.length + 1).trim();
    // `#r=` with nothing after it (a link cut right after the key): no link at all, not an error.
    return code === '' ? { kind: 'none' } : { kind, code };
  }
  return { kind: 'other' };
}

/**
 * The code in something a person pasted: a share link (its fragment), a team link, or a bare code.
 *
 * @example
 * extractPastedCode('https://touchpoint.example/assessment/#r=1.q3…'); // => { kind: 'result', code: '1.q3…' }
 * extractPastedCode(' T1~-~~1.q3… '); // => { kind: 'team', code: 'T1~-~~1.q3…' }
 */
export function extractPastedCode(text: string): { readonly kind: 'result' | 'team'; readonly code: string } {
  const trimmed = text.trim();
  const hashAt = trimmed.indexOf('#');
  if (hashAt !== -1) {
    const fragment = readShareFragment(trimmed.slice(hashAt));
    // Classified by the code itself, so a team code under `#r=` (or one person's under `#t=`) still reads.
    if (fragment.kind === 'result' || fragment.kind === 'team') return { kind: isTeamShareCode(fragment.code) ? 'team' : 'result', code: fragment.code };
  }
  const code = hashAt === -1 ? trimmed : trimmed.slice(hashAt + 1);
  return { kind: isTeamShareCode(code) ? 'team' : 'result', code };
}

/** The full link that opens one person's results. */
export function getResultShareUrl(origin: string, code: string): string {
  return `${origin}${ASSESSMENT_PATH}#${RESULT_FRAGMENT_KEY}=${code}`;
}

/** The full link that opens a team's results. */
export function getTeamShareUrl(origin: string, code: string): string {
  return `${origin}${TEAM_PATH}#${TEAM_FRAGMENT_KEY}=${code}`;
}

/** The message for a team code opened on the single assessment page, with a link to open it where it belongs. */
function describeTeamLinkHere(code: string): AssessmentPreview {
  return {
    source: 'link-error',
    message: `This is a team result, not one person’s: open it on the team results page (${TEAM_PATH}).`,
    teamHref: `${TEAM_PATH}#${TEAM_FRAGMENT_KEY}=${code.trim()}`,
  };
}

/**
 * What the assessment page should show for a fragment: a read-only preview of shared results, an error
 * about the link, or nothing (the person's own assessment).
 */
export function getPreviewForFragment(hash: string, bank: QuestionBank = ASSESSMENT_BANK): AssessmentPreview | undefined {
  const fragment = readShareFragment(hash);
  switch (fragment.kind) {
    case 'none':
    case 'other':
      return undefined;
    case 'team':
      return describeTeamLinkHere(fragment.code);
    case 'result': {
      // A team code pasted after `#r=` (the keys look alike): say what it is rather than name a bad character.
      if (isTeamShareCode(fragment.code)) return describeTeamLinkHere(fragment.code);
      const decoded = decodeShareCode(bank, fragment.code);
      return decoded.ok
        ? { source: 'link', code: fragment.code.trim(), answerSet: decoded.value }
        : { source: 'link-error', message: describeShareCodeError(bank, decoded.error) };
    }
    default:
      return fragment satisfies never;
  }
}

/** Files bigger than this are refused before reading: an exported assessment is a few kilobytes. */
export const MAX_IMPORT_FILE_BYTES = 1_000_000;

/**
 * Reads an exported assessment file into a read-only preview; the person then chooses whether to import it.
 *
 * @returns the preview, or the lines of a message saying what is wrong with the file
 */
export function readAssessmentFile(fileName: string, text: string, bank: QuestionBank = ASSESSMENT_BANK): Result<AssessmentPreview, readonly string[]> {
  const imported = importAssessmentJson(bank, text);
  return imported.ok ? ok({ source: 'file', fileName, record: imported.value }) : err(describeImportError(bank, imported.error));
}

/** Says why a file is refused for its size, or `undefined` when it is small enough. */
export function describeFileTooLarge(fileName: string, bytes: number): string | undefined {
  if (bytes <= MAX_IMPORT_FILE_BYTES) return undefined;
  return `${fileName} is ${formatBytes(bytes)}; exported assessment files are a few kilobytes, so this is not one (the limit is 1 MB).`;
}

/** Shows the results in a fragment read-only; returns whether there was something to show. */
export function previewFragment(hash: string): boolean {
  const preview = getPreviewForFragment(hash);
  if (preview === undefined) return false;
  openPreview(preview);
  return true;
}
