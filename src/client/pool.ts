// Runs a task per item with at most `concurrency` tasks in flight, pulling items lazily (so a huge or endless
// iterable is never read ahead), and yields each result as soon as its task settles.

/**
 * Maps `items` through `task`, `concurrency` at a time, yielding results in completion order.
 *
 * Read-ahead is bounded: an item is pulled only while fewer than `concurrency` items are pulled but not yet yielded
 * (running, or settled and waiting for the consumer). A slow consumer therefore slows the pool down instead of
 * letting results pile up, and an endless iterable is read at most `concurrency` items ahead.
 * If the consumer stops early, no new task starts (tasks already running finish on their own).
 * Once `stopped()` returns true, no further item is pulled, and the results of tasks already running are still
 * yielded. If pulling an item throws (the caller's iterator), or a task rejects (the client's tasks never do), no
 * further item is pulled either: the results of the tasks already running are yielded, then that error is thrown.
 */
export async function* runPool<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  concurrency: number,
  task: (item: T, index: number) => Promise<R>,
  stopped: () => boolean = () => false,
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
      while (failure === undefined && !exhausted && !stopped() && running + settled.length < concurrency) {
        let next: IteratorResult<T>;
        try {
          next = await iterator.next();
        } catch (error) {
          // A broken iterator is not closed again: it has ended itself.
          exhausted = true;
          failure ??= { error };
          break;
        }
        if (next.done === true) exhausted = true;
        else start(next.value);
      }
      if (settled.length > 0) {
        yield settled.shift() as R;
        continue;
      }
      if (running === 0) {
        if (failure !== undefined) throw failure.error;
        if (exhausted || stopped()) return;
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
