/**
 * A frozen linear classifier: hashed feature keys, each with a sparse list of (class, int16 weight).
 * Arrays are what the model file stores; `LinearModel` indexes them once at load.
 */
export interface LinearModelArrays {
  classCount: number;
  /** Weight of one quantisation step. */
  scale: number;
  /** Feature keys, ascending. */
  keys: Uint32Array;
  /** Number of class weights of each feature. */
  counts: Uint8Array;
  /** Class of each weight, feature after feature. */
  classes: Uint8Array;
  /** Quantised weights, parallel to `classes`. */
  weights: Int16Array;
}

/**
 * Scores hashed features against a frozen model. The index built at load is one open-addressing
 * table of 4-word slots: the key, then either the feature's one or two weights inline (most
 * features have few) or the range of its weights in a packed array, so a lookup costs one or two
 * cache misses. Weights are packed as `weight << 8 | class`; scores are integers (the scale does
 * not change the argmax).
 */
export class LinearModel {
  /** Per slot: [key, weight 1 or start, weight 2 or end, inline count (0 = range)]; key 0 = empty. */
  private readonly table: Uint32Array;
  private readonly packed: Int32Array;
  private readonly mask: number;

  constructor(readonly arrays: LinearModelArrays) {
    const n = arrays.keys.length;
    let size = 1;
    while (size < n * 2) size <<= 1;
    this.mask = size - 1;
    this.table = new Uint32Array(size * 4);
    this.packed = new Int32Array(arrays.weights.length);
    for (let e = 0; e < arrays.weights.length; e++)
      this.packed[e] = (arrays.weights[e] << 8) | arrays.classes[e];
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
      }
      offset += count;
    }
  }

  get classCount(): number {
    return this.arrays.classCount;
  }

  /** Adds the weights of `count` features to `scores` (which the caller zeroes). */
  score(features: Uint32Array, count: number, scores: Int32Array): void {
    const table = this.table;
    const packed = this.packed;
    const mask = this.mask;
    for (let i = 0; i < count; i++) {
      const key = features[i];
      let slot = key & mask;
      let found = table[slot << 2];
      while (found !== key && found !== 0) {
        slot = (slot + 1) & mask;
        found = table[slot << 2];
      }
      if (found === 0) continue;
      const at = slot << 2;
      const inline = table[at + 3];
      if (inline !== 0) {
        const v = table[at + 1] | 0;
        scores[v & 255] += v >> 8;
        if (inline === 2) {
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
  }
}
