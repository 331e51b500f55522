// A time limit given as an option is kept by a timer, and a timer keeps 1 to 2^31 − 1 ms only: 0, a negative number,
// NaN, Infinity or anything longer fires at once, which would end every attempt right after it was sent.

/** The longest delay a timer keeps (2^31 − 1 ms, about 24.8 days). */
export const MAX_TIMER_MS = 2_147_483_647;

/** `ms`, when a timer can keep it; a RangeError naming the option otherwise. */
export function checkTimer(name: string, ms: number): number {
  if (!Number.isFinite(ms) || ms <= 0 || ms > MAX_TIMER_MS) {
    throw new RangeError(`${name} must be a number of milliseconds from 1 to ${MAX_TIMER_MS}, got ${ms}`);
  }
  return ms;
}
