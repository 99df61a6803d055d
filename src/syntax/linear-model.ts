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
 * table of 2-word slots: the key, then the feature's weight count (top 8 bits) and the start of its
 * weights in a packed array, so a lookup costs two cache misses at most: the slot and the weights.
 * Slots of 2 words rather than 4 (weights inline) halve the table (16 MB for the parser): fewer
 * cache and TLB misses outweigh the second load. Weights are packed as `weight << 8 | class`;
 * scores are integers (the scale does not change the argmax). Features with at least `heavyFrom`
 * weights are also numbered as heavy rows, which `scoreLight` leaves to the caller (the parser adds
 * them as dense rows, with SIMD).
 */
export class LinearModel {
  /** Per slot: [key, count << 24 | start of the weights], or [key, heavy row id] (below 2^24); key 0 = empty. */
  private readonly table: Uint32Array;
  private readonly packed: Int32Array;
  private readonly mask: number;
  /** Written by `score` so the engine cannot drop its prefetching loads as dead code. */
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: written only, on purpose (see above).
  private touched = 0;
  /** Scratch: slot words (count and start) of the features found by the current `score` call. */
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
    this.table = new Uint32Array(size * 2);
    this.packed = new Int32Array(arrays.weights.length);
    if (arrays.weights.length >= HEAVY_BIT) throw new RangeError("too many weights for the model index");
    for (let e = 0; e < arrays.weights.length; e++)
      this.packed[e] = (arrays.weights[e] << 8) | arrays.classes[e];
    const heavy: number[] = [];
    let offset = 0;
    for (let i = 0; i < n; i++) {
      const key = arrays.keys[i];
      const count = arrays.counts[i];
      // A feature without weights scores nothing: leaving it out changes no score.
      if (count > 0) {
        let slot = key & this.mask;
        while (this.table[slot * 2] !== 0) slot = (slot + 1) & this.mask;
        this.table[slot * 2] = key;
        if (count >= heavyFrom) {
          this.table[slot * 2 + 1] = heavy.length / 2;
          heavy.push(offset, offset + count);
        } else this.table[slot * 2 + 1] = count * HEAVY_BIT + offset;
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
    // start of each weight row, then add the weights.
    let touched = 0;
    for (let i = 0; i < count; i++) touched ^= table[(features[i] & mask) << 1];
    let hits = 0;
    let heavyCount = 0;
    for (let i = 0; i < count; i++) {
      const key = features[i];
      let slot = key & mask;
      let k = table[slot << 1];
      while (k !== key && k !== 0) {
        slot = (slot + 1) & mask;
        k = table[slot << 1];
      }
      if (k === 0) continue;
      let entry = table[(slot << 1) + 1];
      if (entry < HEAVY_BIT) {
        if (heavyOut !== null) {
          heavyOut[heavyCount++] = entry;
          continue;
        }
        const start = this.heavy[2 * entry];
        entry = (this.heavy[2 * entry + 1] - start) * HEAVY_BIT + start;
      }
      touched ^= packed[entry & OFFSET_MASK];
      found[hits++] = entry;
    }
    this.touched = touched;
    for (let i = 0; i < hits; i++) {
      const entry = found[i] >>> 0;
      const start = entry & OFFSET_MASK;
      const end = start + (entry >>> 24);
      for (let e = start; e < end; e++) {
        const v = packed[e];
        scores[v & 255] += v >> 8;
      }
    }
    return heavyCount;
  }
}

/** A slot's second word: weight count times this plus the start of the weights; below it, a heavy row id. */
const HEAVY_BIT = 1 << 24;
const OFFSET_MASK = HEAVY_BIT - 1;
