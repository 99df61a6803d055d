import { FEATURE_GROUPS, groupFeatures } from "./feature-groups.js";
import type { LinearModel } from "./linear-model.js";
import { createRowAdder, type RowAdder } from "./row-adder.js";

/** Byte offsets in the scorer's memory: the score row, the buffer front's row, the list of rows to add, then the rows. */
const SCORES_AT = 0;
const BUFFER_AT = 512;
const LIST_AT = 1024;
const ROWS_AT = 4096;
const LIST_SIZE = (ROWS_AT - LIST_AT) / 4;

/**
 * Scores parser configurations mostly as dense rows added four classes at a time by a WebAssembly
 * SIMD kernel, where scoring weight by weight was most of the parser's work:
 * - the grouped templates (`FEATURE_GROUPS`) read only tags, labels, distances and valencies, so
 *   their summed scores are cached per group and value tuple (the tuples repeat across sentences:
 *   after warm-up nearly every group costs one row add; when full, the cache starts again empty);
 * - features with many class weights (a word that is absent, punctuation, function words) are
 *   heavy rows of the classifier, copied here as dense rows once.
 * Exact: every row is the same integer sum the features would add one weight at a time.
 */
export class DenseScorer {
  /** The scores of the current configuration. */
  readonly scores: Int32Array;
  /** The scores of the buffer front's own features (b0 stays over several moves). */
  private readonly bufferScores: Int32Array;
  /** Per slot: [key of values 0–3, group + 1 | value 4 << 8, row byte offset]; zero second word = empty. */
  private readonly table: Uint32Array;
  private readonly mask: number;
  private readonly memory: Int32Array;
  private readonly list: Int32Array;
  private listSize = 0;
  private readonly stride: number;
  private used = 0;
  private readonly adder: RowAdder | null;
  private readonly keys = new Uint32Array(16);
  private readonly row: Int32Array;
  /** Byte offset of the group rows (after the heavy rows). */
  private readonly groupsAt: number;
  private readonly heavyIds = new Int32Array(LIST_SIZE);

  /** Room for `capacity` group rows of `classifier.classCount` int32 each, and the heavy rows. */
  constructor(
    private readonly classifier: LinearModel,
    private readonly capacity = 1 << 15,
  ) {
    const classes = classifier.classCount;
    this.stride = (classes + 3) & ~3;
    if (this.stride * 4 > BUFFER_AT - SCORES_AT) throw new RangeError(`too many classes (${classes})`);
    this.groupsAt = ROWS_AT + classifier.heavyRows * this.stride * 4;
    const bytes = this.groupsAt + capacity * this.stride * 4;
    this.adder = createRowAdder(this.stride, bytes);
    const buffer = this.adder ? this.adder.memory.buffer : new ArrayBuffer(bytes);
    this.memory = new Int32Array(buffer);
    this.scores = new Int32Array(buffer, SCORES_AT, classes);
    this.bufferScores = new Int32Array(buffer, BUFFER_AT, classes);
    this.list = new Int32Array(buffer, LIST_AT, LIST_SIZE);
    for (let id = 0; id < classifier.heavyRows; id++)
      classifier.fillHeavyRow(id, this.memory, (ROWS_AT >> 2) + id * this.stride);
    this.table = new Uint32Array(capacity * 2 * 4);
    this.mask = capacity * 2 - 1;
    this.row = new Int32Array(this.stride);
  }

  /** Scores the features of a new buffer front (`bufferFeatures`), kept until the next call. */
  scoreBuffer(features: Uint32Array, count: number): void {
    this.bufferScores.fill(0);
    this.listSize = 0;
    this.queueHeavy(this.classifier.scoreLight(features, count, this.bufferScores, this.heavyIds));
    this.addQueued(BUFFER_AT, this.bufferScores);
  }

  /** Starts the scores of a configuration from those of its buffer front. */
  startConfiguration(): void {
    this.scores.set(this.bufferScores);
    this.listSize = 0;
  }

  /** Adds the light features among `features` to `scores` now and queues the heavy rows. */
  scoreFeatures(features: Uint32Array, count: number): void {
    this.queueHeavy(this.classifier.scoreLight(features, count, this.scores, this.heavyIds));
  }

  private queueHeavy(count: number): void {
    const rowBytes = this.stride * 4;
    for (let h = 0; h < count; h++) this.list[this.listSize++] = ROWS_AT + this.heavyIds[h] * rowBytes;
  }

  /** Queues the scores of group `g` for the configuration values `values` (added by `flush`). */
  add(g: number, values: Int32Array): void {
    const slots = FEATURE_GROUPS[g].slots;
    let key = 0;
    for (let i = 0; i < 4 && i < slots.length; i++) key |= values[slots[i]] << (8 * i);
    key >>>= 0;
    const key2 = (g + 1) | (slots.length > 4 ? values[slots[4]] << 8 : 0);
    const table = this.table;
    let slot = (Math.imul(key ^ Math.imul(key2, 0x9e3779b1), 0x85ebca6b) >>> 7) & this.mask;
    let at = slot << 2;
    while (table[at + 1] !== 0 && (table[at] !== key || table[at + 1] !== key2)) {
      slot = (slot + 1) & this.mask;
      at = slot << 2;
    }
    if (table[at + 1] === 0) {
      if (this.used === this.capacity) {
        // Full: flush what is queued (its rows are about to be reused), then start again empty.
        this.flush();
        table.fill(0);
        this.used = 0;
        this.add(g, values);
        return;
      }
      const base = this.groupsAt + this.used++ * this.stride * 4;
      const row = this.row;
      row.fill(0);
      this.classifier.score(this.keys, groupFeatures(g, values, this.keys, 0), row);
      this.memory.set(row, base >> 2);
      table[at] = key;
      table[at + 1] = key2;
      table[at + 2] = base;
    }
    this.list[this.listSize++] = table[at + 2];
  }

  /** Adds the queued rows to `scores`. */
  flush(): void {
    this.addQueued(SCORES_AT, this.scores);
  }

  private addQueued(at: number, target: Int32Array): void {
    if (this.adder) this.adder.add(at, LIST_AT, this.listSize);
    else {
      const memory = this.memory;
      for (let r = 0; r < this.listSize; r++) {
        const base = this.list[r] >> 2;
        for (let c = 0; c < target.length; c++) target[c] += memory[base + c];
      }
    }
    this.listSize = 0;
  }
}
