import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { FigureError } from './figure-error.ts';
import { findFigureError } from './figure-error.ts';

/** The revenue figures a retention calculation takes. */
export type RevenueField = 'startingRevenue' | 'expansionRevenue' | 'contractionRevenue' | 'churnedRevenue';

/** Recurring revenue from the customers there at the start of a period, and how it moved. */
export type RevenueMovement = {
  /** Recurring revenue at the start of the period. */
  readonly startingRevenue: number;
  /** Upgrades and cross-sells from those customers. */
  readonly expansionRevenue: number;
  /** Downgrades from customers who stayed. */
  readonly contractionRevenue: number;
  /** Revenue of customers who left. */
  readonly churnedRevenue: number;
};

/** Why revenue figures are impossible. */
export type RevenueInputError =
  | FigureError<RevenueField>
  | { readonly kind: 'no-starting-revenue'; readonly field: 'startingRevenue' }
  /** Contraction plus churn exceed what there was to lose. */
  | { readonly kind: 'losses-exceed-start'; readonly field: 'churnedRevenue'; readonly losses: number; readonly startingRevenue: number }
  /** Expansion so large against the start that the ratio passes the largest number JavaScript can hold. */
  | { readonly kind: 'too-large'; readonly field: 'expansionRevenue' };

/** Revenue retention as fractions (1 = 100%). */
export type RevenueRetention = {
  /** (start − contraction − churned) / start, at most 1. */
  readonly grossRevenueRetention: number;
  /** (start + expansion − contraction − churned) / start. */
  readonly netRevenueRetention: number;
};

/**
 * Gross and net revenue retention for one period.
 *
 * GRR = (start − contraction − churned) / start; NRR = (start + expansion −
 * contraction − churned) / start. New customers' revenue is not counted. O(1).
 *
 * @param movement starting revenue, expansion, contraction and churned revenue
 * @returns GRR and NRR, or which figure is impossible
 * @example calculateRevenueRetention({ startingRevenue: 100000, expansionRevenue: 15000, contractionRevenue: 5000, churnedRevenue: 10000 }) // { ok: true, value: { grossRevenueRetention: 0.85, netRevenueRetention: 1 } }
 * @see https://www.forentrepreneurs.com/saas-metrics-2/ (David Skok, SaaS metrics 2.0: revenue churn and expansion)
 */
export function calculateRevenueRetention(movement: RevenueMovement): Result<RevenueRetention, RevenueInputError> {
  const figureError = findFigureError(movement, ['startingRevenue', 'expansionRevenue', 'contractionRevenue', 'churnedRevenue']);
  if (figureError) return err(figureError);
  const { startingRevenue, expansionRevenue, contractionRevenue, churnedRevenue } = movement;
  if (startingRevenue === 0) return err({ kind: 'no-starting-revenue', field: 'startingRevenue' });
  const losses = contractionRevenue + churnedRevenue;
  if (losses > startingRevenue) return err({ kind: 'losses-exceed-start', field: 'churnedRevenue', losses, startingRevenue });
  const netRevenueRetention = (startingRevenue + expansionRevenue - losses) / startingRevenue;
  if (!Number.isFinite(netRevenueRetention)) return err({ kind: 'too-large', field: 'expansionRevenue' });
  return ok({ grossRevenueRetention: (startingRevenue - losses) / startingRevenue, netRevenueRetention });
}
