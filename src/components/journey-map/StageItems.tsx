import { useState } from 'react';
import { JOURNEY_LIMITS } from '../../lib/journey/journey-limits';
import type { JourneyMap, Stage } from '../../lib/journey/journey-map-schema';
import { addCustomChannel, addLaneItem, describeLaneChangeError, getChannels, removeLaneItem, updateLaneItem, type ItemLane } from '../../lib/journey/lane-items';
import { getOpportunityPriority } from '../../lib/journey/opportunity-priority';
import { PRIORITY_RULE } from '../../lib/journey/opportunity-priority';
import { DEFAULT_SEVERITY, type Rating, type Severity } from '../../lib/journey/journey-vocabulary';
import { isMaturityDimensionId, MATURITY_DIMENSIONS } from '../../lib/journey/maturity-dimensions';
import { nextJourneyId } from '../../stores/journey-maps';
import { announce } from '../shared/announcer.ts';
import { focusLater } from '../shared/focus-later';
import { EmotionOptions, RatingOptions, readEmotion, readRating, readSeverity, SeverityOptions } from './select-options';

type Change = (change: (map: JourneyMap) => JourneyMap) => void;

export interface ItemsEditorProps {
  readonly map: JourneyMap;
  readonly stage: Stage;
  readonly onChange: Change;
}

/** Add an item to a lane, or say why not; focus its first field. */
function useAddItem(map: JourneyMap, stage: Stage, onChange: Change) {
  const [problem, setProblem] = useState<{ lane: ItemLane; message: string } | undefined>();
  const add = <L extends ItemLane>(lane: L, item: Stage[L][number], focusId: string, what: string) => {
    const result = addLaneItem(map, stage.id, lane, item);
    if (!result.ok) {
      setProblem({ lane, message: describeLaneChangeError(result.error) });
      return;
    }
    setProblem(undefined);
    onChange((current) => {
      const added = addLaneItem(current, stage.id, lane, item);
      return added.ok ? added.value : current;
    });
    announce(`Added ${what}.`);
    focusLater(focusId);
  };
  const remove = (lane: ItemLane, itemId: string, what: string, focusId: string) => {
    onChange((current) => removeLaneItem(current, stage.id, lane, itemId));
    setProblem(undefined);
    announce(`Removed ${what}.`);
    focusLater(focusId);
  };
  return { add, remove, problem };
}

/** "Remove", named after its item for a screen reader ("Remove touchpoint 2"); the name is also what is announced. */
function RemoveItemButton({ what, onRemove }: { readonly what: string; readonly onRemove: (what: string) => void }) {
  return (
    <button type="button" className="button button--secondary jm-small" onClick={() => onRemove(what)}>
      Remove<span className="visually-hidden"> {what}</span>
    </button>
  );
}

export function TouchpointsEditor({ map, stage, onChange }: ItemsEditorProps) {
  const { add, remove, problem } = useAddItem(map, stage, onChange);
  const [channel, setChannel] = useState('');
  const [channelMessage, setChannelMessage] = useState<{ ok: boolean; text: string } | undefined>();
  const channels = getChannels(map);
  const addId = `jm-${stage.id}-add-touchpoint`;
  const addChannel = () => {
    const result = addCustomChannel(map, channel);
    if (!result.ok) {
      setChannelMessage({ ok: false, text: describeLaneChangeError(result.error) });
      return;
    }
    onChange((current) => {
      const added = addCustomChannel(current, channel);
      return added.ok ? added.value : current;
    });
    setChannelMessage({ ok: true, text: `Added “${channel.trim()}” to the channels of this map.` });
    setChannel('');
  };
  return (
    <fieldset className="jm-group">
      <legend>Touchpoints and channels</legend>
      {stage.touchpoints.length === 0 && <p className="field__hint">No touchpoints yet: where does the customer meet you at this stage?</p>}
      <ol className="jm-item-list">
        {stage.touchpoints.map((touchpoint, index) => {
          const base = `jm-${stage.id}-${touchpoint.id}`;
          const options = channels.includes(touchpoint.channel) || touchpoint.channel === '' ? channels : [...channels, touchpoint.channel];
          const update = (change: Partial<typeof touchpoint>) =>
            onChange((current) => updateLaneItem(current, stage.id, 'touchpoints', touchpoint.id, (item) => ({ ...item, ...change })));
          return (
            <li key={touchpoint.id}>
              <fieldset className="jm-item">
                <legend>Touchpoint {index + 1}</legend>
                <div className="jm-item__fields">
                  <div className="field jm-item__wide">
                    <label htmlFor={`${base}-name`}>Touchpoint</label>
                    <input id={`${base}-name`} type="text" value={touchpoint.name} maxLength={JOURNEY_LIMITS.itemText} onChange={(event) => update({ name: event.target.value })} />
                  </div>
                  <div className="field">
                    <label htmlFor={`${base}-channel`}>Channel</label>
                    <select id={`${base}-channel`} value={touchpoint.channel} onChange={(event) => update({ channel: event.target.value })}>
                      <option value="">Not set</option>
                      {options.map((name) => (
                        <option key={name} value={name}>
                          {name}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="field">
                    <label htmlFor={`${base}-owner`}>Owner (team)</label>
                    <input id={`${base}-owner`} type="text" value={touchpoint.owner} maxLength={JOURNEY_LIMITS.owner} onChange={(event) => update({ owner: event.target.value })} />
                  </div>
                  <div className="field">
                    <label htmlFor={`${base}-emotion`}>Emotion here</label>
                    <select id={`${base}-emotion`} value={String(touchpoint.emotion ?? '')} onChange={(event) => update({ emotion: readEmotion(event.target.value) })}>
                      <EmotionOptions />
                    </select>
                  </div>
                </div>
                <RemoveItemButton what={`touchpoint ${String(index + 1)}`} onRemove={(what) => remove('touchpoints', touchpoint.id, what, addId)} />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        id={addId}
        type="button"
        className="button button--secondary"
        onClick={() => {
          const id = nextJourneyId();
          add('touchpoints', { id, name: '', channel: '', owner: '', emotion: null }, `jm-${stage.id}-${id}-name`, 'a touchpoint');
        }}
      >
        Add touchpoint
      </button>
      {problem?.lane === 'touchpoints' && <p className="field__error" role="alert">{problem.message}</p>}
      <div className="jm-channel-add">
        <div className="field">
          <label htmlFor={`jm-${stage.id}-new-channel`}>Add a channel to the list</label>
          <p className="field__hint" id={`jm-${stage.id}-new-channel-hint`}>
            The list has {channels.join(', ')}.
          </p>
          <div className="jm-inline">
            <input
              id={`jm-${stage.id}-new-channel`}
              type="text"
              value={channel}
              maxLength={JOURNEY_LIMITS.channel}
              aria-describedby={`jm-${stage.id}-new-channel-hint`}
              onChange={(event) => setChannel(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  addChannel();
                }
              }}
            />
            <button type="button" className="button button--secondary" onClick={addChannel}>
              Add channel
            </button>
          </div>
        </div>
        {channelMessage && (
          <p className={channelMessage.ok ? 'jm-status' : 'field__error'} role="status">
            {channelMessage.text}
          </p>
        )}
      </div>
    </fieldset>
  );
}

/** A pain point's severity gives a first guess at the impact of fixing it. */
const IMPACT_FROM_SEVERITY: Record<Severity, Rating> = { low: 2, medium: 3, high: 4, critical: 5 };

export function PainPointsEditor({ map, stage, onChange }: ItemsEditorProps) {
  const { add, remove, problem } = useAddItem(map, stage, onChange);
  const addId = `jm-${stage.id}-add-pain`;
  return (
    <fieldset className="jm-group">
      <legend>Pain points</legend>
      {stage.painPoints.length === 0 && <p className="field__hint">No pain points yet: what goes wrong or annoys the customer here?</p>}
      <ol className="jm-item-list">
        {stage.painPoints.map((pain, index) => {
          const base = `jm-${stage.id}-${pain.id}`;
          const update = (change: Partial<typeof pain>) =>
            onChange((current) => updateLaneItem(current, stage.id, 'painPoints', pain.id, (item) => ({ ...item, ...change })));
          return (
            <li key={pain.id}>
              <fieldset className="jm-item">
                <legend>Pain point {index + 1}</legend>
                <div className="jm-item__fields">
                  <div className="field jm-item__wide">
                    <label htmlFor={`${base}-text`}>Pain point</label>
                    <input id={`${base}-text`} type="text" value={pain.text} maxLength={JOURNEY_LIMITS.itemText} onChange={(event) => update({ text: event.target.value })} />
                  </div>
                  <div className="field">
                    <label htmlFor={`${base}-severity`}>Severity</label>
                    <select id={`${base}-severity`} value={String(pain.severity)} onChange={(event) => update({ severity: readSeverity(event.target.value, pain.severity) })}>
                      <SeverityOptions />
                    </select>
                  </div>
                </div>
                <div className="jm-inline">
                  <button
                    type="button"
                    className="button button--secondary jm-small"
                    onClick={() => {
                      const id = nextJourneyId();
                      add(
                        'opportunities',
                        { id, text: pain.text.trim() === '' ? '' : `Fix: ${pain.text.trim()}`.slice(0, JOURNEY_LIMITS.itemText), owner: '', impact: IMPACT_FROM_SEVERITY[pain.severity], effort: 3 },
                        `jm-${stage.id}-${id}-text`,
                        `an opportunity from pain point ${String(index + 1)}`,
                      );
                    }}
                  >
                    Turn into an opportunity<span className="visually-hidden"> (pain point {index + 1})</span>
                  </button>
                  <RemoveItemButton what={`pain point ${String(index + 1)}`} onRemove={(what) => remove('painPoints', pain.id, what, addId)} />
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        id={addId}
        type="button"
        className="button button--secondary"
        onClick={() => {
          const id = nextJourneyId();
          add('painPoints', { id, text: '', severity: DEFAULT_SEVERITY }, `jm-${stage.id}-${id}-text`, 'a pain point');
        }}
      >
        Add pain point
      </button>
      {(problem?.lane === 'painPoints' || problem?.lane === 'opportunities') && (
        <p className="field__error" role="alert">
          {problem.message}
        </p>
      )}
    </fieldset>
  );
}

export function OpportunitiesEditor({ map, stage, onChange }: ItemsEditorProps) {
  const { add, remove, problem } = useAddItem(map, stage, onChange);
  const addId = `jm-${stage.id}-add-opportunity`;
  return (
    <fieldset className="jm-group">
      <legend>Opportunities</legend>
      <p className="field__hint">
        Impact and effort from 1 (very low) to 5 (very high); {PRIORITY_RULE}, so high impact for little effort comes first.
      </p>
      <ol className="jm-item-list">
        {stage.opportunities.map((opportunity, index) => {
          const base = `jm-${stage.id}-${opportunity.id}`;
          const update = (change: Partial<typeof opportunity>) =>
            onChange((current) => updateLaneItem(current, stage.id, 'opportunities', opportunity.id, (item) => ({ ...item, ...change })));
          return (
            <li key={opportunity.id}>
              <fieldset className="jm-item">
                <legend>
                  Opportunity {index + 1}{' '}
                  <span className="jm-priority">priority {getOpportunityPriority(opportunity.impact, opportunity.effort)}</span>
                </legend>
                <div className="jm-item__fields">
                  <div className="field jm-item__wide">
                    <label htmlFor={`${base}-text`}>Opportunity</label>
                    <input id={`${base}-text`} type="text" value={opportunity.text} maxLength={JOURNEY_LIMITS.itemText} onChange={(event) => update({ text: event.target.value })} />
                  </div>
                  <div className="field">
                    <label htmlFor={`${base}-owner`}>Owner (team)</label>
                    <input id={`${base}-owner`} type="text" value={opportunity.owner} maxLength={JOURNEY_LIMITS.owner} onChange={(event) => update({ owner: event.target.value })} />
                  </div>
                  <div className="field">
                    <label htmlFor={`${base}-impact`}>Impact</label>
                    <select id={`${base}-impact`} value={String(opportunity.impact)} onChange={(event) => update({ impact: readRating(event.target.value, opportunity.impact) })}>
                      <RatingOptions />
                    </select>
                  </div>
                  <div className="field">
                    <label htmlFor={`${base}-effort`}>Effort</label>
                    <select id={`${base}-effort`} value={String(opportunity.effort)} onChange={(event) => update({ effort: readRating(event.target.value, opportunity.effort) })}>
                      <RatingOptions />
                    </select>
                  </div>
                  <div className="field jm-item__wide">
                    <label htmlFor={`${base}-dimension`}>Improves maturity dimension</label>
                    <select
                      id={`${base}-dimension`}
                      value={opportunity.dimension ?? ''}
                      onChange={(event) => {
                        const dimension = event.target.value;
                        onChange((current) =>
                          updateLaneItem(current, stage.id, 'opportunities', opportunity.id, ({ dimension: _old, ...item }) =>
                            isMaturityDimensionId(dimension) ? { ...item, dimension } : item,
                          ),
                        );
                      }}
                    >
                      <option value="">None</option>
                      {MATURITY_DIMENSIONS.map((dimension) => (
                        <option key={dimension.id} value={dimension.id}>
                          {dimension.name}
                        </option>
                      ))}
                    </select>
                  </div>
                </div>
                <RemoveItemButton what={`opportunity ${String(index + 1)}`} onRemove={(what) => remove('opportunities', opportunity.id, what, addId)} />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        id={addId}
        type="button"
        className="button button--secondary"
        onClick={() => {
          const id = nextJourneyId();
          add('opportunities', { id, text: '', owner: '', impact: 3, effort: 3 }, `jm-${stage.id}-${id}-text`, 'an opportunity');
        }}
      >
        Add opportunity
      </button>
      {problem?.lane === 'opportunities' && (
        <p className="field__error" role="alert">
          {problem.message}
        </p>
      )}
    </fieldset>
  );
}
