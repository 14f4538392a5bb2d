import { useEffect, useState } from 'react';

/** How long typing must pause before results and announcements follow. */
export const RESULT_DELAY_MS = 300;

/**
 * The value results are worked out from. While the person types (`typingRef.current` true) it follows
 * `delay` ms after the last change, so results do not flicker at each key and a screen reader hears one
 * summary, not one per keystroke; any other change (loading saved figures, a share link, Clear, a selector)
 * follows at once.
 *
 * @param value the current value
 * @param typingRef set to true by input handlers and false by every other action
 * @param delay the pause, in ms
 */
export function useSettledValue<T>(value: T, typingRef: { current: boolean }, delay = RESULT_DELAY_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(settled, value)) return undefined;
    if (!typingRef.current) {
      setSettled(value);
      return undefined;
    }
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, settled, delay, typingRef]);
  return settled;
}
