import Callout from './Callout.astro';
import Figure from './Figure.astro';
import Formula from './Formula.astro';
import GuideLink from './GuideLink.astro';
import Heuristic from './Heuristic.astro';
import Limits from './Limits.astro';
import Steps from './Steps.astro';
import TaskBox from './TaskBox.astro';
import Term from './Term.astro';
import VendorData from './VendorData.astro';

/** Components every guide may use without importing them, and HTML overrides (passed to `<Content components>`). */
export const MDX_COMPONENTS = {
  Callout,
  Figure,
  Formula,
  Heuristic,
  Limits,
  Steps,
  Term,
  VendorData,
  a: GuideLink,
  input: TaskBox,
};
