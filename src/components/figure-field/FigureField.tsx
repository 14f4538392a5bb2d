import type { ReactNode } from 'react';

export interface FigureFieldProps {
  /** The input's id; the hint, note and error get `<id>-hint`, `<id>-note`, `<id>-error`. */
  readonly id: string;
  readonly label: string;
  /** What was typed. */
  readonly value: string;
  readonly onChange: (text: string) => void;
  /** Says what the field takes, including its unit (e.g. "In percent: 5 means 5%."). */
  readonly hint?: ReactNode;
  /** Why the figure cannot be used; marks the input invalid. */
  readonly error?: string | undefined;
  /** Something worth knowing that is not an error (e.g. how a figure was read). */
  readonly note?: string | undefined;
  /** Shown before the input, e.g. a currency symbol. */
  readonly prefix?: string | undefined;
  /** Shown after the input, e.g. "%". */
  readonly suffix?: string | undefined;
  /** Shown beside the input, e.g. the figure's period selector. */
  readonly addon?: ReactNode;
  readonly optional?: boolean;
  readonly placeholder?: string;
}

/**
 * A labelled figure input. The island parses what is typed with the metrics library's `parseNumberField`
 * (thousands separators and decimal commas accepted) and passes back the field's error, which appears right
 * under the input and is tied to it with aria-describedby and aria-invalid.
 */
export function FigureField({ id, label, value, onChange, hint, error, note, prefix, suffix, addon, optional, placeholder }: FigureFieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', note ? `${id}-note` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field figure-field">
      <label htmlFor={id}>
        {label}
        {optional && ' '}
        {optional && <span className="figure-field__optional">(optional)</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <div className="figure-field__row">
        <div className={`figure-field__control${error ? ' figure-field__control--invalid' : ''}`}>
          {prefix && (
            <span className="figure-field__affix" aria-hidden="true">
              {prefix}
            </span>
          )}
          <input
            id={id}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            value={value}
            placeholder={placeholder}
            aria-describedby={describedBy || undefined}
            aria-invalid={error ? true : undefined}
            onChange={(event) => onChange(event.target.value)}
          />
          {suffix && (
            <span className="figure-field__affix" aria-hidden="true">
              {suffix}
            </span>
          )}
        </div>
        {addon}
      </div>
      {note && (
        <p id={`${id}-note`} className="field__hint figure-field__note">
          {note}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
