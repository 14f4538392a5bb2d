import { createContext, useContext } from 'react';

/** What every field of the persona form needs: ids, problems and the touched state, keyed by data path. */
export interface FormContextValue {
  /** The DOM id of the control for a data path, e.g. ['goals', 2, 'text']. */
  readonly fieldId: (path: readonly (string | number)[]) => string;
  /** The problem of a field as a sentence, if it has one the person should see now. */
  readonly problemOf: (path: readonly (string | number)[]) => string | undefined;
  /** Mark a field as visited, so "empty" problems show once the person has left it. */
  readonly touch: (path: readonly (string | number)[]) => void;
}

export const FormContext = createContext<FormContextValue>({
  fieldId: (path) => `pb-${path.join('-')}`,
  problemOf: () => undefined,
  touch: () => {},
});

export const useFormContext = () => useContext(FormContext);
