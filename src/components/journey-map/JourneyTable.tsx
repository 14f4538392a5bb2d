import type { EmotionCurve } from '../../lib/journey/emotion-curve';
import type { JourneyMap } from '../../lib/journey/journey-map-schema';
import { LANE_LABELS, LANES } from '../../lib/journey/journey-vocabulary';
import { getStageLabel } from '../../lib/journey/stage-operations';
import { LaneCell } from './LaneCell';

/**
 * The whole map as a data table: stages as columns, lanes as rows, the same content as the canvas. It is also
 * what prints (in canvas view too, `printOnly`: hidden on screen and from assistive technology): its <thead>
 * repeats the stage names at the top of every printed page.
 */
export function JourneyTable({ map, curves, printOnly = false }: { readonly map: JourneyMap; readonly curves: readonly EmotionCurve[]; readonly printOnly?: boolean }) {
  return (
    <div className="jm-table-scroll jm-print-table" role="region" aria-labelledby="jm-table-caption" tabIndex={printOnly ? -1 : 0} hidden={printOnly}>
      <table className="jm-table">
        <caption id="jm-table-caption">
          Journey map: {map.scenario.trim() || 'untitled scenario'}, {map.stages.length} {map.stages.length === 1 ? 'stage' : 'stages'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Lane</th>
            {map.stages.map((stage, index) => (
              <th key={stage.id} scope="col">
                <span className="jm-table__number">{index + 1}.</span> {getStageLabel(stage, index)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {LANES.map((lane) => (
            <tr key={lane}>
              <th scope="row">{LANE_LABELS[lane]}</th>
              {map.stages.map((stage, index) => (
                <td key={stage.id}>
                  <LaneCell stage={stage} stageIndex={index} lane={lane} curves={curves} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
