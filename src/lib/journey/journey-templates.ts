/**
 * Maps to start from. Each is a typical journey written from common patterns, not research about your
 * customers: the page says so, and every line is meant to be replaced with what your own research shows.
 * Emotion scores are for the map's first persona, "as is", and are marked as examples on the map until the
 * team edits them (`emotionIsExample`). Metrics are named where teams usually measure,
 * with no numbers: paste your own answers.
 *
 * This module is the list the form offers; the stages are in journey-template-stages.ts, loaded when someone
 * creates a map from a template (issue 17: the page's first script stays small).
 */
import type { EmotionScore, Rating, Severity, StageMetricKind } from './journey-vocabulary.ts';

export interface TemplateTouchpoint {
  readonly name: string;
  readonly channel: string;
  readonly owner: string;
  readonly emotion: EmotionScore | null;
}

export interface TemplateStage {
  readonly name: string;
  readonly goals: string;
  readonly actions: string;
  readonly thoughts: string;
  readonly touchpoints: readonly TemplateTouchpoint[];
  /** The persona's feeling at this stage today. */
  readonly emotion: EmotionScore;
  readonly painPoints: readonly { readonly text: string; readonly severity: Severity }[];
  readonly opportunities: readonly { readonly text: string; readonly owner: string; readonly impact: Rating; readonly effort: Rating }[];
  /** Metrics worth measuring here, without numbers. */
  readonly metrics?: readonly { readonly kind: StageMetricKind; readonly label: string }[];
}

/** A template as the new-map form offers it. */
export interface JourneyTemplateSummary {
  /** Stable id, used in the form and in `?template=` links. */
  readonly id: JourneyTemplateId;
  readonly title: string;
  readonly description: string;
  /** The map's scenario when the person types none. */
  readonly scenario: string;
}

/** A template with its stages. */
export interface JourneyTemplate extends JourneyTemplateSummary {
  readonly stages: readonly TemplateStage[];
}

/** The templates, in the order the form offers them. */
export const JOURNEY_TEMPLATES = [
  {
    id: 'ecommerce-purchase',
    title: 'E-commerce purchase',
    description: 'From first hearing of a shop to recommending it, for a first order online.',
    scenario: 'First purchase online',
  },
  {
    id: 'saas-onboarding',
    title: 'SaaS onboarding',
    description: 'From sign-up to a team using the product every week.',
    scenario: 'Getting started with a new software tool',
  },
  {
    id: 'b2b-procurement',
    title: 'B2B procurement',
    description: 'A company buying from a supplier, from a need to a signed contract and rollout.',
    scenario: 'Buying a service for the company',
  },
  {
    id: 'service-complaint',
    title: 'Service complaint',
    description: 'A customer with a problem, from noticing it to trusting the company again.',
    scenario: 'Getting a billing error fixed',
  },
] as const satisfies readonly (Omit<JourneyTemplateSummary, 'id'> & { readonly id: string })[];

/** A template's id, e.g. "saas-onboarding". */
export type JourneyTemplateId = (typeof JOURNEY_TEMPLATES)[number]['id'];

/**
 * Find a template in the list by id.
 *
 * @param id a template's id
 * @returns the template's summary, or undefined
 * @example getJourneyTemplate('saas-onboarding')?.title // 'SaaS onboarding'
 */
export function getJourneyTemplate(id: string): JourneyTemplateSummary | undefined {
  return JOURNEY_TEMPLATES.find((template) => template.id === id);
}

/**
 * A template with its stages, loading the stages the first time.
 *
 * @param id a template's id
 * @returns the template, or undefined when no template has that id
 */
export async function loadJourneyTemplate(id: string): Promise<JourneyTemplate | undefined> {
  const summary = getJourneyTemplate(id);
  if (!summary) return undefined;
  const { JOURNEY_TEMPLATE_STAGES } = await import('./journey-template-stages.ts');
  return { ...summary, stages: JOURNEY_TEMPLATE_STAGES[summary.id] };
}
