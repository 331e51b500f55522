// Redis's clock as one worker process sees it. A send's turn is an instant of Redis's clock (one clock for every
// worker of the queue, wherever they run); the worker must send at that instant of its own clock, neither before nor
// after. Waiting "the reply's delay after the reply came" is early when Redis ran the script late (it was held off
// the CPU, or busy with other clients: the turn was counted from its later clock), and late when the reply was read
// late; only mapping the turn onto the worker's clock is right in both cases.

/**
 * How fast an offset once measured is trusted less, in ms per ms of age: clocks kept by NTP drift apart by less than
 * 0.5 ms a second; at 1 ms a second a fresh reply soon replaces an old one, so a clock that steps is followed too.
 */
const AGING = 0.001;

/**
 * The offset between Redis's clock and this process's `performance.now()`, from replies that carry Redis's time:
 * Redis read its clock somewhere between the question leaving and the answer being read, so each reply gives the
 * offset to within half its round trip. The reply used is the one with the least doubt, half its round trip plus its
 * age times AGING: replies read late by a process held off the CPU (round trips of tens of milliseconds) do not
 * replace a recent quick one.
 */
export class RedisClock {
  #offsetMs = Number.NaN;
  #doubtMs = Infinity;
  #measuredAt = 0;

  /** Notes a reply that read Redis's clock at `redisMicros`, asked at `askedAt` and read at `answeredAt` (ms). */
  note(askedAt: number, answeredAt: number, redisMicros: number): void {
    const doubt = (answeredAt - askedAt) / 2;
    if (doubt > this.#doubtMs + (answeredAt - this.#measuredAt) * AGING) return;
    this.#offsetMs = redisMicros / 1000 - (askedAt + answeredAt) / 2;
    this.#doubtMs = doubt;
    this.#measuredAt = answeredAt;
  }

  /** The instant `redisMicros` of Redis's clock on this process's `performance.now()` clock (NaN before any note). */
  local(redisMicros: number): number {
    return redisMicros / 1000 - this.#offsetMs;
  }
}

/**
 * How fast the quickest recent answer is trusted less, in ms per ms of age (10 ms a second): a receiver that slows
 * down for good (a busier network, a loaded machine) raises it by 10 ms a second, so a large slow-down (2 ms to 100 ms)
 * takes about 10 s to track, during which most sends leave as late sends: slower, never over the limit.
 */
const ANSWER_AGING = 0.01;

/** How much longer than twice the quickest recent answer a send may wait for its answer before it counts as held up. */
const HELD_UP_MARGIN_MS = 5;

/**
 * How many sends must be held up before the worker holds its next ones: a lone slow answer is one request's fate, two
 * mean the receiver (or the way to it) stalls.
 */
const HELD_UP_SENDS = 2;

/**
 * One worker's sends that wait for their answer. 8x8 counts a request when it takes it in: a receiver held up
 * (stalled, or the way to it) takes in every request that reached it meanwhile at once when it runs again, so a
 * stall of d ms puts d ms of sends into one second, over the limit when d is more than the headroom. So while
 * HELD_UP_SENDS of this worker's sends have waited longer than twice the quickest recent answer plus
 * HELD_UP_MARGIN_MS, its next sends wait too (`held`), and leave late, where the late sends' share of the headroom
 * bounds them, instead of piling up at the receiver. The sends already there when it was seen held up are late sends
 * too, in effect: `takePiled` gives their number once, for the queue to count them with the late sends.
 */
export class ReceiverWatch {
  /** Send times of the sends waiting for their answer, oldest first (a Set keeps insertion order). */
  readonly #unanswered = new Set<{ readonly at: number }>();
  #quickestMs = Infinity;
  #measuredAt = 0;
  #waiting: (() => void)[] = [];
  #piled = 0;

  /** Notes a send leaving now; call the function returned when its answer (or its failure) comes. */
  sent(): () => void {
    const send = { at: performance.now() };
    this.#unanswered.add(send);
    return () => {
      if (!this.#unanswered.delete(send)) return;
      const now = performance.now();
      const took = now - send.at;
      if (took <= this.#quickestMs + (now - this.#measuredAt) * ANSWER_AGING) {
        this.#quickestMs = took;
        this.#measuredAt = now;
      }
      const waiting = this.#waiting;
      this.#waiting = [];
      for (const resume of waiting) resume();
    };
  }

  /** Whether HELD_UP_SENDS sends have waited longer than the receiver is seen to take (plus a margin). */
  heldUp(): boolean {
    let rank = 0;
    for (const send of this.#unanswered) {
      if (++rank < HELD_UP_SENDS) continue;
      return performance.now() - send.at > 2 * this.#quickestMs + HELD_UP_MARGIN_MS;
    }
    return false;
  }

  /** Resolves once the receiver is no longer held up (at once when it is not). */
  async held(): Promise<void> {
    if (!this.heldUp()) return;
    // Seen held up: the sends waiting for their answer are the ones piled up there (one count per hold: the
    // sends held together all wait here, and the count is taken once).
    if (this.#waiting.length === 0) this.#piled = Math.max(this.#piled, this.#unanswered.size);
    while (this.heldUp()) await new Promise<void>((resume) => this.#waiting.push(resume));
  }

  /** How many sends piled up at the receiver in the holds since the last call (0 when none). */
  takePiled(): number {
    const piled = this.#piled;
    this.#piled = 0;
    return piled;
  }
}
