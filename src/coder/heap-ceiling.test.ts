import { describe, expect, it } from "vitest";
import { withHeapCeiling } from "./heap-ceiling.js";

// What the ceiling does to the peak is measured by bench/long-document-memory.mjs, not asserted here.
describe("withHeapCeiling", () => {
  it("passes every item through, in order, also when it collects garbage between them", () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ i, text: `event ${i}` }));
    expect([...withHeapCeiling(items, 0, 100)]).toEqual(items);
    expect([...withHeapCeiling(items, Number.POSITIVE_INFINITY)]).toEqual(items);
  });
});
