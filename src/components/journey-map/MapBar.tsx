import { useState } from 'react';
import type { JourneyMap } from '../../lib/journey/journey-map-schema';
import { deleteMap, duplicateMap, selectMap, type DeletedMap } from '../../stores/journey-maps';
import { announce } from '../shared/announcer.ts';
import { focusLater } from '../shared/focus-later';

export interface MapBarProps {
  readonly maps: readonly JourneyMap[];
  readonly active: JourneyMap;
  readonly onNew: () => void;
  /** A map was deleted: the builder offers to undo it. */
  readonly onDeleted: (deleted: DeletedMap) => void;
}

export function describeMap(map: JourneyMap): string {
  const personas = map.personas.map((persona) => persona.name.trim() || 'Unnamed persona').join(', ');
  return `${map.scenario.trim() || 'Untitled scenario'} (${personas})`;
}

/** Which map is open, and making, copying and deleting maps (with a confirmation and an undo). */
export function MapBar({ maps, active, onNew, onDeleted }: MapBarProps) {
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();

  return (
    <div className="jm-bar" data-print-hidden>
      <div className="field">
        <label htmlFor="jm-open-map">Open map ({maps.length} in this browser)</label>
        <select
          id="jm-open-map"
          value={active.id}
          onChange={(event) => {
            selectMap(event.target.value);
            setConfirming(false);
          }}
        >
          {maps.map((map) => (
            <option key={map.id} value={map.id}>
              {describeMap(map)}
            </option>
          ))}
        </select>
      </div>
      <div className="jm-inline">
        <button type="button" className="button button--secondary" onClick={onNew}>
          New map
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            const result = duplicateMap(active.id);
            if (!result.ok) {
              setProblem(result.error.kind === 'too-many-maps' ? `This browser keeps up to ${String(result.error.limit)} maps: export and delete one first.` : 'This map is gone.');
              return;
            }
            setProblem(undefined);
            announce(`Copied the map. The copy, “${result.value.scenario}”, is open.`);
          }}
        >
          Duplicate
        </button>
        <button
          id="jm-delete-map"
          type="button"
          className="button button--secondary"
          onClick={() => {
            setConfirming(true);
            focusLater('jm-confirm-delete-map');
          }}
        >
          Delete map
        </button>
      </div>
      {confirming && (
        <div
          className="jm-confirm"
          role="group"
          aria-labelledby="jm-confirm-delete-text"
          onKeyDown={(event) => {
            // Escape answers "Keep it", as in a dialog.
            if (event.key !== 'Escape') return;
            event.preventDefault();
            setConfirming(false);
            focusLater('jm-delete-map');
          }}
        >
          <p id="jm-confirm-delete-text">Delete “{describeMap(active)}”? You can undo this until you leave the page; export it first to keep a copy.</p>
          <button
            id="jm-confirm-delete-map"
            type="button"
            className="button"
            onClick={() => {
              const removed = deleteMap(active.id);
              setConfirming(false);
              if (!removed) return;
              onDeleted(removed);
            }}
          >
            Delete map
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setConfirming(false);
              focusLater('jm-delete-map');
            }}
          >
            Keep it
          </button>
        </div>
      )}
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
