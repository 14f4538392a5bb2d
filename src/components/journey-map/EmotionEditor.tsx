import { adoptExampleEmotions, getStageEmotion, setStageEmotion } from '../../lib/journey/lane-items';
import type { JourneyMap, Stage } from '../../lib/journey/journey-map-schema';
import { CURVE_KIND_LABELS, CURVE_KINDS } from '../../lib/journey/journey-vocabulary';
import type { ResolvedPersona } from '../../lib/journey/map-personas';
import { announce } from '../shared/announcer.ts';
import { focusLater } from '../shared/focus-later';
import { EmotionOptions, readEmotion } from './select-options';

export interface EmotionEditorProps {
  readonly stage: Stage;
  readonly personas: readonly ResolvedPersona[];
  readonly onChange: (change: (map: JourneyMap) => JourneyMap) => void;
}

/** How each persona feels at this stage, as is and to be. */
export function EmotionEditor({ stage, personas, onChange }: EmotionEditorProps) {
  return (
    <fieldset className="jm-group">
      <legend>Emotion at this stage</legend>
      <p className="field__hint">−2 very negative to +2 very positive. “To be” is how the team wants it to feel after the changes.</p>
      {stage.emotionIsExample === true && (
        <div className="notice jm-example-notice">
          <p>
            The “as is” score here is the template’s <strong>example</strong>, not data about your customers. Change it to what your research
            shows, or keep it as your team’s estimate.
          </p>
          <button type="button" className="button button--secondary jm-small" onClick={() => {
              onChange((map) => adoptExampleEmotions(map, stage.id));
              announce('The example score is now your team’s estimate.');
              const first = personas[0];
              if (first) focusLater(`jm-${stage.id}-emotion-${first.ref.key}-as-is`);
            }}
          >
            Keep it as our estimate
          </button>
        </div>
      )}
      <div className="jm-emotion-grid">
        {personas.map((persona) =>
          CURVE_KINDS.map((curve) => {
            const id = `jm-${stage.id}-emotion-${persona.ref.key}-${curve}`;
            return (
              <div className="field" key={`${persona.ref.key}-${curve}`}>
                <label htmlFor={id}>
                  {persona.name}, {CURVE_KIND_LABELS[curve].toLowerCase()}
                </label>
                <select
                  id={id}
                  value={String(getStageEmotion(stage, persona.ref.key, curve) ?? '')}
                  onChange={(event) => {
                    const score = readEmotion(event.target.value);
                    onChange((map) => setStageEmotion(map, stage.id, persona.ref.key, curve, score));
                  }}
                >
                  <EmotionOptions />
                </select>
              </div>
            );
          }),
        )}
      </div>
    </fieldset>
  );
}
