import { describe, expect, it } from 'vitest';
import { personasToMarkdown, personaToMarkdown } from '../../../src/lib/persona/persona-to-markdown.ts';
import { makePersona } from './make-persona.ts';

describe('personaToMarkdown', () => {
  it('writes identity, context, each statement with its evidence, and the journey', () => {
    const persona = makePersona({
      name: 'Maya Chen',
      role: 'Working parent',
      segment: 'Time-poor families',
      priority: 'primary',
      quote: 'If it takes more than ten minutes, I will do it tomorrow.',
      summary: 'Shops online in short bursts.',
      tags: ['b2c', 'retail'],
      demographics: { ageRange: '35–44', location: '', householdSize: '4 people', incomeBand: '' },
      techComfort: 'medium',
      goals: [
        { text: 'Get the weekly shop done in under 20 minutes', evidence: 'research', source: 'Interviews (12)' },
        { text: 'Stay within budget', evidence: 'assumption', source: '' },
      ],
      jobs: [{ situation: 'a delivery is late', motivation: 'know when it arrives', outcome: 'plan dinner', evidence: 'research', source: '' }],
      painPoints: [{ text: 'Substitutions', severity: 'critical', evidence: 'assumption', source: 'to test in survey' }],
      journey: {
        awareness: { doing: 'Hears from a friend.', thinking: '', feeling: 'Curious.', delight: '' },
        consideration: { doing: '', thinking: '', feeling: '', delight: '' },
        purchase: { doing: '', thinking: '', feeling: '', delight: '' },
        retention: { doing: '', thinking: '', feeling: '', delight: '' },
        advocacy: { doing: '', thinking: '', feeling: '', delight: '' },
      },
    });
    expect(personaToMarkdown(persona)).toMatchInlineSnapshot(`
      "# Maya Chen

      Working parent · Time-poor families · Primary persona

      > “If it takes more than ten minutes, I will do it tomorrow.”

      Shops online in short bursts.

      **Evidence:** 1 of 4 statements backed by research (25%); 1 marked as research without a source (not counted); 2 are assumptions to check.

      **Tags:** b2c, retail

      ## Context

      - **Age range:** 35–44
      - **Household size:** 4 people
      - **Tech comfort:** Medium: uses common apps

      ## Goals

      - Get the weekly shop done in under 20 minutes _(research: Interviews (12))_
      - Stay within budget _(assumption)_

      ## Jobs to be done

      - When a delivery is late, I want to know when it arrives, so I can plan dinner _(research, source missing)_

      ## Pain points and frustrations

      - Substitutions (severity: critical) _(assumption; to test in survey)_

      ## Journey

      ### Awareness

      - **Doing:** Hears from a friend.
      - **Feeling:** Curious.
      "
    `);
  });

  it('says when there are no statements yet and leaves empty sections out', () => {
    expect(personaToMarkdown(makePersona({ name: 'Blank' }))).toBe('# Blank\n\nSecondary persona\n\n**Evidence:** no statements yet.\n');
  });

  it('keeps script-like and Markdown-like text as text', () => {
    const markdown = personaToMarkdown(
      makePersona({ name: '<script>alert(1)</script>', goals: [{ text: '[click](javascript:alert(1)) **now**\n# heading', evidence: 'assumption', source: '' }] }),
    );
    expect(markdown).toContain('# &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markdown).toContain('- \\[click\\](javascript:alert(1)) \\*\\*now\\*\\* \\# heading _(assumption)_');
    expect(markdown).not.toMatch(/<script>/);
  });

  it('separates several personas with a rule', () => {
    const markdown = personasToMarkdown([makePersona({ name: 'One' }), makePersona({ name: 'Two' })]);
    expect(markdown.match(/^# /gm)).toHaveLength(2);
    expect(markdown).toContain('\n---\n\n# Two');
  });
});
