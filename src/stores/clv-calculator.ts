/**
 * The customer lifetime value calculator: what the person typed for each form, and the actions on it.
 * The draft's shape is `lib/metrics/clv-draft.ts`; what it means (`getClvView`) is `lib/metrics/clv-view.ts`.
 *
 * Data shape: localStorage `touchpoint:clv-calculator` = `{"v": 1, "data": ClvDraft}` (see persisted-atom.ts).
 * Each form keeps its own fields as typed text, so switching form loses nothing and a reload keeps text that
 * is not a number yet. Migrations: none yet; when the shape changes, bump CLV_DRAFT_VERSION and add
 * `migrations[1]`.
 *
 * Periods: every figure that belongs to a period says which (month, quarter, year). The CLV is worked out
 * in the period of the form's main figure (purchase frequency, ARPA or margin); the other figures are
 * converted to it first (`lib/metrics/convert-rate.ts`), and the view lists each conversion so the page can show it.
 *
 * Share links: `/tools/clv/#c=<code>` (see lib/metrics/clv-share-code.ts).
 */
import type { ClvShareState } from '../lib/metrics/clv-share-code.ts';
import { decodeClvShareCode, encodeClvShareCode } from '../lib/metrics/clv-share-code.ts';
import type { ClvDraft, ClvForm, ClvPeriodField } from '../lib/metrics/clv-draft.ts';
import { CLV_EXAMPLE_DRAFT, CLV_FORM_FIELDS, CLV_MAX_FIELD_LENGTH, EMPTY_CLV_DRAFT, getDraftFromShareState } from '../lib/metrics/clv-draft.ts';
import type { ClvTiming } from '../lib/metrics/clv-input.ts';
import type { RatePeriod } from '../lib/metrics/convert-rate.ts';
import type { DisplayCurrencyId } from '../lib/metrics/display-currency.ts';
import type { PortableError } from '../lib/portable/portable-error.ts';
import { createShareLink, type ShareLinkNotice } from './share-link.ts';
import { persistedAtom } from './persisted-atom.ts';

/** The tool page; share links point here even from a guide. */
export const CLV_TOOL_PATH = '/tools/clv/';

export const CLV_DRAFT_VERSION = 1;

export const $clvDraft = persistedAtom<ClvDraft>({
  key: 'clv-calculator',
  version: CLV_DRAFT_VERSION,
  initial: EMPTY_CLV_DRAFT,
  parse: { load: () => import('../lib/metrics/figure-draft-schemas.ts').then((schemas) => schemas.parseClvDraft) },
});

/** What happened to the last share link opened: applied (with the figures it replaced) or refused. */
export type ClvShareNotice = ShareLinkNotice<ClvDraft, PortableError>;

const clvShareLink = createShareLink($clvDraft, decodeClvShareCode, getDraftFromShareState);

export const $clvShareNotice = clvShareLink.$notice;

/** Choose the form of CLV. */
export function setClvForm(form: ClvForm): void {
  $clvDraft.set({ ...$clvDraft.get(), form });
}

/** Choose the currency symbol shown next to money (display only). */
export function setClvCurrency(currency: DisplayCurrencyId): void {
  $clvDraft.set({ ...$clvDraft.get(), currency });
}

/** Set one typed figure of a form. */
export function setClvFigure<F extends ClvForm>(form: F, field: (typeof CLV_FORM_FIELDS)[F][number], value: string): void {
  const draft = $clvDraft.get();
  $clvDraft.set({ ...draft, [form]: { ...draft[form], [field]: value.slice(0, CLV_MAX_FIELD_LENGTH) } });
}

/** Set the period a figure belongs to. */
export function setClvPeriod(selector: ClvPeriodField, value: RatePeriod): void {
  const draft = $clvDraft.get();
  $clvDraft.set({ ...draft, [selector.form]: { ...draft[selector.form], [selector.field]: value } });
}

/** Choose when margins arrive in the discounted form. */
export function setClvTiming(timing: ClvTiming): void {
  const draft = $clvDraft.get();
  $clvDraft.set({ ...draft, discounted: { ...draft.discounted, timing } });
}

/** Empty the figures of every form; the form, currency, periods and timing stay as chosen. */
export function clearClv(): void {
  const draft = $clvDraft.get();
  clvShareLink.replace(
    {
      ...draft,
      simple: { ...draft.simple, averageOrderValue: '', purchaseFrequency: '', lifespan: '', margin: '' },
      subscription: { ...draft.subscription, averageRevenuePerAccount: '', grossMargin: '', churnRate: '' },
      discounted: { ...draft.discounted, marginPerPeriod: '', retentionRate: '', discountRate: '' },
    },
    'clear',
  );
}

/** Fill in the guide's worked example, keeping the form in use. */
export function fillClvExample(): void {
  clvShareLink.replace({ ...CLV_EXAMPLE_DRAFT, form: $clvDraft.get().form }, 'example');
}

/** Open a share link's figures (see `FigureShareLink.apply`). */
export const applyClvShareFragment = clvShareLink.apply;

/** Put back the figures a share link replaced. */
export const restoreClvBeforeShare = clvShareLink.restore;

/** Hide the share-link notice. */
export const dismissClvShareNotice = clvShareLink.dismiss;

/** The full link that reopens these figures on the tool page. */
export function getClvShareUrl(origin: string, state: ClvShareState): string {
  return `${origin}${CLV_TOOL_PATH}#c=${encodeClvShareCode(state)}`;
}
