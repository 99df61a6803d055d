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
/** Stack-pair rows kept per sentence (a sentence has at most 2n configurations), and their table's slots. */
const PAIR_ROWS = 512;
const PAIR_BITS = 10;
const PAIR_SLOTS = 1 << PAIR_BITS;

/** Per group, its value slots (five per group, unused ones 0) and their number, read per configuration. */
const GROUP_SLOTS = Int32Array.from(
  FEATURE_GROUPS.flatMap((group) => [0, 1, 2, 3, 4].map((i) => group.slots[i] ?? 0)),
);
const GROUP_SIZES = Uint8Array.from(FEATURE_GROUPS.map((group) => group.slots.length));

export class DenseScorer extends RowScorer {
  /** Per slot: [key of values 0–3, group + 1 | value 4 << 8, row byte offset]; zero second word = empty. */
  private readonly table: Uint32Array;
  private readonly mask: number;
  private used = 0;
  private readonly keys = new Uint32Array(16);

  /** Per slot of the sentence's stack-pair table: the pair + 1 (0 = empty), then its row's byte offset. */
  private readonly pairTable = new Int32Array(PAIR_SLOTS * 2);
  private pairsUsed = 0;
  private readonly pairsAt: number;
  /** Views of the pair rows in the memory, then of the scratch row. */
  private readonly pairRows: Int32Array[];

  /** Room for `capacity` group rows of `classifier.classCount` int32 each, the heavy rows and the pair rows. */
  constructor(
    classifier: LinearModel,
    private readonly capacity = 1 << 14,
  ) {
    // Then one scratch row in which new group rows are summed.
    super(classifier, (capacity + PAIR_ROWS + 1) * rowWidth(classifier.classCount) * 4);
    this.table = new Uint32Array(capacity * 2 * 4);
    this.mask = capacity * 2 - 1;
    this.pairsAt = this.extraAt + capacity * this.stride * 4;
    this.pairRows = Array.from(
      { length: PAIR_ROWS + 1 },
      (_, i) => new Int32Array(this.memory.buffer, this.pairsAt + i * this.stride * 4, classifier.classCount),
    );
  }

  /** Forgets the stack-pair rows (they are keyed by word positions): call before each sentence. */
  startSentence(): void {
    if (this.pairsUsed > 0) this.pairTable.fill(0);
    this.pairsUsed = 0;
  }

  /**
   * Queues the row of the stack-pair templates (`stackPairFeatures`) of stack pair `pair` (a
   * number naming s1 and s0) when this sentence already has it; false when it must be scored.
   */
  queuePair(pair: number): boolean {
    const table = this.pairTable;
    let slot = Math.imul(pair, 0x9e3779b1) >>> (32 - PAIR_BITS);
    while (table[2 * slot] !== 0) {
      if (table[2 * slot] === pair + 1) {
        this.list[this.listSize++] = table[2 * slot + 1];
        return true;
      }
      slot = (slot + 1) & (PAIR_SLOTS - 1);
    }
    return false;
  }

  /** Scores `features` (the stack-pair templates of `pair`) as a row kept for the sentence, and queues it. */
  scorePair(pair: number, features: Uint32Array, count: number): void {
    if (this.pairsUsed === PAIR_ROWS) {
      // An unusually long sentence: score them directly, as any other feature.
      this.scoreFeatures(features, count);
      return;
    }
    const base = this.pairsAt + this.pairsUsed * this.stride * 4;
    this.scoreRow(base, this.pairRows[this.pairsUsed++], features, count);
    const table = this.pairTable;
    let slot = Math.imul(pair, 0x9e3779b1) >>> (32 - PAIR_BITS);
    while (table[2 * slot] !== 0) slot = (slot + 1) & (PAIR_SLOTS - 1);
    table[2 * slot] = pair + 1;
    table[2 * slot + 1] = base;
    this.list[this.listSize++] = base;
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
    const at5 = g * 5;
    const size = GROUP_SIZES[g];
    const slots = GROUP_SLOTS;
    let key = values[slots[at5]];
    if (size > 1) key |= values[slots[at5 + 1]] << 8;
    if (size > 2) key |= values[slots[at5 + 2]] << 16;
    if (size > 3) key |= values[slots[at5 + 3]] << 24;
    key >>>= 0;
    const key2 = (g + 1) | (size > 4 ? values[slots[at5 + 4]] << 8 : 0);
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
      const scratchAt = this.pairsAt + PAIR_ROWS * this.stride * 4;
      this.scoreRow(scratchAt, this.pairRows[PAIR_ROWS], this.keys, groupFeatures(g, values, this.keys, 0));
      this.memory.copyWithin(base >> 2, scratchAt >> 2, (scratchAt >> 2) + this.stride);
      table[at] = key;
      table[at + 1] = key2;
      table[at + 2] = base;
    }
    this.list[this.listSize++] = table[at + 2];
  }
}
