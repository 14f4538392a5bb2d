import { useId, useState, type ReactNode } from 'react';
import { JOURNEY_STAGE_LABELS, JOURNEY_STAGES, type JourneyStage } from '../../consts';
import { type EvidenceListKey, STAGE_NOTE_FIELDS } from '../../lib/persona/persona-fields';
import { PERSONA_LIMITS } from '../../lib/persona/persona-limits';
import type { Persona, StageNotes } from '../../lib/persona/persona-schema';
import {
  BUYING_ROLE_LABELS,
  BUYING_ROLES,
  PRIORITIES,
  PRIORITY_LABELS,
  SOURCE_SUGGESTIONS,
  TECH_COMFORT_LABELS,
  TECH_COMFORT_LEVELS,
  type BuyingRole,
  type Priority,
  type TechComfort,
} from '../../lib/persona/persona-vocabulary';
import { AvatarField } from './AvatarField';
import { EvidenceListField } from './EvidenceListField';
import { GUIDE_LINKS } from './guide-links';
import { SelectField } from './SelectField';
import { TagsField } from './TagsField';
import { TextField } from './TextField';

interface PersonaFormProps {
  readonly persona: Persona;
  /** Apply a change to the persona; it is saved at once. */
  readonly onChange: (change: (persona: Persona) => Persona) => void;
}

const DRIVER_LISTS = [
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
] as const satisfies readonly EvidenceListKey[];

const BUYING_ROLE_OPTIONS = [['', 'Not set'] as const, ...BUYING_ROLES.map((role) => [role, BUYING_ROLE_LABELS[role]] as const)] as const;
const TECH_OPTIONS = [['', 'Not set'] as const, ...TECH_COMFORT_LEVELS.map((level) => [level, TECH_COMFORT_LABELS[level]] as const)] as const;

/** The form's sections, in order; each can be collapsed (a phone shows one section at a time without scrolling past the rest). */
const SECTIONS = ['identity', 'context', 'drivers', 'journey'] as const;
type SectionKey = (typeof SECTIONS)[number];

interface SectionProps {
  readonly id: string;
  readonly title: string;
  readonly guide: string;
  readonly open: boolean;
  readonly onToggle: () => void;
  readonly children: ReactNode;
}

/**
 * One collapsible section: a heading holding a disclosure button (aria-expanded), so the heading stays in the
 * page outline for screen readers and the button works with Enter and Space. Collapsed content is `hidden`.
 */
function Section({ id, title, guide, open, onToggle, children }: SectionProps) {
  return (
    <section className="pb-section" aria-labelledby={`${id}-heading`}>
      <div className="pb-section__head">
        <h3 id={`${id}-heading`}>
          <button type="button" className="pb-section__toggle" aria-expanded={open} aria-controls={`${id}-body`} onClick={onToggle}>
            <span className="pb-section__chevron" aria-hidden="true" />
            {title}
          </button>
        </h3>
        <a href={guide} className="pb-section__guide">
          Guide<span className="visually-hidden">: {title} in the personas guide</span>
        </a>
      </div>
      <div id={`${id}-body`} className="pb-section__body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}

/**
 * The guided persona form, in four sections with a tip under each field. Every change is saved as it is
 * typed; problems (over a limit, empty items) are marked but the text is kept.
 */
export function PersonaForm({ persona, onChange }: PersonaFormProps) {
  const id = useId();
  const sourcesListId = `${id}-sources`;
  const set = <K extends keyof Persona>(key: K, value: Persona[K]) => onChange((current) => ({ ...current, [key]: value }));
  const setDemographic = (key: keyof Persona['demographics'], value: string) =>
    onChange((current) => ({ ...current, demographics: { ...current.demographics, [key]: value } }));
  const setStageNote = (stage: JourneyStage, key: keyof StageNotes, value: string) =>
    onChange((current) => ({ ...current, journey: { ...current.journey, [stage]: { ...current.journey[stage], [key]: value } } }));
  const [open, setOpen] = useState<Readonly<Record<SectionKey, boolean>>>({ identity: true, context: true, drivers: true, journey: true });
  const toggle = (key: SectionKey) => () => setOpen((current) => ({ ...current, [key]: !current[key] }));
  const allOpen = SECTIONS.every((key) => open[key]);
  const setAll = (value: boolean) => setOpen({ identity: value, context: value, drivers: value, journey: value });

  return (
    <form className="pb-form" aria-label={`Edit ${persona.name.trim() || 'persona'}`} onSubmit={(event) => event.preventDefault()} noValidate>
      <datalist id={sourcesListId}>
        {SOURCE_SUGGESTIONS.map((source) => (
          <option key={source} value={source} />
        ))}
      </datalist>

      <p className="pb-form__sections">
        <button type="button" className="pb-button pb-button--quiet" onClick={() => setAll(!allOpen)}>
          {allOpen ? 'Collapse all sections' : 'Expand all sections'}
        </button>
      </p>

      <Section id={`${id}-identity`} title="Identity" guide={GUIDE_LINKS.whatToPutIn} open={open.identity} onToggle={toggle('identity')}>
        <TextField path={['name']} label="Name" value={persona.name} limit={PERSONA_LIMITS.name} tip="A believable first and last name that is not a real customer’s." onChange={(value) => set('name', value)} />
        <AvatarField name={persona.name} avatar={persona.avatar} onChange={(value) => set('avatar', value)} />
        <div className="pb-grid">
          <TextField path={['role']} label="Role or title" value={persona.role} limit={PERSONA_LIMITS.shortText} tip="What they do, e.g. “Working parent” or “Head of Operations”." onChange={(value) => set('role', value)} />
          <TextField path={['segment']} label="Segment" value={persona.segment} limit={PERSONA_LIMITS.shortText} tip="The group of customers they stand for." onChange={(value) => set('segment', value)} />
        </div>
        <TextField path={['summary']} label="One-line summary" value={persona.summary} limit={PERSONA_LIMITS.summary} tip="Who they are and what matters most, in one sentence." onChange={(value) => set('summary', value)} />
        <TextField path={['quote']} label="Representative quote" value={persona.quote} limit={PERSONA_LIMITS.quote} rows={2} tip="Something customers like them really said, ideally word for word from research." onChange={(value) => set('quote', value)} />
        <fieldset className="pb-radios">
          <legend className="pb-field__label">Priority</legend>
          <p className="pb-field__tip">Primary personas are the ones your design must serve first; secondary ones must not be failed.</p>
          {PRIORITIES.map((priority) => (
            <label key={priority} className="pb-radio">
              <input type="radio" name={`${id}-priority`} value={priority} checked={persona.priority === priority} onChange={() => set('priority', priority as Priority)} />
              {PRIORITY_LABELS[priority]}
            </label>
          ))}
        </fieldset>
        <TagsField tags={persona.tags} onChange={(value) => set('tags', value)} />
      </Section>

      <Section id={`${id}-context`} title="Context" guide={GUIDE_LINKS.privacy} open={open.context} onToggle={toggle('context')}>
        <p className="pb-field__tip">All optional. Add a detail only if it changes a decision; demographics rarely explain behaviour.</p>
        <div className="pb-grid">
          <TextField path={['demographics', 'ageRange']} label="Age range" value={persona.demographics.ageRange} limit={PERSONA_LIMITS.shortText} tip="A range, e.g. 35–44." onChange={(value) => setDemographic('ageRange', value)} />
          <TextField path={['demographics', 'location']} label="Location" value={persona.demographics.location} limit={PERSONA_LIMITS.shortText} tip="As broad as useful: “Suburbs”, “Northern Europe”." onChange={(value) => setDemographic('location', value)} />
          <TextField path={['demographics', 'householdSize']} label="Household size" value={persona.demographics.householdSize} limit={PERSONA_LIMITS.shortText} tip="Who they live and decide with." onChange={(value) => setDemographic('householdSize', value)} />
          <TextField path={['demographics', 'incomeBand']} label="Income band" value={persona.demographics.incomeBand} limit={PERSONA_LIMITS.shortText} tip="Only if price sensitivity matters." onChange={(value) => setDemographic('incomeBand', value)} />
          <TextField path={['b2b', 'industry']} label="Industry (B2B)" value={persona.b2b.industry} limit={PERSONA_LIMITS.shortText} tip="The sector their organisation is in." onChange={(value) => set('b2b', { ...persona.b2b, industry: value })} />
          <TextField path={['b2b', 'companySize']} label="Company size (B2B)" value={persona.b2b.companySize} limit={PERSONA_LIMITS.shortText} tip="Employees or revenue band." onChange={(value) => set('b2b', { ...persona.b2b, companySize: value })} />
          <SelectField<BuyingRole | ''> path={['b2b', 'buyingRole']} label="Buying role (B2B)" value={persona.b2b.buyingRole} options={BUYING_ROLE_OPTIONS} tip="Their part in the purchase decision." onChange={(value) => set('b2b', { ...persona.b2b, buyingRole: value })} />
          <SelectField<TechComfort | ''> path={['techComfort']} label="Tech comfort" value={persona.techComfort} options={TECH_OPTIONS} tip="How at ease they are with digital tools." onChange={(value) => set('techComfort', value)} />
        </div>
      </Section>

      <Section id={`${id}-drivers`} title="What drives them" guide={GUIDE_LINKS.evidence} open={open.drivers} onToggle={toggle('drivers')}>
        <p className="pb-field__tip">
          Mark each statement <strong>Backed by research</strong> only when a source supports it, and name the source. Everything else stays an
          assumption to check: the card shows the share.
        </p>
        {DRIVER_LISTS.map((listKey) => (
          <EvidenceListField key={listKey} listKey={listKey} items={persona[listKey]} sourcesListId={sourcesListId} onChange={(items) => set(listKey, items as Persona[typeof listKey])} />
        ))}
      </Section>

      <Section id={`${id}-journey`} title="Along the journey" guide={GUIDE_LINKS.research} open={open.journey} onToggle={toggle('journey')}>
        <p className="pb-field__tip">For each stage, what they do, think and feel, and what would delight them. Leave a stage empty if you do not know yet.</p>
        {JOURNEY_STAGES.map((stage) => (
          <fieldset key={stage} className="pb-stage">
            <legend>{JOURNEY_STAGE_LABELS[stage]}</legend>
            <div className="pb-grid">
              {STAGE_NOTE_FIELDS.map(({ key, label, tip }) => (
                <TextField
                  key={key}
                  path={['journey', stage, key]}
                  label={<>{label} <span className="visually-hidden">at {JOURNEY_STAGE_LABELS[stage]}</span></>}
                  value={persona.journey[stage][key]}
                  limit={PERSONA_LIMITS.journeyNote}
                  rows={2}
                  {...(stage === JOURNEY_STAGES[0] ? { tip } : {})}
                  onChange={(value) => setStageNote(stage, key, value)}
                />
              ))}
            </div>
          </fieldset>
        ))}
      </Section>
    </form>
  );
}
