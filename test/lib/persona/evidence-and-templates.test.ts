import { describe, expect, it } from 'vitest';
import { createBlankContent, createPersona } from '../../../src/lib/persona/create-persona.ts';
import { EVIDENCE_STATUS_LABELS, getEvidenceStats, getEvidenceStatus } from '../../../src/lib/persona/get-evidence-stats.ts';
import { loadPersonaTemplate, PERSONA_TEMPLATES } from '../../../src/lib/persona/persona-templates.ts';
import { findPersonaProblems } from '../../../src/lib/persona/validate-persona.ts';
import { makeFromTemplate, makePersona, NOW } from './make-persona.ts';

describe('getEvidenceStats', () => {
  it('counts every list item as a statement and only research with a source toward the share', () => {
    const persona = makePersona({
      goals: [
        { text: 'a', evidence: 'research', source: 'Interviews' },
        { text: 'b', evidence: 'research', source: ' ' },
      ],
      jobs: [{ situation: '', motivation: 'c', outcome: '', evidence: 'research', source: 'Survey' }],
      painPoints: [{ text: 'd', severity: 'high', evidence: 'assumption', source: '' }],
      channels: [{ text: 'e', evidence: 'assumption', source: '' }, { text: 'f', evidence: 'assumption', source: '' }],
    });
    // By hand: 'a' and 'c' are research with a source (2 of 6 = 33.3 % → 33); 'b' says research but its source is blank.
    expect(getEvidenceStats(persona)).toEqual({ statements: 6, research: 2, sourceMissing: 1, assumptions: 3, researchPercent: 33 });
  });

  it('reports the reported case: one research statement with no source counts for nothing', () => {
    const persona = makePersona({ goals: [{ text: 'a', evidence: 'research', source: '' }] });
    expect(getEvidenceStats(persona)).toMatchObject({ statements: 1, research: 0, sourceMissing: 1, researchPercent: 0 });
  });

  it('names each status', () => {
    expect(getEvidenceStatus({ evidence: 'research', source: 'Survey, n=200' })).toBe('research');
    expect(getEvidenceStatus({ evidence: 'research', source: ' \n ' })).toBe('source-missing');
    expect(getEvidenceStatus({ evidence: 'assumption', source: 'Ask sales' })).toBe('assumption');
    expect(EVIDENCE_STATUS_LABELS['source-missing']).toBe('Research, source missing');
  });

  it('has no share when there is no statement', () => {
    expect(getEvidenceStats(makePersona()).researchPercent).toBeNull();
  });
});

describe('templates', () => {
  it('are complete, valid personas whose statements are all assumptions', () => {
    expect(PERSONA_TEMPLATES.length).toBeGreaterThanOrEqual(4);
    for (const template of PERSONA_TEMPLATES) {
      const persona = makeFromTemplate(template.id);
      expect(findPersonaProblems(persona), template.id).toEqual([]);
      const stats = getEvidenceStats(persona);
      expect(stats.statements, template.id).toBeGreaterThan(10);
      expect(stats.research, template.id).toBe(0);
    }
    expect(new Set(PERSONA_TEMPLATES.map((template) => template.id)).size).toBe(PERSONA_TEMPLATES.length);
  });

  it('are copied, so editing a persona never changes its template', async () => {
    const template = await loadPersonaTemplate('busy-shopper');
    if (!template) throw new Error('no template');
    const persona = createPersona(template.content, 'x', NOW);
    persona.goals.push({ text: 'changed', evidence: 'research', source: '' });
    expect(template.content.goals.some((goal) => goal.text === 'changed')).toBe(false);
  });

  it('load their content by id, and nothing for an unknown id', async () => {
    for (const summary of PERSONA_TEMPLATES) {
      const template = await loadPersonaTemplate(summary.id);
      expect(template, summary.id).toMatchObject({ ...summary, content: { name: expect.stringMatching(/\S/) } });
    }
    await expect(loadPersonaTemplate('no-such-template')).resolves.toBeUndefined();
    await expect(loadPersonaTemplate('')).resolves.toBeUndefined();
  });

  it('a blank persona has a placeholder name and nothing else', () => {
    const persona = createPersona(createBlankContent('green'), 'x', NOW);
    expect(persona).toMatchObject({ name: 'New persona', avatar: { colour: 'green', image: '' }, goals: [], createdAt: NOW.toISOString() });
  });
});
