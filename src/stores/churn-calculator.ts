/**
 * The churn and retention calculator: what the person typed, and the actions on it. The draft's shape is
 * `lib/metrics/churn-draft.ts`; what it means (`getChurnView`) is `lib/metrics/churn-view.ts`.
 *
 * Data shape: localStorage `touchpoint:churn-calculator` = `{"v": 1, "data": ChurnDraft}` (see persisted-atom.ts).
 * Fields are kept as typed text, so nothing typed is lost on a reload, even text that is not a number yet.
 * Migrations: none yet; when the shape changes, bump CHURN_DRAFT_VERSION and add `migrations[1]`.
 *
 * The tool page and a guide that embeds the calculator share this store: it is the same person's figures.
 * Share links: `/tools/churn-retention/#c=<code>` (see lib/metrics/churn-share-code.ts).
 */
import type { ChurnShareState } from '../lib/metrics/churn-share-code.ts';
import { decodeChurnShareCode, encodeChurnShareCode } from '../lib/metrics/churn-share-code.ts';
import type { ChurnDraft, ChurnFigureField } from '../lib/metrics/churn-draft.ts';
import { CHURN_EXAMPLE_DRAFT, CHURN_MAX_FIELD_LENGTH, EMPTY_CHURN_DRAFT, getDraftFromShareState } from '../lib/metrics/churn-draft.ts';
import type { RatePeriod } from '../lib/metrics/convert-rate.ts';
import type { DisplayCurrencyId } from '../lib/metrics/display-currency.ts';
import type { PortableError } from '../lib/portable/portable-error.ts';
import { createShareLink, type ShareLinkNotice } from './share-link.ts';
import { persistedAtom } from './persisted-atom.ts';

/** The tool page; share links point here even from a guide. */
export const CHURN_TOOL_PATH = '/tools/churn-retention/';

export const CHURN_DRAFT_VERSION = 1;

export const $churnDraft = persistedAtom<ChurnDraft>({
  key: 'churn-calculator',
  version: CHURN_DRAFT_VERSION,
  initial: EMPTY_CHURN_DRAFT,
  parse: { load: () => import('../lib/metrics/figure-draft-schemas.ts').then((schemas) => schemas.parseChurnDraft) },
});

/** What happened to the last share link opened: applied (with the figures it replaced) or refused. */
export type ChurnShareNotice = ShareLinkNotice<ChurnDraft, PortableError>;

const churnShareLink = createShareLink($churnDraft, decodeChurnShareCode, (_current: ChurnDraft, state: ChurnShareState) => getDraftFromShareState(state));

export const $churnShareNotice = churnShareLink.$notice;

/** Set one typed figure. */
export function setChurnFigure(field: ChurnFigureField, text: string): void {
  const draft = $churnDraft.get();
  $churnDraft.set({ ...draft, figures: { ...draft.figures, [field]: text.slice(0, CHURN_MAX_FIELD_LENGTH) } });
}

/** Set the period the customer and revenue figures cover. */
export function setChurnPeriod(period: RatePeriod): void {
  $churnDraft.set({ ...$churnDraft.get(), period });
}

/** Set the period of the churn rate to convert. */
export function setRateToConvertPeriod(period: RatePeriod): void {
  $churnDraft.set({ ...$churnDraft.get(), rateToConvertPeriod: period });
}

/** Choose the currency symbol shown next to revenue (display only). */
export function setChurnCurrency(currency: DisplayCurrencyId): void {
  $churnDraft.set({ ...$churnDraft.get(), currency });
}

/** Empty every field (the period and currency stay as chosen); the figures can be put back. */
export function clearChurn(): void {
  const { period, currency, rateToConvertPeriod } = $churnDraft.get();
  churnShareLink.replace({ ...EMPTY_CHURN_DRAFT, period, currency, rateToConvertPeriod }, 'clear');
}

/** Fill in the guide's worked example; the figures it replaced can be put back. */
export function fillChurnExample(): void {
  churnShareLink.replace(CHURN_EXAMPLE_DRAFT, 'example');
}

/** Open a share link's figures (see `FigureShareLink.apply`). */
export const applyChurnShareFragment = churnShareLink.apply;

/** Put back the figures a share link replaced. */
export const restoreChurnBeforeShare = churnShareLink.restore;

/** Hide the share-link notice. */
export const dismissChurnShareNotice = churnShareLink.dismiss;

/** The full link that reopens these figures on the tool page. */
export function getChurnShareUrl(origin: string, state: ChurnShareState): string {
  return `${origin}${CHURN_TOOL_PATH}#c=${encodeChurnShareCode(state)}`;
}
