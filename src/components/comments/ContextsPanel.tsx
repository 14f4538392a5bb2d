import type { Ref } from 'react';
import { useId } from 'react';
import type { CommentContexts } from '../../lib/comments/comment-view.ts';
import { formatCount } from '../score-input/format.ts';

export interface ContextsPanelProps {
  /** The term or phrase, as shown. */
  readonly label: string;
  readonly contexts: CommentContexts;
  readonly headingLevel: 4 | 5;
  /** The heading, focused when the panel opens. */
  readonly headingRef: Ref<HTMLHeadingElement>;
  readonly onClose: () => void;
}

/** A keyword-in-context list: each use with the words before and after it, and its row. */
export function ContextsPanel({ label, contexts, headingLevel, headingRef, onClose }: ContextsPanelProps) {
  const id = useId();
  const Heading = headingLevel === 4 ? 'h4' : 'h5';
  return (
    <div className="comments__contexts" role="region" aria-labelledby={id}>
      <Heading id={id} ref={headingRef} tabIndex={-1}>
        “{label}” in context: {formatCount(contexts.total)} {contexts.total === 1 ? 'use' : 'uses'} in {formatCount(contexts.comments)} {contexts.comments === 1 ? 'comment' : 'comments'}
        {contexts.lines.length < contexts.total ? ` (first ${formatCount(contexts.lines.length)} shown)` : ''}
      </Heading>
      <ul className="comments__kwic">
        {contexts.lines.map((line, index) => (
          <li key={`${String(line.index)}-${String(index)}`}>
            <span className="comments__kwic-row">Row {line.row}</span>
            {/* The contexts keep the spaces around the term, so nothing is added between the parts. */}
            <span className="comments__kwic-before">{line.before}</span>
            <mark>{line.match}</mark>
            <span>{line.after}</span>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--secondary" onClick={onClose}>
        Close the context view
      </button>
    </div>
  );
}
