/** The row or column label for "no event" in a confusion matrix. */
export const NO_ROOT = "none";

/** Counts of gold label × predicted label, filled in with {@link addToConfusion}. */
export interface ConfusionMatrix {
  counts: Map<string, Map<string, number>>;
}

/** A confusion matrix laid out for output: `counts[i][j]` pairs `rows[i]` (gold) with `columns[j]` (predicted). */
export interface ConfusionTable {
  rows: string[];
  columns: string[];
  counts: number[][];
}

/** An empty matrix. */
export function createConfusionMatrix(): ConfusionMatrix {
  return { counts: new Map() };
}

/**
 * Counts one gold/predicted pair, in place.
 * @example addToConfusion(matrix, "18", NO_ROOT) // a gold 18 that Dyad missed
 */
export function addToConfusion(matrix: ConfusionMatrix, gold: string, predicted: string): void {
  let row = matrix.counts.get(gold);
  if (!row) {
    row = new Map();
    matrix.counts.set(gold, row);
  }
  row.set(predicted, (row.get(predicted) ?? 0) + 1);
}

/** The count in one cell (0 when never seen). */
export function confusionCount(matrix: ConfusionMatrix, gold: string, predicted: string): number {
  return matrix.counts.get(gold)?.get(predicted) ?? 0;
}

function sortLabels(labels: Iterable<string>): string[] {
  const set = new Set(labels);
  const hasNone = set.delete(NO_ROOT);
  const sorted = [...set].sort();
  return hasNone ? [...sorted, NO_ROOT] : sorted;
}

/**
 * Lays the matrix out as a table: rows are the gold labels seen, columns the predicted labels
 * seen, both sorted with {@link NO_ROOT} last.
 * @example toConfusionTable(matrix) // { rows: ["18"], columns: ["18", "none"], counts: [[3, 1]] }
 */
export function toConfusionTable(matrix: ConfusionMatrix): ConfusionTable {
  const rows = sortLabels(matrix.counts.keys());
  const columns = sortLabels([...matrix.counts.values()].flatMap((row) => [...row.keys()]));
  const counts = rows.map((gold) => columns.map((predicted) => confusionCount(matrix, gold, predicted)));
  return { rows, columns, counts };
}
