import { getNextLevel, isMaturityLevel, MATURITY_LEVELS } from '../../lib/assessment/maturity-level.ts';
import type { DimensionTargets } from '../../lib/assessment/dimension-targets.ts';
import type { QuestionBank } from '../../lib/assessment/question-bank-schema.ts';
import type { AssessmentResult } from '../../lib/assessment/score-assessment.ts';
import { resetTargets, setTarget } from '../../stores/assessment.ts';
import { formatLevel, getDimensionName } from './labels.ts';

export interface TargetEditorProps {
  readonly bank: QuestionBank;
  readonly result: AssessmentResult;
  /** The targets the person chose (others are the default). */
  readonly chosen: DimensionTargets;
}

/** One select per scored dimension to choose its target level; priorities follow the choice at once. */
export function TargetEditor({ bank, result, chosen }: TargetEditorProps) {
  const unscored = result.dimensions.filter((dimension) => dimension.status !== 'scored');
  const anyChosen = Object.keys(chosen).length > 0;
  return (
    <div className="targets" data-print-hidden>
      <h4>Set your targets</h4>
      <p className="field__hint">
        By default each target is one level above today. Choose the level each dimension should reach next, for example
        “Defined” everywhere before anything else; the priorities above change as you choose.
      </p>
      <div className="targets__grid">
        {result.dimensions.map((dimension) => {
          if (dimension.status !== 'scored') return null;
          const selectId = `target-${dimension.dimensionId}`;
          const choice = Object.hasOwn(chosen, dimension.dimensionId) ? chosen[dimension.dimensionId] : undefined;
          return (
            <div className="field" key={dimension.dimensionId}>
              <label htmlFor={selectId}>{getDimensionName(bank, dimension.dimensionId)}</label>
              <select
                id={selectId}
                aria-describedby={`${selectId}-today`}
                value={choice === undefined ? '' : String(choice)}
                onChange={(event) => {
                  const level = Number(event.currentTarget.value);
                  setTarget(dimension.dimensionId, event.currentTarget.value !== '' && isMaturityLevel(level) ? level : undefined);
                }}
              >
                <option value="">Default: {formatLevel(bank, getNextLevel(dimension.level))}</option>
                {MATURITY_LEVELS.map((level) => (
                  <option key={level} value={String(level)}>
                    {formatLevel(bank, level)}
                  </option>
                ))}
              </select>
              <p className="field__hint" id={`${selectId}-today`}>
                Today: {formatLevel(bank, dimension.level)}
              </p>
            </div>
          );
        })}
      </div>
      {unscored.length > 0 && (
        <p className="field__hint">
          No target for {unscored.map((dimension) => getDimensionName(bank, dimension.dimensionId)).join(', ')} until it has enough answers for a score.
        </p>
      )}
      {anyChosen && (
        <button type="button" className="button button--secondary" onClick={resetTargets}>
          Reset all targets to the default
        </button>
      )}
    </div>
  );
}
