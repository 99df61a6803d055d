import type { LinearModel } from "./linear-model.js";
import { FEATURE_GROUPS, groupFeatures } from "./parser-features.js";
import { createRowAdder, type RowAdder } from "./row-adder.js";

/** Byte offsets in the cache's memory: the score row, the list of rows to add, then the rows. */
const SCORES_AT = 0;
const LIST_AT = 1024;
const ROWS_AT = 2048;

/**
 * Summed scores of the grouped parser templates (`FEATURE_GROUPS`), cached per group and value
 * tuple. A group's templates read only tags, labels, distances and valencies, and their weights
 * span most of the 107 classes, so scoring them one by one was most of the parser's work; the
 * tuples repeat across sentences, so after warm-up nearly every group costs one row add, done
 * four classes at a time by a WebAssembly SIMD kernel. Exact: a row is the same integer sum the
 * templates would add. When full, the cache starts again empty.
 */
export class GroupScoreCache {
  /** The score row the groups are added to (the parser scores lexical features into it too). */
  readonly scores: Int32Array;
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

  /** Room for `capacity` rows of `classifier.classCount` int32 each. */
  constructor(
    private readonly classifier: LinearModel,
    private readonly capacity = 1 << 15,
  ) {
    const classes = classifier.classCount;
    this.stride = (classes + 3) & ~3;
    if (this.stride * 4 > LIST_AT) throw new RangeError(`too many classes (${classes})`);
    const bytes = ROWS_AT + capacity * this.stride * 4;
    this.adder = createRowAdder(this.stride, bytes);
    const buffer = this.adder ? this.adder.memory.buffer : new ArrayBuffer(bytes);
    this.memory = new Int32Array(buffer);
    this.scores = new Int32Array(buffer, SCORES_AT, classes);
    this.list = new Int32Array(buffer, LIST_AT, FEATURE_GROUPS.length);
    this.table = new Uint32Array(capacity * 2 * 4);
    this.mask = capacity * 2 - 1;
    this.row = new Int32Array(this.stride);
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
      const base = ROWS_AT + this.used++ * this.stride * 4;
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
    if (this.adder) this.adder.add(SCORES_AT, LIST_AT, this.listSize);
    else {
      const { memory, scores } = this;
      for (let r = 0; r < this.listSize; r++) {
        const base = this.list[r] >> 2;
        for (let c = 0; c < scores.length; c++) scores[c] += memory[base + c];
      }
    }
    this.listSize = 0;
  }
}
