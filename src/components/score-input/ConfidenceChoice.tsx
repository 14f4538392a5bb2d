import { useId } from 'react';
import type { ConfidenceLevel } from '../../lib/metrics/confidence-level.ts';
import { CONFIDENCE_LEVELS } from '../../lib/metrics/confidence-level.ts';

export interface ConfidenceChoiceProps {
  readonly value: ConfidenceLevel;
  readonly onChange: (confidence: ConfidenceLevel) => void;
}

/** 90, 95 or 99% confidence, as a radio group. */
export function ConfidenceChoice({ value, onChange }: ConfidenceChoiceProps) {
  const id = useId();
  return (
    <fieldset className="score-tool__confidence">
      <legend>Confidence level</legend>
      <div className="segmented">
        {CONFIDENCE_LEVELS.map((level) => (
          <label key={level}>
            <input type="radio" name={`${id}-confidence`} value={level} checked={value === level} onChange={() => onChange(level)} />
            {level}%
          </label>
        ))}
      </div>
    </fieldset>
  );
}
