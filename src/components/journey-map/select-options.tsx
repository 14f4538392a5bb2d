import { EMOTION_LABELS, EMOTION_SCORES, RATING_LABELS, RATINGS, SEVERITIES, SEVERITY_LABELS, type EmotionScore, type Rating, type Severity } from '../../lib/journey/journey-vocabulary';
import { formatSigned } from '../../lib/text/format.ts';

/** Options of an emotion select, "not scored" first. */
export function EmotionOptions() {
  return (
    <>
      <option value="">Not scored</option>
      {EMOTION_SCORES.map((score) => (
        <option key={score} value={String(score)}>
          {formatSigned(score)} {EMOTION_LABELS[score]}
        </option>
      ))}
    </>
  );
}

/** Read an emotion select's value: '' is "not scored". */
export function readEmotion(value: string): EmotionScore | null {
  return EMOTION_SCORES.find((score) => String(score) === value) ?? null;
}

export function RatingOptions() {
  return (
    <>
      {RATINGS.map((rating) => (
        <option key={rating} value={String(rating)}>
          {rating} {RATING_LABELS[rating]}
        </option>
      ))}
    </>
  );
}

export function readRating(value: string, fallback: Rating): Rating {
  return RATINGS.find((rating) => String(rating) === value) ?? fallback;
}

export function SeverityOptions() {
  return (
    <>
      {SEVERITIES.map((severity) => (
        <option key={severity} value={String(severity)}>
          {SEVERITY_LABELS[severity]}
        </option>
      ))}
    </>
  );
}

export function readSeverity(value: string, fallback: Severity): Severity {
  return SEVERITIES.find((severity) => severity === value) ?? fallback;
}
