import type { ReactNode } from 'react';
import { useFormContext } from './form-context';

interface SelectFieldProps<T extends string> {
  readonly path: readonly (string | number)[];
  readonly label: ReactNode;
  readonly value: T;
  readonly options: readonly (readonly [T, string])[];
  readonly onChange: (value: T) => void;
  readonly tip?: ReactNode;
  readonly className?: string;
}

/** A labelled select with its tip. */
export function SelectField<T extends string>({ path, label, value, options, onChange, tip, className }: SelectFieldProps<T>) {
  const { fieldId } = useFormContext();
  const id = fieldId(path);
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
      <select id={id} value={value} aria-describedby={tip ? `${id}-tip` : undefined} onChange={(event) => onChange(event.target.value as T)}>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}
