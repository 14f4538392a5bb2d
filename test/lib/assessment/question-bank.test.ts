import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { ASSESSMENT_GUIDE_SLUGS } from '../../../src/lib/assessment/guide-slug.ts';
import { questionBankSchema, type QuestionBank } from '../../../src/lib/assessment/question-bank-schema.ts';

const bank: QuestionBank = QUESTION_BANK;

/** The bank as `content/assessment/question-bank.ts` defined it before it became data (written from that file). */
const BEFORE_DATA: unknown = JSON.parse(readFileSync(new URL('../../fixtures/question-bank-v1.snapshot.json', import.meta.url), 'utf8'));

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

  test('is, as data, exactly the bank the TypeScript file defined (version 1)', () => {
    // Share codes and saved answers refer to this bank by version: version 1 must never change in meaning.
    expect(QUESTION_BANK).toEqual(BEFORE_DATA);
    expect(questionBankSchema.parse(QUESTION_BANK)).toEqual(BEFORE_DATA);
  });

  test('keeps every question id in the order share codes store answers in', () => {
    expect(bank.dimensions.map((dimension) => `${dimension.id}: ${dimension.questions.map((question) => question.id).join(' ')}`)).toMatchInlineSnapshot(`
      [
        "strategy-leadership: strategy-vision strategy-ownership strategy-decisions strategy-investment",
        "customer-understanding: understanding-research understanding-segments understanding-personas understanding-insight-sharing",
        "journeys-touchpoints: journeys-maps journeys-touchpoint-inventory journeys-moments journeys-pain-points",
        "measurement-metrics: measurement-metrics-tracked measurement-business-outcomes measurement-reporting measurement-targets",
        "voice-of-customer: voc-survey-use voc-sources voc-inner-loop voc-outer-loop",
        "employees-culture: employees-empowerment employees-understanding employees-recognition employees-voice",
        "omnichannel-technology-data: omnichannel-continuity omnichannel-customer-view omnichannel-self-service omnichannel-personalisation",
        "governance-improvement: governance-forum governance-prioritisation governance-testing governance-maturity-review",
      ]
    `);
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
