import type { KeptCounts } from '../../lib/score-input/score-input-state.ts';
import { formatCount } from './format.ts';

export interface LargePasteNoticeProps {
  /** The id the box's aria-describedby points at. */
  readonly id: string;
  /** A large paste or file on this page: its length (lines once read); null for counts kept from an earlier visit. */
  readonly size: { readonly characters: number; readonly lines: number | null } | null;
  /** The counts kept from a large paste on an earlier visit (used when `size` is null). */
  readonly kept: KeptCounts | null;
  /** The file the answers came from, if any. */
  readonly fileName: string | null;
}

/**
 * Said beside the paste box when its answers are too long to show in it: a large paste or file on this page, or the
 * counts kept from one on an earlier visit. Shown only then, so it loads with the input's later parts.
 */
export function LargePasteNotice({ id, size, kept, fileName }: LargePasteNoticeProps) {
  if (size) {
    return (
      <p id={id} className="notice notice--info">
        <strong>Large paste: we kept the counts, not the text, for next time.</strong>{' '}
        {size.lines === null ? `${formatCount(size.characters)} characters` : `${formatCount(size.lines)} lines (${formatCount(size.characters)} characters)`}{' '}
        are read in full; text this long is not shown in the box. Type or paste in the box to replace it.
      </p>
    );
  }
  if (!kept) return null;
  return (
    <p id={id} className="notice notice--info">
      <strong>Large paste: we kept the counts, not the text, for next time.</strong> These are the counts of{' '}
      {formatCount(kept.lines)} lines ({formatCount(kept.characters)} characters) pasted earlier
      {fileName ? ` from “${fileName}”` : ''}
      {kept.columnNumber !== null ? `, column ${formatCount(kept.columnNumber)}${kept.columnName ? ` (“${kept.columnName}”)` : ''}` : ''}. To read
      another column, paste them again; type or paste in the box to replace them.
    </p>
  );
}
