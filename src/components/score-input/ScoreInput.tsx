import { useId, type ReactNode } from 'react';
import type { LabelScores } from '../../lib/metrics/score-tally.ts';
import type { CountsCheck, PasteState } from '../../lib/score-input/score-input-outcome.ts';
import type { ScoreInput as ScoreInputStore } from '../../stores/score-input.ts';
import { INITIAL_SCORE_INPUT } from '../../lib/score-input/score-input-state.ts';
import { CountsFields } from './CountsFields.tsx';
import { PasteBox } from './PasteBox.tsx';
import { PasteReport } from './PasteReport.tsx';
import { ReadingChoices } from './ReadingChoices.tsx';
import { useIslandStore } from './use-island-store.ts';
import './score-input.css';

const EMPTY_PASTE: PasteState = { kind: 'empty' };
const NO_LABELS: LabelScores = {};
const EMPTY_COUNTS: CountsCheck = { kind: 'scores', parse: { kind: 'empty' } };

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

  return (
    <fieldset className="score-input">
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
      {state.mode === 'paste' || pasteOnly ? (
        <>
          <PasteBox input={input} label={boxLabel} example={example} reportId={reportId} fileName={state.fileName} />
          <ReadingChoices input={input} paste={paste} fileName={state.fileName} />
          <PasteReport
            id={reportId}
            paste={paste}
            scale={scale}
            labels={state.labels ?? NO_LABELS}
            onApplyLabels={(labels) => input.setLabels(labels)}
            scaleHint={scaleHint?.(paste)}
          />
        </>
      ) : (
        <CountsFields input={input} state={state} check={check} scale={scale} {...(pointLabel ? { pointLabel } : {})} />
      )}
    </fieldset>
  );
}
