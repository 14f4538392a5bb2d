import { z } from 'astro/zod';
import { countWords } from '../guides/reading-time.ts';
import { ASSESSMENT_GUIDE_SLUGS } from './guide-slug.ts';
import { maturityLevelSchema } from './answer-set.ts';
import { MATURITY_LEVELS } from './maturity-level.ts';

/** How many questions each dimension has in full mode. */
export const QUESTIONS_PER_DIMENSION = 4;

const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Ids are lowercase words joined by hyphens, e.g. "strategy-vision"');

/** What a maturity level means in general, e.g. level 1 "Reactive". */
export const levelInfoSchema = z
  .object({
    /** The level this describes. */
    level: maturityLevelSchema,
    /** Our name for it, e.g. "Reactive". */
    name: z.string().min(3).max(20),
    /** What an organisation at this level looks like, in two or three sentences. */
    description: z.string().min(60).max(400),
  })
  .readonly();

/** One of the five answers to a question: observable practice at one level. */
export const answerOptionSchema = z
  .object({
    /** The level this answer stands for. */
    level: maturityLevelSchema,
    /** A concrete statement of what happens, in the respondent's voice ("We survey…"), never agree/disagree. */
    text: z.string().min(30).max(300),
    /** What the next level looks like from here; at level 5, how to sustain it. */
    advice: z.string().min(40).max(400),
  })
  .readonly();

/** One question with its five answers, ordered from level 1 to level 5. */
export const questionSchema = z
  .object({
    /** Unique across the bank and stable: share codes and exports refer to it. */
    id: idSchema,
    /** The question as asked, ending with a question mark. */
    prompt: z.string().min(15).max(160).endsWith('?', 'A prompt is a question and ends with "?"'),
    /** Present on the one question per dimension that quick mode asks. */
    quick: z.literal(true).optional(),
    /** Exactly five answers, one per level, in level order. */
    answers: z
      .array(answerOptionSchema)
      .readonly()
      .refine(
        (answers) =>
          answers.length === MATURITY_LEVELS.length && answers.every((answer, index) => answer.level === index + 1),
        'A question has exactly five answers with levels 1, 2, 3, 4 and 5, in that order',
      ),
  })
  .readonly();

/** How long a dimension's level summary may be, in words: two or three sentences, room for a little rewording. */
export const LEVEL_SUMMARY_WORDS = { min: 40, max: 80 } as const;

/**
 * What one level looks like in one dimension: observable practice (what people do, what exists, how
 * evidence is used), consistent with the dimension's answers at that level and the level's general description.
 */
export const levelSummarySchema = z
  .string()
  .endsWith('.', 'A level summary is whole sentences and ends with a full stop')
  .superRefine((text, context) => {
    const words = countWords(text);
    if (words < LEVEL_SUMMARY_WORDS.min || words > LEVEL_SUMMARY_WORDS.max) {
      context.addIssue({
        code: 'custom',
        message: `A level summary has ${LEVEL_SUMMARY_WORDS.min} to ${LEVEL_SUMMARY_WORDS.max} words; this one has ${words}`,
      });
    }
  });

/** One of the eight dimensions of CX maturity. */
export const dimensionSchema = z
  .object({
    /** Unique, kebab-case and stable. */
    id: idSchema,
    /** Name shown in results, e.g. "Strategy & leadership". */
    name: z.string().min(3).max(60),
    /** One paragraph on what the dimension covers. */
    description: z.string().min(100).max(600),
    /** What each level looks like in this dimension, index = level − 1; shown on results instead of the general level text. */
    levelSummaries: z
      .array(levelSummarySchema)
      .length(MATURITY_LEVELS.length, 'A dimension has exactly five level summaries, level 1 first')
      .readonly(),
    /** Guides that explain this dimension, most relevant first. */
    guides: z.array(z.enum(ASSESSMENT_GUIDE_SLUGS)).min(1).readonly(),
    /** The dimension's questions, in the order they are asked. */
    questions: z
      .array(questionSchema)
      .length(QUESTIONS_PER_DIMENSION, `A dimension has exactly ${QUESTIONS_PER_DIMENSION} questions`)
      .readonly()
      .refine(
        (questions) => questions.filter((question) => question.quick === true).length === 1,
        'Exactly one question per dimension is marked quick: true',
      ),
  })
  .readonly();

function findDuplicates(values: readonly string[]): readonly string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

/** The whole question bank. Its version is carried in every saved or shared result. */
export const questionBankSchema = z
  .object({
    /** Bump when questions, answers or their order change; add a migration for the old version. */
    version: z.int().positive(),
    /** The five levels in order. */
    levels: z
      .array(levelInfoSchema)
      .readonly()
      .refine(
        (levels) =>
          levels.length === MATURITY_LEVELS.length && levels.every((level, index) => level.level === index + 1),
        'The bank describes levels 1 to 5, in order',
      ),
    /** The dimensions in display order; ties in priorities fall back to this order. */
    dimensions: z.array(dimensionSchema).min(1).readonly(),
  })
  .readonly()
  .superRefine((bank, context) => {
    const dimensionIds = bank.dimensions.map((dimension) => dimension.id);
    const questionIds = bank.dimensions.flatMap((dimension) => dimension.questions.map((question) => question.id));
    for (const id of findDuplicates(dimensionIds)) {
      context.addIssue({ code: 'custom', path: ['dimensions'], message: `Dimension id "${id}" is used twice` });
    }
    for (const id of findDuplicates(questionIds)) {
      context.addIssue({ code: 'custom', path: ['dimensions'], message: `Question id "${id}" is used twice` });
    }
  });

/** The question bank as code uses it. */
export type QuestionBank = z.output<typeof questionBankSchema>;
/** One dimension of the bank. */
export type Dimension = z.output<typeof dimensionSchema>;
/** One question of the bank. */
export type Question = z.output<typeof questionSchema>;
/** One of a question's five answers. */
export type AnswerOption = z.output<typeof answerOptionSchema>;
/** A level's name and description. */
export type LevelInfo = z.output<typeof levelInfoSchema>;
