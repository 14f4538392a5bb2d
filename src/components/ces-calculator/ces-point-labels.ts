/** The words of each CES answer, which the count fields name on first render (apart from the results' words, which load later). */

/** Label of each CES 2.0 answer. */
export const CES2_POINT_LABELS: Readonly<Record<number, string>> = {
  1: 'Strongly disagree',
  2: 'Disagree',
  3: 'Somewhat disagree',
  4: 'Neither',
  5: 'Somewhat agree',
  6: 'Agree',
  7: 'Strongly agree',
};

/** Label of each CES 1.0 answer. */
export const CES1_POINT_LABELS: Readonly<Record<number, string>> = {
  1: 'Very low effort',
  2: 'Low effort',
  3: 'Moderate effort',
  4: 'High effort',
  5: 'Very high effort',
};
