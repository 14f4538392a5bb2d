import { useEffect, useId, useRef, useState } from 'react';
import { applyPersonaImport, CONFLICT_CHOICES, findImportConflicts, type ConflictChoice, type ImportConflict, type ImportOutcome } from '../../lib/persona/apply-persona-import';
import { describePortableError, formatPortableMessage, type PortableError } from '../../lib/portable/portable-error';
import { createId } from '../../lib/text/id.ts';
import { parsePersonaImport, type PersonaImport } from '../../lib/persona/import-personas';
import { MAX_IMPORT_BYTES, MAX_PERSONAS } from '../../lib/persona/persona-limits';
import { $personas, importPersonas } from '../../stores/personas';
import { announce } from '../shared/announcer.ts';
import { formatDateTime, formatNumber, joinWithAnd } from '../../lib/text/format.ts';

type ImportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'empty'; readonly source: string }
  | { readonly kind: 'review'; readonly source: string; readonly report: PersonaImport; readonly conflicts: readonly ImportConflict[] };

export const CONFLICT_CHOICE_LABELS: Record<ConflictChoice, { readonly label: string; readonly hint: string }> = {
  'keep-both': { label: 'Keep both', hint: 'add the imported one as a separate persona' },
  merge: { label: 'Merge', hint: 'keep this one, fill empty fields and add new statements from the file' },
  replace: { label: 'Replace', hint: 'the imported one overwrites this one' },
  skip: { label: 'Skip', hint: 'do not import it' },
};

/** How a message names pasted text, as it names a file by its name. */
const PASTED = 'The pasted text';

/** Why a file or pasted text was not imported, in the one describer's words. */
function describeFailure(error: PortableError, thing: 'file' | 'text'): string {
  return `${formatPortableMessage(describePortableError(error, { thing, tool: 'persona builder' }))} Nothing was imported.`;
}

/**
 * Import personas from a JSON file or pasted text: every problem named (persona, field, why), nothing
 * changed until the person confirms, and a choice for each persona that is already here.
 */
export function ImportPanel({ onDone, onCancel }: { readonly onDone: (outcome: ImportOutcome, rejected: number) => void; readonly onCancel: () => void }) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [pasted, setPasted] = useState('');
  const [choices, setChoices] = useState<ReadonlyMap<number, ConflictChoice>>(new Map());

  useEffect(() => headingRef.current?.focus(), []);

  const check = (text: string, source: string) => {
    const result = parsePersonaImport(text, { createId: () => createId(), now: new Date() });
    if (!result.ok) {
      setState({ kind: 'error', message: `${source}: ${describeFailure(result.error, source === PASTED ? 'text' : 'file')}` });
      return;
    }
    if (result.value.accepted.length === 0 && result.value.rejected.length === 0) {
      setState({ kind: 'empty', source });
      announce(`${source} holds no personas. Nothing was imported and nothing changed.`);
      return;
    }
    const conflicts = findImportConflicts($personas.get(), result.value.accepted);
    setChoices(new Map());
    setState({ kind: 'review', source, report: result.value, conflicts });
    const { accepted, rejected } = result.value;
    const refused = findRefused(result.value, new Map()).length;
    announce(
      `${accepted.length} ready to import` +
        (rejected.length > 0 ? `, ${rejected.length} cannot be imported` : '') +
        (refused > 0 ? `, ${refused} will not fit in this browser` : '') +
        (conflicts.length > 0 ? `, ${conflicts.length} already here: choose what to do` : '') +
        '.',
    );
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setState({ kind: 'error', message: `“${file.name}”: ${describeFailure({ kind: 'too-large', bytes: file.size, limit: MAX_IMPORT_BYTES }, 'file')}` });
      return;
    }
    try {
      check(await file.text(), `“${file.name}”`);
    } catch {
      setState({ kind: 'error', message: `“${file.name}” could not be read. Choose the file again.` });
    }
  };

  // The import as it would go with the choices made so far: which personas would not fit, said before confirming.
  const refused = state.kind === 'review' ? findRefused(state.report, choices) : [];
  const importable = state.kind === 'review' ? state.report.accepted.length - refused.length : 0;

  const confirm = () => {
    if (state.kind !== 'review') return;
    onDone(importPersonas(state.report.accepted, choices), state.report.rejected.length);
  };

  return (
    <section className="pb-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        Import personas
      </h3>
      <p>
        Choose a JSON file exported from the persona builder (one persona or many), or paste its text. Nothing changes until you confirm, and a
        persona that is already here is never overwritten without your choice.
      </p>
      <div className="pb-field">
        <label htmlFor={`${id}-file`} className="pb-field__label">
          JSON file
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            void readFile(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </div>
      <div className="pb-field">
        <label htmlFor={`${id}-paste`} className="pb-field__label">
          Or paste JSON
        </label>
        <textarea id={`${id}-paste`} rows={3} value={pasted} onChange={(event) => setPasted(event.target.value)} />
        <p>
          <button type="button" className="button button--secondary" onClick={() => check(pasted, PASTED)}>
            Check pasted text
          </button>
        </p>
      </div>

      {state.kind === 'error' && (
        <p className="pb-notice pb-notice--error" role="alert">
          {state.message}
        </p>
      )}

      {state.kind === 'empty' && (
        <p className="pb-notice" role="status">
          {state.source} holds no personas (its list is empty). Nothing was imported and nothing changed.
        </p>
      )}

      {state.kind === 'review' && (
        <div className="pb-review">
          <h4>
            {state.source}: {state.report.accepted.length} {state.report.accepted.length === 1 ? 'persona' : 'personas'} ready to import
          </h4>
          {state.report.accepted.length > 0 && (
            <ul>
              {state.report.accepted.map((entry) => (
                <li key={entry.index}>
                  {entry.persona.name}
                  {entry.filledIn.length > 0 && <span className="pb-field__tip"> (given {entry.filledIn.join(' and ')})</span>}
                  {entry.ignored.length > 0 && (
                    <span className="pb-field__tip">
                      {' '}
                      Ignored: {entry.ignored.map((issue) => `${issue.place} ${issue.message}`).join('; ')}.
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
          {state.report.rejected.length > 0 && (
            <div className="pb-notice pb-notice--error">
              <h4>
                {state.report.rejected.length} {state.report.rejected.length === 1 ? 'persona cannot' : 'personas cannot'} be imported
              </h4>
              <ul>
                {state.report.rejected.map((rejected) => (
                  <li key={rejected.index}>
                    <strong>{rejected.label}</strong>
                    <ul>
                      {rejected.issues.map((issue, index) => (
                        <li key={index}>
                          {issue.place} {issue.message}.
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
              <p>
                {state.report.accepted.length > 0
                  ? 'Fix these in the file and import it again; the others can be imported now.'
                  : 'None of the file’s personas can be imported: fix these in the file and import it again.'}
              </p>
            </div>
          )}
          {refused.length > 0 && (
            <p className="pb-notice pb-notice--error">
              This browser keeps up to {formatNumber(MAX_PERSONAS)} personas and holds {formatNumber($personas.get().length)}, so{' '}
              {refused.length === 1 ? 'this one' : `these ${formatNumber(refused.length)}`} would not be imported: {formatNames(refused)}. Delete
              personas you no longer need first, or choose Merge, Replace or Skip for those already here.
            </p>
          )}
          {state.conflicts.map((conflict) => (
            <fieldset key={conflict.index} className="pb-conflict">
              <legend>“{conflict.existing.name}” is already here</legend>
              <p className="pb-field__tip">
                Yours was last changed {formatDateTime(conflict.existing.updatedAt)}; the imported one{' '}
                {formatDateTime(conflict.incoming.updatedAt)}.
              </p>
              {CONFLICT_CHOICES.map((choice) => (
                <label key={choice} className="pb-radio">
                  <input
                    type="radio"
                    name={`${id}-conflict-${conflict.index}`}
                    value={choice}
                    checked={(choices.get(conflict.index) ?? 'keep-both') === choice}
                    onChange={() => setChoices((current) => new Map(current).set(conflict.index, choice))}
                  />
                  <span>
                    <strong>{CONFLICT_CHOICE_LABELS[choice].label}</strong>: {CONFLICT_CHOICE_LABELS[choice].hint}
                  </span>
                </label>
              ))}
            </fieldset>
          ))}
        </div>
      )}

      <p className="pb-toolbar">
        {state.kind === 'review' && importable > 0 && (
          <button type="button" className="button" onClick={confirm}>
            Import {formatNumber(importable)} {importable === 1 ? 'persona' : 'personas'}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel import
        </button>
      </p>
    </section>
  );
}

/** The names of the personas an import would refuse for want of room, with the choices made so far. */
function findRefused(report: PersonaImport, choices: ReadonlyMap<number, ConflictChoice>): readonly string[] {
  return applyPersonaImport($personas.get(), report.accepted, choices, { createId, now: new Date() }).refused;
}

/** “A”, “B” and “C”; past five, the first five and how many more. */
function formatNames(names: readonly string[]): string {
  const quoted = names.slice(0, 5).map((name) => `“${name}”`);
  return joinWithAnd(names.length > 5 ? [...quoted, `${formatNumber(names.length - 5)} more`] : quoted);
}
