// Runs a task per item with at most `concurrency` tasks in flight, pulling items lazily (so a huge or endless
// iterable is never read ahead), and yields each result as soon as its task settles.

/**
 * Maps `items` through `task`, `concurrency` at a time, yielding results in completion order.
 *
 * Read-ahead is bounded: an item is pulled only while fewer than `concurrency` items are pulled but not yet yielded
 * (running, or settled and waiting for the consumer). A slow consumer therefore slows the pool down instead of
 * letting results pile up, and an endless iterable is read at most `concurrency` items ahead.
 * If the consumer stops early, no new task starts (tasks already running finish on their own).
 * `task` should not reject (the client's tasks turn every failure into an outcome); if one does, the generator
 * rethrows that error once the tasks already running have settled.
 */
export async function* runPool<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  concurrency: number,
  task: (item: T, index: number) => Promise<R>,
): AsyncGenerator<R, void, undefined> {
  const iterator: Iterator<T> | AsyncIterator<T> =
    Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  const settled: R[] = [];
  let failure: { readonly error: unknown } | undefined;
  let wake: (() => void) | undefined;
  let running = 0;
  let index = 0;
  let exhausted = false;

  const start = (item: T) => {
    running++;
    task(item, index++).then(
      (result) => {
        running--;
        settled.push(result);
        wake?.();
      },
      (error: unknown) => {
        running--;
        failure ??= { error };
        wake?.();
      },
    );
  };

  try {
    for (;;) {
      while (failure === undefined && !exhausted && running + settled.length < concurrency) {
        const next = await iterator.next();
        if (next.done === true) exhausted = true;
        else start(next.value);
      }
      if (settled.length > 0) {
        yield settled.shift() as R;
        continue;
      }
      if (running === 0) {
        if (failure !== undefined) throw failure.error;
        if (exhausted) return;
        continue;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = undefined;
    }
  } finally {
    if (!exhausted) await iterator.return?.();
  }
}
