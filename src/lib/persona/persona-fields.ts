/**
 * The words the page uses for each persona field: labels, the short tip shown under each field, and how a
 * list's items are called. Messages about a field (form, import) use the same labels, so a person reads the
 * same name everywhere.
 */
import type { Persona } from './persona-schema.ts';

/** The persona's lists of plain statements (each with evidence). */
export const STATEMENT_LISTS = [
  'goals',
  'needs',
  'motivations',
  'triggers',
  'objections',
  'decisionCriteria',
  'informationSources',
  'channels',
] as const satisfies readonly (keyof Persona)[];
export type StatementListKey = (typeof STATEMENT_LISTS)[number];

/** Every list whose items carry evidence, in the order the card and exports show them. */
export const EVIDENCE_LISTS = [
  'goals',
  'jobs',
  'needs',
  'motivations',
  'triggers',
  'painPoints',
  'objections',
  'decisionCriteria',
  'informationSources',
  'channels',
] as const satisfies readonly (keyof Persona)[];
export type EvidenceListKey = (typeof EVIDENCE_LISTS)[number];

export interface ListFieldInfo {
  /** Heading of the list, e.g. "Pain points and frustrations". */
  readonly label: string;
  /** One item, for buttons and messages: "pain point". */
  readonly singular: string;
  /** The tip under the heading. */
  readonly tip: string;
  /** Example text in an empty item. */
  readonly placeholder: string;
}

export const LIST_FIELDS: Record<EvidenceListKey, ListFieldInfo> = {
  goals: {
    label: 'Goals',
    singular: 'goal',
    tip: 'What they are trying to achieve, in their words, not your product’s. Three to five is plenty.',
    placeholder: 'Get the weekly shop done in under 20 minutes',
  },
  jobs: {
    label: 'Jobs to be done',
    singular: 'job story',
    tip: 'Write each job as a story: When (the situation), I want to (the motivation), so I can (the outcome).',
    placeholder: '',
  },
  needs: {
    label: 'Needs and expectations',
    singular: 'need',
    tip: 'What must be true for them to be satisfied: the basics they expect without saying so.',
    placeholder: 'Delivery slots that fit around work',
  },
  motivations: {
    label: 'Motivations',
    singular: 'motivation',
    tip: 'Why the goals matter to them: the deeper reason that makes them act.',
    placeholder: 'More evenings free for the family',
  },
  triggers: {
    label: 'Triggers',
    singular: 'trigger',
    tip: 'The moments or events that make them start looking for a solution.',
    placeholder: 'The fridge is empty on a Sunday night',
  },
  painPoints: {
    label: 'Pain points and frustrations',
    singular: 'pain point',
    tip: 'What gets in their way today, with how badly it hurts. Critical means it makes them leave.',
    placeholder: 'Substitutions they did not ask for',
  },
  objections: {
    label: 'Objections',
    singular: 'objection',
    tip: 'What makes them hesitate or say no, and the doubts you must answer.',
    placeholder: 'Fresh produce picked by someone else',
  },
  decisionCriteria: {
    label: 'Decision criteria',
    singular: 'criterion',
    tip: 'How they compare options and what tips the choice.',
    placeholder: 'Total price including delivery',
  },
  informationSources: {
    label: 'Information sources',
    singular: 'source',
    tip: 'Where they learn and whom they trust: friends, reviews, forums, analysts, peers.',
    placeholder: 'Recommendations from other parents',
  },
  channels: {
    label: 'Preferred channels and touchpoints',
    singular: 'channel',
    tip: 'Where they want to deal with you: app, web, phone, store, chat, email.',
    placeholder: 'Mobile app, on the commute',
  },
};

/** Labels of the single fields, by their path in the persona (dots between parts). */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  id: 'Id',
  name: 'Name',
  role: 'Role or title',
  segment: 'Segment',
  summary: 'One-line summary',
  quote: 'Representative quote',
  avatar: 'Avatar',
  'avatar.colour': 'Avatar colour',
  'avatar.image': 'Avatar image',
  priority: 'Priority',
  tags: 'Tags',
  demographics: 'Demographics',
  'demographics.ageRange': 'Age range',
  'demographics.location': 'Location',
  'demographics.householdSize': 'Household size',
  'demographics.incomeBand': 'Income band',
  b2b: 'B2B details',
  'b2b.industry': 'Industry',
  'b2b.companySize': 'Company size',
  'b2b.buyingRole': 'Buying role',
  techComfort: 'Tech comfort',
  journey: 'Journey',
  createdAt: 'Created',
  updatedAt: 'Last changed',
};

/** Labels of the parts inside list items and journey stages. */
export const PART_LABELS: Readonly<Record<string, string>> = {
  text: 'text',
  evidence: 'evidence flag',
  source: 'source note',
  severity: 'severity',
  situation: '“When…”',
  motivation: '“I want to…”',
  outcome: '“so I can…”',
  doing: 'what they do',
  thinking: 'what they think',
  feeling: 'what they feel',
  delight: 'what would delight them',
};

/** The four notes kept for each journey stage, with their labels and tips. */
export const STAGE_NOTE_FIELDS = [
  { key: 'doing', label: 'Doing', tip: 'What they actually do at this stage: actions, channels, who they ask.' },
  { key: 'thinking', label: 'Thinking', tip: 'The questions on their mind.' },
  { key: 'feeling', label: 'Feeling', tip: 'Their mood: confident, anxious, impatient, relieved…' },
  { key: 'delight', label: 'Would delight them', tip: 'One thing beyond their expectations here.' },
] as const;
