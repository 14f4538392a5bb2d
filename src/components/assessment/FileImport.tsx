import { useId, useRef, useState } from 'react';
import type { InputProblem } from '../../stores/assessment-share.ts';
import { PortableMessageText } from './PortableMessageText.tsx';

export interface FileImportProps {
  /** Button text, e.g. "Open an exported file". */
  readonly label: string;
  readonly multiple?: boolean;
  /** Reads the chosen files; returns a problem for each one that failed (empty when all were fine). */
  readonly onFiles: (files: readonly File[]) => Promise<readonly InputProblem[]>;
}

/** A button that opens the file picker for JSON files, with the problems of the last choice shown below it. */
export function FileImport({ label, multiple = false, onFiles }: FileImportProps) {
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<readonly InputProblem[]>([]);
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
          setProblems(await onFiles(files));
        }}
      />
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
