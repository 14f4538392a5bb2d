import { useStore } from '@nanostores/react';
import { useEffect, useId, useRef } from 'react';
import { suggestThemeFromTerm } from '../../lib/comments/describe-comments.ts';
import type { CommentsOverview } from '../../lib/comments/comment-view.ts';
import type { DistinctiveTerm } from '../../lib/comments/distinctive-terms.ts';
import type { CommentsView } from '../../stores/survey-comments.ts';
import { $codebookNotice, $commentsState, saveTheme } from '../../stores/survey-comments.ts';
import { formatCount, formatNumber } from '../score-input/format.ts';
import { ContextsPanel } from './ContextsPanel.tsx';

export interface CommentTermsProps {
  readonly view: CommentsView;
  readonly overview: CommentsOverview;
  readonly headingLevel: 2 | 3;
}

/** "58 comments", or "58 of 60 comments analysed" when some were set aside by language. */
function describeAnalysed(analysed: number, all: number): string {
  return analysed === all ? `${formatCount(all)} comments` : `${formatCount(analysed)} of ${formatCount(all)} comments analysed`;
}

/**
 * The words and phrases that set each group apart (weighted log-odds with an informative prior), each one a
 * way into the comments that use it and a suggested theme.
 */
export function CommentTerms({ view, overview, headingLevel }: CommentTermsProps) {
  const id = useId();
  const contexts = useStore(view.$contexts);
  const codebook = useStore($commentsState).codebook;
  const Heading = headingLevel === 2 ? 'h3' : 'h4';
  const Sub = headingLevel === 2 ? 'h4' : 'h5';
  const ranked = overview.terms.filter((group) => group.comments > 0);
  const contextsHeading = useRef<HTMLHeadingElement>(null);
  /** The Context button that opened the contexts shown, to give focus back to when they close. */
  const opener = useRef<HTMLButtonElement | null>(null);
  const shownTerm = contexts?.term ?? null;

  // New contexts: move focus (and the view) to them, so nobody is left wondering whether the button did anything.
  useEffect(() => {
    if (shownTerm !== null && opener.current !== null) contextsHeading.current?.focus();
  }, [shownTerm]);

  const openContexts = (button: HTMLButtonElement, key: string, label: string, group: number) => {
    opener.current = button;
    void view.showContexts(key, label, group);
  };
  const closeContexts = () => {
    view.closeContexts();
    opener.current?.focus();
    opener.current = null;
  };
  const makeTheme = (term: DistinctiveTerm, exists: boolean) => {
    if (exists) {
      $codebookNotice.set({ kind: 'done', message: `“${term.term}” is already a theme.` });
      return;
    }
    const theme = suggestThemeFromTerm(term, codebook.themes);
    saveTheme(theme);
    $codebookNotice.set({ kind: 'done', message: `Added the theme “${theme.name}” with the rule ${theme.rules.join(', ')}: edit it under Themes.` });
  };

  return (
    <section className="comments__terms" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>What sets each group apart</Heading>
      <p className="comments__hint">
        Words and phrases used more in one group than in all the others, ranked by the weighted log-odds ratio with an informative prior (Monroe,
        Colaresi and Quinn 2008). The z-score says how clear the difference is: above 1.96 it is unlikely to be chance at the 95% level; a rare word
        needs a bigger gap than a common one. “In group” counts the group’s comments that use it, “Elsewhere” all other comments. Words are counted once per comment, and forms of a word (charge, charged) count as one.
      </p>
      {ranked.length < 2 ? (
        <p>There is nothing to compare yet: phrases are ranked when at least two groups have comments.</p>
      ) : (
        <div className="comments__term-groups">
          {ranked.map((group) => {
            const name = overview.groups[group.group]?.name ?? 'Group';
            return (
              <div key={group.group} className="comments__term-group">
                <Sub id={`${id}-group-${String(group.group)}`}>
                  {name} ({describeAnalysed(group.comments, overview.groups[group.group]?.comments ?? group.comments)})
                </Sub>
                {group.terms.length === 0 ? (
                  <p>No word or phrase stands out clearly (z above 1.96, used in at least 3 comments).</p>
                ) : (
                  // Scrolls sideways on a narrow screen, from the keyboard too, as the themes table does.
                  <div className="comments__matrix" role="region" aria-label={`Distinctive phrases of ${name}, table`} tabIndex={0}>
                    <table className="comments__table">
                      <caption className="visually-hidden">Distinctive phrases of {name}</caption>
                      <thead>
                        <tr>
                          <th scope="col">Word or phrase</th>
                          <th scope="col">In group</th>
                          <th scope="col">Elsewhere</th>
                          <th scope="col">z</th>
                        </tr>
                      </thead>
                      <tbody>
                        {group.terms.map((term) => {
                          const exists = codebook.themes.some((theme) => theme.name.toLowerCase() === term.term.toLowerCase());
                          return (
                            <tr key={term.key}>
                              {/* Named by the phrase alone, so each cell is announced with it, not with the buttons' words. */}
                              <th scope="row" aria-label={term.term}>
                                {term.term}
                                <span className="comments__term-actions">
                                  <button type="button" className="button button--link" aria-label={`Context: ${term.term}`} onClick={(event) => openContexts(event.currentTarget, term.key, term.term, group.group)}>
                                    Context
                                  </button>
                                  <button
                                    type="button"
                                    className="button button--link"
                                    aria-disabled={exists}
                                    aria-label={`${exists ? 'Already a theme' : 'Make theme'}: ${term.term}`}
                                    onClick={() => makeTheme(term, exists)}
                                  >
                                    {exists ? 'Already a theme' : 'Make theme'}
                                  </button>
                                </span>
                              </th>
                              <td>{formatCount(term.inGroup)}</td>
                              <td>{formatCount(term.inOthers)}</td>
                              <td>{formatNumber(term.z, 1)}</td>
                            </tr>
                          );
                        })}
                      </tbody>
                    </table>
                  </div>
                )}
              </div>
            );
          })}
        </div>
      )}
      {contexts && <ContextsPanel label={contexts.label} contexts={contexts.contexts} headingLevel={headingLevel === 2 ? 4 : 5} headingRef={contextsHeading} onClose={closeContexts} />}
    </section>
  );
}
