import Callout from './Callout.astro';
import Figure from './Figure.astro';
import Formula from './Formula.astro';
import Steps from './Steps.astro';
import Term from './Term.astro';

/** Components every guide may use without importing them (passed to `<Content components>`). */
export const MDX_COMPONENTS = { Callout, Figure, Formula, Steps, Term };
