import Callout from './Callout.astro';
import Figure from './Figure.astro';
import Formula from './Formula.astro';
import GuideLink from './GuideLink.astro';
import Steps from './Steps.astro';
import TaskBox from './TaskBox.astro';
import Term from './Term.astro';

/** Components every guide may use without importing them, and HTML overrides (passed to `<Content components>`). */
export const MDX_COMPONENTS = { Callout, Figure, Formula, Steps, Term, a: GuideLink, input: TaskBox };
