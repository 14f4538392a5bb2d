import type { CSSProperties } from 'react';
import type { EmotionCurve } from '../../lib/journey/emotion-curve';
import type { JourneyMap } from '../../lib/journey/journey-map-schema';
import { LANE_LABELS, LANES } from '../../lib/journey/journey-vocabulary';
import { getStageLabel } from '../../lib/journey/stage-operations';
import { LaneCell } from './LaneCell';
import { ScrollFrame } from './ScrollFrame';

export interface JourneyCanvasProps {
  readonly map: JourneyMap;
  readonly curves: readonly EmotionCurve[];
  /** Open a stage in the editor. */
  readonly onEditStage: (stageId: string) => void;
}

/**
 * The map as a wall of columns (stages) and rows (lanes), read row by row. Wide maps scroll sideways inside
 * their own focusable region, so the page never does; the table view holds the same content as a table.
 */
export function JourneyCanvas({ map, curves, onEditStage }: JourneyCanvasProps) {
  const columns = `minmax(7.5rem, 9rem) repeat(${String(map.stages.length)}, minmax(12rem, 1fr))`;
  return (
    <ScrollFrame className="jm-canvas-scroll" label="Journey map canvas (scrolls sideways)">
      <div className="jm-canvas" style={{ gridTemplateColumns: columns, '--jm-stage-count': String(map.stages.length) } as CSSProperties}>
        <div className="jm-canvas__corner">Stage</div>
        {map.stages.map((stage, index) => (
          <div key={stage.id} className="jm-canvas__stage">
            <span className="jm-canvas__number" aria-hidden="true">
              {index + 1}
            </span>
            <h3 className="jm-canvas__stage-name">
              <span className="visually-hidden">Stage {index + 1}: </span>
              {getStageLabel(stage, index)}
            </h3>
            <button type="button" className="jm-link-button" data-print-hidden onClick={() => onEditStage(stage.id)}>
              Edit<span className="visually-hidden"> stage {getStageLabel(stage, index)}</span>
            </button>
          </div>
        ))}
        {LANES.map((lane) => [
          <div key={`${lane}-label`} className={`jm-canvas__lane jm-canvas__lane--${lane}`}>
            {LANE_LABELS[lane]}
          </div>,
          ...map.stages.map((stage, index) => (
            <div key={`${lane}-${stage.id}`} className={`jm-canvas__cell jm-canvas__cell--${lane}`}>
              <span className="visually-hidden">
                {LANE_LABELS[lane]}, {getStageLabel(stage, index)}:{' '}
              </span>
              <LaneCell stage={stage} stageIndex={index} lane={lane} curves={curves} />
            </div>
          )),
        ])}
      </div>
    </ScrollFrame>
  );
}
