import type { FigureShareCodeError } from '../../lib/metrics/figure-share-code.ts';

/** The calculators share codes can be made for, by the name in the code. */
const CALCULATOR_NAMES: Readonly<Record<string, { name: string; path: string }>> = {
  nps: { name: 'NPS calculator', path: '/tools/nps/' },
  npsc: { name: 'NPS calculator', path: '/tools/nps/' },
  csat: { name: 'CSAT calculator', path: '/tools/csat/' },
  ces2: { name: 'CES calculator', path: '/tools/ces/' },
  ces1: { name: 'CES calculator', path: '/tools/ces/' },
  churn: { name: 'churn and retention calculator', path: '/tools/churn-retention/' },
  clv: { name: 'CLV calculator', path: '/tools/clv/' },
};

/**
 * Say why a share link could not be opened, and that the person's own figures were left alone.
 *
 * @param error from decodeChurnShareCode or decodeClvShareCode
 */
export function describeShareCodeError(error: FigureShareCodeError): string {
  const kept = 'Your own figures were left as they were.';
  switch (error.kind) {
    case 'empty':
      return `This share link has no figures in it. ${kept}`;
    case 'too-long':
      return `This share link is too long to be one of ours (${String(error.length)} characters; at most ${String(error.max)}). ${kept}`;
    case 'unsupported-version':
      return `This share link was made by a newer version of this calculator (format ${error.version}), which this page cannot read. Reload the page, or ask for a new link. ${kept}`;
    case 'other-calculator': {
      const other = CALCULATOR_NAMES[error.calculator];
      return other
        ? `This share link is for the ${other.name} (${other.path}), not this one. ${kept}`
        : `This share link is for a calculator this site does not have (“${error.calculator}”). ${kept}`;
    }
    case 'checksum-mismatch':
      return `This share link is incomplete or was changed: its check digits do not match. Copy the whole link again. ${kept}`;
    case 'malformed':
      return `This share link is damaged (its ${error.part === 'structure' ? 'layout' : error.part} part cannot be read). Copy the whole link again. ${kept}`;
    default:
      return error satisfies never;
  }
}
