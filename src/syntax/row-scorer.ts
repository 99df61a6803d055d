import type { LinearModel } from "./linear-model.js";
import { createRowAdder, type RowAdder } from "./row-adder.js";

/** Byte offsets in a scorer's memory: the score row, a second row, the list of rows to add, then rows. */
export const SCORES_AT = 0;
export const SECOND_AT = 512;
const LIST_AT = 1024;
const ROWS_AT = 4096;
const LIST_SIZE = (ROWS_AT - LIST_AT) / 4;

/** Width of a dense row of `classes` scores (whole SIMD vectors). */
export const rowWidth = (classes: number) => (classes + 3) & ~3;

/**
 * Scores features against a classifier with its heavy rows (features with many class weights: an
 * absent word, punctuation, function words) copied once as dense rows and added four classes at a
 * time by a WebAssembly SIMD kernel; light features are added weight by weight. Exact: a dense row
 * holds the same integers. Subclasses add rows of their own (`extraBytes` after the heavy rows).
 */
export class RowScorer {
  /** The scores being summed. */
  readonly scores: Int32Array;
  /** A second score row subclasses may keep (same memory, so rows can be added to it too). */
  protected readonly second: Int32Array;
  protected readonly memory: Int32Array;
  protected readonly list: Int32Array;
  protected listSize = 0;
  protected readonly stride: number;
  /** Byte offset of the subclass's own rows. */
  protected readonly extraAt: number;
  private readonly adder: RowAdder | null;
  private readonly heavyIds = new Int32Array(LIST_SIZE);

  constructor(
    protected readonly classifier: LinearModel,
    extraBytes = 0,
  ) {
    const classes = classifier.classCount;
    this.stride = rowWidth(classes);
    if (this.stride * 4 > SECOND_AT - SCORES_AT) throw new RangeError(`too many classes (${classes})`);
    this.extraAt = ROWS_AT + classifier.heavyRows * this.stride * 4;
    const bytes = this.extraAt + extraBytes;
    this.adder = createRowAdder(this.stride, bytes);
    const buffer = this.adder ? this.adder.memory.buffer : new ArrayBuffer(bytes);
    this.memory = new Int32Array(buffer);
    this.scores = new Int32Array(buffer, SCORES_AT, classes);
    this.second = new Int32Array(buffer, SECOND_AT, classes);
    this.list = new Int32Array(buffer, LIST_AT, LIST_SIZE);
    for (let id = 0; id < classifier.heavyRows; id++)
      classifier.fillHeavyRow(id, this.memory, (ROWS_AT >> 2) + id * this.stride);
  }

  /** Adds the light features among `features` to `scores` now and queues the heavy rows. */
  scoreFeatures(features: Uint32Array, count: number): void {
    this.queueHeavy(this.classifier.scoreLight(features, count, this.scores, this.heavyIds));
  }

  /** Adds the queued rows to `scores`. */
  flush(): void {
    this.addQueued(SCORES_AT, this.scores);
  }

  /** Scores `features` into the second row (zeroed first), heavy rows included. */
  protected scoreSecond(features: Uint32Array, count: number): void {
    this.second.fill(0);
    this.listSize = 0;
    this.queueHeavy(this.classifier.scoreLight(features, count, this.second, this.heavyIds));
    this.addQueued(SECOND_AT, this.second);
  }

  private queueHeavy(count: number): void {
    const rowBytes = this.stride * 4;
    for (let h = 0; h < count; h++) this.list[this.listSize++] = ROWS_AT + this.heavyIds[h] * rowBytes;
  }

  /**
   * Scores `features` into the row at byte `at` of the memory (`target` views it), zeroed first,
   * heavy rows included; rows already queued stay queued.
   */
  protected scoreRow(at: number, target: Int32Array, features: Uint32Array, count: number): void {
    target.fill(0);
    const from = this.listSize;
    this.queueHeavy(this.classifier.scoreLight(features, count, target, this.heavyIds));
    this.addQueued(at, target, from);
  }

  /** Adds the rows queued from list entry `from` on to the row at byte `at` (`target`), and unqueues them. */
  private addQueued(at: number, target: Int32Array, from = 0): void {
    if (this.listSize === from) return;
    if (this.adder) this.adder.add(at, LIST_AT + 4 * from, this.listSize - from);
    else {
      const memory = this.memory;
      for (let r = from; r < this.listSize; r++) {
        const base = this.list[r] >> 2;
        for (let c = 0; c < target.length; c++) target[c] += memory[base + c];
      }
    }
    this.listSize = from;
  }
}
