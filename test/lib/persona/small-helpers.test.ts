import { describe, expect, it } from 'vitest';
import { describeFieldPath } from '../../../src/lib/persona/describe-field-path.ts';
import { formatJobStory } from '../../../src/lib/persona/format-job-story.ts';
import { getPersonaInitials } from '../../../src/lib/persona/get-persona-initials.ts';
import { getExportFileName } from '../../../src/lib/persona/persona-file.ts';
import { makePersona, NOW } from './make-persona.ts';

describe('getPersonaInitials', () => {
  it('takes the first letters of the first and last words', () => {
    expect(getPersonaInitials('Maya van der Berg')).toBe('MB');
    expect(getPersonaInitials('daniel')).toBe('D');
    expect(getPersonaInitials('  Émile   Zola ')).toBe('ÉZ');
  });

  it('keeps whole characters and skips punctuation', () => {
    expect(getPersonaInitials('“Sam” (visitor)')).toBe('SV');
    expect(getPersonaInitials('👩🏽‍💻 Dev')).toBe('D');
    expect(getPersonaInitials('Zoë 李')).toBe('Z李');
  });

  it('shows a question mark when there is no letter', () => {
    expect(getPersonaInitials('')).toBe('?');
    expect(getPersonaInitials(' - ')).toBe('?');
  });
});

describe('describeFieldPath', () => {
  it('names fields in the form’s words', () => {
    expect(describeFieldPath(['name'])).toBe('Name');
    expect(describeFieldPath(['demographics', 'incomeBand'])).toBe('Income band');
    expect(describeFieldPath(['painPoints', 2, 'severity'])).toBe('Pain points and frustrations, item 3, severity');
    expect(describeFieldPath(['jobs', 0, 'outcome'])).toBe('Jobs to be done, item 1, “so I can…”');
    expect(describeFieldPath(['journey', 'purchase', 'feeling'])).toBe('Journey, Purchase, what they feel');
    expect(describeFieldPath(['tags', 4])).toBe('Tags, tag 5');
    expect(describeFieldPath([])).toBe('the persona');
  });

  it('falls back to the raw path for a field it does not know', () => {
    expect(describeFieldPath(['photo', 'url'])).toBe('photo.url');
  });
});

describe('formatJobStory', () => {
  it('reads as one sentence and leaves out empty parts', () => {
    expect(formatJobStory({ situation: 'a delivery is late', motivation: 'know when it arrives', outcome: 'plan dinner' })).toBe(
      'When a delivery is late, I want to know when it arrives, so I can plan dinner',
    );
    expect(formatJobStory({ situation: ' ', motivation: 'reorder fast', outcome: '' })).toBe('I want to reorder fast');
  });
});



describe('getExportFileName', () => {
  it('names one persona’s file after it and several by date', () => {
    expect(getExportFileName([makePersona({ name: 'Maya Chen' })], 'json', NOW)).toBe('persona-maya-chen.json');
    expect(getExportFileName([makePersona({ name: 'Zoë / Ops “lead”' })], 'md', NOW)).toBe('persona-zoe-ops-lead.md');
    expect(getExportFileName([makePersona({ name: '李' })], 'md', NOW)).toBe('persona-untitled.md');
    expect(getExportFileName([makePersona(), makePersona()], 'json', NOW)).toBe('personas-2026-03-01.json');
  });
});
