import { useStore } from '@nanostores/react';
import { useEffect, useId, useRef, useState } from 'react';
import type { Theme } from '../../lib/comments/comment.ts';
import type { CodedComments, CommentContexts, CommentItem, CommentsOverview, CommentShow } from '../../lib/comments/comment-view.ts';
import type { CommentsView } from '../../stores/survey-comments.ts';
import { $codebookNotice, $commentsState, setHandCode } from '../../stores/survey-comments.ts';
import { formatCount } from '../score-input/format.ts';
import { ContextsPanel } from './ContextsPanel.tsx';

export interface CommentListProps {
  readonly view: CommentsView;
  readonly overview: CommentsOverview;
  readonly coded: CodedComments | null;
  readonly headingLevel: 2 | 3;
}

/** The "show" choice as the select's value. */
function toValue(show: CommentShow): string {
  return typeof show === 'string' ? show : `theme-${String(show.theme)}`;
}

function fromValue(value: string): CommentShow {
  if (value.startsWith('theme-')) return { theme: Number(value.slice(6)) };
  return value === 'uncoded' || value === 'several' || value === 'sample' ? value : 'all';
}

const SEARCH_DELAY_MS = 250;

/** The comments themselves: filtered by group, theme or search, to read, check and code by hand. */
export function CommentList({ view, overview, coded, headingLevel }: CommentListProps) {
  const id = useId();
  const page = useStore(view.$page);
  const query = useStore(view.$query);
  const { codebook } = useStore($commentsState);
  const [search, setSearch] = useState(query.search);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const Heading = headingLevel === 2 ? 'h3' : 'h4';

  useEffect(() => () => clearTimeout(timer.current), []);

  // A typed word or phrase in context (any comment, in the group chosen), opened below the search.
  const [typed, setTyped] = useState<{ readonly label: string; readonly contexts: CommentContexts } | null>(null);
  const typedHeading = useRef<HTMLHeadingElement>(null);
  const typedOpener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (typed !== null) typedHeading.current?.focus();
  }, [typed]);
  const showTyped = async (opener: HTMLElement) => {
    typedOpener.current = opener;
    const label = search.trim();
    const contexts = await view.findContexts({ kind: 'text', text: label }, query.group);
    if (contexts !== null) setTyped({ label, contexts });
  };
  const closeTyped = () => {
    setTyped(null);
    // The button goes when the search is emptied: then the search box takes the focus.
    (typedOpener.current?.isConnected ? typedOpener.current : document.getElementById(`${id}-search`))?.focus();
  };

  const onSearch = (text: string) => {
    setSearch(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => view.setQuery({ search: text }), SEARCH_DELAY_MS);
  };

  const first = page && page.total > 0 ? page.offset + 1 : 0;
  const last = page ? page.offset + page.items.length : 0;

  return (
    <section className="comments__list" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>Read and code the comments</Heading>
      <div className="comments__filters">
        <div className="field">
          <label htmlFor={`${id}-group`}>Group</label>
          <select id={`${id}-group`} value={query.group === null ? '' : String(query.group)} onChange={(event) => view.setQuery({ group: event.currentTarget.value === '' ? null : Number(event.currentTarget.value) })}>
            <option value="">Every comment ({formatCount(overview.total)})</option>
            {overview.groups.map((group, index) => (
              <option key={group.name} value={String(index)}>
                {group.name} ({formatCount(group.comments)})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-show`}>Show</label>
          <select id={`${id}-show`} value={toValue(query.show)} onChange={(event) => view.setQuery({ show: fromValue(event.currentTarget.value) })}>
            <option value="all">All</option>
            <option value="uncoded">Not in any theme{coded ? ` (${formatCount(coded.uncoded)})` : ''}</option>
            <option value="several">In several themes{coded ? ` (${formatCount(coded.several)})` : ''}</option>
            <option value="sample">A random sample of coded comments, to check the rules</option>
            {codebook.themes.map((theme, index) => (
              <option key={theme.id} value={`theme-${String(index)}`}>
                Theme: {theme.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-search`}>Find text</label>
          <input id={`${id}-search`} type="search" value={search} autoComplete="off" onChange={(event) => onSearch(event.currentTarget.value)} />
        </div>
        {search.trim() !== '' && (
          <button type="button" className="button button--secondary" onClick={(event) => void showTyped(event.currentTarget)}>
            Show “{search.trim()}” in context
          </button>
        )}
        {query.show === 'sample' && (
          <button type="button" className="button button--secondary" onClick={() => view.setQuery({ seed: query.seed + 1 })}>
            Draw another sample
          </button>
        )}
      </div>
      {typed && <ContextsPanel label={typed.label} contexts={typed.contexts} headingLevel={headingLevel === 2 ? 4 : 5} headingRef={typedHeading} onClose={closeTyped} />}
      <p role="status" className="comments__count">
        {page === null ? 'Loading…' : page.total === 0 ? 'No comment matches.' : `Comments ${formatCount(first)}–${formatCount(last)} of ${formatCount(page.total)}`}
      </p>
      {page && page.items.length > 0 && (
        <ol className="comments__items" start={first}>
          {page.items.map((item) => (
            <CommentCard key={item.key} item={item} overview={overview} themes={codebook.themes} />
          ))}
        </ol>
      )}
      {page && page.total > page.items.length && (
        <nav className="comments__pages" aria-label="Pages of comments">
          <button type="button" className="button button--secondary" disabled={page.offset === 0} onClick={() => view.setQuery({ offset: Math.max(0, page.offset - query.limit) })}>
            Previous comments
          </button>
          <button type="button" className="button button--secondary" disabled={last >= page.total} onClick={() => view.setQuery({ offset: page.offset + query.limit })}>
            Next comments
          </button>
        </nav>
      )}
    </section>
  );
}

const SENTIMENT_WORDS = { positive: 'leans positive', negative: 'leans negative', neutral: 'neutral' } as const;

/** One comment: its text, score, group, sentiment hint and themes, and its hand code. */
function CommentCard({ item, overview, themes }: { readonly item: CommentItem; readonly overview: CommentsOverview; readonly themes: readonly Theme[] }) {
  const [editing, setEditing] = useState(false);
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const codeButton = useRef<HTMLButtonElement>(null);
  /** Where focus goes when the editor opens or closes: into it, then back to its button. */
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    if (editing) (fieldset.current?.querySelector<HTMLElement>('input') ?? fieldset.current)?.focus();
    else codeButton.current?.focus();
  }, [editing]);
  const toggle = (open: boolean) => {
    moved.current = true;
    setEditing(open);
  };
  const names = item.themes.map((index) => themes[index]?.name).filter((name): name is string => name !== undefined);
  const group = overview.groups[item.group]?.name ?? (item.score === null ? 'No score' : 'No group');

  const startEditing = () => {
    setChosen(item.themes.map((index) => themes[index]?.id).filter((themeId): themeId is string => themeId !== undefined));
    toggle(true);
  };

  return (
    <li className="comments__item">
      <p className="comments__meta">
        Row {item.row}
        {item.responseId !== '' ? ` · ${item.responseId}` : ''} · {item.score === null ? 'no score' : `score ${String(item.score)}`} · {group} ·{' '}
        {/* The word list is English: a comment in another language gets no sentiment, as in the CSV. */}
        {item.language ? `looks like ${item.language} (no sentiment)` : item.sentiment === null ? 'sentiment being measured' : `sentiment ${SENTIMENT_WORDS[item.sentiment]}`}
      </p>
      <p className="comments__text">
        {item.text}
        {item.cut > 0 ? ` … (${formatCount(item.cut)} more characters, in the CSV)` : ''}
      </p>
      <p className="comments__codes">
        {names.length === 0 ? 'No theme' : `Themes: ${names.join(', ')}`}
        {item.byHand ? ' (set by hand)' : ''}
      </p>
      {editing ? (
        <fieldset ref={fieldset} className="comments__hand" tabIndex={-1}>
          <legend>Themes of the comment in row {item.row}, by hand</legend>
          {themes.length === 0 && <p>Add a theme first.</p>}
          {themes.map((theme) => (
            <label key={theme.id}>
              <input type="checkbox" checked={chosen.includes(theme.id)} onChange={(event) => setChosen(event.currentTarget.checked ? [...chosen, theme.id] : chosen.filter((themeId) => themeId !== theme.id))} />
              {theme.name}
            </label>
          ))}
          <div className="comments__buttons">
            <button type="button" className="button" onClick={() => {
                setHandCode(item.key, chosen);
                const names = themes.filter((theme) => chosen.includes(theme.id)).map((theme) => theme.name);
                $codebookNotice.set({ kind: 'done', message: `The comment in row ${String(item.row)} is coded by hand: ${names.length === 0 ? 'no theme' : names.join(', ')}.` });
                toggle(false);
              }}>
              Save by hand
            </button>
            {item.byHand && (
              <button type="button" className="button button--secondary" onClick={() => {
                  setHandCode(item.key, null);
                  $codebookNotice.set({ kind: 'done', message: `The comment in row ${String(item.row)} follows the rules again.` });
                  toggle(false);
                }}>
                Go back to the rules
              </button>
            )}
            <button type="button" className="button button--secondary" onClick={() => toggle(false)}>
              Cancel
            </button>
          </div>
        </fieldset>
      ) : (
        <button ref={codeButton} type="button" className="button button--link" aria-label={`Code by hand the comment in row ${String(item.row)}`} onClick={startEditing}>
          Code by hand
        </button>
      )}
    </li>
  );
}
