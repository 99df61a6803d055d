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
 * Scores hashed features against a frozen model. The index built at load keeps each feature's key
 * beside its weight range, and each weight packed with its class, so a lookup costs about two
 * cache misses; scores are integers (the scale does not change the argmax).
 */
export class LinearModel {
  /** Open addressing: [key, start, end] per slot; key 0 = empty. */
  private readonly table: Uint32Array;
  /** `weight << 8 | class` per weight. */
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
      let slot = key & this.mask;
      while (this.table[slot * 4] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot * 4] = key;
      this.table[slot * 4 + 1] = offset;
      offset += arrays.counts[i];
      this.table[slot * 4 + 2] = offset;
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
      let slot = (key & mask) << 2;
      let found = table[slot];
      while (found !== key && found !== 0) {
        slot = (slot + 4) & ((mask << 2) | 3);
        found = table[slot];
      }
      if (found === 0) continue;
      const end = table[slot + 2];
      for (let e = table[slot + 1]; e < end; e++) {
        const v = packed[e];
        scores[v & 255] += v >> 8;
      }
    }
  }
}
