/** One input with the outcome of its work. */
export interface Ordered<T, R> {
  item: T;
  result: PromiseSettledResult<R>;
}

/**
 * Runs `work` on up to `window` items at once and yields the outcomes in input order, so N workers
 * can code ahead while the output (or the store) still sees documents one by one, in order. A failed
 * item yields a rejected result and never stops the rest. With `window` 1 it is a plain loop.
 */
export async function* mapOrdered<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  work: (item: T) => Promise<R> | R,
  window: number,
): AsyncGenerator<Ordered<T, R>> {
  const pending: { item: T; done: Promise<PromiseSettledResult<R>> }[] = [];
  const start = (item: T) => {
    const done = (async () => work(item))().then(
      (value): PromiseSettledResult<R> => ({ status: "fulfilled", value }),
      (reason): PromiseSettledResult<R> => ({ status: "rejected", reason }),
    );
    pending.push({ item, done });
  };
  for await (const item of source) {
    start(item);
    if (pending.length >= Math.max(1, window)) {
      const head = pending.shift() as (typeof pending)[number];
      yield { item: head.item, result: await head.done };
    }
  }
  for (const head of pending.splice(0)) yield { item: head.item, result: await head.done };
}
