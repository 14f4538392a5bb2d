import { getEvidenceStatus } from '../../lib/persona/get-evidence-stats';
import { type EvidenceListKey, LIST_FIELDS } from '../../lib/persona/persona-fields';
import { PERSONA_LIMITS } from '../../lib/persona/persona-limits';
import type { EvidenceItem, JobStory, PainPoint } from '../../lib/persona/persona-schema';
import { EVIDENCE_KIND_LABELS, EVIDENCE_KINDS, SEVERITIES, SEVERITY_LABELS, type EvidenceKind, type Severity } from '../../lib/persona/persona-vocabulary';
import { announce } from '../shared/announcer.ts';
import { focusLater } from '../shared/focus-later';
import { useFormContext } from './form-context';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { capitalise } from '../../lib/text/format.ts';

type AnyItem = EvidenceItem | PainPoint | JobStory;

interface EvidenceListFieldProps {
  readonly listKey: EvidenceListKey;
  readonly items: readonly AnyItem[];
  readonly onChange: (items: AnyItem[]) => void;
  /** Id of the datalist of source suggestions. */
  readonly sourcesListId: string;
}

const EVIDENCE_OPTIONS = EVIDENCE_KINDS.map((kind) => [kind, EVIDENCE_KIND_LABELS[kind]] as const);
const SEVERITY_OPTIONS = SEVERITIES.map((severity) => [severity, SEVERITY_LABELS[severity]] as const);

function emptyItem(listKey: EvidenceListKey): AnyItem {
  if (listKey === 'jobs') return { situation: '', motivation: '', outcome: '', evidence: 'assumption', source: '' };
  if (listKey === 'painPoints') return { text: '', severity: 'medium', evidence: 'assumption', source: '' };
  return { text: '', evidence: 'assumption', source: '' };
}

/**
 * One of the persona's lists (goals, job stories, pain points…): each item with its text, its evidence flag
 * and its source note; add and remove with focus kept in a sensible place.
 */
export function EvidenceListField({ listKey, items, onChange, sourcesListId }: EvidenceListFieldProps) {
  const { fieldId } = useFormContext();
  const info = LIST_FIELDS[listKey];
  const headingId = fieldId([listKey, 'heading']);
  const full = items.length >= PERSONA_LIMITS.listItems;
  const firstPart = listKey === 'jobs' ? 'situation' : 'text';

  const change = (index: number, patch: Partial<Record<string, string>>) =>
    onChange(items.map((item, position) => (position === index ? ({ ...item, ...patch } as AnyItem) : item)));
  const add = () => {
    onChange([...items, emptyItem(listKey)]);
    focusLater(fieldId([listKey, items.length, firstPart]));
  };
  const remove = (index: number) => {
    onChange(items.filter((_item, position) => position !== index));
    announce(`${capitalise(info.singular)} ${index + 1} removed.`);
    const next = Math.min(index, items.length - 2);
    focusLater(next >= 0 ? fieldId([listKey, next, firstPart]) : fieldId([listKey, 'add']));
  };

  return (
    <section className="pb-list" aria-labelledby={headingId}>
      <h4 id={headingId} className="pb-list__heading">
        {info.label}
      </h4>
      <p className="pb-field__tip">{info.tip}</p>
      {items.length > 0 && (
        <ol className="pb-list__items">
          {items.map((item, index) => {
            const name = `${info.singular} ${index + 1}`;
            return (
              <li key={index} className="pb-list__item">
                {'motivation' in item ? (
                  <fieldset className="pb-job">
                    <legend>{capitalise(name)}</legend>
                    <TextField path={[listKey, index, 'situation']} label="When…" value={item.situation} limit={PERSONA_LIMITS.jobPart} placeholder="I notice on the commute that we are low on essentials" onChange={(value) => change(index, { situation: value })} />
                    <TextField path={[listKey, index, 'motivation']} label="I want to…" value={item.motivation} limit={PERSONA_LIMITS.jobPart} placeholder="reorder what we usually buy in a few taps" onChange={(value) => change(index, { motivation: value })} />
                    <TextField path={[listKey, index, 'outcome']} label="so I can…" value={item.outcome} limit={PERSONA_LIMITS.jobPart} placeholder="keep the evening free" onChange={(value) => change(index, { outcome: value })} />
                  </fieldset>
                ) : (
                  <TextField
                    path={[listKey, index, 'text']}
                    label={capitalise(name)}
                    value={item.text}
                    limit={PERSONA_LIMITS.itemText}
                    {...(index === 0 ? { placeholder: info.placeholder } : {})}
                    onChange={(value) => change(index, { text: value })}
                  />
                )}
                <div className="pb-list__meta">
                  {'severity' in item && (
                    <SelectField<Severity>
                      path={[listKey, index, 'severity']}
                      label={<>Severity <span className="visually-hidden">of {name}</span></>}
                      value={item.severity}
                      options={SEVERITY_OPTIONS}
                      onChange={(value) => change(index, { severity: value })}
                    />
                  )}
                  <SelectField<EvidenceKind>
                    path={[listKey, index, 'evidence']}
                    label={<>Evidence <span className="visually-hidden">for {name}</span></>}
                    value={item.evidence}
                    options={EVIDENCE_OPTIONS}
                    onChange={(value) => change(index, { evidence: value })}
                  />
                  <TextField
                    path={[listKey, index, 'source']}
                    label={<>Source <span className="visually-hidden">for {name}</span></>}
                    value={item.source}
                    limit={PERSONA_LIMITS.source}
                    list={sourcesListId}
                    placeholder={item.evidence === 'research' ? 'e.g. Interviews (8), March' : 'How to check it'}
                    tip={
                      getEvidenceStatus(item) === 'source-missing'
                        ? 'Research, source missing: name the study or data, or this statement does not count toward the evidence share.'
                        : undefined
                    }
                    onChange={(value) => change(index, { source: value })}
                  />
                  <button type="button" className="pb-button pb-button--quiet" onClick={() => remove(index)}>
                    Remove <span className="visually-hidden">{name}</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <p className="pb-list__add">
        <button type="button" id={fieldId([listKey, 'add'])} className="button button--secondary" onClick={add} disabled={full} aria-describedby={full ? `${headingId}-full` : undefined}>
          Add {info.singular}
        </button>
        {full && (
          <span id={`${headingId}-full`} className="pb-field__tip">
            {PERSONA_LIMITS.listItems} is the most one list holds: keep the ones that matter most.
          </span>
        )}
      </p>
    </section>
  );
}
