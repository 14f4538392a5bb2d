import type { ReactNode } from 'react';
import { getAnswer, type AnswerSet } from '../../lib/assessment/answer-set.ts';
import { getGuideHref } from '../../lib/assessment/guide-slug.ts';
import type { MaturityLevel } from '../../lib/assessment/maturity-level.ts';
import { getDimensionQuestions } from '../../lib/assessment/questions-in-mode.ts';
import type { QuestionBank } from '../../lib/assessment/question-bank-schema.ts';
import type { AssessmentResult } from '../../lib/assessment/score-assessment.ts';
import type { AnswerCounts, DimensionScore } from '../../lib/assessment/score-dimension.ts';
import { PriorityNextSteps } from './PriorityNextSteps.tsx';
import { HowWeScore } from './HowWeScore.tsx';
import { describeAnswered, describeDimensionLevel, findDimension, formatLevel, formatScore, getDimensionName, getGuideTitle, getLevelInfo, plural } from './labels.ts';
import { RadarChart } from './RadarChart.tsx';
import { TableScroll } from './TableScroll.tsx';
import { PictureExportButtons } from '../shared/PictureExportButtons.tsx';

export interface AssessmentResultsProps {
  readonly bank: QuestionBank;
  readonly result: AssessmentResult;
  readonly answerSet: AnswerSet;
  readonly guideTitles: Readonly<Record<string, string>>;
  /** Id of the results heading, which receives focus when results appear. */
  readonly headingId: string;
  readonly heading: string;
  /** A line under the heading: mode, date, answers. */
  readonly meta: ReactNode;
  /** For the person's own results: opens the questions of a dimension. */
  readonly onAnswerDimension?: ((step: number) => void) | undefined;
  /** Shown after the priorities (the person's own targets editor). */
  readonly targetsEditor?: ReactNode;
  /** False for results from a link or a file (perhaps someone else's): the words say "the", not "your". Default true. */
  readonly own?: boolean;
}

/** A dimension's answers in the top line's words: "3 of 4 questions answered, 1 of them “Don’t know”". */
function describeCounts(counts: AnswerCounts): string {
  return describeAnswered({ ...counts, answered: counts.asked - counts.unanswered });
}

/** Why a dimension has no score, and how many more answers would give it one. */
function describeNoScore(result: Extract<DimensionScore, { status: 'not-enough-answers' }>): string {
  if (result.reason === 'all-not-applicable') return 'Not enough answers: its only question was marked not applicable.';
  const applicable = result.counts.asked - result.counts.notApplicable;
  const needed = Math.ceil(applicable / 2);
  return `Not enough answers: ${describeCounts(result.counts)}. Answer at least ${plural(needed, 'question')} with one of the practices to get a score.`;
}

function getTarget(result: AssessmentResult, dimensionId: string): MaturityLevel | undefined {
  return Object.hasOwn(result.targets, dimensionId) ? result.targets[dimensionId] : undefined;
}

/** Summarises the figures for the chart's description. */
function describeChart(bank: QuestionBank, result: AssessmentResult): string {
  const parts = result.dimensions.map((dimension) => {
    const name = getDimensionName(bank, dimension.dimensionId);
    if (dimension.status !== 'scored') return `${name}: not enough answers`;
    const target = getTarget(result, dimension.dimensionId);
    return `${name}: ${formatScore(dimension.score)}, ${getLevelInfo(bank, dimension.level).name}${target === undefined ? '' : `, target ${getLevelInfo(bank, target).name}`}`;
  });
  return `Scores from 1 to 5 on each dimension, today and target. ${parts.join('; ')}. The same figures are in the table below.`;
}

/** A sentence for screen readers when results appear. */
export function describeResultsForAnnouncement(bank: QuestionBank, result: AssessmentResult): string {
  const overall =
    result.overall.status === 'scored'
      ? `Overall level ${formatLevel(bank, result.overall.level)}, score ${formatScore(result.overall.score)}.`
      : 'Not enough answers for an overall level.';
  const first = result.priorities[0];
  return `Results ready. ${overall}${first === undefined ? '' : ` First priority: ${getDimensionName(bank, first.dimensionId)}.`}`;
}

function OverallSummary({ bank, result, own }: { readonly bank: QuestionBank; readonly result: AssessmentResult; readonly own: boolean }) {
  const { overall } = result;
  if (overall.status !== 'scored') {
    return (
      <div className="overall overall--unscored">
        <p className="overall__label">Overall level</p>
        <p className="overall__level">Not enough answers</p>
        <p>
          {overall.unscoredDimensionIds.length} of {result.dimensions.length} dimensions have no score, which is more than half, so
          there is no overall level. Answer more questions in:{' '}
          {overall.unscoredDimensionIds.map((id) => getDimensionName(bank, id)).join(', ')}.
        </p>
      </div>
    );
  }
  const info = getLevelInfo(bank, overall.level);
  return (
    <div className="overall">
      <p className="overall__label">Overall level</p>
      <p className="overall__level">
        <span className="overall__number">{overall.level}</span> {info.name}
      </p>
      <p className="overall__score">
        Overall score <strong>{formatScore(overall.score)}</strong> of 5, the mean of {plural(overall.scoredDimensionIds.length, 'dimension score')}.
      </p>
      <p>{info.description}</p>
      {overall.cap.applied && (
        <p className="notice">
          {own ? 'Your score alone would put you' : 'The score alone would put it'} at {formatLevel(bank, overall.cap.uncappedLevel)}, but the overall
          level is at most one above {own ? 'your' : 'its'} weakest {overall.cap.weakestDimensionIds.length === 1 ? 'dimension' : 'dimensions'} (
          {overall.cap.weakestDimensionIds.map((id) => getDimensionName(bank, id)).join(', ')}: {formatLevel(bank, overall.cap.weakestLevel)}).
          Foundations come first.
        </p>
      )}
      {overall.unscoredDimensionIds.length > 0 && (
        <p className="field__hint">
          Not scored (not enough answers): {overall.unscoredDimensionIds.map((id) => getDimensionName(bank, id)).join(', ')}.
        </p>
      )}
    </div>
  );
}

/** Everything a finished assessment shows: overall level, chart and table, priorities, strengths, levels, rules. */
export function AssessmentResults({
  bank,
  result,
  answerSet,
  guideTitles,
  headingId,
  heading,
  meta,
  onAnswerDimension,
  targetsEditor,
  own = true,
}: AssessmentResultsProps) {
  const your = own ? 'your' : 'the';
  const axes = bank.dimensions.map((dimension) => dimension.name);
  const todayValues = result.dimensions.map((dimension) => (dimension.status === 'scored' ? dimension.score : undefined));
  const targetValues = result.dimensions.map((dimension) => getTarget(result, dimension.dimensionId));
  const unanswered = bank.dimensions.flatMap((dimension, step) => {
    const missing = getDimensionQuestions(dimension, answerSet.mode).filter((question) => getAnswer(answerSet, question.id) === undefined);
    return missing.length === 0 ? [] : [{ dimension, step, missing }];
  });

  return (
    <div className="assessment-results results">
      <h2 id={headingId} tabIndex={-1} className="assessment-results__heading">
        {heading}
      </h2>
      <p className="assessment-results__meta">{meta}</p>

      <OverallSummary bank={bank} result={result} own={own} />

      <section aria-labelledby={`${headingId}-dimensions`}>
        <h3 id={`${headingId}-dimensions`}>{own ? 'Your' : 'The'} profile across the eight dimensions</h3>
        <figure className="radar-figure">
          <RadarChart
            id={`${headingId}-radar`}
            axes={axes}
            title={`Radar chart of ${your} scores and targets`}
            description={describeChart(bank, result)}
            series={[
              { name: 'Today', values: todayValues, variant: 'today' },
              { name: 'Target', values: targetValues, variant: 'target' },
            ]}
          />
          <figcaption className="visually-hidden">The table below gives the same figures.</figcaption>
        </figure>
        <TableScroll label="Scores per dimension">
          <table className="dimension-table">
            <caption>Score, level and target per dimension</caption>
            <thead>
              <tr>
                <th scope="col">Dimension</th>
                <th scope="col">Score</th>
                <th scope="col">Level</th>
                <th scope="col">Target</th>
                <th scope="col">Answers</th>
              </tr>
            </thead>
            <tbody>
              {result.dimensions.map((dimension, index) => {
                const target = getTarget(result, dimension.dimensionId);
                return (
                  <tr key={dimension.dimensionId}>
                    <th scope="row">
                      {index + 1}. {getDimensionName(bank, dimension.dimensionId)}
                    </th>
                    <td className="numeric">{dimension.status === 'scored' ? formatScore(dimension.score) : '–'}</td>
                    <td>{dimension.status === 'scored' ? formatLevel(bank, dimension.level) : 'Not enough answers'}</td>
                    <td>{target === undefined ? '–' : formatLevel(bank, target)}</td>
                    <td>{describeCounts(dimension.counts)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
        <PictureExportButtons title={`Assessment: ${heading}`} parts=".assessment-results__heading, .assessment-results__meta, .overall, .radar-figure, .dimension-table" within=".assessment-results" />
      </section>

      <section aria-labelledby={`${headingId}-priorities`}>
        <h3 id={`${headingId}-priorities`}>What to do first</h3>
        {result.priorities.length === 0 ? (
          <p>
            No scored dimension is below its target
            {result.dimensions.some((dimension) => dimension.status === 'scored') ? '.' : ': none has enough answers to be scored yet.'}
          </p>
        ) : (
          <ol className="priorities">
            {result.priorities.map((priority) => {
              const dimension = findDimension(bank, priority.dimensionId);
              return (
                <li key={priority.dimensionId} className="priority">
                  <h4>
                    <span className="priority__rank">{priority.rank}.</span> {dimension?.name ?? priority.dimensionId}
                  </h4>
                  <p className="priority__gap">
                    Today {formatLevel(bank, priority.currentLevel)} ({formatScore(priority.score)}), target {formatLevel(bank, priority.targetLevel)}:{' '}
                    {plural(priority.levelGap, 'level')} to go, {formatScore(priority.scoreGap)} below where{' '}
                    {getLevelInfo(bank, priority.targetLevel).name} begins.
                  </p>
                  {priority.advice.length > 0 && (
                    <ul className="advice">
                      {priority.advice.map((advice) => (
                        <li key={advice.questionId}>
                          <p className="advice__prompt">{advice.prompt}</p>
                          <p className="advice__answer">
                            You said: <q>{advice.answerText}</q>
                          </p>
                          <p className="advice__next">
                            <strong>Next: </strong>
                            {advice.advice}
                          </p>
                        </li>
                      ))}
                    </ul>
                  )}
                  {priority.guides.length > 0 && (
                    <p className="priority__guides">
                      Read:{' '}
                      {priority.guides.map((slug, index) => (
                        <span key={slug}>
                          {index > 0 && ', '}
                          <a href={getGuideHref(slug)}>{getGuideTitle(guideTitles, slug)}</a>
                        </span>
                      ))}
                    </p>
                  )}
                  <PriorityNextSteps dimensionId={priority.dimensionId} dimensionName={dimension?.name ?? priority.dimensionId} />
                </li>
              );
            })}
          </ol>
        )}
        {result.otherGaps.length > 0 && (
          <p>
            Also below target:{' '}
            {result.otherGaps
              .map((gap) => `${getDimensionName(bank, gap.dimensionId)} (${getLevelInfo(bank, gap.currentLevel).name} → ${getLevelInfo(bank, gap.targetLevel).name})`)
              .join('; ')}
            .
          </p>
        )}
        {targetsEditor}
      </section>

      <section aria-labelledby={`${headingId}-strengths`}>
        <h3 id={`${headingId}-strengths`}>Strengths to build on</h3>
        {result.strengths.length === 0 ? (
          <p>No dimension stands out yet: {your} scores are even, or too few are scored.</p>
        ) : (
          <ul>
            {result.strengths.map((strength) => (
              <li key={strength.dimensionId}>
                <strong>{getDimensionName(bank, strength.dimensionId)}</strong>: {formatLevel(bank, strength.level)} ({formatScore(strength.score)}),{' '}
                {strength.reason === 'target-met' ? 'at or above its target' : `among ${your} highest scores`}.
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby={`${headingId}-levels`}>
        <h3 id={`${headingId}-levels`}>What {your} level means in each dimension</h3>
        <dl className="level-list">
          {result.dimensions.map((dimension) => (
            <div key={dimension.dimensionId}>
              <dt>
                {getDimensionName(bank, dimension.dimensionId)}:{' '}
                {dimension.status === 'scored' ? `${formatLevel(bank, dimension.level)} (${formatScore(dimension.score)})` : 'no score'}
              </dt>
              <dd>{dimension.status === 'scored' ? describeDimensionLevel(bank, dimension.dimensionId, dimension.level) : describeNoScore(dimension)}</dd>
            </div>
          ))}
        </dl>
      </section>

      {unanswered.length > 0 && (
        <section aria-labelledby={`${headingId}-unanswered`}>
          <h3 id={`${headingId}-unanswered`}>Unanswered questions</h3>
          <p>{plural(unanswered.reduce((sum, entry) => sum + entry.missing.length, 0), 'question')} left unanswered:</p>
          <ul className="unanswered-list">
            {unanswered.map(({ dimension, step, missing }) => (
              <li key={dimension.id}>
                <strong>{dimension.name}</strong>: {missing.map((question) => question.prompt).join(' ')}{' '}
                {onAnswerDimension !== undefined && (
                  <button type="button" className="link-button" data-print-hidden onClick={() => onAnswerDimension(step)}>
                    Answer {missing.length === 1 ? 'it' : 'them'}
                    {' '}<span className="visually-hidden">({dimension.name})</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <HowWeScore bank={bank} />
    </div>
  );
}
