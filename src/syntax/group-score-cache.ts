import type { LinearModel } from "./linear-model.js";
import { FEATURE_GROUPS, groupFeatures } from "./parser-features.js";

/**
 * Summed scores of the grouped parser templates (`FEATURE_GROUPS`), cached per group and value
 * tuple. A group's dozen or so templates read only tags, labels, distances and valencies, and
 * their weights span most of the 107 classes, so scoring them one by one is most of the parser's
 * work; the tuples repeat across sentences, so after warm-up nearly every group costs one dense
 * row add. Exact: a row is the same integer sum the templates would add. When full, the cache
 * starts again empty.
 */
export class GroupScoreCache {
  /** Per slot: [key of values 0–3, group + 1 | value 4 << 8, row]; a zero second word = empty. */
  private readonly table: Uint32Array;
  private readonly mask: number;
  private readonly rows: Int32Array;
  private readonly stride: number;
  private used = 0;
  private readonly keys = new Uint32Array(16);
  private readonly row: Int32Array;

  /** `capacity` rows of `classifier.classCount` int32 each. */
  constructor(
    private readonly classifier: LinearModel,
    private readonly capacity = 1 << 15,
  ) {
    this.stride = classifier.classCount;
    this.rows = new Int32Array(capacity * this.stride);
    this.table = new Uint32Array(capacity * 2 * 4);
    this.mask = capacity * 2 - 1;
    this.row = new Int32Array(this.stride);
  }

  /** Adds the scores of group `g` for the configuration values `values` to `scores`. */
  add(g: number, values: Int32Array, scores: Int32Array): void {
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
    let base: number;
    if (table[at + 1] !== 0) base = table[at + 2];
    else {
      if (this.used === this.capacity) {
        table.fill(0);
        this.used = 0;
        this.add(g, values, scores);
        return;
      }
      base = this.used++ * this.stride;
      const row = this.row;
      row.fill(0);
      this.classifier.score(this.keys, groupFeatures(g, values, this.keys, 0), row);
      this.rows.set(row, base);
      table[at] = key;
      table[at + 1] = key2;
      table[at + 2] = base;
    }
    const rows = this.rows;
    const n = this.stride;
    for (let c = 0; c < n; c++) scores[c] += rows[base + c];
  }
}
