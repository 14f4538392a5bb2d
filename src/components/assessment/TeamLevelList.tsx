import type { DimensionAggregate } from '../../lib/assessment/aggregate-team-results.ts';
import type { QuestionBank } from '../../lib/assessment/question-bank-schema.ts';
import { describeDimensionLevel, formatLevel, formatValue, getDimensionName } from './labels.ts';

export interface TeamLevelListProps {
  readonly bank: QuestionBank;
  readonly dimensions: readonly DimensionAggregate[];
  readonly headingId: string;
}

/**
 * What the team's level looks like in each dimension, in that dimension's own words. The level is the band
 * of the team median (a median of 2.5 is 2 Emerging), the same level the table above shows.
 */
export function TeamLevelList({ bank, dimensions, headingId }: TeamLevelListProps) {
  return (
    <section aria-labelledby={`${headingId}-levels`}>
      <h3 id={`${headingId}-levels`}>What the team’s level means in each dimension</h3>
      <dl className="level-list">
        {dimensions.map((dimension) => (
          <div key={dimension.dimensionId}>
            <dt>
              {getDimensionName(bank, dimension.dimensionId)}:{' '}
              {dimension.level === undefined ? 'no score' : `${formatLevel(bank, dimension.level)} (median ${formatValue(dimension.summary?.median)})`}
            </dt>
            <dd>
              {dimension.level === undefined
                ? 'Not enough answers: no respondent answered enough of these questions to give a score.'
                : describeDimensionLevel(bank, dimension.dimensionId, dimension.level)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
