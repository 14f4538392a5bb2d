import { useId } from 'react';
import { JOURNEY_STAGE_LABELS, JOURNEY_STAGES } from '../../consts';
import { formatJobStory } from '../../lib/persona/format-job-story';
import { EVIDENCE_STATUS_LABELS, getEvidenceStats, getEvidenceStatus } from '../../lib/persona/get-evidence-stats';
import { EVIDENCE_LISTS, LIST_FIELDS, STAGE_NOTE_FIELDS } from '../../lib/persona/persona-fields';
import type { EvidenceItem, Persona } from '../../lib/persona/persona-schema';
import { BUYING_ROLE_LABELS, PRIORITY_LABELS, SEVERITY_LABELS, TECH_COMFORT_LABELS } from '../../lib/persona/persona-vocabulary';
import { Avatar } from './Avatar';
import { EvidenceMeter } from './EvidenceMeter';

interface PersonaCardProps {
  readonly persona: Persona;
  /** Heading level of the persona's name; sections are one level below. */
  readonly headingLevel?: 2 | 3;
}

/** The evidence behind one statement: "Research: Interviews", "Research, source missing" or "Assumption". */
function EvidenceTag({ item }: { readonly item: Pick<EvidenceItem, 'evidence' | 'source'> }) {
  const source = item.source.trim();
  const status = getEvidenceStatus(item);
  return (
    <span className={`pb-tag pb-tag--${status}`}>
      {EVIDENCE_STATUS_LABELS[status]}
      {source && <span className="pb-tag__source">: {source}</span>}
    </span>
  );
}

/**
 * A persona card: identity, evidence share, context, every statement with its evidence, and the journey.
 * All text is rendered as text (React escapes it), never as HTML. Used for the live preview, printing,
 * shared links and comparison.
 */
export function PersonaCard({ persona, headingLevel = 3 }: PersonaCardProps) {
  const nameId = useId();
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  const stats = getEvidenceStats(persona);
  const context = [
    ['Age range', persona.demographics.ageRange],
    ['Location', persona.demographics.location],
    ['Household size', persona.demographics.householdSize],
    ['Income band', persona.demographics.incomeBand],
    ['Industry', persona.b2b.industry],
    ['Company size', persona.b2b.companySize],
    ['Buying role', persona.b2b.buyingRole ? BUYING_ROLE_LABELS[persona.b2b.buyingRole] : ''],
    ['Tech comfort', persona.techComfort ? TECH_COMFORT_LABELS[persona.techComfort] : ''],
  ].filter(([, value]) => value?.trim());
  const stagesWithNotes = JOURNEY_STAGES.filter((stage) => STAGE_NOTE_FIELDS.some(({ key }) => persona.journey[stage][key].trim()));
  const byline = [persona.role, persona.segment].map((text) => text.trim()).filter(Boolean);

  return (
    <article className="pb-card" aria-labelledby={nameId}>
      <header className="pb-card__header">
        <Avatar name={persona.name} avatar={persona.avatar} size="large" />
        <div className="pb-card__identity">
          <Heading id={nameId} className="pb-card__name">
            {persona.name.trim() || 'Untitled persona'}
          </Heading>
          {byline.length > 0 && <p className="pb-card__byline">{byline.join(' · ')}</p>}
          <ul className="pb-chips" aria-label="Priority and tags">
            <li className={`pb-chip pb-chip--${persona.priority}`}>{PRIORITY_LABELS[persona.priority]} persona</li>
            {persona.tags.map((tag) => (
              <li key={tag} className="pb-chip">
                {tag}
              </li>
            ))}
          </ul>
        </div>
      </header>
      {persona.quote.trim() && (
        <blockquote className="pb-card__quote">
          <p>{persona.quote.trim()}</p>
        </blockquote>
      )}
      {persona.summary.trim() && <p className="pb-card__summary">{persona.summary.trim()}</p>}
      <EvidenceMeter stats={stats} />
      {context.length > 0 && (
        <dl className="pb-card__context">
          {context.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <div className="pb-card__sections">
        {EVIDENCE_LISTS.filter((key) => persona[key].length > 0).map((key) => (
          <section key={key} className="pb-card__section">
            <Sub>{LIST_FIELDS[key].label}</Sub>
            <ul>
              {key === 'jobs'
                ? persona.jobs.map((job, index) => (
                    <li key={index}>
                      {formatJobStory(job)} <EvidenceTag item={job} />
                    </li>
                  ))
                : key === 'painPoints'
                  ? persona.painPoints.map((item, index) => (
                      <li key={index}>
                        {item.text}{' '}
                        <span className={`pb-severity pb-severity--${item.severity}`}>{SEVERITY_LABELS[item.severity]} severity</span>{' '}
                        <EvidenceTag item={item} />
                      </li>
                    ))
                  : persona[key].map((item, index) => (
                      <li key={index}>
                        {item.text} <EvidenceTag item={item} />
                      </li>
                    ))}
            </ul>
          </section>
        ))}
      </div>
      {stagesWithNotes.length > 0 && (
        <section className="pb-card__journey">
          <Sub>Along the journey</Sub>
          <div className="pb-card__stages">
            {stagesWithNotes.map((stage) => (
              <div key={stage} className="pb-card__stage">
                <p className="pb-card__stage-name">{JOURNEY_STAGE_LABELS[stage]}</p>
                <dl>
                  {STAGE_NOTE_FIELDS.filter(({ key }) => persona.journey[stage][key].trim()).map(({ key, label }) => (
                    <div key={key}>
                      <dt>{label}</dt>
                      <dd>{persona.journey[stage][key]}</dd>
                    </div>
                  ))}
                </dl>
              </div>
            ))}
          </div>
        </section>
      )}
    </article>
  );
}
