import type { ReactNode } from 'react';
import { useFormContext } from './form-context';

interface TextFieldProps {
  /** Where the value sits in the persona, e.g. ['demographics', 'location']. */
  readonly path: readonly (string | number)[];
  readonly label: ReactNode;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** The strict limit; a count appears once the text passes 80% of it. */
  readonly limit: number;
  readonly tip?: ReactNode;
  readonly rows?: number;
  readonly placeholder?: string;
  /** Id of a datalist with suggestions. */
  readonly list?: string;
  readonly className?: string;
}

/**
 * A labelled text input or textarea with its tip, a character count near the limit, and its problem. Text
 * over the limit is kept (never cut) and marked, so nothing typed or pasted is lost.
 */
export function TextField({ path, label, value, onChange, limit, tip, rows, placeholder, list, className }: TextFieldProps) {
  const { fieldId, problemOf, touch } = useFormContext();
  const id = fieldId(path);
  const problem = problemOf(path);
  const showCount = value.length >= limit * 0.8;
  const describedBy = [tip && `${id}-tip`, showCount && `${id}-count`, problem && `${id}-problem`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    placeholder,
    'aria-describedby': describedBy,
    'aria-invalid': problem ? true : undefined,
    onBlur: () => touch(path),
  } as const;
  return (
    <div className={`pb-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="pb-field__label">
        {label}
      </label>
      {tip && (
        <p id={`${id}-tip`} className="pb-field__tip">
          {tip}
        </p>
      )}
      {rows ? (
        <textarea {...common} rows={rows} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type="text" list={list} onChange={(event) => onChange(event.target.value)} />
      )}
      {showCount && (
        <p id={`${id}-count`} className={`pb-field__count${value.length > limit ? ' pb-field__count--over' : ''}`}>
          {value.length} of {limit} characters
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} className="pb-field__problem">
          {problem}
        </p>
      )}
    </div>
  );
}
