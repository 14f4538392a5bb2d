/**
 * The CX maturity self-assessment question bank: 8 dimensions × 4 questions × 5 answers, kept as data in
 * `content/assessment/question-bank.json`.
 *
 * Every answer describes observable practice at one level, in the respondent's voice, and carries advice
 * on what the next level looks like from there (at level 5: how to sustain it). The one question per
 * dimension marked `quick: true` is the question quick mode asks.
 *
 * Checked twice: the `assessment` content collection (`src/content.config.ts`) parses the file with
 * `questionBankSchema`, so a bad entry fails `npm run build` naming the file and the field; and
 * test/lib/assessment/question-bank.test.ts parses this import, which is what the islands ship (Vite
 * bundles the JSON into the page's script). The type below is the schema's output, so the cast only
 * restores the literal types JSON loses (levels 1–5, `quick: true`).
 *
 * Versioning: share codes and exports store answers by position and by id against `version`. Changing,
 * adding, removing or reordering questions or answers means bumping `version` and adding an entry to
 * `ANSWER_SET_MIGRATIONS` (answer-set-migrations.ts) that maps the old version's answers onto the new one, and
 * bumping `QUESTION_BANK_VERSION` (progress-start.ts) with it.
 * Rewording a text without changing its meaning does not.
 */
import bank from '../../../content/assessment/question-bank.json' with { type: 'json' };
import type { QuestionBank } from './question-bank-schema.ts';

/** The question bank every tool uses. */
export const QUESTION_BANK = bank as QuestionBank;

