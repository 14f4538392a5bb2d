import { describe, expect, it } from 'vitest';
import * as metrics from '../../../src/lib/metrics/index.ts';

describe('metrics public API', () => {
  it('exports every calculator, parser and statistic', () => {
    expect(Object.keys(metrics).sort()).toMatchInlineSnapshot(`
      [
        "ANSWER_LIMIT",
        "CALCULATOR_CODE_VERSION",
        "CES_EFFORT_SCALE",
        "CES_SCALE",
        "CONFIDENCE_LEVELS",
        "CSAT_SCALES",
        "DEFAULT_CONFIDENCE_LEVEL",
        "DEFAULT_CSAT_SCALE",
        "DEFAULT_MAX_ISSUES",
        "DEFAULT_MINIMUM_SEGMENT_N",
        "DEFAULT_POWER",
        "DEFAULT_SENSITIVITY_CHANGES",
        "DISPLAY_CURRENCIES",
        "DISPLAY_CURRENCY_IDS",
        "FEWEST_ANSWERS",
        "MAX_EXACT_PERMUTATION_WORK",
        "NPS_SCALE",
        "PERIOD_CODES",
        "POWER_LEVELS",
        "RATE_PERIOD_MONTHS",
        "SMALL_SAMPLE_BELOW",
        "WIDE_INTERVAL_SHARE_OF_RANGE",
        "adjustHolm",
        "calculateCes",
        "calculateCesEffort",
        "calculateChurn",
        "calculateClv",
        "calculateCsat",
        "calculateNps",
        "calculateNpsFromGroups",
        "calculateNpsFromScores",
        "calculateRevenueRetention",
        "chooseTwoSampleTest",
        "compareMeans",
        "compareNps",
        "compareSegments",
        "compareShares",
        "convertChurnRate",
        "convertDiscountRate",
        "countScores",
        "decodeChurnShareCode",
        "decodeClvShareCode",
        "decodeFigure",
        "decodeShareCode",
        "describeChange",
        "describeClvFormula",
        "describeDataPower",
        "describeIntervalGap",
        "describeNpsChange",
        "describeScoreIssue",
        "describeSegmentPair",
        "describeTableColumns",
        "detectPasteLayout",
        "encodeChurnShareCode",
        "encodeClvShareCode",
        "encodeFigure",
        "encodeShareCode",
        "forEachDelimitedRecord",
        "formatPValue",
        "getAdjustedWaldNpsInterval",
        "getChiSquareHomogeneity",
        "getChiSquareSurvival",
        "getClvSensitivity",
        "getExactPermutationPValue",
        "getFSurvival",
        "getNpsGroups",
        "getNpsVariance",
        "getPeriodExponent",
        "getPlanningStandardDeviation",
        "getRegularizedUpperGamma",
        "getReliabilityWarnings",
        "getScalePointCount",
        "getSignificanceLevel",
        "getTwoSidedPValue",
        "getWelchAnova",
        "getWilsonInterval",
        "getZForConfidence",
        "isBlankCell",
        "isConfidenceLevel",
        "isCsatScaleId",
        "isDisplayCurrencyId",
        "isNumericCell",
        "logGamma",
        "normalCdf",
        "normalQuantile",
        "parseColumnScores",
        "parseCountField",
        "parseCountFields",
        "parseNpsGroupFields",
        "parseNumberField",
        "parseScores",
        "planForChange",
        "planForMargin",
        "readCalculatorCode",
        "readScoreToken",
        "regularizedIncompleteBeta",
        "roundHalfAwayFromZero",
        "studentTCdf",
        "studentTQuantile",
        "suggestScoreColumn",
        "summariseMean",
        "toPlainDecimal",
        "usesDecimalComma",
        "validateClvInput",
        "validateNpsGroups",
        "validateScoreCounts",
        "validateShareSample",
        "writeCalculatorCode",
      ]
    `);
  });

  it('runs a paste end to end: layout, parse, NPS, share code', () => {
    const text = 'id,score,comment\n1,10,great\n2,9,"fast, friendly"\n3,6,slow\n4,8,ok\n5,n/a,skipped';
    const layout = metrics.detectPasteLayout(text);
    if (layout.kind !== 'table' || layout.suggestedColumn === null) throw new Error('expected a table');
    const parsed = metrics.parseColumnScores(text, layout, layout.suggestedColumn, metrics.NPS_SCALE);
    if (parsed.kind !== 'parsed') throw new Error('expected scores');
    expect(parsed.issues.map(metrics.describeScoreIssue)).toEqual(['Row 6, column 2: "n/a" is not a number']);
    const nps = metrics.calculateNps(parsed.counts);
    if (!nps.ok) throw new Error('expected an NPS');
    expect(nps.value.nps).toBe(25);
    expect(metrics.roundHalfAwayFromZero(nps.value.interval.lower)).toBe(-44);
    const code = metrics.encodeShareCode({ calculator: 'nps', confidence: 95, sample: { kind: 'scores', counts: parsed.counts } });
    expect(metrics.decodeShareCode(code)).toEqual({ ok: true, value: { calculator: 'nps', confidence: 95, sample: { kind: 'scores', counts: parsed.counts } } });
  });
});
