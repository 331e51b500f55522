/**
 * A small seeded generator (mulberry32) returning numbers in [0, 1): the same seed gives the same sequence on every
 * machine, so a fault plan, a benchmark's messages or a soak run replays identically.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
