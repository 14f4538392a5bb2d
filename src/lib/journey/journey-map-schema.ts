/**
 * The journey map data model, as zod schemas.
 *
 * Data shape (version `JOURNEY_MAP_VERSION`, see journey-migrations.ts):
 *
 *     JourneyMap { id, scenario, personas: PersonaRef[1..6], stages: Stage[1..12], customChannels: string[],
 *                  createdAt, updatedAt }
 *     PersonaRef { key, personaId ('' when the name was typed), name (kept even if the persona is deleted) }
 *     Stage      { id, name, goals, actions, thoughts (free text, one idea a line),
 *                  touchpoints: { id, name, channel, owner, emotion: −2..2 | null }[],
 *                  emotions: { personaKey, curve: 'as-is' | 'to-be', score: −2..2 }[],
 *                  emotionIsExample?: true while the scores are a template's examples the team has not edited,
 *                  painPoints: { id, text, severity: 'low' | 'medium' | 'high' | 'critical' }[],
 *                  opportunities: { id, text, owner, impact: 1..5, effort: 1..5, dimension?: assessment dimension id }[],
 *                  metrics: StageMetric[0..3] (e.g. CSAT and CES side by side) }
 *     StageMetric { kind: 'nps' | 'csat' | 'ces', label, input: 'scores' | 'counts', scores (pasted text),
 *                   counts (typed totals), csatScale, cesVariant }
 *
 * A metric keeps what was typed, not a computed number: the result is computed by the calculators' own
 * library each time (stage-metric.ts), so a fix there fixes every map. The pasted scores of one stage's
 * metrics together stay within `JOURNEY_LIMITS.scoresText`, as one metric's did in version 1, so share links
 * and files are no bigger than before. Optional fields left out of a
 * hand-written file read as empty. `createJourneyMapSchema('strict-keys')` also reports unknown fields, so an
 * import can say which fields it ignored.
 */
import { z } from '../schema/zod.ts';
import { ID_PATTERN } from '../text/id.ts';
import { CSAT_SCALES, type CsatScaleId } from '../metrics/csat-scale.ts';
import { JOURNEY_LIMITS } from './journey-limits.ts';
import { CES_VARIANTS, CURVE_KINDS, DEFAULT_SEVERITY, EMOTION_SCORES, METRIC_INPUTS, RATINGS, SEVERITIES, STAGE_METRIC_KINDS } from './journey-vocabulary.ts';
import { isMaturityDimensionId } from './maturity-dimensions.ts';

const CSAT_SCALE_IDS = Object.keys(CSAT_SCALES) as [CsatScaleId, ...CsatScaleId[]];

type SchemaMode = 'loose' | 'strict-keys';

/**
 * Build the journey map schema.
 *
 * @param mode `loose` ignores unknown fields; `strict-keys` reports them
 * @returns the zod schema of one map
 * @example createJourneyMapSchema('loose').safeParse({}).success // false
 */
export function createJourneyMapSchema(mode: SchemaMode) {
  const object = mode === 'strict-keys' ? z.strictObject : z.object;
  const id = z.string().check(z.regex(ID_PATTERN, 'must be 1 to 40 letters, digits, - or _'));
  const text = (max: number) => z._default(z.string().check(z.maxLength(max)), '');
  const emotionScore = () => z.literal(EMOTION_SCORES, 'must be a whole number from −2 to 2');
  const rating = () => z.literal(RATINGS, 'must be a whole number from 1 to 5');

  const touchpoint = object({
    id,
    name: text(JOURNEY_LIMITS.itemText),
    channel: text(JOURNEY_LIMITS.channel),
    owner: text(JOURNEY_LIMITS.owner),
    emotion: z._default(z.nullable(emotionScore()), null),
  });
  const emotion = object({ personaKey: id, curve: z.enum(CURVE_KINDS), score: emotionScore() });
  const painPoint = object({ id, text: text(JOURNEY_LIMITS.itemText), severity: z._default(z.enum(SEVERITIES, 'must be low, medium, high or critical'), DEFAULT_SEVERITY) });
  const opportunity = object({
    id,
    text: text(JOURNEY_LIMITS.itemText),
    owner: text(JOURNEY_LIMITS.owner),
    impact: z._default(rating(), 3),
    effort: z._default(rating(), 3),
    dimension: z.optional(
      z.string().check(z.refine(isMaturityDimensionId, 'must be one of the assessment’s dimension ids, e.g. “journeys-touchpoints”')),
    ),
  });
  const metric = object({
    kind: z.enum(STAGE_METRIC_KINDS),
    label: text(JOURNEY_LIMITS.metricLabel),
    input: z._default(z.enum(METRIC_INPUTS), 'scores'),
    scores: text(JOURNEY_LIMITS.scoresText),
    counts: z._default(z.array(z.string().check(z.maxLength(JOURNEY_LIMITS.countText))).check(z.maxLength(10)), []),
    csatScale: z._default(z.enum(CSAT_SCALE_IDS), '1-5'),
    cesVariant: z._default(z.enum(CES_VARIANTS), 'ces-2.0'),
  });
  const list = <T extends z.ZodMiniType>(item: T) => z._default(z.array(item).check(z.maxLength(JOURNEY_LIMITS.itemsPerLane)), []);
  const stage = object({
    id,
    name: text(JOURNEY_LIMITS.stageName),
    goals: text(JOURNEY_LIMITS.laneText),
    actions: text(JOURNEY_LIMITS.laneText),
    thoughts: text(JOURNEY_LIMITS.laneText),
    touchpoints: list(touchpoint),
    emotions: z._default(z.array(emotion).check(z.maxLength(JOURNEY_LIMITS.personas * CURVE_KINDS.length)), []),
    emotionIsExample: z.optional(z.boolean()),
    painPoints: list(painPoint),
    opportunities: list(opportunity),
    metrics: z._default(
      z.array(metric).check(
        z.maxLength(JOURNEY_LIMITS.metricsPerStage),
        z.refine(
          (metrics) => metrics.reduce((total, entry) => total + entry.scores.length, 0) <= JOURNEY_LIMITS.scoresText,
          `holds more than ${String(JOURNEY_LIMITS.scoresText)} characters of pasted scores across its metrics`,
        ),
      ),
      [],
    ),
  });
  const personaRef = object({ key: id, personaId: z._default(z.string().check(z.maxLength(40)), ''), name: text(JOURNEY_LIMITS.personaName) });

  return object({
    id,
    scenario: text(JOURNEY_LIMITS.scenario),
    personas: z.array(personaRef).check(z.minLength(1, 'a map needs at least one persona'), z.maxLength(JOURNEY_LIMITS.personas)),
    stages: z.array(stage).check(z.minLength(1, 'a map needs at least one stage'), z.maxLength(JOURNEY_LIMITS.stages)),
    customChannels: z._default(
      z.array(z.string().check(z.minLength(1), z.maxLength(JOURNEY_LIMITS.channel))).check(z.maxLength(JOURNEY_LIMITS.customChannels)),
      [],
    ),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  }).check(z.superRefine((map, context) => {
    const personaKeys = new Set<string>();
    map.personas.forEach((persona, index) => {
      if (personaKeys.has(persona.key)) {
        context.addIssue({ code: 'custom', path: ['personas', index, 'key'], message: `repeats the key “${persona.key}”` });
      }
      personaKeys.add(persona.key);
    });
    const ids = new Set<string>();
    const checkId = (value: string, path: (string | number)[]) => {
      if (ids.has(value)) context.addIssue({ code: 'custom', path, message: `repeats the id “${value}”` });
      ids.add(value);
    };
    map.stages.forEach((stage, stageIndex) => {
      checkId(stage.id, ['stages', stageIndex, 'id']);
      for (const lane of ['touchpoints', 'painPoints', 'opportunities'] as const) {
        stage[lane].forEach((item, itemIndex) => checkId(item.id, ['stages', stageIndex, lane, itemIndex, 'id']));
      }
      const scored = new Set<string>();
      stage.emotions.forEach((entry, emotionIndex) => {
        const path = ['stages', stageIndex, 'emotions', emotionIndex, 'personaKey'];
        if (!personaKeys.has(entry.personaKey)) {
          context.addIssue({ code: 'custom', path, message: `names a persona key “${entry.personaKey}” that the map does not have` });
        }
        const pair = `${entry.personaKey}/${entry.curve}`;
        if (scored.has(pair)) context.addIssue({ code: 'custom', path, message: `scores the same persona and curve twice` });
        scored.add(pair);
      });
    });
  }));
}

/** The schema saved data, imports and share links are read with. */
export const journeyMapSchema = createJourneyMapSchema('loose');

/** A journey map as code sees it, every field filled in. */
export type JourneyMap = z.output<typeof journeyMapSchema>;
/** A map as a person may write it by hand: optional fields may be left out. */
export type JourneyMapInput = z.input<typeof journeyMapSchema>;
export type Stage = JourneyMap['stages'][number];
export type PersonaRef = JourneyMap['personas'][number];
export type Touchpoint = Stage['touchpoints'][number];
export type StageEmotion = Stage['emotions'][number];
export type PainPoint = Stage['painPoints'][number];
export type Opportunity = Stage['opportunities'][number];
export type StageMetric = Stage['metrics'][number];
