import { useId, useState } from 'react';
import { JOURNEY_LIMITS } from '../../lib/journey/journey-limits';
import type { JourneyMap } from '../../lib/journey/journey-map-schema';
import { addPersonaToMap, describeMapPersonaError, removePersonaFromMap, type ResolvedPersona } from '../../lib/journey/map-personas';
import type { PersonaSummary } from '../../lib/persona/persona-summary.ts';
import { changeMap, nextJourneyId } from '../../stores/journey-maps';
import { announce } from '../shared/announcer.ts';
import { focusLater } from '../shared/focus-later';

export interface MapDetailsProps {
  readonly map: JourneyMap;
  readonly personas: readonly ResolvedPersona[];
  readonly known: readonly PersonaSummary[];
}

const TYPED = '__typed__';

/** The map's scenario and the personas it follows (each with its own curve). */
export function MapDetails({ map, personas, known }: MapDetailsProps) {
  const id = useId();
  const available = known.filter((persona) => !map.personas.some((ref) => ref.personaId === persona.id));
  // undefined: the first persona not on the map yet (the persona list may load after the first render).
  const [choice, setChoice] = useState<string | undefined>();
  const [typedName, setTypedName] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const chosen = choice === undefined ? available[0] : available.find((persona) => persona.id === choice);
  const missing = personas.filter((persona) => persona.status === 'missing');

  const add = () => {
    const persona = chosen ? { personaId: chosen.id, name: chosen.name } : { personaId: '', name: typedName };
    const key = nextJourneyId();
    const result = addPersonaToMap(map, persona, key);
    if (!result.ok) {
      setProblem(describeMapPersonaError(result.error));
      return;
    }
    changeMap(map.id, (current) => {
      const added = addPersonaToMap(current, persona, key);
      return added.ok ? added.value : current;
    });
    setProblem(undefined);
    setTypedName('');
    setChoice(undefined);
    announce(`Added ${persona.name.trim()} to this map, with a curve of their own.`);
  };

  const remove = (persona: ResolvedPersona) => {
    const result = removePersonaFromMap(map, persona.ref.key);
    if (!result.ok) {
      setProblem(describeMapPersonaError(result.error));
      return;
    }
    changeMap(map.id, (current) => {
      const removed = removePersonaFromMap(current, persona.ref.key);
      return removed.ok ? removed.value : current;
    });
    setProblem(undefined);
    announce(`Removed ${persona.name} and their emotion scores from this map.`);
    focusLater(`${id}-add`);
  };

  return (
    <section className="jm-section jm-details" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        Scenario and personas
      </h2>
      <p className="jm-print-title">
        <strong>{map.scenario.trim() || 'Untitled scenario'}</strong> · {personas.map((persona) => persona.name).join(', ')}
      </p>
      <div className="field" data-print-hidden>
        <label htmlFor={`${id}-scenario`}>Scenario</label>
        <input
          id={`${id}-scenario`}
          type="text"
          value={map.scenario}
          maxLength={JOURNEY_LIMITS.scenario}
          placeholder="e.g. Renewing a subscription"
          onChange={(event) => {
            const scenario = event.target.value;
            changeMap(map.id, (current) => ({ ...current, scenario }));
          }}
        />
      </div>
      {missing.map((persona) => (
        <p key={persona.ref.key} className="notice" role="note">
          “{persona.name}” is no longer in the persona builder of this browser (it was deleted, or this map was made in another browser). The map keeps
          the name and the scores.
        </p>
      ))}
      <div data-print-hidden>
        <h3 className="jm-subheading">Personas on this map</h3>
        <ul className="jm-personas">
          {personas.map((persona) => (
            <li key={persona.ref.key}>
              <span>
                <strong>{persona.name}</strong>{' '}
                <span className="jm-meta">
                  {persona.status === 'linked' ? 'from the persona builder' : persona.status === 'typed' ? 'typed on this map' : 'no longer in the persona builder'}
                </span>
              </span>
              <button type="button" className="button button--secondary jm-small" disabled={map.personas.length <= 1} onClick={() => remove(persona)}>
                Remove<span className="visually-hidden"> {persona.name}</span>
              </button>
            </li>
          ))}
        </ul>
        {map.personas.length <= 1 && <p className="field__hint">A map needs at least one persona.</p>}
        {map.personas.length < JOURNEY_LIMITS.personas && (
          <div className="jm-inline jm-add-persona">
            {available.length > 0 && (
              <div className="field">
                <label htmlFor={`${id}-choice`}>Add a persona</label>
                <select id={`${id}-choice`} value={chosen ? chosen.id : TYPED} onChange={(event) => setChoice(event.target.value)}>
                  {available.map((persona) => (
                    <option key={persona.id} value={persona.id}>
                      {persona.name.trim() || 'Unnamed persona'}
                    </option>
                  ))}
                  <option value={TYPED}>Someone else: type a name</option>
                </select>
              </div>
            )}
            {!chosen && (
              <div className="field">
                <label htmlFor={`${id}-typed`}>{available.length > 0 ? 'Name' : 'Add a persona by name'}</label>
                <input
                  id={`${id}-typed`}
                  type="text"
                  value={typedName}
                  maxLength={JOURNEY_LIMITS.personaName}
                  onChange={(event) => setTypedName(event.target.value)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') {
                      event.preventDefault();
                      add();
                    }
                  }}
                />
              </div>
            )}
            <button id={`${id}-add`} type="button" className="button button--secondary" onClick={add}>
              Add persona
            </button>
          </div>
        )}
        {problem && (
          <p className="field__error" role="alert">
            {problem}
          </p>
        )}
      </div>
    </section>
  );
}
