/**
 * The ONE place that knows how today's public API reads each golden fixture (see test/fixtures/golden/README.md).
 *
 * Every fixture under test/fixtures/golden/ is frozen: it holds a link, code, file or stored value exactly as the
 * tools wrote it, and the data it must still open to. When the portable layer (issue 11) renames or moves the
 * decoders, only this file changes: each adapter below takes a fixture's `input` and returns plain JSON data.
 *
 * Imports carry their `.ts` extension, as in src/, so Node 24 can run this module directly.
 */
import { cleanStores, keepMount } from 'nanostores';
import { QUESTION_BANK } from '../../src/lib/assessment/question-bank.ts';
import { aggregateTeamResults } from '../../src/lib/assessment/aggregate-team-results.ts';
import type { AnswerSet } from '../../src/lib/assessment/answer-set.ts';
import { importAssessmentJson, importTeamJson } from '../../src/lib/assessment/assessment-file.ts';
import { decodeResultShareCode as decodeAssessmentShareCode } from '../../src/lib/assessment/result-share-code.ts';
import { decodeTeamShareCode, getPastedCode } from '../../src/lib/assessment/team-share-code.ts';
import { exportAssessmentCsv } from '../../src/lib/assessment/export-assessment-csv.ts';
import { exportTeamCsv } from '../../src/lib/assessment/export-team-csv.ts';
import type { TeamRespondent } from '../../src/lib/assessment/team-respondent.ts';
import { formatCsv as toCsv, type CsvCell } from '../../src/lib/text/csv.ts';
import { backlogToCsv, backlogToMarkdown } from '../../src/lib/journey/export-backlog.ts';
import { importJourneyFile } from '../../src/lib/journey/import-journey-file.ts';
import type { JourneyMap } from '../../src/lib/journey/journey-map-schema.ts';
import { JOURNEY_MAP_MIGRATIONS, upgradeJourneyMapV1 } from '../../src/lib/journey/journey-migrations.ts';
import { mapToMarkdown } from '../../src/lib/journey/map-to-markdown.ts';
import { migrate } from '../../src/lib/portable/migrate.ts';
import { rankOpportunities } from '../../src/lib/journey/rank-opportunities.ts';
import { decodeJourneyShareCode } from '../../src/lib/journey/share-code.ts';
import { decodeSurveyShareCode, type SharedSurvey } from '../../src/lib/survey/survey-share-code.ts';
import { importCodebookFile } from '../../src/lib/comments/codebook-file.ts';
import { decodeCodebookShareCode } from '../../src/lib/comments/codebook-share-code.ts';
import { getSurveyCsv, getSurveyMarkdown } from '../../src/lib/survey/survey-exports.ts';
import { buildSurveyReport } from '../../src/lib/survey/survey-report.ts';
import { readFragment } from '../../src/lib/portable/fragment.ts';
import { decodeChurnShareCode } from '../../src/lib/metrics/churn-share-code.ts';
import { decodeClvShareCode } from '../../src/lib/metrics/clv-share-code.ts';
import { decodeShareCode as decodeScoreShareCode } from '../../src/lib/metrics/share-code.ts';
import { parseBuilderRoute } from '../../src/lib/persona/builder-route.ts';
import { parsePersonaImport } from '../../src/lib/persona/import-personas.ts';
import type { Persona } from '../../src/lib/persona/persona-schema.ts';
import { personasToMarkdown, personaToMarkdown } from '../../src/lib/persona/persona-to-markdown.ts';
import { decodeShareCode as decodePersonaShareCode } from '../../src/lib/persona/share-code.ts';
import type { Result } from '../../src/lib/result.ts';
import { $assessmentHistory, $assessmentProgress, $assessmentTargets } from '../../src/stores/assessment.ts';
import { $teamState } from '../../src/stores/assessment-team.ts';
import { $sharedResults } from '../../src/stores/assessment-shared.ts';
import { $cesCalculator } from '../../src/stores/ces-calculator.ts';
import { $churnDraft } from '../../src/stores/churn-calculator.ts';
import { $clvDraft } from '../../src/stores/clv-calculator.ts';
import { $csatCalculator } from '../../src/stores/csat-calculator.ts';
import { $journeyCollection } from '../../src/stores/journey-maps.ts';
import { $npsCalculator } from '../../src/stores/nps-calculator.ts';
import { setStorageForTests, type PersistedAtom } from '../../src/stores/persisted-atom.ts';
import { $personaCollection } from '../../src/stores/personas.ts';
import { readScoreShareFragment } from '../../src/lib/metrics/score-share-codec.ts';
import { $storageNotices } from '../../src/stores/storage-notices.ts';
import { createSequentialIds } from '../../src/lib/text/id.ts';
import { memoryStorage } from '../support/memory-storage.ts';

/** What a fixture feeds its decoder; each kind uses the fields it names. */
export interface GoldenInput {
  /** A bare share code, as pasted. */
  readonly code?: string;
  /** `location.hash` as a page reads it (with its "#"). */
  readonly hash?: string;
  /** Text pasted into a "paste a link or code" box (a whole link, a fragment or a bare code). */
  readonly pasted?: string;
  /** An import file's whole text. */
  readonly fileText?: string;
  /** The localStorage key and the exact text stored under it. */
  readonly storageKey?: string;
  readonly storageValue?: string;
  /** The clock a decoder that stamps dates is given (ISO 8601), so `expected` is deterministic. */
  readonly now?: string;
}

/** One frozen fixture file. */
export interface GoldenFixture {
  readonly kind: string;
  readonly description: string;
  readonly input: GoldenInput;
  readonly expected: unknown;
}

/** Turn decoded data into what a JSON file holds (drops `undefined` keys, as JSON does). */
export function toPlain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

function need<K extends keyof GoldenInput>(input: GoldenInput, key: K): NonNullable<GoldenInput[K]> {
  const value = input[key];
  if (value === undefined || value === null) throw new Error(`this fixture kind needs input.${key}`);
  return value as NonNullable<GoldenInput[K]>;
}

/** The value of a decode, or a failure naming the decoder's error (so a broken fixture says why). */
function unwrap<T, E>(result: Result<T, E>): unknown {
  if (!result.ok) throw new Error(`decoding failed: ${JSON.stringify(result.error)}`);
  return toPlain(result.value);
}

function decodeScore(input: GoldenInput): unknown {
  return unwrap(decodeScoreShareCode(need(input, 'code')));
}

/** A score calculator link as the NPS, CSAT and CES pages read it: `readScoreShareFragment(location.hash, …)`. */
function openScoreLink(input: GoldenInput): unknown {
  const opened = readScoreShareFragment(need(input, 'hash'), ['nps', 'nps-comparison', 'csat', 'ces', 'ces-effort']);
  if (!opened.ok) throw new Error(`opening the link failed: ${JSON.stringify(opened.error)}`);
  return toPlain(opened.value);
}

function fixedNow(input: GoldenInput): Date {
  return new Date(need(input, 'now'));
}

/** Load a stored value into a persisted store, as a page load does; fails when the store kept it aside. */
async function loadStored(store: PersistedAtom<unknown>, input: GoldenInput): Promise<unknown> {
  const key = need(input, 'storageKey');
  const storage = memoryStorage();
  setStorageForTests(storage);
  $storageNotices.set([]);
  try {
    cleanStores(store);
    // The persistent atom skips decoding when the stored text equals what it last wrote itself; a unique value
    // set while unmounted makes sure the fixture's text is decoded, as on a fresh page load.
    store.set({ goldenSentinel: Math.random() });
    storage.data.set(key, need(input, 'storageValue'));
    keepMount(store);
    // A calculator's store reads saved data once its schema has loaded, as on a page.
    await store.ready();
    const notices = $storageNotices.get();
    if (notices.length > 0) throw new Error(`the store did not read its saved value: ${notices.map((notice) => `${notice.kind}: ${notice.reason}`).join('; ')}`);
    return toPlain(store.get());
  } finally {
    cleanStores(store);
    setStorageForTests(undefined);
    $storageNotices.set([]);
  }
}

/** The persisted stores, by the key after `touchpoint:`; each becomes the fixture kind `storage:<key>`. */
export const STORED_ATOMS = {
  'nps-calculator': $npsCalculator,
  'csat-calculator': $csatCalculator,
  'ces-calculator': $cesCalculator,
  'churn-calculator': $churnDraft,
  'clv-calculator': $clvDraft,
  'assessment-progress': $assessmentProgress,
  'assessment-targets': $assessmentTargets,
  'assessment-history': $assessmentHistory,
  'assessment-team': $teamState,
  'assessment-shared': $sharedResults,
  personas: $personaCollection,
  'journey-maps': $journeyCollection,
} as const satisfies Record<string, { readonly storageKey: string }>;

const storageDecoders = Object.fromEntries(
  Object.entries(STORED_ATOMS).map(([key, store]) => [`storage:${key}`, (input: GoldenInput) => loadStored(store as PersistedAtom<unknown>, input)]),
);

/** Fixture kind → how today's public API decodes its input. */
export const DECODERS: Readonly<Record<string, (input: GoldenInput) => unknown>> = {
  // Score calculators (NPS, NPS comparison, CSAT, CES 2.0, CES 1.0): one code format, decodeShareCode in lib/metrics.
  'nps-share-code': decodeScore,
  'nps-comparison-share-code': decodeScore,
  'csat-share-code': decodeScore,
  'ces2-share-code': decodeScore,
  'ces1-share-code': decodeScore,
  /** Accepted spellings of a code: leading "#", upper case, surrounding blanks. */
  'score-share-code-variant': decodeScore,
  /** `/tools/<calculator>/#c=<code>` as the page reads `location.hash`. */
  'score-share-link': openScoreLink,

  // Figure calculators: the decoders accept a bare code or the "#c=" fragment.
  'churn-share-code': (input) => unwrap(decodeChurnShareCode(input.hash ?? need(input, 'code'))),
  'clv-share-code': (input) => unwrap(decodeClvShareCode(input.hash ?? need(input, 'code'))),

  // Assessment.
  'assessment-share-code': (input) => unwrap(decodeAssessmentShareCode(QUESTION_BANK, need(input, 'code'))),
  /** A result or team link pasted whole (or its fragment), read as the paste box reads it. */
  'assessment-share-link': (input) => {
    const pasted = getPastedCode(need(input, 'pasted'));
    const decoded = pasted.kind === 'team' ? decodeTeamShareCode(QUESTION_BANK, pasted.code) : decodeAssessmentShareCode(QUESTION_BANK, pasted.code);
    return { kind: pasted.kind, data: unwrap<unknown, unknown>(decoded) };
  },
  'assessment-json-file': (input) => unwrap(importAssessmentJson(QUESTION_BANK, need(input, 'fileText'))),
  'team-share-code': (input) => unwrap(decodeTeamShareCode(QUESTION_BANK, need(input, 'code'))),
  'team-json-file': (input) => unwrap(importTeamJson(QUESTION_BANK, need(input, 'fileText'))),

  // Personas: `/tools/personas/#share=<code>`, read through the builder's route then the share decoder.
  'persona-share-code': async (input) => {
    const route = parseBuilderRoute(need(input, 'hash'));
    if (route?.view !== 'share') throw new Error(`not a share route: ${JSON.stringify(route)}`);
    return unwrap(await decodePersonaShareCode(route.code, fixedNow(input)));
  },
  'persona-file': (input) => unwrap(parsePersonaImport(need(input, 'fileText'), { createId: createSequentialIds('golden-id-'), now: fixedNow(input) })),

  // Journey maps: `#map=<code>` (both `z` and `j` encodings) and export files.
  'journey-share-code': async (input) => {
    const fragment = readFragment(need(input, 'hash'), ['map']);
    if (fragment.kind !== 'code') throw new Error('no #map= code in the fragment');
    return unwrap(await decodeJourneyShareCode(fragment.code));
  },
  'journey-file': (input) => unwrap(importJourneyFile(need(input, 'fileText'))),

  // Survey workbench: `#s=<code>` (both encodings), counts per segment and per day with the view.
  'survey-share-code': async (input) => {
    const fragment = readFragment(need(input, 'hash'), ['s']);
    if (fragment.kind !== 'code') throw new Error('no #s= code in the fragment');
    return unwrap(await decodeSurveyShareCode(fragment.code));
  },

  // Comments view: a codebook's themes as `#k=<code>` (both encodings), and codebook export files (themes and hand codes).
  'codebook-share-code': async (input) => {
    const fragment = readFragment(need(input, 'hash'), ['k']);
    if (fragment.kind !== 'code') throw new Error('no #k= code in the fragment');
    return unwrap(await decodeCodebookShareCode(fragment.code));
  },
  'codebook-file': (input) => unwrap(importCodebookFile(need(input, 'fileText'))),

  // What each store saves in localStorage, in its `{"v": …, "data": …}` envelope.
  ...storageDecoders,
};

/**
 * CSV and Markdown exports (snapshots of today's output, which MAY change on purpose): export kind → how the
 * current code writes it from the snapshot's input.
 */
export const EXPORTERS: Readonly<Record<string, (input: unknown) => string>> = {
  'assessment-csv': (input) => exportAssessmentCsv(QUESTION_BANK, input as AnswerSet),
  'team-csv': (input) => exportTeamCsv(QUESTION_BANK, aggregateTeamResults(QUESTION_BANK, input as readonly TeamRespondent[])),
  'figures-csv': (input) => toCsv(input as readonly (readonly CsvCell[])[]),
  // Snapshot inputs are version-1 maps: upgraded as an opened file or link would be (the step leaves version-2 maps alone).
  'journey-backlog-csv': (input) => backlogToCsv(rankOpportunities(upgradeJourneyMapV1(input) as JourneyMap)),
  'journey-backlog-markdown': (input) => backlogToMarkdown(rankOpportunities(upgradeJourneyMapV1(input) as JourneyMap), (input as JourneyMap).scenario),
  'journey-map-markdown': (input) => mapToMarkdown(upgradeJourneyMapV1(input) as JourneyMap),
  'persona-markdown': (input) => personaToMarkdown(input as Persona),
  'personas-markdown': (input) => personasToMarkdown(input as readonly Persona[]),
  'survey-csv': (input) => getSurveyCsv(buildSurveyReport((input as SharedSurvey).summary, (input as SharedSurvey).view)),
  'survey-markdown': (input) => getSurveyMarkdown(buildSurveyReport((input as SharedSurvey).summary, (input as SharedSurvey).view)),
};

/** A journey map written at `version`, brought to today's shape by the builder's own migration steps. */
function upgradeJourneyMap(map: unknown, version: number): unknown {
  const upgraded = migrate(map, version, JOURNEY_MAP_MIGRATIONS);
  if (!upgraded.ok) throw new Error(`the fixture's expected map cannot be upgraded: ${JSON.stringify(upgraded.error)}`);
  return upgraded.value;
}

function getCodeVersion(code: string): number {
  return Number(/^(?:#map=)?(\d+)\./.exec(code)?.[1]);
}

/**
 * What a frozen fixture opens to today, when its format has gained a version since it was frozen. `expected`
 * stays exactly as frozen (the data as the old version held it); this applies the domain's own, separately
 * tested, migration steps to it: "opens to the same data" then means "to the same data, upgraded". Kinds not
 * listed have never changed format: their `expected` is compared as it is.
 *
 * Journey maps: version 2 (issue 15) holds `metrics` lists and named severities (1 → low, 2 → medium, 3 → high).
 */
export const EXPECTED_UPGRADES: Readonly<Record<string, (expected: unknown, input: GoldenInput) => unknown>> = {
  'journey-share-code': (expected, input) => upgradeJourneyMap(expected, getCodeVersion(need(input, 'hash'))),
  'journey-file': (expected, input) => {
    const { version } = JSON.parse(need(input, 'fileText')) as { version: number };
    const { maps, ...rest } = expected as { maps: unknown[] };
    return { ...rest, maps: maps.map((map) => upgradeJourneyMap(map, version)) };
  },
  'storage:journey-maps': (expected, input) => {
    const { v } = JSON.parse(need(input, 'storageValue')) as { v: number };
    const { maps, ...rest } = expected as { maps: unknown[] };
    return { ...rest, maps: maps.map((map) => upgradeJourneyMap(map, v)) };
  },
};

/**
 * The data a fixture must open to today: its frozen `expected`, upgraded when its kind's format has changed.
 *
 * @param fixture a frozen fixture
 * @returns the data the decoder must return
 */
export function getExpectedToday(fixture: GoldenFixture): unknown {
  const upgrade = EXPECTED_UPGRADES[fixture.kind];
  return upgrade === undefined ? fixture.expected : toPlain(upgrade(fixture.expected, fixture.input));
}
