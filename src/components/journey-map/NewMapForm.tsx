import { useId, useRef, useState } from 'react';
import { JOURNEY_STAGE_LABELS, JOURNEY_STAGES } from '../../consts';
import { JOURNEY_LIMITS } from '../../lib/journey/journey-limits';
import type { JourneyStartLink } from '../../lib/journey/journey-start-link';
import { JOURNEY_TEMPLATES } from '../../lib/journey/journey-templates';
import type { PersonaSummary } from '../../lib/persona/persona-summary.ts';
import { createMap } from '../../stores/journey-maps';
import { announce } from '../shared/announcer.ts';
import { couldNotLoad } from '../shared/could-not-load.ts';

export interface NewMapFormProps {
  readonly personas: readonly PersonaSummary[];
  /** Shown when there are maps to go back to. */
  readonly onCancel: (() => void) | undefined;
  readonly onCreated: () => void;
  /** What a link to this page asked for (`?template=…&dimension=…&guide=…`): the template starts chosen. */
  readonly startLink?: JourneyStartLink;
}

const TYPED = '__typed__';

/** Start a map: blank or from a template, for a persona of the persona builder or a typed name. */
export function NewMapForm({ personas, onCancel, onCreated, startLink = { kind: 'none' } }: NewMapFormProps) {
  const id = useId();
  const [templateId, setTemplateId] = useState(startLink.kind === 'template' ? startLink.template.id : 'blank');
  // undefined: the first persona (the persona list may load after the first render).
  const [personaChoice, setPersonaChoice] = useState<string | undefined>();
  const [typedName, setTypedName] = useState('');
  const [scenario, setScenario] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const chosen = personaChoice === undefined ? personas[0] : personas.find((persona) => persona.id === personaChoice);
  const typing = !chosen;
  const template = JOURNEY_TEMPLATES.find((candidate) => candidate.id === templateId);

  // A template's stages load on the first submit: a second press meanwhile must not make a second map.
  const creating = useRef(false);
  const submit = async () => {
    if (creating.current) return;
    creating.current = true;
    const persona = chosen ? { personaId: chosen.id, name: chosen.name } : { personaId: '', name: typedName };
    const result = await createMap({ templateId, persona, scenario }).finally(() => {
      creating.current = false;
    });
    if (!result.ok) {
      switch (result.error.kind) {
        case 'empty-persona':
          setProblem(chosen ? 'This persona has no name yet: name it in the persona builder, or type a name here.' : 'Type the name of the persona this map is for.');
          if (!chosen) document.getElementById(`${id}-name`)?.focus();
          return;
        case 'too-many-maps':
          setProblem(`This browser keeps up to ${String(result.error.limit)} maps: export and delete one first.`);
          return;
        case 'no-such-template':
        case 'missing':
          setProblem('That template is not available. Choose another one.');
          return;
        case 'template-unavailable':
          setProblem(couldNotLoad('The template'));
          return;
        default:
          return result.error satisfies never;
      }
    }
    announce(`Created the map “${result.value.scenario || 'untitled scenario'}” for ${result.value.personas[0]?.name ?? 'the persona'}.`);
    onCreated();
  };

  return (
    <section className="jm-section jm-new" aria-labelledby="jm-new-heading">
      <h2 id="jm-new-heading" tabIndex={-1}>
        New journey map
      </h2>
      <StartLinkNotice startLink={startLink} />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <fieldset className="jm-group">
          <legend>Start from</legend>
          <div className="jm-choices">
            <label className="jm-choice">
              <input type="radio" name={`${id}-template`} value="blank" checked={templateId === 'blank'} onChange={() => setTemplateId('blank')} />
              <span>
                <strong>Blank map</strong>
                <span className="jm-meta"> Stages {JOURNEY_STAGES.map((stage) => JOURNEY_STAGE_LABELS[stage].toLowerCase()).join(', ')}, all empty.</span>
              </span>
            </label>
            {JOURNEY_TEMPLATES.map((candidate) => (
              <label className="jm-choice" key={candidate.id}>
                <input
                  type="radio"
                  name={`${id}-template`}
                  value={candidate.id}
                  checked={templateId === candidate.id}
                  onChange={() => setTemplateId(candidate.id)}
                />
                <span>
                  <strong>{candidate.title}</strong>
                  <span className="jm-meta"> {candidate.description}</span>
                </span>
              </label>
            ))}
          </div>
          <p className="field__hint">Templates are typical journeys written from common patterns, not research about your customers: replace every line with what you know.</p>
        </fieldset>
        <div className="jm-item__fields">
          {personas.length > 0 && (
            <div className="field">
              <label htmlFor={`${id}-persona`}>Persona</label>
              <select id={`${id}-persona`} value={chosen ? chosen.id : TYPED} onChange={(event) => setPersonaChoice(event.target.value)}>
                {personas.map((persona) => (
                  <option key={persona.id} value={persona.id}>
                    {persona.name.trim() || 'Unnamed persona'}
                    {persona.role.trim() ? ` (${persona.role.trim()})` : ''}
                  </option>
                ))}
                <option value={TYPED}>Someone else: type a name</option>
              </select>
            </div>
          )}
          {typing && (
            <div className="field">
              <label htmlFor={`${id}-name`}>Persona name</label>
              <input id={`${id}-name`} type="text" value={typedName} maxLength={JOURNEY_LIMITS.personaName} onChange={(event) => setTypedName(event.target.value)} />
            </div>
          )}
          <div className="field jm-item__wide">
            <label htmlFor={`${id}-scenario`}>Scenario</label>
            <input
              id={`${id}-scenario`}
              type="text"
              value={scenario}
              maxLength={JOURNEY_LIMITS.scenario}
              placeholder={template ? template.scenario : 'e.g. Renewing a subscription'}
              aria-describedby={`${id}-scenario-hint`}
              onChange={(event) => setScenario(event.target.value)}
            />
            <p className="field__hint" id={`${id}-scenario-hint`}>
              What the persona is trying to do. {template ? `Leave empty for “${template.scenario}”.` : ''}
            </p>
          </div>
        </div>
        {personas.length === 0 && (
          <p className="field__hint">
            No personas in this browser yet. Type a name, or <a href="/tools/personas/">build a persona</a> first and pick it here.
          </p>
        )}
        {problem && (
          <p className="field__error" role="alert">
            {problem}
          </p>
        )}
        <div className="jm-inline">
          <button type="submit" className="button">
            Create map
          </button>
          {onCancel && (
            <button type="button" className="button button--secondary" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </section>
  );
}

/** What the link that opened this page asked for: the template chosen below, its purpose and guide, or why not. */
function StartLinkNotice({ startLink }: { readonly startLink: JourneyStartLink }) {
  switch (startLink.kind) {
    case 'none':
      return null;
    case 'unknown-template':
      return (
        <div className="notice jm-start-link" role="alert">
          <p>
            The link asked for a journey template called “{startLink.given}”, and there is no such template. Choose one below, or start from a blank
            map.
          </p>
        </div>
      );
    case 'template':
      return (
        <div className="notice notice--info jm-start-link">
          <p>
            The link chose the <strong>{startLink.template.title}</strong> template below. Check it, pick the persona, and create the map: nothing is
            created until you do.
          </p>
          {startLink.dimension && (
            <p>
              It is meant to improve <strong>{startLink.dimension.name}</strong>: tag the opportunities you find with that maturity dimension, and they
              show on your assessment results.
            </p>
          )}
          {startLink.guide && (
            <p>
              Read alongside: <a href={`/guides/${startLink.guide.slug}/`}>{startLink.guide.title}</a>
            </p>
          )}
        </div>
      );
    default:
      return startLink satisfies never;
  }
}
