import { describe, expect, test } from 'vitest';
import { QUESTION_BANK } from '../../../content/assessment/question-bank.ts';
import { ASSESSMENT_GUIDE_SLUGS } from '../../../src/lib/assessment/guide-slug.ts';
import { questionBankSchema, type QuestionBank } from '../../../src/lib/assessment/question-bank-schema.ts';

/** The bank widened to its schema type, so tests can loop over dimensions of different literal types. */
const bank: QuestionBank = QUESTION_BANK;

function issuesOf(bank: unknown): readonly string[] {
  const result = questionBankSchema.safeParse(bank);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** A deep, mutable copy of the bank to break in one place (untyped: tests poke at arbitrary paths). */
function cloneBank(): any {
  return structuredClone(QUESTION_BANK);
}

describe('the question bank', () => {
  test('passes its schema', () => {
    expect(issuesOf(QUESTION_BANK)).toEqual([]);
  });

  test('starts at version 1', () => {
    expect(QUESTION_BANK.version).toBe(1);
  });

  test('has the eight dimensions, in order', () => {
    expect(QUESTION_BANK.dimensions.map((dimension) => dimension.name)).toMatchInlineSnapshot(`
      [
        "Strategy & leadership",
        "Customer understanding & personas",
        "Journey mapping & touchpoints",
        "Measurement & metrics",
        "Voice of the customer & closing the loop",
        "Employee engagement & culture",
        "Omnichannel, technology & data",
        "Governance & continuous improvement",
      ]
    `);
  });

  test('names the five levels', () => {
    expect(QUESTION_BANK.levels.map((level) => `${level.level} ${level.name}`)).toEqual([
      '1 Reactive',
      '2 Emerging',
      '3 Defined',
      '4 Embedded',
      '5 Customer-led',
    ]);
  });

  test('has 32 questions, 4 per dimension, one of them quick', () => {
    const questions = bank.dimensions.flatMap((dimension) => dimension.questions);
    expect(questions).toHaveLength(32);
    for (const dimension of bank.dimensions) {
      expect(dimension.questions).toHaveLength(4);
      expect(dimension.questions.filter((question) => question.quick === true)).toHaveLength(1);
    }
  });

  test('never repeats an answer or a piece of advice', () => {
    const texts = bank.dimensions.flatMap((dimension) =>
      dimension.questions.flatMap((question) => question.answers.flatMap((answer) => [answer.text, answer.advice])),
    );
    expect(texts).toHaveLength(32 * 5 * 2);
    expect(new Set(texts).size).toBe(texts.length);
  });

  test('never asks for agreement: answers are statements of practice', () => {
    const texts = bank.dimensions.flatMap((dimension) =>
      dimension.questions.flatMap((question) => question.answers.map((answer) => answer.text)),
    );
    expect(texts.filter((text) => /^(strongly |somewhat )?(agree|disagree)|^neither|^neutral/i.test(text))).toEqual([]);
  });

  test('links every guide the issue lists at least once', () => {
    const linked = new Set(bank.dimensions.flatMap((dimension) => dimension.guides));
    expect(ASSESSMENT_GUIDE_SLUGS.filter((slug) => !linked.has(slug))).toEqual([]);
  });
});

describe('the question bank schema', () => {
  test('rejects a question with four answers', () => {
    const bank = cloneBank();
    bank.dimensions[0].questions[1].answers.pop();
    expect(issuesOf(bank)).toMatchInlineSnapshot(`
      [
        "dimensions.0.questions.1.answers: A question has exactly five answers with levels 1, 2, 3, 4 and 5, in that order",
      ]
    `);
  });

  test('rejects answers with a level used twice', () => {
    const bank = cloneBank();
    bank.dimensions[2].questions[0].answers[4].level = 4;
    expect(issuesOf(bank)).toMatchInlineSnapshot(`
      [
        "dimensions.2.questions.0.answers: A question has exactly five answers with levels 1, 2, 3, 4 and 5, in that order",
      ]
    `);
  });

  test('rejects a dimension with five questions', () => {
    const bank = cloneBank();
    bank.dimensions[3].questions.push({ ...bank.dimensions[3].questions[1], id: 'measurement-extra' });
    expect(issuesOf(bank)).toMatchInlineSnapshot(`
      [
        "dimensions.3.questions: A dimension has exactly 4 questions",
      ]
    `);
  });

  test('rejects a dimension with two quick questions or none', () => {
    const bank = cloneBank();
    bank.dimensions[0].questions[1].quick = true;
    delete bank.dimensions[1].questions[0].quick;
    expect(issuesOf(bank)).toMatchInlineSnapshot(`
      [
        "dimensions.0.questions: Exactly one question per dimension is marked quick: true",
        "dimensions.1.questions: Exactly one question per dimension is marked quick: true",
      ]
    `);
  });

  test('rejects duplicate question and dimension ids', () => {
    const bank = cloneBank();
    bank.dimensions[4].questions[2].id = 'strategy-vision';
    bank.dimensions[5].id = 'strategy-leadership';
    expect(issuesOf(bank)).toMatchInlineSnapshot(`
      [
        "dimensions: Dimension id "strategy-leadership" is used twice",
        "dimensions: Question id "strategy-vision" is used twice",
      ]
    `);
  });

  test('rejects a guide that does not exist and an id that is not kebab-case', () => {
    const bank = cloneBank();
    bank.dimensions[6].guides = ['no-such-guide'];
    bank.dimensions[7].questions[3].id = 'Governance_Review';
    expect(issuesOf(bank).map((issue) => issue.split(':')[0])).toEqual([
      'dimensions.6.guides.0',
      'dimensions.7.questions.3.id',
    ]);
  });
});
