import { useEffect, useRef, type ReactNode } from 'react';
import { JOURNEY_STAGE_LABELS, JOURNEY_STAGES } from '../../consts';
import { formatJobStory } from '../../lib/persona/format-job-story';
import { EVIDENCE_STATUS_LABELS, getEvidenceStats, getEvidenceStatus } from '../../lib/persona/get-evidence-stats';
import { EVIDENCE_LISTS, LIST_FIELDS, STAGE_NOTE_FIELDS } from '../../lib/persona/persona-fields';
import type { Persona } from '../../lib/persona/persona-schema';
import { BUYING_ROLE_LABELS, PRIORITY_LABELS, SEVERITY_LABELS, TECH_COMFORT_LABELS } from '../../lib/persona/persona-vocabulary';
import { Avatar } from './Avatar';

interface CompareProps {
  readonly personas: readonly Persona[];
  readonly missing: number;
  readonly onBack: () => void;
  readonly onOpen: (id: string) => void;
}

type Row = { readonly label: string; readonly cell: (persona: Persona) => ReactNode };

const textRow = (label: string, read: (persona: Persona) => string): Row => ({ label, cell: (persona) => read(persona).trim() || <span className="pb-muted">—</span> });

function statements(persona: Persona, key: (typeof EVIDENCE_LISTS)[number]): ReactNode {
  const items = persona[key];
  if (items.length === 0) return <span className="pb-muted">—</span>;
  return (
    <ul>
      {items.map((item, index) => (
        <li key={index}>
          {'motivation' in item ? formatJobStory(item) : item.text}
          {'severity' in item && ` (${SEVERITY_LABELS[item.severity].toLowerCase()})`}{' '}
          <span className={`pb-tag pb-tag--${getEvidenceStatus(item)}`}>
            {EVIDENCE_STATUS_LABELS[getEvidenceStatus(item)]}
            {item.source.trim() && `: ${item.source.trim()}`}
          </span>
        </li>
      ))}
    </ul>
  );
}

const ROWS: readonly Row[] = [
  textRow('Role or title', (persona) => persona.role),
  textRow('Segment', (persona) => persona.segment),
  textRow('Priority', (persona) => PRIORITY_LABELS[persona.priority]),
  textRow('Summary', (persona) => persona.summary),
  textRow('Quote', (persona) => persona.quote),
  {
    label: 'Evidence',
    cell: (persona) => {
      const stats = getEvidenceStats(persona);
      return stats.researchPercent === null ? 'No statements' : `${stats.researchPercent}% backed by research (${stats.research} of ${stats.statements})`;
    },
  },
  textRow('Tags', (persona) => persona.tags.join(', ')),
  textRow('Age range', (persona) => persona.demographics.ageRange),
  textRow('Location', (persona) => persona.demographics.location),
  textRow('Household size', (persona) => persona.demographics.householdSize),
  textRow('Income band', (persona) => persona.demographics.incomeBand),
  textRow('Industry', (persona) => persona.b2b.industry),
  textRow('Company size', (persona) => persona.b2b.companySize),
  textRow('Buying role', (persona) => (persona.b2b.buyingRole ? BUYING_ROLE_LABELS[persona.b2b.buyingRole] : '')),
  textRow('Tech comfort', (persona) => (persona.techComfort ? TECH_COMFORT_LABELS[persona.techComfort] : '')),
  ...EVIDENCE_LISTS.map((key): Row => ({ label: LIST_FIELDS[key].label, cell: (persona) => statements(persona, key) })),
  ...JOURNEY_STAGES.map(
    (stage): Row => ({
      label: `Journey: ${JOURNEY_STAGE_LABELS[stage]}`,
      cell: (persona) => {
        const notes = STAGE_NOTE_FIELDS.filter(({ key }) => persona.journey[stage][key].trim());
        if (notes.length === 0) return <span className="pb-muted">—</span>;
        return (
          <dl className="pb-compare__notes">
            {notes.map(({ key, label }) => (
              <div key={key}>
                <dt>{label}</dt>
                <dd>{persona.journey[stage][key]}</dd>
              </div>
            ))}
          </dl>
        );
      },
    }),
  ),
];

/** Two or three personas side by side, field by field. */
export function ComparePersonas({ personas, missing, onBack, onOpen }: CompareProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="pb-compare">
      <p className="pb-back">
        <a href="#list" onClick={(event) => { event.preventDefault(); onBack(); }}>
          <span aria-hidden="true">← </span>All personas
        </a>
      </p>
      <h2 ref={headingRef} tabIndex={-1}>
        Compare {personas.length} personas
      </h2>
      {missing > 0 && <p className="pb-notice pb-notice--warning">{missing === 1 ? 'One persona in this comparison no longer exists.' : `${missing} personas in this comparison no longer exist.`}</p>}
      <div className="pb-compare__scroll" role="region" aria-label="Comparison table" tabIndex={0}>
        <table className="pb-compare__table">
          <thead>
            <tr>
              <td />
              {personas.map((persona) => (
                <th key={persona.id} scope="col">
                  <span className="pb-compare__who">
                    <Avatar name={persona.name} avatar={persona.avatar} size="small" />
                    <a href={`#edit=${encodeURIComponent(persona.id)}`} onClick={(event) => { event.preventDefault(); onOpen(persona.id); }}>
                      {persona.name.trim() || 'Untitled persona'}
                    </a>
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {personas.map((persona) => (
                  <td key={persona.id}>{row.cell(persona)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print these cards
        </button>
      </p>
    </div>
  );
}
