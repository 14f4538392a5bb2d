import { useState } from 'react';
import type { TeamMember } from '../../lib/assessment/aggregate-team-results.ts';
import type { QuestionBank } from '../../lib/assessment/question-bank-schema.ts';
import { DISCUSS_FIRST_COUNT, type LevelGroup, type QuestionDisagreement } from '../../lib/assessment/rank-disagreement.ts';
import { DISAGREEMENT_SPREAD } from '../../lib/assessment/value-summary.ts';
import { findQuestion, formatLevel, getDimensionName, plural, ROLE_LABELS } from './labels.ts';
import { joinWithAnd } from '../../lib/text/format.ts';

export interface DiscussFirstProps {
  readonly bank: QuestionBank;
  /** Ranked by rankDisagreement; positions are those of `members`. */
  readonly items: readonly QuestionDisagreement[];
  readonly members: readonly TeamMember[];
  readonly headingId: string;
  readonly counted: number;
}

/** A respondent as named in the team list: their label and role, or "Respondent 3". */
function getMemberName(members: readonly TeamMember[], position: number): string {
  const member = members[position];
  const name = member?.label ?? `Respondent ${position + 1}`;
  return member?.role === undefined ? name : `${name} (${ROLE_LABELS[member.role]})`;
}

/**
 * Who answered what, lowest level first: "3 answered 2 Emerging, 1 answered 4 Managed" (anonymous), or with names
 * "Ana and Bea answered 2 Emerging; Cy answered 4 Managed"; then how many said "Don't know".
 */
export function describeWhoAnswered(bank: QuestionBank, levels: readonly LevelGroup[], dontKnow: number, members: readonly TeamMember[], withNames: boolean): string {
  const parts = levels.map((group) =>
    withNames ? `${joinWithAnd(group.respondents.map((position) => getMemberName(members, position)))} answered ${formatLevel(bank, group.level)}` : `${group.respondents.length} answered ${formatLevel(bank, group.level)}`,
  );
  const dontKnowText = dontKnow === 0 ? '' : `; ${plural(dontKnow, 'person', 'people')} said “Don’t know”`;
  return `${parts.join(withNames ? '; ' : ', ')}${dontKnowText}.`;
}

/** "Discuss these first": the widest disagreements, five at first, who answered what (names on request). */
export function DiscussFirst({ bank, items, members, headingId, counted }: DiscussFirstProps) {
  const [showNames, setShowNames] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? items : items.slice(0, DISCUSS_FIRST_COUNT);
  const listId = `${headingId}-discuss-list`;
  return (
    <section aria-labelledby={`${headingId}-discuss`}>
      <h3 id={`${headingId}-discuss`}>Discuss these first</h3>
      {items.length === 0 ? (
        <p>No question has answers {DISAGREEMENT_SPREAD} or more levels apart{counted < 2 ? ' (there is only one respondent so far)' : ''}.</p>
      ) : (
        <>
          <p>
            {items.length <= DISCUSS_FIRST_COUNT
              ? `On ${plural(items.length, 'question')} the answers are ${DISAGREEMENT_SPREAD} or more levels apart.`
              : `The ${DISCUSS_FIRST_COUNT} questions, of ${items.length} with answers ${DISAGREEMENT_SPREAD} or more levels apart, where answers are furthest apart.`}{' '}
            Ask each person what they see that the others do not.
          </p>
          <label className="assessment-check" data-print-hidden>
            <input type="checkbox" checked={showNames} onChange={(event) => setShowNames(event.currentTarget.checked)} />
            Show who gave each answer
          </label>
          <ol className="discuss-list" id={listId}>
            {shown.map((item) => (
              <li key={item.questionId}>
                <strong>{findQuestion(bank, item.questionId)?.prompt ?? item.questionId}</strong>{' '}
                <span className="discuss-list__meta">
                  ({getDimensionName(bank, item.dimensionId)}): answers from {formatLevel(bank, item.levels[0]?.level ?? 1)} to{' '}
                  {formatLevel(bank, item.levels.at(-1)?.level ?? 1)}, {plural(item.spread, 'level')} apart, {plural(item.answered, 'respondent')} with a level.
                </span>
                <br />
                <span className="discuss-list__who">{describeWhoAnswered(bank, item.levels, item.dontKnow, members, showNames)}</span>
              </li>
            ))}
          </ol>
          {items.length > DISCUSS_FIRST_COUNT && (
            <p data-print-hidden>
              <button type="button" className="button button--secondary" aria-expanded={showAll} aria-controls={listId} onClick={() => setShowAll(!showAll)}>
                {showAll ? `Show the first ${DISCUSS_FIRST_COUNT} only` : `Show all ${items.length}`}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
