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
  });

  it('formats a line for a list', () => {
    expect(formatJourneyIssue({ place: 'stage 1', message: 'is missing' })).toBe('stage 1: is missing');
    expect(formatJourneyIssue(describeJourneyIssue({ path: [], message: '' }))).toBe('is not valid');
  });
});
