import type { MouseEvent } from 'react';
import { getSubheadingTag, type SectionHeadingLevel } from './heading-level.ts';

export interface SummaryItem {
  /** The id of the input the problem is about, or undefined when no single figure is to blame. */
  readonly fieldId: string | undefined;
  readonly message: string;
}

export interface ErrorSummaryProps {
  readonly id: string;
  readonly items: readonly SummaryItem[];
  /** The level of the section heading the summary sits under. */
  readonly headingLevel: SectionHeadingLevel;
}

/** Every figure that cannot be used, each linking to its field (the same message shows beside the field). */
export function ErrorSummary({ id, items, headingLevel }: ErrorSummaryProps) {
  if (items.length === 0) return null;
  const Heading = getSubheadingTag(headingLevel);
  const focusField = (fieldId: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    // Focus the input without changing the address: a "#field" fragment would be kept on reload.
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  };
  return (
    <div className="figure-summary" aria-labelledby={`${id}-heading`} role="group">
      <Heading id={`${id}-heading`} className="figure-summary__heading">
        {items.length === 1 ? 'One figure needs a look' : `${String(items.length)} figures need a look`}
      </Heading>
      <ul className="figure-summary__list">
        {items.map((item) => (
          <li key={`${item.fieldId ?? ''}${item.message}`}>
            {item.fieldId ? (
              <a href={`#${item.fieldId}`} onClick={focusField(item.fieldId)}>
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
