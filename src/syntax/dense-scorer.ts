import { FEATURE_GROUPS, groupFeatures } from "./feature-groups.js";
import type { LinearModel } from "./linear-model.js";
import { RowScorer, rowWidth } from "./row-scorer.js";

/**
 * Scores parser configurations mostly as dense rows added by SIMD (see `RowScorer`, which adds the
 * heavy feature rows), where scoring weight by weight was most of the parser's work. The grouped
 * templates (`FEATURE_GROUPS`) read only tags, labels, distances and valencies, so their summed
 * scores are cached per group and value tuple: the tuples repeat across sentences, so after
 * warm-up nearly every group costs one row add; when full, the cache starts again empty. The
 * buffer front's scores are kept in the second row. Exact: every row is the same integer sum the
 * features would add one weight at a time.
 */
export class DenseScorer extends RowScorer {
  /** Per slot: [key of values 0–3, group + 1 | value 4 << 8, row byte offset]; zero second word = empty. */
  private readonly table: Uint32Array;
  private readonly mask: number;
  private used = 0;
  private readonly keys = new Uint32Array(16);
  private readonly row: Int32Array;

  /** Room for `capacity` group rows of `classifier.classCount` int32 each, and the heavy rows. */
  constructor(
    classifier: LinearModel,
    private readonly capacity = 1 << 14,
  ) {
    super(classifier, capacity * rowWidth(classifier.classCount) * 4);
    this.table = new Uint32Array(capacity * 2 * 4);
    this.mask = capacity * 2 - 1;
    this.row = new Int32Array(this.stride);
  }

  /** Scores the features of a new buffer front (`bufferFeatures`), kept until the next call. */
  scoreBuffer(features: Uint32Array, count: number): void {
    this.scoreSecond(features, count);
  }

  /** The buffer front's scores, as `scoreBuffer` left them. */
  get bufferScores(): Int32Array {
    return this.second;
  }

  /** Starts the scores of a configuration from buffer-front scores kept elsewhere (`rows[at..]`). */
  startFrom(rows: Int32Array, at: number): void {
    const scores = this.scores;
    for (let c = 0; c < scores.length; c++) scores[c] = rows[at + c];
    this.listSize = 0;
  }

  /** Starts the scores of a configuration from those of its buffer front. */
  startConfiguration(): void {
    this.scores.set(this.second);
    this.listSize = 0;
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
      const base = this.extraAt + this.used++ * this.stride * 4;
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
}
