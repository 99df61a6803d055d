import type { LinearModel } from "./linear-model.js";

/**
 * Dense score rows summed once and reused: row `index` holds the summed class scores of a fixed set
 * of features (those of one word form, or of one tuple of neighbouring tags). Filled on first use;
 * the sums are the same integers the features would add one by one.
 */
export class LazyRows {
  readonly rows: Int32Array;
  private readonly filled: Uint8Array;

  constructor(
    readonly count: number,
    readonly classes: number,
  ) {
    this.rows = new Int32Array(count * classes);
    this.filled = new Uint8Array(count);
  }

  /** Whether row `index` is filled. */
  has(index: number): boolean {
    return this.filled[index] === 1;
  }

  /** Fills row `index` with the scores of `features[0..count)` under `model`. */
  fill(index: number, model: LinearModel, features: Uint32Array, count: number): void {
    const at = index * this.classes;
    const row = this.rows.subarray(at, at + this.classes);
    row.fill(0);
    model.score(features, count, row);
    this.filled[index] = 1;
  }

  /** Writes row `index` over `scores`. */
  copyTo(index: number, scores: Int32Array): void {
    const rows = this.rows;
    const at = index * this.classes;
    for (let c = 0; c < this.classes; c++) scores[c] = rows[at + c];
  }

  /** Adds row `index` to `scores`. */
  addTo(index: number, scores: Int32Array): void {
    const rows = this.rows;
    const at = index * this.classes;
    for (let c = 0; c < this.classes; c++) scores[c] += rows[at + c];
  }

  /** Forgets every row. */
  clear(): void {
    this.filled.fill(0);
  }
}

/** Tag values index rows: the tags themselves, and one index for "outside the sentence". */
export const tagIndex = (tag: number, tagCount: number) => Math.min(tag, tagCount);
