// The metrics library's public API. Pure TypeScript: no DOM, React or astro:* imports.

// Pasted input
export { detectPasteLayout } from './detect-paste-layout.ts';
export type { PasteLayout, TableLayout } from './detect-paste-layout.ts';
export { describeTableColumns, isBlankCell, isNumericCell } from './describe-table-columns.ts';
export type { TableColumn } from './describe-table-columns.ts';
export { suggestScoreColumn } from './suggest-score-column.ts';
export { parseScores } from './parse-scores.ts';
export type { ParseScoresOptions } from './parse-scores.ts';
export { parseColumnScores } from './parse-column-scores.ts';
export type { ColumnScoreParse, ParseColumnScoresOptions, ParsedColumnScores } from './parse-column-scores.ts';
export { DEFAULT_MAX_ISSUES } from './score-tally.ts';
export type { ParsedScores, ScoreParse } from './score-tally.ts';
export { describeScoreIssue } from './score-issue.ts';
export type { ScoreIssue, ScoreIssueKind } from './score-issue.ts';
export { usesDecimalComma } from './uses-decimal-comma.ts';
export { readScoreToken } from './read-score-token.ts';
export { forEachDelimitedRecord } from './read-delimited-records.ts';
export type { RecordVisitor, TableDelimiter } from './read-delimited-records.ts';
export { CES_EFFORT_SCALE, CES_SCALE, NPS_SCALE, getScalePointCount } from './score-scale.ts';
export type { ScoreScale } from './score-scale.ts';

// Counts mode and typed figures
export { parseNumberField } from './parse-number-field.ts';
export type { NumberFieldError, ParseNumberFieldOptions } from './parse-number-field.ts';
export { parseCountField } from './parse-count-field.ts';
export type { CountFieldError } from './parse-count-field.ts';
export { parseCountFields } from './parse-count-fields.ts';
export type { CountFieldIssue, CountFieldsParse } from './parse-count-fields.ts';
export { parseNpsGroupFields } from './parse-nps-group-fields.ts';
export type { NpsGroupFields, NpsGroupFieldsParse } from './parse-nps-group-fields.ts';
export { countScores } from './count-scores.ts';
export type { CountScoresError } from './count-scores.ts';
export { validateScoreCounts } from './validate-score-counts.ts';
export type { ScoreCountsError } from './validate-score-counts.ts';

// Shared
export { CONFIDENCE_LEVELS, DEFAULT_CONFIDENCE_LEVEL, isConfidenceLevel } from './confidence-level.ts';
export { getZForConfidence } from './statistics/normal-quantile.ts';
export type { ConfidenceLevel } from './confidence-level.ts';
export { WIDE_INTERVAL_SHARE_OF_RANGE, getReliabilityWarnings } from './reliability-warning.ts';
export type { ReliabilityWarning } from './reliability-warning.ts';
export { formatPValue } from './format-p-value.ts';
export {
  ANSWER_LIMIT,
  DEFAULT_POWER,
  FEWEST_ANSWERS,
  POWER_LEVELS,
  describeDataPower,
  getPlanningStandardDeviation,
  planForChange,
  planForMargin,
} from './plan-sample-size.ts';
export type {
  ChangePlan,
  DataPower,
  ExpectedAnswers,
  MarginPlan,
  ObservedAnswers,
  PlannedCount,
  PlanningError,
  PowerLevel,
} from './plan-sample-size.ts';

// NPS
export { calculateNps, calculateNpsFromGroups, calculateNpsFromScores } from './nps.ts';
export type { NpsOptions, NpsResult } from './nps.ts';
export { getNpsGroups, validateNpsGroups } from './nps-groups.ts';
export type { NpsGroupName, NpsGroups, NpsInputError } from './nps-groups.ts';
export { getNpsVariance } from './nps-variance.ts';
export { getAdjustedWaldNpsInterval } from './adjusted-wald-nps-interval.ts';
export type { NpsInterval } from './adjusted-wald-nps-interval.ts';
export { compareNps } from './compare-nps.ts';
export type { CompareNpsOptions, NpsComparison, NpsComparisonError } from './compare-nps.ts';
export { describeNpsChange } from './describe-nps-change.ts';

// Comparing samples and segments
export { SMALL_SAMPLE_BELOW, chooseTwoSampleTest, getSignificanceLevel } from './two-sample-test.ts';
export type { ComparisonNote, ComparisonTest, ComparisonUnit, TestChoice, TestChoiceInput } from './two-sample-test.ts';
export { compareShares, validateShareSample } from './compare-shares.ts';
export type { CompareSharesOptions, ShareComparison, ShareComparisonError, ShareInputError, ShareSample } from './compare-shares.ts';
export { compareMeans } from './compare-means.ts';
export type { CompareMeansOptions, MeanComparison, MeanComparisonError, MeanDifferenceInterval, MeanSampleSummary } from './compare-means.ts';
export { DEFAULT_MINIMUM_SEGMENT_N, compareSegments } from './compare-segments.ts';
export type {
  CompareSegmentsOptions,
  ExcludedSegment,
  OverallSegmentTest,
  SegmentComparison,
  SegmentComparisonError,
  SegmentInput,
  SegmentPair,
  SegmentSummary,
} from './compare-segments.ts';
export { describeChange, describeSegmentPair } from './describe-change.ts';
export type { ChangeToDescribe, DescribeChangeOptions, SegmentPairToDescribe } from './describe-change.ts';
export { describeIntervalGap } from './describe-interval-gap.ts';
export type { IntervalGapInput } from './describe-interval-gap.ts';

// CSAT and CES
export { CSAT_SCALES, DEFAULT_CSAT_SCALE, isCsatScaleId } from './csat-scale.ts';
export type { CsatScaleId } from './csat-scale.ts';
export { calculateCsat } from './csat.ts';
export type { CsatInputError, CsatOptions, CsatResult } from './csat.ts';
export { calculateCes } from './ces.ts';
export type { CesOptions, CesResult } from './ces.ts';
export { calculateCesEffort } from './ces-effort.ts';
export type { CesEffortResult } from './ces-effort.ts';
export { summariseMean } from './mean-interval.ts';
export type { MeanInterval, MeanSummary } from './mean-interval.ts';

// Churn, retention and CLV
export { calculateChurn } from './churn-rate.ts';
export type { ChurnInputError, ChurnResult, CustomerField, CustomerMovement } from './churn-rate.ts';
export { RATE_PERIOD_MONTHS, convertChurnRate, convertDiscountRate, getPeriodExponent } from './convert-rate.ts';
export type { RateError, RatePeriod } from './convert-rate.ts';
export { calculateRevenueRetention } from './revenue-retention.ts';
export type { RevenueField, RevenueInputError, RevenueMovement, RevenueRetention } from './revenue-retention.ts';
export type { FigureError } from './figure-error.ts';
export { calculateClv } from './clv.ts';
export type { ClvResult } from './clv.ts';
export { validateClvInput } from './clv-input.ts';
export type {
  ClvField,
  ClvInput,
  ClvInputError,
  ClvTiming,
  DiscountedClvInput,
  SimpleClvInput,
  SubscriptionClvInput,
} from './clv-input.ts';
export { describeClvFormula } from './describe-clv-formula.ts';
export type { FormulaFormatters } from './describe-clv-formula.ts';
export { DEFAULT_SENSITIVITY_CHANGES, getClvSensitivity } from './clv-sensitivity.ts';
export type { ClvSensitivityError, ClvSensitivityParameter, ClvSensitivityRow } from './clv-sensitivity.ts';

// Share codes
export { CALCULATOR_CODE_VERSION, readCalculatorCode, writeCalculatorCode } from './calculator-code.ts';
export { decodeShareCode, encodeShareCode } from './share-code.ts';
export type { NpsSample, ShareState } from './share-code.ts';
export { PERIOD_CODES, decodeFigure, encodeFigure } from './figure-share-code.ts';
export { decodeChurnShareCode, encodeChurnShareCode } from './churn-share-code.ts';
export type { ChurnShareState } from './churn-share-code.ts';
export { decodeClvShareCode, encodeClvShareCode } from './clv-share-code.ts';
export type { ClvShareState } from './clv-share-code.ts';

// Typed figures shown back
export { DISPLAY_CURRENCIES, DISPLAY_CURRENCY_IDS, isDisplayCurrencyId } from './display-currency.ts';
export type { DisplayCurrencyId } from './display-currency.ts';
export { toPlainDecimal } from './to-plain-decimal.ts';

// Statistics
export { normalCdf } from './statistics/normal-cdf.ts';
export { normalQuantile } from './statistics/normal-quantile.ts';
export { studentTCdf } from './statistics/student-t-cdf.ts';
export { studentTQuantile } from './statistics/student-t-quantile.ts';
export { regularizedIncompleteBeta } from './statistics/regularized-incomplete-beta.ts';
export { getChiSquareSurvival, getRegularizedUpperGamma } from './statistics/chi-square-survival.ts';
export { getFSurvival } from './statistics/f-survival.ts';
export { adjustHolm } from './statistics/holm.ts';
export { MAX_EXACT_PERMUTATION_WORK, getExactPermutationPValue } from './statistics/exact-permutation.ts';
export type { ExactPermutationResult } from './statistics/exact-permutation.ts';
export { getChiSquareHomogeneity } from './statistics/chi-square-homogeneity.ts';
export type { ChiSquareHomogeneity } from './statistics/chi-square-homogeneity.ts';
export { getWelchAnova } from './statistics/welch-anova.ts';
export type { GroupMoments, WelchAnova } from './statistics/welch-anova.ts';
export { logGamma } from './statistics/log-gamma.ts';
export { getWilsonInterval } from './statistics/wilson-interval.ts';
export type { ProportionInterval } from './statistics/wilson-interval.ts';
export { getTwoSidedPValue } from './statistics/two-sided-p-value.ts';
export { roundHalfAwayFromZero } from './statistics/round-half-away-from-zero.ts';
