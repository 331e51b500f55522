// Runs a task per item with at most `concurrency` tasks in flight, pulling items lazily (so a huge or endless
// iterable is never read ahead), and yields each result as soon as its task settles.

/**
 * Maps `items` through `task`, `concurrency` at a time, yielding results in completion order. `task` must not
 * reject (the client's tasks turn every failure into an outcome). If the consumer stops early, no new task starts.
 */
export async function* runPool<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  concurrency: number,
  task: (item: T, index: number) => Promise<R>,
): AsyncGenerator<R, void, undefined> {
  const iterator: Iterator<T> | AsyncIterator<T> =
    Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  const settled: R[] = [];
  let wake: (() => void) | undefined;
  let running = 0;
  let index = 0;
  let exhausted = false;

  const start = (item: T) => {
    running++;
    void task(item, index++).then((result) => {
      running--;
      settled.push(result);
      wake?.();
    });
  };

  try {
    for (;;) {
      while (!exhausted && running < concurrency) {
        const next = await iterator.next();
        if (next.done === true) exhausted = true;
        else start(next.value);
      }
      while (settled.length > 0) yield settled.shift() as R;
      if (exhausted && running === 0) return;
      if (settled.length === 0) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
      }
    }
  } finally {
    if (!exhausted) await iterator.return?.();
  }
}
