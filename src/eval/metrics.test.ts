import { describe, expect, it } from "vitest";
import { addCounts, emptyCounts, matchValues, prf, share } from "./metrics.js";

describe("prf", () => {
  it.each([
    { counts: { matched: 2, predicted: 4, gold: 2 }, precision: 0.5, recall: 1, f1: 2 / 3 },
    { counts: { matched: 3, predicted: 3, gold: 6 }, precision: 1, recall: 0.5, f1: 2 / 3 },
    { counts: { matched: 0, predicted: 5, gold: 5 }, precision: 0, recall: 0, f1: 0 },
    { counts: { matched: 0, predicted: 0, gold: 4 }, precision: null, recall: 0, f1: 0 },
    { counts: { matched: 0, predicted: 3, gold: 0 }, precision: 0, recall: null, f1: 0 },
    { counts: { matched: 0, predicted: 0, gold: 0 }, precision: null, recall: null, f1: null },
  ])("prf $counts gives P $precision, R $recall", ({ counts, precision, recall, f1 }) => {
    const score = prf(counts);
    expect(score.precision).toBe(precision);
    expect(score.recall).toBe(recall);
    if (f1 === null) expect(score.f1).toBeNull();
    else expect(score.f1).toBeCloseTo(f1, 10);
  });

  it("prf F1 is the harmonic mean of precision and recall", () => {
    const score = prf({ matched: 3, predicted: 5, gold: 8 });
    const harmonic = (2 * (3 / 5) * (3 / 8)) / (3 / 5 + 3 / 8);
    expect(score.f1).toBeCloseTo(harmonic, 10);
  });
});

describe("share", () => {
  it("share divides hits by total", () => {
    expect(share(3, 4)).toEqual({ hits: 3, total: 4, value: 0.75 });
  });

  it("share is null on an empty total", () => {
    expect(share(0, 0).value).toBeNull();
  });
});

describe("matchValues", () => {
  it("matchValues counts the multiset intersection", () => {
    expect(matchValues(["a", "a", "b"], ["a", "c", "a", "a"], (g, p) => g === p)).toEqual({
      matched: 2,
      predicted: 4,
      gold: 3,
    });
  });

  it("matchValues uses each predicted value once", () => {
    const overlap = (g: number, p: number) => Math.abs(g - p) <= 1;
    expect(matchValues([1, 2], [2], overlap).matched).toBe(1);
  });

  it("addCounts accumulates in place", () => {
    const total = emptyCounts();
    addCounts(total, { matched: 1, predicted: 2, gold: 3 });
    addCounts(total, { matched: 1, predicted: 1, gold: 1 });
    expect(total).toEqual({ matched: 2, predicted: 3, gold: 4 });
  });
});
