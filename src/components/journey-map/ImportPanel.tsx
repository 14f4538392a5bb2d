import { useStore } from '@nanostores/react';
import { useRef, useState } from 'react';
import { findImportConflicts, type ImportChoice } from '../../lib/journey/apply-journey-import';
import { MAX_JOURNEY_IMPORT_BYTES } from '../../lib/journey/journey-limits';
import type { JourneyMap } from '../../lib/journey/journey-map-schema';
import { describePortableError, type PortableError } from '../../lib/portable/portable-error';
import { $journeyMaps, importMaps } from '../../stores/journey-maps';
import { announce } from '../shared/announcer.ts';
import { focusLater } from '../shared/focus-later';
import { couldNotLoad } from '../shared/could-not-load.ts';
import { $journeyImportState, type ImportState } from '../../stores/journey-import.ts';
import { formatDateTime } from '../../lib/text/format.ts';

/** Why a file was not imported, for the result box: the one describer's words, and that nothing changed. */
function describeFailure(error: PortableError): ImportState {
  const { headline, details } = describePortableError(error, { thing: 'file', tool: 'journey map builder' });
  return { kind: 'failed', headline: `Nothing was imported. ${headline}`, details };
}

const CHOICE_LABELS: Record<ImportChoice, string> = {
  'keep-both': 'Keep both (the imported one is marked “imported”)',
  replace: 'Replace the one here',
  skip: 'Skip it',
};

/**
 * Import maps from a JSON export. The file is checked completely first: with any problem nothing is imported
 * and every problem is listed; a map that has the same id as one here is never overwritten without asking.
 */
export function ImportPanel() {
  const input = useRef<HTMLInputElement>(null);
  const state = useStore($journeyImportState);
  const setState = (next: ImportState) => $journeyImportState.set(next);
  const [choices, setChoices] = useState<ReadonlyMap<number, ImportChoice>>(new Map());

  const finish = (maps: readonly JourneyMap[], chosen: ReadonlyMap<number, ImportChoice>, ignoredFields: readonly string[]) => {
    const result = importMaps(maps, chosen);
    if (!result.ok) {
      setState({
        kind: 'failed',
        headline: `Importing would make ${String(result.error.needed)} maps; this browser keeps up to ${String(result.error.limit)}. Nothing was imported.`,
        details: ['Delete or export some maps first, or import fewer.'],
      });
      focusLater('jm-import-result');
      return;
    }
    const { added, replaced, skipped } = result.value;
    const parts = [
      added.length > 0 ? `added ${String(added.length)} ${added.length === 1 ? 'map' : 'maps'}` : '',
      replaced.length > 0 ? `replaced ${String(replaced.length)}` : '',
      skipped.length > 0 ? `skipped ${String(skipped.length)}` : '',
    ].filter((part) => part !== '');
    const opened = added[0] ?? replaced[0];
    const message = `Import done: ${parts.join(', ') || 'nothing changed'}.${opened ? ` “${opened.scenario.trim() || 'Untitled scenario'}” is open.` : ''}`;
    setState({ kind: 'done', message, ignoredFields });
    announce(message);
    focusLater('jm-import-result');
  };

  const read = async (file: File) => {
    if (file.size > MAX_JOURNEY_IMPORT_BYTES) {
      setState(describeFailure({ kind: 'too-large', bytes: file.size, limit: MAX_JOURNEY_IMPORT_BYTES }));
      focusLater('jm-import-result');
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setState({ kind: 'failed', headline: 'The file could not be read (it may have been moved or deleted). Nothing was imported.', details: [] });
      focusLater('jm-import-result');
      return;
    }
    // The reader checks the file against the map schema (and brings zod): it loads on the first import.
    let reader: typeof import('../../lib/journey/import-journey-file.ts');
    try {
      reader = await import('../../lib/journey/import-journey-file.ts');
    } catch {
      setState({ kind: 'failed', headline: `${couldNotLoad('The import')} Nothing was imported.`, details: [] });
      focusLater('jm-import-result');
      return;
    }
    const result = reader.importJourneyFile(text, file.size);
    if (!result.ok) {
      setState(describeFailure(result.error));
      focusLater('jm-import-result');
      return;
    }
    const conflicts = findImportConflicts($journeyMaps.get(), result.value.maps);
    if (conflicts.length === 0) {
      finish(result.value.maps, new Map(), result.value.ignoredFields);
      return;
    }
    setChoices(new Map(conflicts.map((conflict) => [conflict.index, 'keep-both' as const])));
    setState({ kind: 'asking', fileName: file.name, maps: result.value.maps, conflicts, ignoredFields: result.value.ignoredFields });
    focusLater('jm-import-question');
  };

  return (
    <div className="jm-import">
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        data-testid="journey-import-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void read(file);
        }}
      />
      <button type="button" className="button button--secondary" onClick={() => input.current?.click()}>
        Import maps (JSON)…
      </button>
      {state.kind === 'failed' && (
        <div id="jm-import-result" className="jm-import__result field__error" role="alert" tabIndex={-1}>
          <p>{state.headline}</p>
          {state.details.length > 0 && (
            <ul className="issue-list">
              {state.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {state.kind === 'done' && (
        <div id="jm-import-result" className="jm-import__result notice notice--info" role="status" tabIndex={-1}>
          <p>{state.message}</p>
          {state.ignoredFields.length > 0 && <p>Fields this page does not use were ignored: {state.ignoredFields.join('; ')}.</p>}
        </div>
      )}
      {state.kind === 'asking' && (
        <div className="jm-import__ask">
          <h3 id="jm-import-question" tabIndex={-1}>
            {state.conflicts.length === 1 ? 'A map in this file is already here' : `${String(state.conflicts.length)} maps in this file are already here`}
          </h3>
          <p>
            “{state.fileName}” holds {state.maps.length} {state.maps.length === 1 ? 'map' : 'maps'}. Choose what to do with each one that has the same id as
            a map in this browser; nothing is changed until you import.
          </p>
          {state.conflicts.map((conflict) => (
            <fieldset key={conflict.index} className="jm-group">
              <legend>
                “{conflict.incoming.scenario.trim() || 'Untitled scenario'}” (here: “{conflict.existing.scenario.trim() || 'Untitled scenario'}”, last changed{' '}
                {formatDateTime(conflict.existing.updatedAt)})
              </legend>
              {(['keep-both', 'replace', 'skip'] as const).map((choice) => (
                <label key={choice} className="jm-choice">
                  <input
                    type="radio"
                    name={`jm-import-${String(conflict.index)}`}
                    checked={(choices.get(conflict.index) ?? 'keep-both') === choice}
                    onChange={() => setChoices((current) => new Map(current).set(conflict.index, choice))}
                  />
                  {CHOICE_LABELS[choice]}
                </label>
              ))}
            </fieldset>
          ))}
          <div className="jm-inline">
            <button type="button" className="button" onClick={() => finish(state.maps, choices, state.ignoredFields)}>
              Import
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setState({ kind: 'done', message: 'Import cancelled: nothing changed.', ignoredFields: [] });
                focusLater('jm-import-result');
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
