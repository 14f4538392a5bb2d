import { describe, expect, it } from 'vitest';
import { describeJourneyIssue, formatJourneyIssue } from '../../../src/lib/journey/describe-journey-issue';

describe('describeJourneyIssue', () => {
  it('names the place in words, counting from 1', () => {
    expect(describeJourneyIssue({ path: ['stages', 2, 'painPoints', 0, 'severity'], message: 'Invalid input' })).toEqual({
      place: 'stage 3, pain point 1, severity',
      message: 'invalid input',
    });
    expect(describeJourneyIssue({ path: ['maps', 1, 'personas', 0, 'personaId'], message: 'x' }).place).toBe('map 2, persona 1, persona id');
    expect(describeJourneyIssue({ path: ['stages', 0, 'metric', 'csatScale'], message: 'x' }).place).toBe('stage 1, metric, CSAT scale');
    expect(describeJourneyIssue({ path: ['customChannels'], message: 'x' }).place).toBe('custom channels');
    expect(describeJourneyIssue({ path: ['stages', 0, 'metric', 'counts', 3], message: 'x' }).place).toBe('stage 1, metric, count 4');
    expect(describeJourneyIssue({ path: ['odd', 2], message: 'x' }).place).toBe('odd, item 3');
    // Version 2: a stage's metrics are a list, an opportunity may name a maturity dimension.
    expect(describeJourneyIssue({ path: ['stages', 1, 'metrics', 1, 'scores'], message: 'x' }).place).toBe('stage 2, metric 2, pasted scores');
    expect(describeJourneyIssue({ path: ['stages', 0, 'opportunities', 2, 'dimension'], message: 'x' }).place).toBe('stage 1, opportunity 3, maturity dimension');
    expect(describeJourneyIssue({ path: ['stages', 0, 'emotionIsExample'], message: 'x' }).place).toBe('stage 1, example mark on the emotion scores');
  });

  it('formats a line for a list', () => {
    expect(formatJourneyIssue({ place: 'stage 1', message: 'is missing' })).toBe('stage 1: is missing');
    expect(formatJourneyIssue(describeJourneyIssue({ path: [], message: '' }))).toBe('is not valid');
  });

  it('rewords zod’s default messages, so no “undefined” or type jargon reaches the screen', () => {
    const reason = (message: string) => describeJourneyIssue({ path: ['stages'], message }).message;
    expect(reason('Invalid input: expected array, received undefined')).toBe('is missing');
    expect(reason('Invalid input: expected object, received number')).toBe('should be an object, not a number');
    expect(reason('Invalid input: expected string, received null')).toBe('should be text, not null');
    expect(reason('Too big: expected string to have <=80 characters')).toBe('is longer than the limit of 80 characters');
    expect(reason('Too big: expected array to have <=12 items')).toBe('has more than 12 items');
    expect(reason('Too big: expected number to be <=2')).toBe('should be at most 2');
    expect(reason('Too small: expected string to have >=1 characters')).toBe('must not be empty');
    expect(reason('Too small: expected array to have >=1 items')).toBe('needs at least 1 item');
    expect(reason('Invalid option: expected one of "1"|"2"|"3"')).toBe('should be one of "1", "2", "3"');
    expect(reason('Invalid ISO datetime')).toBe('should be a date and time such as "2026-03-01T10:00:00Z"');
    // Messages written for this page pass through.
    expect(reason('repeats the id “a”')).toBe('repeats the id “a”');
  });

  it('reads a map with nothing in it as fields that are missing, not as “undefined”', () => {
    const lines = [
      { path: ['maps', 0, 'personas'], message: 'Invalid input: expected array, received undefined' },
      { path: ['maps', 0, 'createdAt'], message: 'Invalid input: expected string, received undefined' },
    ].map((issue) => formatJourneyIssue(describeJourneyIssue(issue)));
    expect(lines).toEqual(['map 1, personas: is missing', 'map 1, creation date: is missing']);
    expect(lines.join(' ')).not.toMatch(/undefined/);
  });
});
