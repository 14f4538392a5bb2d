import { describe, expect, it } from 'vitest';
import { createSequentialIds } from '../../../src/lib/text/id.ts';
import { createMapFromTemplate } from '../../../src/lib/journey/create-map-from-template';
import { JOURNEY_LIMITS } from '../../../src/lib/journey/journey-limits';
import { journeyMapSchema } from '../../../src/lib/journey/journey-map-schema';
import { getJourneyTemplate, JOURNEY_TEMPLATES, loadJourneyTemplate } from '../../../src/lib/journey/journey-templates';

const NOW = new Date('2025-03-01T10:00:00.000Z');

describe('journey templates', () => {
  it('offers the four starting points the issue names', () => {
    expect(JOURNEY_TEMPLATES.map((template) => template.title)).toEqual(['E-commerce purchase', 'SaaS onboarding', 'B2B procurement', 'Service complaint']);
    expect(getJourneyTemplate('saas-onboarding')?.title).toBe('SaaS onboarding');
    expect(getJourneyTemplate('nope')).toBeUndefined();
  });

  it.each(JOURNEY_TEMPLATES.map((template) => [template.id] as const))('%s makes a valid map within every limit', async (id) => {
    const template = await loadJourneyTemplate(id);
    if (!template) throw new Error('template missing');
    expect(template).toMatchObject(JOURNEY_TEMPLATES.find((summary) => summary.id === id) ?? {});
    const map = createMapFromTemplate(template, { personaId: 'x1', name: 'Ana' }, createSequentialIds(), NOW);
    expect(journeyMapSchema.parse(map)).toEqual(map);
    expect(map.stages.length).toBeLessThanOrEqual(JOURNEY_LIMITS.stages);
    for (const stage of map.stages) {
      expect(stage.emotions).toEqual([{ personaKey: map.personas[0]?.key, curve: 'as-is', score: expect.any(Number) }]);
      expect(stage.painPoints.length + stage.opportunities.length).toBeGreaterThan(0);
    }
  });

  it('loads nothing for an unknown id', async () => {
    await expect(loadJourneyTemplate('nope')).resolves.toBeUndefined();
    await expect(loadJourneyTemplate('')).resolves.toBeUndefined();
  });

  it('gives the persona the template’s "as is" curve and empty metric slots', async () => {
    const template = await loadJourneyTemplate('ecommerce-purchase');
    if (!template) throw new Error('template missing');
    const map = createMapFromTemplate(template, { personaId: '', name: 'Sam' }, createSequentialIds(), NOW);
    expect(map.scenario).toBe('First purchase online');
    expect(map.personas).toEqual([{ key: 'id1', personaId: '', name: 'Sam' }]);
    expect(map.stages.map((stage) => stage.emotions[0]?.score)).toEqual([0, 1, -2, -1, 1]);
    expect(map.stages.every((stage) => stage.emotionIsExample === true)).toBe(true);
    expect(map.stages[2]?.metrics).toEqual([{ kind: 'csat', label: 'Satisfaction with checkout', input: 'scores', scores: '', counts: ['', '', '', '', ''], csatScale: '1-5', cesVariant: 'ces-2.0' }]);
  });
});
