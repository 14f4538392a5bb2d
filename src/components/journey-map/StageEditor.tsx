import { useState } from 'react';
import { createStage } from '../../lib/journey/create-journey-map';
import { JOURNEY_LIMITS } from '../../lib/journey/journey-limits';
import type { JourneyMap } from '../../lib/journey/journey-map-schema';
import type { ResolvedPersona } from '../../lib/journey/map-personas';
import { addStage, getStageLabel, isStageEmpty, moveStage, removeStage, restoreStage, updateStage, type RemovedStage } from '../../lib/journey/stage-operations';
import { changeMap, nextJourneyId } from '../../stores/journey-maps';
import { announce } from '../shared/announcer.ts';
import { EmotionEditor } from './EmotionEditor';
import { focusLater } from '../shared/focus-later';
import { MetricEditor } from './MetricEditor';
import { OpportunitiesEditor, PainPointsEditor, TouchpointsEditor } from './StageItems';

export interface StageEditorProps {
  readonly map: JourneyMap;
  readonly personas: readonly ResolvedPersona[];
  readonly selectedStageId: string | undefined;
  readonly onSelectStage: (stageId: string) => void;
}

/**
 * Edit one stage at a time: pick it from the list of stages, then change its name, place and lanes. Every
 * action is a button or a field, so the whole map can be built from the keyboard; stages move with
 * "Move left" and "Move right", never only by dragging.
 */
export function StageEditor({ map, personas, selectedStageId, onSelectStage }: StageEditorProps) {
  const [removed, setRemoved] = useState<RemovedStage | undefined>();
  const [confirmingRemoval, setConfirmingRemoval] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const index = Math.max(0, map.stages.findIndex((stage) => stage.id === selectedStageId));
  const stage = map.stages[index];
  if (!stage) return null;
  const label = getStageLabel(stage, index);
  const change = (fn: (current: JourneyMap) => JourneyMap) => changeMap(map.id, fn);
  const base = `jm-${stage.id}`;

  const insertStage = (at: number) => {
    const created = createStage(nextJourneyId(), 'New stage');
    const result = addStage(map, created, at);
    if (!result.ok) {
      setProblem(`A map holds up to ${String(JOURNEY_LIMITS.stages)} stages: remove one before adding another.`);
      return;
    }
    setProblem(undefined);
    change((current) => {
      const added = addStage(current, created, at);
      return added.ok ? added.value : current;
    });
    onSelectStage(created.id);
    announce(`Added a new stage at position ${String(at + 1)}. Name it in the field that has focus.`);
    focusLater(`jm-${created.id}-name`);
  };

  const move = (direction: -1 | 1) => {
    const target = index + direction;
    change((current) => moveStage(current, stage.id, direction));
    announce(`Moved “${label}” to position ${String(target + 1)} of ${String(map.stages.length)}.`);
    // A move button that becomes disabled at either end would drop focus: hand it to the other one.
    if (target === 0) focusLater(`${base}-move-right`);
    if (target === map.stages.length - 1) focusLater(`${base}-move-left`);
  };

  const remove = () => {
    const result = removeStage(map, stage.id);
    if (!result.ok) {
      setProblem('A map needs at least one stage: add another before removing this one.');
      return;
    }
    change((current) => {
      const again = removeStage(current, stage.id);
      return again.ok ? again.value.map : current;
    });
    setRemoved(result.value.removed);
    setConfirmingRemoval(undefined);
    setProblem(undefined);
    const next = result.value.map.stages[Math.min(index, result.value.map.stages.length - 1)];
    if (next) onSelectStage(next.id);
    announce(`Removed stage “${label}”. Undo is available.`);
    focusLater('jm-undo-stage');
  };

  const undo = () => {
    if (!removed) return;
    const result = restoreStage(map, removed);
    if (!result.ok) {
      setProblem(`The stage cannot come back: the map already holds ${String(JOURNEY_LIMITS.stages)} stages.`);
      return;
    }
    change((current) => {
      const again = restoreStage(current, removed);
      return again.ok ? again.value : current;
    });
    onSelectStage(removed.stage.id);
    announce(`Restored stage “${getStageLabel(removed.stage, removed.index)}”.`);
    setRemoved(undefined);
    focusLater(`jm-${removed.stage.id}-tab`);
  };

  return (
    <section className="jm-section jm-editor" aria-labelledby="jm-editor-heading" data-print-hidden>
      <h2 id="jm-editor-heading" tabIndex={-1}>
        Edit a stage
      </h2>
      <nav aria-label="Stages of this map">
        <ol className="jm-stage-tabs">
          {map.stages.map((candidate, position) => (
            <li key={candidate.id}>
              <button
                id={`jm-${candidate.id}-tab`}
                type="button"
                className="jm-stage-tab"
                aria-current={candidate.id === stage.id ? 'true' : undefined}
                onClick={() => {
                  onSelectStage(candidate.id);
                  setConfirmingRemoval(undefined);
                }}
              >
                {position + 1}. {getStageLabel(candidate, position)}
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="button button--secondary jm-small" onClick={() => insertStage(map.stages.length)} disabled={map.stages.length >= JOURNEY_LIMITS.stages}>
              Add a stage at the end
            </button>
          </li>
        </ol>
      </nav>
      {removed && (
        <p className="jm-undo" role="status">
          Removed stage “{getStageLabel(removed.stage, removed.index)}”.{' '}
          <button id="jm-undo-stage" type="button" className="button button--secondary jm-small" onClick={undo}>
            Undo
          </button>
          <button type="button" className="jm-link-button" onClick={() => setRemoved(undefined)}>
            Dismiss
          </button>
        </p>
      )}
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <div className="jm-stage-form">
        <h3 id={`${base}-heading`}>
          Stage {index + 1} of {map.stages.length}: {label}
        </h3>
        <div className="field">
          <label htmlFor={`${base}-name`}>Stage name</label>
          <input
            id={`${base}-name`}
            type="text"
            value={stage.name}
            maxLength={JOURNEY_LIMITS.stageName}
            onChange={(event) => {
              const name = event.target.value;
              change((current) => updateStage(current, stage.id, (known) => ({ ...known, name })));
            }}
          />
        </div>
        <div className="jm-inline jm-stage-actions">
          <button id={`${base}-move-left`} type="button" className="button button--secondary jm-small" disabled={index === 0} onClick={() => move(-1)}>
            <span aria-hidden="true">← </span>Move left
          </button>
          <button
            id={`${base}-move-right`}
            type="button"
            className="button button--secondary jm-small"
            disabled={index === map.stages.length - 1}
            onClick={() => move(1)}
          >
            Move right<span aria-hidden="true"> →</span>
          </button>
          <button
            type="button"
            className="button button--secondary jm-small"
            disabled={map.stages.length >= JOURNEY_LIMITS.stages}
            onClick={() => insertStage(index + 1)}
          >
            Add a stage after this one
          </button>
          <button
            id={`${base}-remove`}
            type="button"
            className="button button--secondary jm-small"
            disabled={map.stages.length <= 1}
            aria-describedby={map.stages.length <= 1 ? `${base}-last` : undefined}
            onClick={() => {
              if (isStageEmpty(stage)) remove();
              else {
                setConfirmingRemoval(stage.id);
                focusLater(`${base}-confirm-remove`);
              }
            }}
          >
            Remove stage
          </button>
        </div>
        {map.stages.length <= 1 && (
          <p id={`${base}-last`} className="field__hint">
            A map keeps at least one stage.
          </p>
        )}
        {confirmingRemoval === stage.id && (
          <div
            className="jm-confirm"
            role="group"
            aria-labelledby={`${base}-confirm-text`}
            onKeyDown={(event) => {
              // Escape answers "Keep it", as in a dialog.
              if (event.key !== 'Escape') return;
              event.preventDefault();
              setConfirmingRemoval(undefined);
              focusLater(`${base}-remove`);
            }}
          >
            <p id={`${base}-confirm-text`}>Remove “{label}” and everything in it? You can undo this right after.</p>
            <button id={`${base}-confirm-remove`} type="button" className="button" onClick={remove}>
              Remove stage
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setConfirmingRemoval(undefined);
                focusLater(`${base}-remove`);
              }}
            >
              Keep it
            </button>
          </div>
        )}
        {(['goals', 'actions', 'thoughts'] as const).map((lane) => (
          <div className="field" key={lane}>
            <label htmlFor={`${base}-${lane}`}>{lane === 'goals' ? 'Customer goals' : lane === 'actions' ? 'Actions' : 'Thoughts'}</label>
            <p className="field__hint" id={`${base}-${lane}-hint`}>
              {lane === 'goals'
                ? 'What the customer wants at this stage. One idea a line.'
                : lane === 'actions'
                  ? 'What they do. One action a line.'
                  : 'What they think or say, in their words. One thought a line.'}
            </p>
            <textarea
              id={`${base}-${lane}`}
              className="jm-textarea"
              value={stage[lane]}
              maxLength={JOURNEY_LIMITS.laneText}
              aria-describedby={`${base}-${lane}-hint`}
              rows={3}
              onChange={(event) => {
                const text = event.target.value;
                change((current) => updateStage(current, stage.id, (known) => ({ ...known, [lane]: text })));
              }}
            />
          </div>
        ))}
        <TouchpointsEditor map={map} stage={stage} onChange={change} />
        <EmotionEditor stage={stage} personas={personas} onChange={change} />
        <PainPointsEditor map={map} stage={stage} onChange={change} />
        <OpportunitiesEditor map={map} stage={stage} onChange={change} />
        <MetricEditor stage={stage} onChange={change} />
      </div>
    </section>
  );
}
