import { useId, type ReactNode } from 'react';
import type { LabelScores } from '../../lib/metrics/score-tally.ts';
import type { CountsCheck, PasteState } from '../../lib/score-input/score-input-outcome.ts';
import type { FileStatus, ScoreInput as ScoreInputStore } from '../../stores/score-input.ts';
import { INITIAL_SCORE_INPUT } from '../../lib/score-input/score-input-state.ts';
import { PasteBox } from './PasteBox.tsx';
import { useIslandStore } from './use-island-store.ts';
import { deferModule, useDeferredModule } from '../shared/deferred-module.ts';
import './score-input.css';

const EMPTY_PASTE: PasteState = { kind: 'empty' };
const NO_LABELS: LabelScores = {};
const EMPTY_COUNTS: CountsCheck = { kind: 'scores', parse: { kind: 'empty' } };
const FILE_IDLE: FileStatus = { kind: 'idle' };

/** What shows only once there is something to report or a click asked for counts: loaded after first render. */
export const scoreInputParts = deferModule(() => import('./score-input-parts.ts'));

export interface ScoreInputProps {
  readonly input: ScoreInputStore;
  /** The group's name, e.g. "This period’s answers". */
  readonly legend: string;
  /** The paste box's label, e.g. "Answers, 0 to 10". */
  readonly boxLabel: string;
  /** What a short paste looks like, for the hint, e.g. "10, 9, 7, 3". */
  readonly example: string;
  /** Label of each counts field; defaults to "Answered <score>". */
  readonly pointLabel?: (score: number) => string;
  /** The calculator's offer of another scale when the answers fit one better (see `suggest-scale.ts`). */
  readonly scaleHint?: (paste: PasteState) => ReactNode;
  /** True where only pasted answers make sense (the survey workbench reads columns): no "Type counts" mode. */
  readonly pasteOnly?: boolean;
}

/**
 * The forgiving score input: paste (or drop a file), choose a column, see what was left out and why; or
 * type counts. A thin view over a `ScoreInput` store (src/stores/score-input.ts).
 */
export function ScoreInput({ input, legend, boxLabel, example, pointLabel, scaleHint, pasteOnly = false }: ScoreInputProps) {
  const id = useId();
  const reportId = `${id}-report`;
  const state = useIslandStore(input.$state, INITIAL_SCORE_INPUT);
  const paste = useIslandStore(input.$paste, EMPTY_PASTE);
  const check = useIslandStore(input.$countsCheck, EMPTY_COUNTS);
  const scale = useIslandStore(input.$scale, input.ssrScale);
  const showsPaste = state.mode === 'paste' || pasteOnly;
  const fileStatus = useIslandStore(input.$fileStatus, FILE_IDLE);
  const parts = useDeferredModule(scoreInputParts, showsPaste ? paste.kind !== 'empty' || fileStatus.kind === 'failed' : true);

  return (
    <fieldset className="score-input" onFocus={input.prepare} onPointerEnter={input.prepare} onDragEnter={input.prepare}>
      <legend className="score-input__legend">{legend}</legend>
      {!pasteOnly && (
      <div className="segmented score-input__mode" role="radiogroup" aria-label={`How to enter ${legend.toLowerCase()}`}>
        <label>
          <input type="radio" name={`${id}-mode`} value="paste" checked={state.mode === 'paste'} onChange={() => input.setMode('paste')} />
          Paste answers
        </label>
        <label>
          <input type="radio" name={`${id}-mode`} value="counts" checked={state.mode === 'counts'} onChange={() => input.setMode('counts')} />
          Type counts
        </label>
      </div>
      )}
      {showsPaste ? (
        <>
          <PasteBox input={input} label={boxLabel} example={example} reportId={reportId} fileName={state.fileName} parts={parts} />
          {parts && <parts.ReadingChoices input={input} paste={paste} fileName={state.fileName} />}
          {/* Referenced by the paste box's aria-describedby, so it is always rendered; its report loads with a paste. */}
          <div id={reportId} className="score-input__report">
            {parts && (
              <parts.PasteReportBody paste={paste} scale={scale} labels={state.labels ?? NO_LABELS} onApplyLabels={(labels) => input.setLabels(labels)} scaleHint={scaleHint?.(paste)} />
            )}
          </div>
        </>
      ) : (
        parts && <parts.CountsFields input={input} state={state} check={check} scale={scale} {...(pointLabel ? { pointLabel } : {})} />
      )}
    </fieldset>
  );
}
