import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * The JavaScript heap a coder may fill before garbage is collected. The coder's live heap is about
 * 80–90 MB (its resources and the documents read); V8 sizes its heap by the allocation rate, not by
 * what is live, and let a long run of short documents fill 190 MB (375 MB RSS, past issue 8's 350).
 */
export const HEAP_CEILING_BYTES = 128 * 1024 * 1024;

/** V8's full collection, made reachable at run time; null where the engine refuses. */
let fullCollection: (() => void) | null | undefined;
function collector(): (() => void) | null {
  if (fullCollection === undefined) {
    try {
      setFlagsFromString("--expose-gc");
      fullCollection = runInNewContext("gc") as () => void;
    } catch {
      fullCollection = null;
    }
  }
  return fullCollection;
}

/**
 * Runs a full garbage collection when the JavaScript heap holds more than `limitBytes`; returns the
 * heap used afterwards, or undefined when nothing was collected.
 */
export function collectAbove(limitBytes: number): number | undefined {
  if (getHeapStatistics().used_heap_size <= limitBytes) return undefined;
  const collect = collector();
  if (!collect) return undefined;
  collect();
  return getHeapStatistics().used_heap_size;
}

/**
 * Passes `items` through, and runs a full garbage collection whenever the JavaScript heap holds more
 * than `ceilingBytes`. A long document coded while it is stored allocates fast, and V8 lets its heap
 * grow with the allocation rate, not with what is live (a 50 MB text peaked near 1 GB of RSS with
 * under 150 MB live); a collection now and then keeps the peak near what is live, at the cost of one
 * full collection per `ceilingBytes` of garbage.
 */
export function* withHeapCeiling<T>(
  items: Iterable<T>,
  ceilingBytes: number,
  checkEvery = 256,
): Generator<T> {
  let count = 0;
  for (const item of items) {
    yield item;
    if (++count % checkEvery === 0) collectAbove(ceilingBytes);
  }
}

/**
 * A heap ceiling for a run of many documents: call the returned function after each document. Every
 * `checkEvery` calls it collects garbage when the heap holds more than the limit. The limit starts at
 * `ceilingBytes` and, after a collection, is what stayed live plus a quarter of the ceiling (never
 * below the ceiling), so a coder whose live heap exceeds the ceiling (large dictionaries) is not
 * collected after every check. The function returns whether it collected.
 */
export function createHeapCeiling(ceilingBytes: number, checkEvery = 32): () => boolean {
  let limit = ceilingBytes;
  let count = 0;
  return () => {
    if (++count % checkEvery !== 0) return false;
    const live = collectAbove(limit);
    if (live === undefined) return false;
    limit = Math.max(ceilingBytes, live + ceilingBytes / 4);
    return true;
  };
}
