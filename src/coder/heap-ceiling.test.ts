import { describe, expect, it } from "vitest";
import { collectAbove, createHeapCeiling, withHeapCeiling } from "./heap-ceiling.js";

// What the ceilings do to the peak is measured by bench/long-document-memory.mjs and the coder
// memory figures in docs/coder-speed.md, not asserted here.
describe("withHeapCeiling", () => {
  it("passes every item through, in order, also when it collects garbage between them", () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ i, text: `event ${i}` }));
    expect([...withHeapCeiling(items, 0, 100)]).toEqual(items);
    expect([...withHeapCeiling(items, Number.POSITIVE_INFINITY)]).toEqual(items);
  });
});

describe("createHeapCeiling", () => {
  it("collects only every checkEvery calls, and not again until the heap outgrows what stayed live", () => {
    const live = collectAbove(0);
    expect(live).toBeGreaterThan(0);
    // A ceiling below what is live: the first check collects and raises the limit above the live heap.
    const ceiling = Math.floor((live ?? 0) / 2);
    const check = createHeapCeiling(ceiling, 2);
    expect(check()).toBe(false); // not a check call
    expect(check()).toBe(true);
    // Within the headroom (a quarter of the ceiling) it does not collect again...
    expect(check()).toBe(false);
    expect(check()).toBe(false);
    // ...but once more than the headroom is held (8 arrays of doubles, the ceiling in all), it does.
    const held = Array.from({ length: 8 }, () => new Array(Math.ceil(ceiling / 64)).fill(0.5));
    expect(check()).toBe(false);
    expect(check()).toBe(true);
    expect(held.length).toBe(8);
  });
});
