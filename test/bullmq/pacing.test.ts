import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReceiverWatch, RedisClock } from '../../src/bullmq/pacing.js';

// Redis's clock in microseconds, 1,000 s ahead of this process's performance.now() in these tests.
const OFFSET_MS = 1_000_000;
const redisAt = (localMs: number) => (localMs + OFFSET_MS) * 1000;

describe('RedisClock', () => {
  it('maps an instant of Redis’s clock onto this process’s clock, from the middle of the reply that read it', () => {
    const clock = new RedisClock();
    expect(clock.local(redisAt(50))).toBeNaN();
    // Redis read its clock at local 10.5 ms; the reply took 1 ms there and back.
    clock.note(10, 11, redisAt(10.5));
    expect(clock.local(redisAt(50))).toBeCloseTo(50, 6);
  });

  it('a turn Redis gave late is not early: its delay counts from Redis’s later clock', () => {
    const clock = new RedisClock();
    clock.note(0, 1, redisAt(0.5));
    // Redis was held up 40 ms before it ran the script: its clock read local 40.5, the turn is 10 ms after that.
    clock.note(0, 41, redisAt(40.5));
    expect(clock.local(redisAt(40.5) + 10_000)).toBeCloseTo(50.5, 6);
  });

  it('keeps the reply with the least doubt: a slow reply does not replace a recent quick one, an old one ages', () => {
    const clock = new RedisClock();
    clock.note(0, 0.2, redisAt(0.1));
    // Read 30 ms late (this process was held off the CPU): its middle is 15 ms off, so it is not used.
    clock.note(1, 31, redisAt(1));
    expect(clock.local(redisAt(100))).toBeCloseTo(100, 6);
    // Redis's clock stepped 5 ms ahead: a reply 10 s later with a 2 ms round trip is trusted over the old one.
    clock.note(10_000, 10_002, redisAt(10_001 + 5));
    expect(clock.local(redisAt(10_100))).toBeCloseTo(10_095, 6);
  });
});

describe('ReceiverWatch', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A watch that has seen one answer take `quickMs`. */
  function watchWithAnswer(quickMs: number): ReceiverWatch {
    const watch = new ReceiverWatch();
    const answered = watch.sent();
    vi.advanceTimersByTime(quickMs);
    answered();
    return watch;
  }

  it('is held up when two sends wait longer than twice the quickest answer plus 5 ms, not when one does', () => {
    const watch = watchWithAnswer(1);
    const first = watch.sent();
    vi.advanceTimersByTime(1);
    const second = watch.sent();
    vi.advanceTimersByTime(6);
    // The second has waited 6 ms, within 2 × 1 + 5 = 7.
    expect(watch.heldUp()).toBe(false);
    vi.advanceTimersByTime(2);
    expect(watch.heldUp()).toBe(true);
    first();
    // One slow send alone is that request's fate, not a receiver held up.
    expect(watch.heldUp()).toBe(false);
    second();
    expect(watch.heldUp()).toBe(false);
  });

  it('holds sends until an answer comes that ends it, and counts the sends piled up meanwhile once', async () => {
    const watch = watchWithAnswer(1);
    const first = watch.sent();
    const second = watch.sent();
    vi.advanceTimersByTime(20);
    let resumed = false;
    const held = watch.held().then(() => {
      resumed = true;
    });
    await Promise.resolve();
    expect(resumed).toBe(false);
    // Another send held by the same hold does not count the pile again.
    const alsoHeld = watch.held();
    first();
    await Promise.all([held, alsoHeld]);
    expect(resumed).toBe(true);
    // The two sends waiting when it was seen held up piled up there: counted once, for the late sends.
    expect(watch.takePiled()).toBe(2);
    expect(watch.takePiled()).toBe(0);
    second();
  });

  it('follows a receiver that slows down for good: the quickest answer ages', () => {
    const watch = watchWithAnswer(1);
    vi.advanceTimersByTime(2_000);
    // Two seconds on, a 15 ms answer is the new measure (1 ms aged by 10 ms a second is 21).
    const slow = watch.sent();
    vi.advanceTimersByTime(15);
    slow();
    const first = watch.sent();
    const second = watch.sent();
    vi.advanceTimersByTime(30);
    expect(watch.heldUp()).toBe(false);
    vi.advanceTimersByTime(6);
    expect(watch.heldUp()).toBe(true);
    first();
    second();
  });

  it('never holds before any answer came', () => {
    const watch = new ReceiverWatch();
    watch.sent();
    watch.sent();
    vi.advanceTimersByTime(60_000);
    expect(watch.heldUp()).toBe(false);
  });
});
