import { describe, expect, it } from "vitest";
import {
  addToConfusion,
  confusionCount,
  createConfusionMatrix,
  NO_ROOT,
  toConfusionTable,
} from "./confusion.js";

describe("confusion matrix", () => {
  it("confusion counts gold × predicted pairs", () => {
    const matrix = createConfusionMatrix();
    addToConfusion(matrix, "18", "18");
    addToConfusion(matrix, "18", "18");
    addToConfusion(matrix, "18", "19");
    addToConfusion(matrix, "01", NO_ROOT);
    expect(confusionCount(matrix, "18", "18")).toBe(2);
    expect(confusionCount(matrix, "18", "19")).toBe(1);
    expect(confusionCount(matrix, "19", "18")).toBe(0);
  });

  it("confusion table sorts labels with none last, rows gold and columns predicted", () => {
    const matrix = createConfusionMatrix();
    addToConfusion(matrix, NO_ROOT, "04");
    addToConfusion(matrix, "18", NO_ROOT);
    addToConfusion(matrix, "10", "18");
    addToConfusion(matrix, "01", "18");
    expect(toConfusionTable(matrix)).toEqual({
      rows: ["01", "10", "18", NO_ROOT],
      columns: ["04", "18", NO_ROOT],
      counts: [
        [0, 1, 0],
        [0, 1, 0],
        [0, 0, 1],
        [1, 0, 0],
      ],
    });
  });

  it("confusion table of an empty matrix is empty", () => {
    expect(toConfusionTable(createConfusionMatrix())).toEqual({ rows: [], columns: [], counts: [] });
  });
});
