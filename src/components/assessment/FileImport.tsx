import { useId, useRef, useState } from 'react';
import type { InputProblem } from '../../stores/assessment-share.ts';
import { couldNotLoad } from '../shared/could-not-load.ts';
import { PortableMessageText } from './PortableMessageText.tsx';

/** What `onFiles` returns when the part of the page that reads files could not be loaded. */
export const READER_UNAVAILABLE = 'reader-unavailable';

export interface FileImportProps {
  /** Button text, e.g. "Open an exported file". */
  readonly label: string;
  readonly multiple?: boolean;
  /**
   * Reads the chosen files; returns a problem for each one that failed (empty when all were fine), or
   * READER_UNAVAILABLE when the reader could not be loaded.
   */
  readonly onFiles: (files: readonly File[]) => Promise<readonly InputProblem[] | typeof READER_UNAVAILABLE>;
  /** Whether the reader has loaded: "could not be loaded" goes once it has (after the page's Try again). */
  readonly readerLoaded: boolean;
}

/** A button that opens the file picker for JSON files, with the problems of the last choice shown below it. */
export function FileImport({ label, multiple = false, onFiles, readerLoaded }: FileImportProps) {
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<readonly InputProblem[] | typeof READER_UNAVAILABLE>([]);
  const readerMissing = outcome === READER_UNAVAILABLE && !readerLoaded;
  const problems = outcome === READER_UNAVAILABLE ? [] : outcome;
  const inputId = useId();
  return (
    <div className="file-import">
      <button type="button" className="button button--secondary" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept=".json,application/json"
        multiple={multiple}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={label}
        onChange={async (event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          if (files.length === 0) return;
          setOutcome(await onFiles(files));
        }}
      />
      {readerMissing && (
        <div className="notice file-import__problems" role="alert">
          <p>Nothing was opened. {couldNotLoad('The part that reads files')}</p>
        </div>
      )}
      {problems.length > 0 && (
        <div className="notice file-import__problems" role="alert">
          {problems.map((problem, index) => (
            <PortableMessageText key={`${String(index)}-${problem.source}`} source={problem.source} message={problem.message} />
          ))}
        </div>
      )}
    </div>
  );
}
