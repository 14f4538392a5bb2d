import { useId, useRef, useState } from 'react';

export interface FileImportProps {
  /** Button text, e.g. "Open an exported file". */
  readonly label: string;
  readonly multiple?: boolean;
  /** Reads the chosen files; returns message lines for each one that failed (empty when all were fine). */
  readonly onFiles: (files: readonly File[]) => Promise<readonly string[]>;
}

/** A button that opens the file picker for JSON files, with the problems of the last choice shown below it. */
export function FileImport({ label, multiple = false, onFiles }: FileImportProps) {
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<readonly string[]>([]);
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
          {problems.map((line, index) => (
            <p key={`${index}-${line}`}>{line}</p>
          ))}
        </div>
      )}
    </div>
  );
}
