import { LEVEL_LOWER_EDGES, MATURITY_LEVELS } from '../../lib/assessment/maturity-level.ts';
import type { QuestionBank } from '../../lib/assessment/question-bank-schema.ts';
import { TOP_PRIORITY_COUNT } from '../../lib/assessment/score-assessment.ts';
import { MAX_NOT_APPLICABLE_PER_DIMENSION } from '../../lib/assessment/validate-answer-set.ts';
import { getLevelInfo } from './labels.ts';

/** The scoring rules in words, with the cut-offs read from the library so the text cannot drift from it. */
export function HowWeScore({ bank, headingLevel = 3 }: { readonly bank: QuestionBank; readonly headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="how-we-score" aria-labelledby="how-we-score-heading">
      <Heading id="how-we-score-heading">How we score</Heading>
      <ul>
        <li>
          Each answer describes practice at one level and scores 1 to 5. “Don’t know”, “Not applicable” and unanswered
          questions score nothing and are left out. “Not applicable” needs a reason, at most {MAX_NOT_APPLICABLE_PER_DIMENSION} per
          dimension.
        </li>
        <li>
          A dimension’s score is the mean of its answered questions, rounded to two decimals. If more than half of its
          applicable questions are “Don’t know” or unanswered, it shows “not enough answers” instead of a score.
        </li>
        <li>
          Scores fall into levels:{' '}
          {MATURITY_LEVELS.map((level, index) => {
            const next = MATURITY_LEVELS[index + 1];
            const name = getLevelInfo(bank, level).name;
            return next === undefined
              ? `${LEVEL_LOWER_EDGES[level]} and above ${name}.`
              : `below ${LEVEL_LOWER_EDGES[next]} ${name}; `;
          })}
        </li>
        <li>
          The overall score is the mean of the dimension scores. The overall level is that score’s level, but at most one
          level above your weakest dimension: foundations come first. With more than half the dimensions unscored there is
          no overall level.
        </li>
        <li>
          Each scored dimension has a target level: one level above today unless you choose another. Priorities are the
          dimensions below target, largest gap in levels first; ties go to the dimension a team disagrees on most, then
          to the lower score, then to the order of the dimensions. The top {TOP_PRIORITY_COUNT} come with advice.
        </li>
        <li>
          Strengths are the dimensions at or above their target; if there are none, your highest scores, provided they
          stand above your lowest.
        </li>
      </ul>
      <p>
        The <a href="/guides/cx-maturity/">CX maturity guide</a> explains the model and works through an example.
      </p>
    </section>
  );
}
