import { useState } from 'react';
import type { DimensionAggregate, QuestionAggregate } from '../../lib/assessment/aggregate-team-results.ts';
import type { RoleBreakdown, RoleGroup } from '../../lib/assessment/break-down-by-role.ts';
import { getGuideHref } from '../../lib/assessment/guide-slug.ts';
import type { QuestionBank } from '../../lib/assessment/question-bank-schema.ts';
import { TOP_PRIORITY_COUNT } from '../../lib/assessment/score-assessment.ts';
import { DISAGREEMENT_SPREAD, type ValueSummary } from '../../lib/assessment/value-summary.ts';
import type { TeamView } from '../../stores/assessment-team.ts';
import {
  describeAnswerKinds,
  findDimension,
  findQuestion,
  formatLevel,
  formatValue,
  getDimensionName,
  getGuideTitle,
  plural,
  ROLE_LABELS,
} from './labels.ts';
import { DiscussFirst } from './DiscussFirst.tsx';
import { countTeamAnswerKinds } from '../../lib/assessment/count-answer-kinds.ts';
import { RadarChart } from './RadarChart.tsx';
import { RoleRadar } from './RoleRadar.tsx';
import { TableScroll } from './TableScroll.tsx';
import { PictureExportButtons } from '../shared/PictureExportButtons.tsx';
import { TeamLevelList } from './TeamLevelList.tsx';

export interface TeamResultsProps {
  readonly bank: QuestionBank;
  readonly view: TeamView;
  readonly guideTitles: Readonly<Record<string, string>>;
  readonly headingId: string;
  readonly heading: string;
}

type Breakdown = 'all' | 'role';

function describeRange(summary: ValueSummary | undefined): string {
  if (summary === undefined) return '–';
  return summary.min === summary.max ? formatValue(summary.min) : `${formatValue(summary.min)}–${formatValue(summary.max)}`;
}

/** How far apart respondents' scores on a dimension are, when there are two or more to compare. */
function describeSpread(summary: ValueSummary | undefined): string {
  if (summary === undefined || summary.count < 2) return ' Only one respondent has a score here, so there is no spread to compare.';
  return summary.spread === 0
    ? ` All ${summary.count} respondents’ scores agree.`
    : ` Individual scores are ${formatValue(summary.spread)} ${summary.spread === 1 ? 'point' : 'points'} apart (${formatValue(summary.min)} to ${formatValue(summary.max)}).`;
}

function DisagreementFlag({ flagged }: { readonly flagged: boolean }) {
  return flagged ? (
    <span className="flag">
      <svg aria-hidden="true" width="14" height="14" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.5">
        <path d="M12 3 2 21h20L12 3zM12 10v5M12 18v.5" />
      </svg>
      Disagree
    </span>
  ) : (
    <span className="flag flag--none">No</span>
  );
}

function getRoleGroups(dimensions: readonly DimensionAggregate[]): readonly RoleGroup[] {
  const first = dimensions[0];
  return first === undefined ? [] : first.byRole.map((group) => group.role);
}

function RoleCell({ byRole, role }: { readonly byRole: readonly RoleBreakdown[]; readonly role: RoleGroup }) {
  const summary = byRole.find((group) => group.role === role)?.summary;
  return (
    <td className="numeric">
      {summary === undefined ? '–' : `${formatValue(summary.median)} (${describeRange(summary)}; n=${summary.count})`}
    </td>
  );
}

function QuestionTable({
  bank,
  dimension,
  breakdown,
  roles,
}: {
  readonly bank: QuestionBank;
  readonly dimension: DimensionAggregate;
  readonly breakdown: Breakdown;
  readonly roles: readonly RoleGroup[];
}) {
  const name = getDimensionName(bank, dimension.dimensionId);
  const rows = dimension.questions.filter((question) => question.asked > 0);
  if (rows.length === 0) return <p>Nobody was asked these questions (quick assessments ask one per dimension).</p>;
  return (
    <TableScroll label={`Questions in ${name}`}>
      <table className="team-question-table">
        <caption className="visually-hidden">Answers per question in {name}</caption>
        <thead>
          <tr>
            <th scope="col">Question</th>
            {breakdown === 'all' ? (
              <>
                <th scope="col">Median</th>
                <th scope="col">Range</th>
                <th scope="col">Answered</th>
                <th scope="col">Don’t know / N/A / blank</th>
                <th scope="col">Disagreement</th>
              </>
            ) : (
              roles.map((role) => (
                <th scope="col" key={role}>
                  {ROLE_LABELS[role]}
                </th>
              ))
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((question: QuestionAggregate) => (
            <tr key={question.questionId} className={question.disagreement ? 'row--flagged' : undefined}>
              <th scope="row">{findQuestion(bank, question.questionId)?.prompt ?? question.questionId}</th>
              {breakdown === 'all' ? (
                <>
                  <td className="numeric">{formatValue(question.summary?.median)}</td>
                  <td className="numeric">{describeRange(question.summary)}</td>
                  <td className="numeric">
                    {question.summary?.count ?? 0} of {question.asked}
                  </td>
                  <td className="numeric">
                    {question.dontKnow} / {question.notApplicable} / {question.unanswered}
                  </td>
                  <td>
                    <DisagreementFlag flagged={question.disagreement} />
                  </td>
                </>
              ) : (
                roles.map((role) => <RoleCell key={role} byRole={question.byRole} role={role} />)
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Combined results of several respondents: where they agree, where they disagree, and what to do first. */
export function TeamResults({ bank, view, guideTitles, headingId, heading }: TeamResultsProps) {
  const [breakdown, setBreakdown] = useState<Breakdown>('all');
  const [lines, setLines] = useState<'team' | 'role'>('team');
  const { team } = view;
  const roles = getRoleGroups(team.dimensions);
  const hasRoles = roles.length > 0;
  const shownBreakdown: Breakdown = hasRoles ? breakdown : 'all';
  const shownLines = hasRoles ? lines : 'team';
  const counted = team.countedRespondents;
  const topPriorities = view.priorities.slice(0, TOP_PRIORITY_COUNT);
  const otherPriorities = view.priorities.slice(TOP_PRIORITY_COUNT);

  return (
    <section className="team-results results" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {heading}
      </h2>
      <p>
        {plural(counted, 'respondent')} counted
        {team.duplicates.length > 0 ? `; ${plural(team.duplicates.length, 'repeat')} left out (see the list of respondents)` : ''}. Across
        everyone: {describeAnswerKinds(countTeamAnswerKinds(team))}. Each
        figure is the median and range of the respondents who gave an answer; “Don’t know”, “Not applicable” and blanks are
        left out and counted separately. Answers that span {DISAGREEMENT_SPREAD} or more levels are flagged as disagreement.
      </p>
      {counted < 2 && <p className="notice">Add at least two respondents to see where people agree and disagree.</p>}

      <DiscussFirst bank={bank} items={view.discussFirst} members={team.members} headingId={headingId} counted={counted} />

      <section aria-labelledby={`${headingId}-dimensions`}>
        <h3 id={`${headingId}-dimensions`}>Each dimension</h3>
        <fieldset className="breakdown" data-print-hidden>
          <legend>Lines</legend>
          <div className="segmented">
            <label>
              <input type="radio" name={`${headingId}-lines`} checked={shownLines === 'team'} onChange={() => setLines('team')} />
              Team median
            </label>
            <label>
              <input
                type="radio"
                name={`${headingId}-lines`}
                checked={shownLines === 'role'}
                disabled={!hasRoles}
                aria-describedby={hasRoles ? undefined : `${headingId}-no-roles`}
                onChange={() => setLines('role')}
              />
              One per role
            </label>
          </div>
        </fieldset>
        {shownLines === 'role' ? (
          <RoleRadar bank={bank} dimensions={team.dimensions} roles={roles} headingId={headingId} />
        ) : (
          <figure className="radar-figure">
          <RadarChart
            id={`${headingId}-radar`}
            axes={bank.dimensions.map((dimension) => dimension.name)}
            title="Radar chart of the team’s median scores and targets"
            description={`Median score from 1 to 5 per dimension. ${team.dimensions
              .map((dimension) => `${getDimensionName(bank, dimension.dimensionId)}: ${dimension.summary === undefined ? 'no score' : formatValue(dimension.summary.median)}`)
              .join('; ')}. The same figures are in the table below.`}
            series={[
              { name: 'Team median', values: team.dimensions.map((dimension) => dimension.summary?.median), variant: 'today' },
              {
                name: 'Target',
                values: team.dimensions.map((dimension) => (Object.hasOwn(view.targets, dimension.dimensionId) ? view.targets[dimension.dimensionId] : undefined)),
                variant: 'target',
              },
            ]}
          />
          </figure>
        )}

        <fieldset className="breakdown" data-print-hidden>
          <legend>Show</legend>
          <div className="segmented">
            <label>
              <input type="radio" name={`${headingId}-breakdown`} checked={shownBreakdown === 'all'} onChange={() => setBreakdown('all')} />
              All respondents
            </label>
            <label>
              <input
                type="radio"
                name={`${headingId}-breakdown`}
                checked={shownBreakdown === 'role'}
                disabled={!hasRoles}
                aria-describedby={hasRoles ? undefined : `${headingId}-no-roles`}
                onChange={() => setBreakdown('role')}
              />
              By role
            </label>
          </div>
          {!hasRoles && (
            <p className="field__hint" id={`${headingId}-no-roles`}>
              Give respondents a role in the list above to compare, say, leadership with the front line.
            </p>
          )}
        </fieldset>

        <TableScroll label="Team scores per dimension">
          <table className="dimension-table">
            <caption>{shownBreakdown === 'all' ? 'Team score per dimension' : 'Median score per dimension by role (range; respondents)'}</caption>
            <thead>
              <tr>
                <th scope="col">Dimension</th>
                {shownBreakdown === 'all' ? (
                  <>
                    <th scope="col">Median</th>
                    <th scope="col">Level</th>
                    <th scope="col">Range</th>
                    <th scope="col">Respondents</th>
                    <th scope="col">Disagreement</th>
                  </>
                ) : (
                  roles.map((role) => (
                    <th scope="col" key={role}>
                      {ROLE_LABELS[role]}
                    </th>
                  ))
                )}
              </tr>
            </thead>
            <tbody>
              {team.dimensions.map((dimension, index) => (
                <tr key={dimension.dimensionId} className={dimension.disagreement ? 'row--flagged' : undefined}>
                  <th scope="row">
                    {index + 1}. {getDimensionName(bank, dimension.dimensionId)}
                  </th>
                  {shownBreakdown === 'all' ? (
                    <>
                      <td className="numeric">{formatValue(dimension.summary?.median)}</td>
                      <td>{dimension.level === undefined ? 'Not enough answers' : formatLevel(bank, dimension.level)}</td>
                      <td className="numeric">{describeRange(dimension.summary)}</td>
                      <td className="numeric">
                        {dimension.summary?.count ?? 0}
                        {dimension.notEnoughAnswers > 0 ? ` (+${dimension.notEnoughAnswers} without a score)` : ''}
                      </td>
                      <td>
                        <DisagreementFlag flagged={dimension.disagreement} />
                      </td>
                    </>
                  ) : (
                    roles.map((role) => <RoleCell key={role} byRole={dimension.byRole} role={role} />)
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <PictureExportButtons title={heading} parts=":scope > h2, .radar-figure, .dimension-table" within=".team-results" />
      </section>

      <TeamLevelList bank={bank} dimensions={team.dimensions} headingId={headingId} />

      <section aria-labelledby={`${headingId}-priorities`}>
        <h3 id={`${headingId}-priorities`}>What the team should do first</h3>
        <p className="field__hint">
          Ranked by the same rules as a person’s priorities, from the team’s median level: largest gap to target first, ties to the
          dimension the team disagrees on most. Targets are those set on your own results page, otherwise one level above the
          median.
        </p>
        {topPriorities.length === 0 ? (
          <p>No dimension with a team score is below its target.</p>
        ) : (
          <ol className="priorities">
            {topPriorities.map((priority, index) => {
              const dimension = findDimension(bank, priority.dimensionId);
              const flagged = view.discussFirst.filter((point) => point.dimensionId === priority.dimensionId);
              return (
                <li key={priority.dimensionId} className="priority">
                  <h4>
                    <span className="priority__rank">{index + 1}.</span> {dimension?.name ?? priority.dimensionId}
                  </h4>
                  <p className="priority__gap">
                    Team median {formatLevel(bank, priority.currentLevel)} ({formatValue(priority.score)}), target{' '}
                    {formatLevel(bank, priority.targetLevel)}: {plural(priority.levelGap, 'level')} to go.
                    {describeSpread(team.dimensions.find((candidate) => candidate.dimensionId === priority.dimensionId)?.summary)}
                  </p>
                  {flagged.length > 0 && (
                    <p>Settle first: {flagged.map((point) => findQuestion(bank, point.questionId)?.prompt ?? point.questionId).join(' ')}</p>
                  )}
                  {dimension !== undefined && (
                    <p className="priority__guides">
                      Read:{' '}
                      {dimension.guides.map((slug, guideIndex) => (
                        <span key={slug}>
                          {guideIndex > 0 && ', '}
                          <a href={getGuideHref(slug)}>{getGuideTitle(guideTitles, slug)}</a>
                        </span>
                      ))}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        )}
        {otherPriorities.length > 0 && (
          <p>Also below target: {otherPriorities.map((gap) => getDimensionName(bank, gap.dimensionId)).join('; ')}.</p>
        )}
      </section>

      <section aria-labelledby={`${headingId}-questions`}>
        <h3 id={`${headingId}-questions`}>Each question</h3>
        {team.dimensions.map((dimension) => (
          <section key={dimension.dimensionId} className="team-dimension" aria-labelledby={`${headingId}-${dimension.dimensionId}`}>
            <h4 id={`${headingId}-${dimension.dimensionId}`}>{getDimensionName(bank, dimension.dimensionId)}</h4>
            <QuestionTable bank={bank} dimension={dimension} breakdown={shownBreakdown} roles={roles} />
          </section>
        ))}
      </section>

      <section className="how-we-score" aria-labelledby={`${headingId}-how`}>
        <h3 id={`${headingId}-how`}>How team results are combined</h3>
        <ul>
          <li>
            Per question: the median, range and number of respondents who chose one of the five practices. With an even number
            the median is the mean of the middle two, so it can fall between levels (2.5).
          </li>
          <li>Per dimension: each respondent’s dimension score (by the rules on the assessment page), then their median and range.</li>
          <li>Disagreement: answers or dimension levels that span {DISAGREEMENT_SPREAD} or more levels, such as one person at 2 and another at 4.</li>
          <li>
            Discuss these first: the questions with disagreement, ordered by spread (highest level given minus lowest), then by how
            unevenly the answers are spread (the standard deviation of the levels, so a 2–2 split between 1 and 5 comes before one
            person at each end), then by how many people gave a level, then in question order. Who gave which answer is shown as
            counts unless you ask for names.
          </li>
          <li>The same person twice (same label, or identical answers without labels) is listed but left out of every figure.</li>
          <li>Nothing is uploaded: the answers are combined in this browser.</li>
        </ul>
      </section>
    </section>
  );
}
