import type { CreateId } from '../text/id.ts';
import { createPersonaRef, type NewMapPersona } from './create-journey-map.ts';
import type { JourneyMap } from './journey-map-schema.ts';
import type { JourneyTemplate } from './journey-templates.ts';
import { createEmptyMetric } from './stage-metric-fields.ts';

/**
 * Start a map from a template, for a persona: the template's stages and notes, its emotion scores as the
 * persona's "as is" curve (marked as examples until edited), and its metrics as empty slots to paste answers into.
 *
 * @param template the template
 * @param persona who the map is for
 * @param createId makes ids
 * @param now the creation time
 * @returns the new map
 * @example createMapFromTemplate(await loadJourneyTemplate('saas-onboarding'), { personaId: '', name: 'Sam' }, createSequentialIds(), new Date()).stages[0].name // 'Sign-up'
 */
export function createMapFromTemplate(template: JourneyTemplate, persona: NewMapPersona, createId: CreateId, now: Date): JourneyMap {
  const time = now.toISOString();
  const personaRef = createPersonaRef(createId(), persona);
  return {
    id: createId(),
    scenario: template.scenario,
    personas: [personaRef],
    stages: template.stages.map((stage) => ({
      id: createId(),
      name: stage.name,
      goals: stage.goals,
      actions: stage.actions,
      thoughts: stage.thoughts,
      touchpoints: stage.touchpoints.map((touchpoint) => ({ id: createId(), ...touchpoint })),
      emotions: [{ personaKey: personaRef.key, curve: 'as-is', score: stage.emotion }],
      // The template's score is an illustration, not data: marked until the team edits it.
      emotionIsExample: true,
      painPoints: stage.painPoints.map((painPoint) => ({ id: createId(), ...painPoint })),
      opportunities: stage.opportunities.map((opportunity) => ({ id: createId(), ...opportunity })),
      metrics: (stage.metrics ?? []).map((metric) => createEmptyMetric(metric.kind, metric.label)),
    })),
    customChannels: [],
    createdAt: time,
    updatedAt: time,
  };
}
