import { useStore } from '@nanostores/react';
import { useId, useRef, useState } from 'react';
import type { Theme } from '../../lib/comments/comment.ts';
import type { CodedComments } from '../../lib/comments/comment-view.ts';
import { checkThemeDraft, createThemeId } from '../../lib/comments/describe-comments.ts';
import {
  $codebookNotice,
  $commentsState,
  $replacedCodebook,
  createCodebookShareLink,
  exportCodebookFile,
  importCodebookFile,
  removeTheme,
  saveTheme,
  undoCodebookReplace,
} from '../../stores/survey-comments.ts';
import { copyText, downloadText } from '../shared/download-text.ts';
import { formatCount } from '../score-input/format.ts';

export interface CodebookEditorProps {
  /** The codebook applied to the open comments, or null when there are none. */
  readonly coded: CodedComments | null;
  readonly headingLevel: 2 | 3;
}

type Draft = { readonly id: string | null; readonly name: string; readonly rules: string };
const EMPTY_DRAFT: Draft = { id: null, name: '', rules: '' };

/** The codebook: themes with their rules, how many comments each finds, and the file and link to keep it. */
export function CodebookEditor({ coded, headingLevel }: CodebookEditorProps) {
  const id = useId();
  const { codebook } = useStore($commentsState);
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<readonly string[]>([]);
  const status = useStore($codebookNotice);
  const replaced = useStore($replacedCodebook);
  const setStatus = (notice: typeof status) => $codebookNotice.set(notice);
  const fileInput = useRef<HTMLInputElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const Heading = headingLevel === 2 ? 'h3' : 'h4';

  const submit = () => {
    const checked = checkThemeDraft(draft, codebook.themes);
    if (!checked.ok) {
      setErrors(checked.error);
      setStatus({ kind: 'idle' });
      return;
    }
    const theme: Theme = { id: draft.id ?? createThemeId(checked.value.name, codebook.themes), name: checked.value.name, rules: checked.value.rules };
    saveTheme(theme);
    setErrors([]);
    setDraft(EMPTY_DRAFT);
    setStatus({ kind: 'done', message: `${draft.id === null ? 'Added' : 'Saved'} the theme “${theme.name}”.` });
  };

  const edit = (theme: Theme) => {
    setDraft({ id: theme.id, name: theme.name, rules: theme.rules.join('\n') });
    setErrors([]);
    nameInput.current?.focus();
  };

  const importFile = async (file: File) => {
    const result = await importCodebookFile(file);
    setStatus(result.ok ? { kind: 'done', message: result.value } : { kind: 'failed', message: result.error });
  };

  const share = async () => {
    const link = await createCodebookShareLink(window.location.origin, window.location.pathname);
    setStatus((await copyText(link)) ? { kind: 'done', message: 'Copied a link to the codebook’s themes and rules (no comment and no hand code is in it).' } : { kind: 'failed', message: `Your browser did not allow copying. The link is: ${link}` });
  };

  const byTheme = new Map(coded?.themes.map((theme) => [theme.id, theme]) ?? []);

  return (
    <section className="comments__codebook" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>Themes (your codebook)</Heading>
      <p className="comments__hint">
        A theme finds the comments that use any of its rules: a word (<code>refund</code>), a phrase (<code>on hold</code>), or a word with <code>*</code> for
        any letters (<code>deliver*</code> finds delivery and delivered). Capitals do not matter. A theme set by hand on a comment (in the list below) wins
        over the rules.
      </p>
      {codebook.themes.length === 0 ? (
        <p>No themes yet: add one below, or use “Make theme” beside a distinctive phrase.</p>
      ) : (
        <ul className="comments__themes">
          {codebook.themes.map((theme) => {
            const found = byTheme.get(theme.id);
            return (
              <li key={theme.id}>
                <span className="comments__theme-name">{theme.name}</span>{' '}
                <span className="comments__theme-count">{found ? `${formatCount(found.comments)} comments` : ''}</span>
                <ul className="comments__rules">
                  {theme.rules.map((rule, index) => (
                    <li key={rule}>
                      <code>{rule}</code>
                      {found ? ` (${formatCount(found.byRule[index] ?? 0)})` : ''}
                    </li>
                  ))}
                </ul>
                <button type="button" className="button button--link" aria-label={`Edit ${theme.name}`} onClick={() => edit(theme)}>
                  Edit
                </button>
                <button type="button" className="button button--link" aria-label={`Remove ${theme.name}`} onClick={() => removeTheme(theme.id)}>
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {coded && coded.warnings.length > 0 && (
        <ul className="comments__warnings">
          {coded.warnings.map((warning) => (
            <li key={warning} className="comments__warning">
              {warning}
            </li>
          ))}
        </ul>
      )}
      <form
        className="comments__theme-form"
        aria-labelledby={`${id}-form`}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <p id={`${id}-form`} className="comments__form-title">
          {draft.id === null ? 'Add a theme' : `Edit “${draft.name}”`}
        </p>
        <div className="field">
          <label htmlFor={`${id}-name`}>Theme name</label>
          <input ref={nameInput} id={`${id}-name`} type="text" value={draft.name} maxLength={60} autoComplete="off" onChange={(event) => setDraft({ ...draft, name: event.currentTarget.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-rules`}>Rules, one per line</label>
          <textarea id={`${id}-rules`} rows={3} value={draft.rules} aria-describedby={errors.length > 0 ? `${id}-errors` : undefined} onChange={(event) => setDraft({ ...draft, rules: event.currentTarget.value })} />
        </div>
        {errors.length > 0 && (
          // The alert around the list, not on it: role="alert" on a <ul> would take away its list semantics.
          <div id={`${id}-errors`} className="field__error" role="alert">
            <ul>
              {errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="comments__buttons">
          <button type="submit" className="button">
            {draft.id === null ? 'Add theme' : 'Save theme'}
          </button>
          {draft.id !== null && (
            <button type="button" className="button button--secondary" onClick={() => setDraft(EMPTY_DRAFT)}>
              Cancel
            </button>
          )}
        </div>
      </form>
      <div className="comments__buttons">
        <button type="button" className="button button--secondary" disabled={codebook.themes.length === 0} onClick={() => { const file = exportCodebookFile(); downloadText(file.name, file.text, 'application/json'); setStatus({ kind: 'done', message: `Downloaded ${file.name}.` }); }}>
          Download codebook (JSON)
        </button>
        <button type="button" className="button button--secondary" onClick={() => fileInput.current?.click()}>
          Open a codebook file
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
        <button type="button" className="button button--secondary" disabled={codebook.themes.length === 0} onClick={() => void share()}>
          Copy codebook link
        </button>
      </div>
      <p className={`result-actions__status result-actions__status--${status.kind}`} role="status">
        {status.kind === 'idle' ? '' : status.message}
      </p>
      <p className="comments__hint">
        The codebook file holds your themes, their rules and your hand codes (by response ID or row number), never a comment; keep it as you would the export.
        The link holds themes and rules only.
      </p>
      {replaced && (
        <div>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              undoCodebookReplace();
              setStatus({ kind: 'done', message: 'Put your earlier codebook back.' });
            }}
          >
            Undo: put back my earlier codebook
          </button>
        </div>
      )}
    </section>
  );
}
