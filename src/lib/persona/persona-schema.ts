/**
 * The persona data model, as zod schemas built from a set of limits.
 *
 * Data shape (version 1, `PERSONA_SCHEMA_VERSION`): see `Persona` below. Every list item carries its evidence
 * (`research` or `assumption`) and a free-text source note. Missing optional fields read as empty, and a list
 * item given as a plain string reads as an assumption with no source, so hand-written JSON imports too.
 *
 * Three schemas come from one factory:
 * - `personaSchema` (strict limits, required texts): imports, share links and the form's messages;
 * - `storedPersonaSchema` (loose limits, empty texts allowed): what is saved in the browser, so a draft that
 *   is over a limit or has an empty new item is kept while its author fixes it;
 * - `createPersonaSchema(…, 'strict-keys')`: the strict schema that also reports unknown fields, so an import
 *   can say which fields it ignored.
 */
import { z } from '../schema/zod.ts';
import { ID_PATTERN } from '../text/id.ts';
import { JOURNEY_STAGES, type JourneyStage } from '../../consts.ts';
import { PERSONA_LIMITS, type PersonaLimits } from './persona-limits.ts';
import { AVATAR_COLOUR_IDS, BUYING_ROLES, EVIDENCE_KINDS, PRIORITIES, SEVERITIES, TECH_COMFORT_LEVELS } from './persona-vocabulary.ts';

/** The version of the persona data shape; exports and saved data carry it (kept with the migrations). */
export { PERSONA_SCHEMA_VERSION } from './persona-migrations.ts';

/** Avatar images are stored as data URLs of a raster image, never as links (nothing is fetched). */
export const IMAGE_DATA_URL_PATTERN = /^data:image\/(?:png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/;

const IMAGE_MESSAGE = 'must be a PNG, JPEG or WebP image embedded as a data URL (links to images are not accepted)';

/** Limits for saved drafts: loose enough that nothing typed is lost, tight enough to stop runaway data. */
export const STORED_PERSONA_LIMITS: PersonaLimits = {
  name: 5_000,
  shortText: 5_000,
  summary: 5_000,
  quote: 5_000,
  itemText: 5_000,
  source: 5_000,
  jobPart: 5_000,
  journeyNote: 5_000,
  tag: 200,
  tags: 100,
  listItems: 100,
  image: PERSONA_LIMITS.image,
};

type SchemaMode = 'strict' | 'strict-keys' | 'stored';

/**
 * Build the persona schema for a set of limits.
 *
 * @param limits maximum lengths and list sizes
 * @param mode `strict` requires names and item texts; `strict-keys` also rejects unknown fields; `stored` allows empty texts
 * @returns the zod schema
 * @example createPersonaSchema(PERSONA_LIMITS, 'strict').safeParse({ id: 'a1', name: '' }).success // false
 */
export function createPersonaSchema(limits: PersonaLimits, mode: SchemaMode) {
  const minText = mode === 'stored' ? 0 : 1;
  const object = mode === 'strict-keys' ? z.strictObject : z.object;
  const text = (max: number) => z._default(z.string().check(z.maxLength(max)), '');
  const requiredText = (max: number) => z.string().check(z.minLength(minText), z.maxLength(max));
  const evidence = {
    evidence: z._default(z.enum(EVIDENCE_KINDS), 'assumption'),
    source: text(limits.source),
  };
  // A plain string is read as an item's text, so a hand-written list of strings imports.
  const asItem = (value: unknown) => (typeof value === 'string' ? { text: value } : value);
  const item = z.pipe(z.transform(asItem), object({ text: requiredText(limits.itemText), ...evidence }));
  const list = <T extends z.ZodMiniType>(itemSchema: T) => z._default(z.array(itemSchema).check(z.maxLength(limits.listItems)), []);
  const painPoint = z.pipe(
    z.transform(asItem),
    object({ text: requiredText(limits.itemText), severity: z._default(z.enum(SEVERITIES), 'medium'), ...evidence }),
  );
  const jobStory = object({
    situation: text(limits.jobPart),
    motivation: requiredText(limits.jobPart),
    outcome: text(limits.jobPart),
    ...evidence,
  });
  const stage = object({
    doing: text(limits.journeyNote),
    thinking: text(limits.journeyNote),
    feeling: text(limits.journeyNote),
    delight: text(limits.journeyNote),
  });
  const emptyStage = { doing: '', thinking: '', feeling: '', delight: '' };
  const journeyShape = Object.fromEntries(JOURNEY_STAGES.map((name) => [name, z._default(stage, emptyStage)])) as Record<
    JourneyStage,
    z.ZodMiniDefault<typeof stage>
  >;

  return object({
    id: z.string().check(z.regex(ID_PATTERN)),
    name: requiredText(limits.name),
    role: text(limits.shortText),
    segment: text(limits.shortText),
    summary: text(limits.summary),
    quote: text(limits.quote),
    avatar: z._default(
      object({
        colour: z._default(z.enum(AVATAR_COLOUR_IDS), 'teal'),
        image: z._default(
          z.string().check(
            z.maxLength(limits.image),
            z.refine((value) => value === '' || IMAGE_DATA_URL_PATTERN.test(value), IMAGE_MESSAGE),
          ),
          '',
        ),
      }),
      { colour: 'teal', image: '' },
    ),
    priority: z._default(z.enum(PRIORITIES), 'secondary'),
    tags: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(limits.tag))).check(z.maxLength(limits.tags)), []),
    demographics: z._default(object({
      ageRange: text(limits.shortText),
      location: text(limits.shortText),
      householdSize: text(limits.shortText),
      incomeBand: text(limits.shortText),
    }), { ageRange: '', location: '', householdSize: '', incomeBand: '' }),
    b2b: z._default(object({
      industry: text(limits.shortText),
      companySize: text(limits.shortText),
      buyingRole: z._default(z.enum(['', ...BUYING_ROLES]), ''),
    }), { industry: '', companySize: '', buyingRole: '' }),
    techComfort: z._default(z.enum(['', ...TECH_COMFORT_LEVELS]), ''),
    goals: list(item),
    jobs: list(jobStory),
    needs: list(item),
    motivations: list(item),
    triggers: list(item),
    painPoints: list(painPoint),
    objections: list(item),
    decisionCriteria: list(item),
    informationSources: list(item),
    channels: list(item),
    journey: z._default(
      object(journeyShape),
      Object.fromEntries(JOURNEY_STAGES.map((name) => [name, emptyStage])) as Record<JourneyStage, typeof emptyStage>,
    ),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  });
}

/** Strict limits, required texts: imports, share links, the form's messages. */
export const personaSchema = createPersonaSchema(PERSONA_LIMITS, 'strict');

/** Loose limits, empty texts allowed: what is saved in this browser while being edited. */
export const storedPersonaSchema = createPersonaSchema(STORED_PERSONA_LIMITS, 'stored');

/** A persona as code sees it, every field filled in. */
export type Persona = z.output<typeof personaSchema>;
/** A statement in one of a persona's lists, with its evidence. */
export type EvidenceItem = Persona['goals'][number];
/** A pain point: a statement with a severity. */
export type PainPoint = Persona['painPoints'][number];
/** A job story: "When <situation>, I want to <motivation>, so I can <outcome>". */
export type JobStory = Persona['jobs'][number];
/** What the persona does, thinks and feels at one journey stage, and what would delight them. */
export type StageNotes = Persona['journey'][JourneyStage];
