import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { QUESTION_BANK_VERSION } from '../../../src/lib/assessment/progress-start.ts';
import { ASSESSMENT_GUIDE_SLUGS } from '../../../src/lib/assessment/guide-slug.ts';
import { questionBankSchema, type QuestionBank } from '../../../src/lib/assessment/question-bank-schema.ts';
import { proseWords, wordRuns } from '../../content/load-content.ts';

const bank: QuestionBank = QUESTION_BANK;

/** The bank as `content/assessment/question-bank.ts` defined it before it became data (written from that file). */
const BEFORE_DATA: unknown = JSON.parse(readFileSync(new URL('../../fixtures/question-bank-v1.snapshot.json', import.meta.url), 'utf8'));

/**
 * The bank without the level summaries. They were added after version 1 (issue 15) as display text only:
 * share codes, exports and migrations never read them, so they do not change what version 1 means and are
 * left out of the comparison with the version 1 snapshot, which stays as it was written.
 */
function withoutLevelSummaries(bank: QuestionBank): unknown {
  return { ...bank, dimensions: bank.dimensions.map(({ levelSummaries: _levelSummaries, ...dimension }) => dimension) };
}

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

  test('is, as data, exactly the bank the TypeScript file defined (version 1), plus its level summaries', () => {
    // Share codes and saved answers refer to this bank by version: version 1 must never change in meaning.
    expect(withoutLevelSummaries(QUESTION_BANK)).toEqual(BEFORE_DATA);
    expect(withoutLevelSummaries(questionBankSchema.parse(QUESTION_BANK))).toEqual(BEFORE_DATA);
    // The only field added since: the summaries themselves (checked below), on every dimension.
    expect(QUESTION_BANK.dimensions.map((dimension) => Object.keys(dimension).filter((key) => !['id', 'name', 'description', 'guides', 'questions'].includes(key)))).toEqual(
      QUESTION_BANK.dimensions.map(() => ['levelSummaries']),
    );
  });

  test('describes every level of every dimension in its own words', () => {
    const summaries = bank.dimensions.flatMap((dimension) => dimension.levelSummaries);
    expect(summaries).toHaveLength(8 * 5);
    expect(new Set(summaries).size).toBe(summaries.length);
    const general = new Set(bank.levels.map((level) => level.description));
    expect(summaries.filter((summary) => general.has(summary))).toEqual([]);
  });

  test('level summaries paraphrase the bank: none copies seven words in a row from an answer, advice or level text', () => {
    // Seven words: long enough that shared lists ("cost to serve") and names ("NPS, CSAT") do not count as copying.
    const bankText = [
      ...bank.levels.map((level) => level.description),
      ...bank.dimensions.flatMap((dimension) => [dimension.description, ...dimension.questions.flatMap((question) => question.answers.flatMap((answer) => [answer.text, answer.advice]))]),
    ];
    const bankRuns = new Set(bankText.flatMap((text) => [...wordRuns(proseWords(text), 7)]));
    const copied = bank.dimensions.flatMap((dimension) =>
      dimension.levelSummaries.flatMap((summary, index) =>
        [...wordRuns(proseWords(summary), 7)].filter((run) => bankRuns.has(run)).map((run) => `${dimension.id} level ${index + 1}: ${run}`),
      ),
    );
    expect(copied).toEqual([]);
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

  test('has the version new answers are given on (QUESTION_BANK_VERSION, which the page knows before the bank loads)', () => {
    expect(QUESTION_BANK_VERSION).toBe(QUESTION_BANK.version);
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

  test('rejects a dimension with four level summaries', () => {
    const bank = cloneBank();
    bank.dimensions[2].levelSummaries.pop();
    expect(issuesOf(bank)).toMatchInlineSnapshot(`
      [
        "dimensions.2.levelSummaries: A dimension has exactly five level summaries, level 1 first",
      ]
    `);
  });

  test('rejects a dimension without level summaries', () => {
    const bank = cloneBank();
    delete bank.dimensions[5].levelSummaries;
    expect(issuesOf(bank).map((issue) => issue.split(':')[0])).toEqual(['dimensions.5.levelSummaries']);
  });

  test('rejects a level summary that is too short, too long or has no full stop', () => {
    const bank = cloneBank();
    bank.dimensions[0].levelSummaries[0] = 'Nobody owns the experience.';
    // Six words repeated 14 times: 84 words, over the 80 allowed.
    bank.dimensions[1].levelSummaries[4] = `${'Teams talk to customers every week. '.repeat(14)}`.trim();
    bank.dimensions[4].levelSummaries[2] = bank.dimensions[4].levelSummaries[2].replace(/\.$/, '');
    expect(issuesOf(bank)).toMatchInlineSnapshot(`
      [
        "dimensions.0.levelSummaries.0: A level summary has 40 to 80 words; this one has 4",
        "dimensions.1.levelSummaries.4: A level summary has 40 to 80 words; this one has 84",
        "dimensions.4.levelSummaries.2: A level summary is whole sentences and ends with a full stop",
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
