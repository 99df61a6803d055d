/**
 * A frozen linear classifier: hashed feature keys, each with a sparse list of (class, int16 weight).
 * Arrays are what the model file stores; `LinearModel` indexes them once at load.
 */
export interface LinearModelArrays {
  classCount: number;
  /** Weight of one quantisation step. */
  scale: number;
  /** Feature keys, in the order of their home slot in the load-time table (see `tableOrder`). */
  keys: Uint32Array;
  /** Number of class weights of each feature. */
  counts: Uint8Array;
  /** Class of each weight, feature after feature. */
  classes: Uint8Array;
  /** Quantised weights, parallel to `classes`. */
  weights: Int16Array;
}

/** Number of slots of the lookup table for `n` features (a power of two, at least twice `n`). */
export function tableSize(n: number): number {
  let size = 1;
  while (size < n * 2) size <<= 1;
  return size;
}

/**
 * The same model with its features in home-slot order (then by key), so that building the lookup
 * table at load writes it front to back instead of at random: a large part of start-up.
 */
export function tableOrder(arrays: LinearModelArrays): LinearModelArrays {
  const n = arrays.keys.length;
  const mask = tableSize(n) - 1;
  const starts = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) starts[i + 1] = starts[i] + arrays.counts[i];
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => (arrays.keys[a] & mask) - (arrays.keys[b] & mask) || arrays.keys[a] - arrays.keys[b]);
  const out: LinearModelArrays = {
    ...arrays,
    keys: new Uint32Array(n),
    counts: new Uint8Array(n),
    classes: new Uint8Array(arrays.classes.length),
    weights: new Int16Array(arrays.weights.length),
  };
  let e = 0;
  order.forEach((f, i) => {
    out.keys[i] = arrays.keys[f];
    out.counts[i] = arrays.counts[f];
    out.classes.set(arrays.classes.subarray(starts[f], starts[f + 1]), e);
    out.weights.set(arrays.weights.subarray(starts[f], starts[f + 1]), e);
    e += arrays.counts[f];
  });
  return out;
}

/**
 * Scores hashed features against a frozen model. The index built at load is one open-addressing
 * table of 4-word slots: the key, then either the feature's one or two weights inline (most
 * features have few) or the range of its weights in a packed array, so a lookup costs one or two
 * cache misses. Weights are packed as `weight << 8 | class`; scores are integers (the scale does
 * not change the argmax). Features with at least `heavyFrom` weights are also numbered as heavy
 * rows, which `scoreLight` leaves to the caller (the parser adds them as dense rows, with SIMD).
 */
export class LinearModel {
  /**
   * Per slot: [key, weight 1 or start, weight 2 or end, kind]; kind 1 or 2 = that many inline
   * weights, 0 = a range, HEAVY + id = a range that is heavy row `id`; key 0 = empty.
   */
  private readonly table: Uint32Array;
  private readonly packed: Int32Array;
  private readonly mask: number;
  /** Written by `score` so the engine cannot drop its prefetching loads as dead code. */
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: written only, on purpose (see above).
  private touched = 0;
  /** Scratch: table offsets of the features found by the current `score` call. */
  private found = new Int32Array(128);
  /** Packed start and end of each heavy row. */
  private readonly heavy: Int32Array;

  constructor(
    readonly arrays: LinearModelArrays,
    heavyFrom = Number.POSITIVE_INFINITY,
  ) {
    const n = arrays.keys.length;
    const size = tableSize(n);
    this.mask = size - 1;
    this.table = new Uint32Array(size * 4);
    this.packed = new Int32Array(arrays.weights.length);
    for (let e = 0; e < arrays.weights.length; e++)
      this.packed[e] = (arrays.weights[e] << 8) | arrays.classes[e];
    const heavy: number[] = [];
    let offset = 0;
    for (let i = 0; i < n; i++) {
      const key = arrays.keys[i];
      const count = arrays.counts[i];
      let slot = key & this.mask;
      while (this.table[slot * 4] !== 0) slot = (slot + 1) & this.mask;
      const at = slot * 4;
      this.table[at] = key;
      if (count <= 2) {
        this.table[at + 1] = this.packed[offset];
        if (count === 2) this.table[at + 2] = this.packed[offset + 1];
        this.table[at + 3] = count;
      } else {
        this.table[at + 1] = offset;
        this.table[at + 2] = offset + count;
        if (count >= heavyFrom) {
          this.table[at + 3] = HEAVY + heavy.length / 2;
          heavy.push(offset, offset + count);
        }
      }
      offset += count;
    }
    this.heavy = Int32Array.from(heavy);
  }

  get classCount(): number {
    return this.arrays.classCount;
  }

  /** Number of heavy rows (features with at least `heavyFrom` weights). */
  get heavyRows(): number {
    return this.heavy.length / 2;
  }

  /** Writes heavy row `id` as a dense row of class scores at `row[at..]` (which the caller zeroes). */
  fillHeavyRow(id: number, row: Int32Array, at: number): void {
    for (let e = this.heavy[2 * id]; e < this.heavy[2 * id + 1]; e++) {
      const v = this.packed[e];
      row[at + (v & 255)] += v >> 8;
    }
  }

  /** Adds the weights of `count` features to `scores` (which the caller zeroes). */
  score(features: Uint32Array, count: number, scores: Int32Array): void {
    this.scoreLight(features, count, scores, null);
  }

  /**
   * Like `score`, but with `heavyOut` the heavy rows found are not added: their ids are written to
   * `heavyOut` instead. Returns how many were written.
   */
  scoreLight(features: Uint32Array, count: number, scores: Int32Array, heavyOut: Int32Array | null): number {
    const table = this.table;
    const packed = this.packed;
    const mask = this.mask;
    if (this.found.length < count) this.found = new Int32Array(count);
    const found = this.found;
    // Three passes so that cache misses overlap instead of waiting one at a time behind branches:
    // touch every home slot (independent loads), then find the slots (now cached) and touch the
    // start of each long weight row, then add the weights.
    let touched = 0;
    for (let i = 0; i < count; i++) touched ^= table[(features[i] & mask) << 2];
    let hits = 0;
    let heavyCount = 0;
    for (let i = 0; i < count; i++) {
      const key = features[i];
      let slot = key & mask;
      let k = table[slot << 2];
      while (k !== key && k !== 0) {
        slot = (slot + 1) & mask;
        k = table[slot << 2];
      }
      if (k === 0) continue;
      const at = slot << 2;
      const kind = table[at + 3];
      if (kind >= HEAVY && heavyOut !== null) {
        heavyOut[heavyCount++] = kind - HEAVY;
        continue;
      }
      if (kind === 0 || kind >= HEAVY) touched ^= packed[table[at + 1]];
      found[hits++] = at;
    }
    this.touched = touched;
    for (let i = 0; i < hits; i++) {
      const at = found[i];
      const kind = table[at + 3];
      if (kind === 1 || kind === 2) {
        const v = table[at + 1] | 0;
        scores[v & 255] += v >> 8;
        if (kind === 2) {
          const w = table[at + 2] | 0;
          scores[w & 255] += w >> 8;
        }
        continue;
      }
      const end = table[at + 2];
      for (let e = table[at + 1]; e < end; e++) {
        const v = packed[e];
        scores[v & 255] += v >> 8;
      }
    }
    return heavyCount;
  }
}

/** Slot kinds from this value up mark heavy rows. */
const HEAVY = 4;
