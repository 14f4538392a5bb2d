import type { DimensionAggregate } from '../../lib/assessment/aggregate-team-results.ts';
import type { RoleGroup } from '../../lib/assessment/break-down-by-role.ts';
import type { QuestionBank } from '../../lib/assessment/question-bank-schema.ts';
import { formatValue, getDimensionName, ROLE_LABELS } from './labels.ts';
import { GROUP_VARIANTS, RadarChart } from './RadarChart.tsx';
import { TableScroll } from './TableScroll.tsx';

export interface RoleRadarProps {
  readonly bank: QuestionBank;
  readonly dimensions: readonly DimensionAggregate[];
  /** The role groups present, in order (at most six: five roles and "no role given"). */
  readonly roles: readonly RoleGroup[];
  readonly headingId: string;
}

function getRoleMedian(dimension: DimensionAggregate, role: RoleGroup): number | undefined {
  return dimension.byRole.find((group) => group.role === role)?.summary?.median;
}

/** The team radar with one line per role (each its own colour, dash and marker), its legend, and the same figures as a table. */
export function RoleRadar({ bank, dimensions, roles, headingId }: RoleRadarProps) {
  const series = roles.map((role, index) => ({
    name: ROLE_LABELS[role],
    values: dimensions.map((dimension) => getRoleMedian(dimension, role)),
    variant: GROUP_VARIANTS[index % GROUP_VARIANTS.length] ?? 'group-1',
  }));
  const description = roles
    .map((role) => `${ROLE_LABELS[role]}: ${dimensions.map((dimension) => `${getDimensionName(bank, dimension.dimensionId)} ${formatValue(getRoleMedian(dimension, role))}`).join(', ')}`)
    .join('. ');
  return (
    <figure className="radar-figure">
      <RadarChart
        id={`${headingId}-role-radar`}
        axes={bank.dimensions.map((dimension) => dimension.name)}
        title="Radar chart of the median score of each role"
        description={`Median score from 1 to 5 per dimension, one line per role. ${description}. The same figures are in the table below.`}
        series={series}
      />
      <TableScroll label="Median score per dimension by role">
        <table className="dimension-table">
          <caption>Median score per dimension by role (the lines on the chart)</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              {roles.map((role) => (
                <th scope="col" key={role}>
                  {ROLE_LABELS[role]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {dimensions.map((dimension, index) => (
              <tr key={dimension.dimensionId}>
                <th scope="row">
                  {index + 1}. {getDimensionName(bank, dimension.dimensionId)}
                </th>
                {roles.map((role) => (
                  <td className="numeric" key={role}>
                    {formatValue(getRoleMedian(dimension, role))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </figure>
  );
}
