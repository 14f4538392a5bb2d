import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { describeJourneyIssue, nameJourneyPlace } from '../../../src/lib/journey/describe-journey-issue';
import { formatSchemaIssue } from '../../../src/lib/schema/describe-schema-issue';

describe('nameJourneyPlace', () => {
  it('names the place in words, counting from 1', () => {
    expect(nameJourneyPlace(['stages', 2, 'painPoints', 0, 'severity'])).toBe('stage 3, pain point 1, severity');
    expect(nameJourneyPlace(['maps', 1, 'personas', 0, 'personaId'])).toBe('map 2, persona 1, persona id');
    expect(nameJourneyPlace(['stages', 0, 'metric', 'csatScale'])).toBe('stage 1, metric, CSAT scale');
    expect(nameJourneyPlace(['customChannels'])).toBe('custom channels');
    expect(nameJourneyPlace(['stages', 0, 'metric', 'counts', 3])).toBe('stage 1, metric, count 4');
    expect(nameJourneyPlace(['odd', 2])).toBe('odd, item 3');
    // Version 2: a stage's metrics are a list, an opportunity may name a maturity dimension.
    expect(nameJourneyPlace(['stages', 1, 'metrics', 1, 'scores'])).toBe('stage 2, metric 2, pasted scores');
    expect(nameJourneyPlace(['stages', 0, 'opportunities', 2, 'dimension'])).toBe('stage 1, opportunity 3, maturity dimension');
    expect(nameJourneyPlace(['stages', 0, 'emotionIsExample'])).toBe('stage 1, example mark on the emotion scores');
    expect(nameJourneyPlace([])).toBe('');
  });
});

describe('describeJourneyIssue', () => {
  const stage = z.object({
    name: z.string().check(z.minLength(1), z.maxLength(8)),
    painPoints: z.array(z.object({ severity: z.enum(['low', 'high']) })).check(z.maxLength(2)),
    emotion: z.optional(z.number().check(z.gte(-2), z.lte(2))),
    updatedAt: z.iso.datetime(),
  });
  const lines = (data: unknown) => {
    const checked = z.object({ stages: z.array(stage) }).safeParse(data, { reportInput: true });
    return checked.success ? [] : checked.error.issues.map((issue) => formatSchemaIssue(describeJourneyIssue(issue)));
  };

  it('says what was expected and what was found, in plain words, with no “undefined” or type jargon', () => {
    expect(lines({ stages: [{ name: 'far too long', painPoints: [{ severity: 'x' }, {}], emotion: 3, updatedAt: 'now' }] })).toEqual([
      'stage 1, name: is 12 characters long; the limit is 8',
      'stage 1, pain point 1, severity: should be one of "low", "high"; got "x"',
      'stage 1, pain point 2, severity: is missing',
      'stage 1, emotion: should be at most 2; got 3',
      'stage 1, date of last change: should be a date and time such as "2026-03-01T10:00:00Z"; got "now"',
    ]);
    expect(lines({ stages: [{ name: '', painPoints: 7 }] })).toEqual([
      'stage 1, name: is empty; fill it in or remove it',
      'stage 1, pain points: should be a list, not 7',
      'stage 1, date of last change: is missing',
    ]);
    const low = { severity: 'low' };
    expect(lines({ stages: [{ name: 'Buy', painPoints: [low, low, low], emotion: -2.5, updatedAt: '2026-03-01T10:00:00Z' }] })).toEqual([
      'stage 1, pain points: has 3 items; the limit is 2',
      'stage 1, emotion: should be at least -2; got -2.5',
    ]);
    expect(lines({})).toEqual(['stages: is missing']);
    expect(lines([]).join(' ')).not.toMatch(/undefined|array|received/);
  });

  it('passes a message written for this page through, and says “is not valid” for the whole map when there is none', () => {
    expect(describeJourneyIssue({ code: 'custom', path: ['stages', 0, 'painPoints', 1], message: 'repeats the id “a”' })).toEqual({
      path: ['stages', 0, 'painPoints', 1],
      place: 'stage 1, pain point 2',
      message: 'repeats the id “a”',
    });
    expect(formatSchemaIssue(describeJourneyIssue({ code: 'custom', path: [], message: '' }))).toBe('is not valid');
  });
});
