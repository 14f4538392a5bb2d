/**
 * The schemas of what the score calculators save: one score input (score-input-state.ts has its functions),
 * and the NPS, CSAT and CES calculators' states, version 1 of each (their stores describe the shapes).
 *
 * Loaded only when saved data is read (persistedAtom's `parse: { load }`), after the page's first render: these
 * schemas and zod are not part of a calculator's first script (issue 17).
 */
import { z } from '../schema/zod.ts';
import type { ConfidenceLevel } from '../metrics/confidence-level.ts';
import { CSAT_SCALES, type CsatScaleId } from '../metrics/csat-scale.ts';
import { schemaParser } from '../storage/schema-parser.ts';
import { LARGE_PASTE_CHARACTERS } from './score-input-state.ts';

const keptCountsSchema = z.object({
  scale: z.object({ min: z.int(), max: z.int() }),
  counts: z.array(z.int().check(z.nonnegative())),
  n: z.int().check(z.nonnegative()),
  leftOut: z.int().check(z.nonnegative()),
  /** The first problems, already worded (`describeScoreIssue`). */
  issues: z.array(z.string()),
  decimalComma: z.boolean(),
  blankCells: z.int().check(z.nonnegative()),
  characters: z.int().check(z.nonnegative()),
  lines: z.int().check(z.nonnegative()),
  /** 1-based column read, when the paste was a table. */
  columnNumber: z.nullable(z.int().check(z.positive())),
  columnName: z.nullable(z.string()),
});

/** What is saved of a large paste: its counts and what the person needs to recognise it. */
export type KeptCounts = z.output<typeof keptCountsSchema>;

/** The saved part of one score input. */
export const scoreInputSchema = z.object({
  /** Pasted answers, or typed totals. */
  mode: z.enum(['paste', 'counts']),
  /** The paste box's text; '' when the paste is large (see `kept`). */
  text: z.string().check(z.maxLength(LARGE_PASTE_CHARACTERS)),
  /** The file the text came from, if any. */
  fileName: z.nullable(z.string()),
  /**
   * When the text was last set (ISO 8601), so a paste into text restored from an earlier visit can ask "Replace
   * the answers from 1 December?". Optional: states saved before it existed have none (and keep reading as they did).
   */
  savedAt: z.optional(z.iso.datetime({ offset: true })),
  /** Header-less comma or semicolon numbers: one list (default) or columns. */
  readAs: z.enum(['list', 'list-commas-between', 'columns']),
  /**
   * Scores the person gave to answers written only as words (`Very satisfied` → 5), by `getLabelKey`; null: the
   * label does not count. Optional: states saved before it existed have none.
   */
  labels: z.optional(z.record(z.string().check(z.maxLength(200)), z.nullable(z.int()))),
  /**
   * Where counts loaded from a share link came from (the file, layout, column and what was left out), shown
   * beside the counts and carried on when they are shared again; dropped once a count is edited. Optional.
   */
  sharedSource: z.optional(
    z.object({
      fileName: z.nullable(z.string().check(z.maxLength(200))),
      layout: z.enum(['qualtrics', 'qualtrics-legacy', 'surveymonkey', 'typeform', 'google-forms', 'table', 'list']),
      column: z.nullable(z.string().check(z.maxLength(200))),
      leftOut: z.int().check(z.nonnegative()),
      notANumber: z.int().check(z.nonnegative()),
      outOfRange: z.int().check(z.nonnegative()),
      notWhole: z.int().check(z.nonnegative()),
      labels: z.optional(z.array(z.object({ label: z.string().check(z.maxLength(200)), score: z.nullable(z.int()) })).check(z.maxLength(40))),
    }),
  ),
  /** The column the person chose in a table; null means the suggested one. */
  column: z.nullable(z.object({ index: z.int().check(z.nonnegative()), name: z.nullable(z.string()) })),
  /** Counts of a large paste whose text was not saved. */
  kept: z.nullable(keptCountsSchema),
  /** Counts mode: per scale point, or (NPS) the three groups. */
  countsKind: z.enum(['scores', 'groups']),
  /** Counts mode fields by score ("0" … "10"), as typed. */
  countFields: z.record(z.string(), z.string()),
  /** NPS counts mode by group, as typed. */
  groupFields: z.object({ promoters: z.string(), passives: z.string(), detractors: z.string() }),
});

/** The saved part of one score input. */
export type ScoreInputState = z.output<typeof scoreInputSchema>;

/** 90, 95 or 99, as saved. */
const confidenceSchema = z.union([z.literal(90), z.literal(95), z.literal(99)]) satisfies z.ZodMiniType<ConfidenceLevel>;

/** The NPS calculator's state. */
const npsCalculatorSchema = z.object({
  confidence: confidenceSchema,
  /** Whether the earlier period's input is shown and compared. */
  compare: z.boolean(),
  /** This period's answers. */
  current: scoreInputSchema,
  /** The earlier period's answers, for the comparison. */
  baseline: scoreInputSchema,
});

export type NpsCalculatorState = z.output<typeof npsCalculatorSchema>;

const csatScaleSchema = z.enum(['1-3', '1-5', '1-7', '1-10']) satisfies z.ZodMiniType<CsatScaleId>;

const csatCalculatorSchema = z
  .object({
    confidence: confidenceSchema,
    scale: csatScaleSchema,
    /** Lowest answer counted as satisfied. */
    threshold: z.int(),
    input: scoreInputSchema,
  })
  .check(
    z.refine((state) => state.threshold > CSAT_SCALES[state.scale].min && state.threshold <= CSAT_SCALES[state.scale].max, {
      message: 'the threshold must lie from the scale’s second point to its top',
      path: ['threshold'],
    }),
  );

export type CsatCalculatorState = z.output<typeof csatCalculatorSchema>;

const cesCalculatorSchema = z.object({
  confidence: confidenceSchema,
  variant: z.enum(['ces-2.0', 'ces-1.0']),
  inputs: z.object({ ces2: scoreInputSchema, ces1: scoreInputSchema }),
});

export type CesCalculatorState = z.output<typeof cesCalculatorSchema>;

/** Read what each calculator saved: its state, or which field is wrong and why. */
export const parseNpsCalculator = schemaParser(npsCalculatorSchema);
export const parseCsatCalculator = schemaParser(csatCalculatorSchema);
export const parseCesCalculator = schemaParser(cesCalculatorSchema);
