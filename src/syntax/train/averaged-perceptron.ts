import { type LinearModelArrays, tableOrder } from "../linear-model.js";

/**
 * A multi-class averaged perceptron over hashed features, for training only. Each feature keeps a
 * sparse list of the classes it has weights for (most features only ever touch two or three), so
 * a parser with ~100 classes and millions of features fits in memory. Averaging uses the
 * `w - u / c` trick (Daumé): `u` accumulates `c * delta`, so no per-weight timestamps are kept.
 */
export class AveragedPerceptron {
  private slotKeys: Uint32Array;
  private slotHead: Int32Array;
  private slotCount = 0;
  private entryClass = new Uint16Array(1 << 16);
  private entryWeight = new Float64Array(1 << 16);
  private entryTotal = new Float64Array(1 << 16);
  private entryNext = new Int32Array(1 << 16);
  private entryCount = 0;
  /** Number of instances seen (the averaging clock). */
  private clock = 1;

  constructor(readonly classCount: number) {
    this.slotKeys = new Uint32Array(1 << 16);
    this.slotHead = new Int32Array(1 << 16).fill(-1);
  }

  /** Adds each feature's class weights to `scores` (which the caller zeroes). */
  score(features: Uint32Array, count: number, scores: Float64Array): void {
    const mask = this.slotKeys.length - 1;
    for (let i = 0; i < count; i++) {
      const key = features[i];
      let slot = key & mask;
      while (this.slotKeys[slot] !== 0 && this.slotKeys[slot] !== key) slot = (slot + 1) & mask;
      if (this.slotKeys[slot] === 0) continue;
      for (let e = this.slotHead[slot]; e >= 0; e = this.entryNext[e])
        scores[this.entryClass[e]] += this.entryWeight[e];
    }
  }

  /** Moves the weights of `features` towards `gold` and away from `guess`. */
  update(features: Uint32Array, count: number, gold: number, guess: number): void {
    if (gold === guess) return;
    for (let i = 0; i < count; i++) {
      const slot = this.slotFor(features[i]);
      this.bump(slot, gold, 1);
      this.bump(slot, guess, -1);
    }
  }

  /** Adds `delta` to the weight of class `cls` of every feature (a structured update, one side at a time). */
  add(features: Uint32Array, count: number, cls: number, delta: number): void {
    for (let i = 0; i < count; i++) this.bump(this.slotFor(features[i]), cls, delta);
  }

  /** Advances the averaging clock: call once per training instance. */
  tick(): void {
    this.clock++;
  }

  /**
   * The averaged weights, quantised to int16 with one scale. Classes whose averaged weight is below
   * `minWeight` (relative to the largest) are dropped, and so are features left with none.
   */
  export(minWeight: number): LinearModelArrays {
    const order: number[] = [];
    for (let slot = 0; slot < this.slotKeys.length; slot++) if (this.slotKeys[slot] !== 0) order.push(slot);
    order.sort((a, b) => this.slotKeys[a] - this.slotKeys[b]);
    let maxAbs = 0;
    for (let e = 0; e < this.entryCount; e++) {
      const avg = Math.abs(this.entryWeight[e] - this.entryTotal[e] / this.clock);
      if (avg > maxAbs) maxAbs = avg;
    }
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const keys: number[] = [];
    const counts: number[] = [];
    const classes: number[] = [];
    const weights: number[] = [];
    const pairs: [number, number][] = [];
    for (const slot of order) {
      pairs.length = 0;
      for (let e = this.slotHead[slot]; e >= 0; e = this.entryNext[e]) {
        const avg = this.entryWeight[e] - this.entryTotal[e] / this.clock;
        const q = Math.round(avg / scale);
        if (Math.abs(avg) >= minWeight && q !== 0) pairs.push([this.entryClass[e], q]);
      }
      if (pairs.length === 0) continue;
      pairs.sort((a, b) => a[0] - b[0]);
      keys.push(this.slotKeys[slot]);
      counts.push(pairs.length);
      for (const [cls, q] of pairs) {
        classes.push(cls);
        weights.push(q);
      }
    }
    return tableOrder({
      classCount: this.classCount,
      scale,
      keys: Uint32Array.from(keys),
      counts: Uint8Array.from(counts),
      classes: Uint8Array.from(classes),
      weights: Int16Array.from(weights),
    });
  }

  /**
   * The smallest weight cut-off, at least `minWeight`, with which `export` keeps at most
   * `maxFeatures` features (a feature stays while one of its averaged weights reaches the cut-off).
   */
  cutoffFor(maxFeatures: number, minWeight: number): number {
    const strongest: number[] = [];
    for (let slot = 0; slot < this.slotKeys.length; slot++) {
      if (this.slotKeys[slot] === 0) continue;
      let best = 0;
      for (let e = this.slotHead[slot]; e >= 0; e = this.entryNext[e])
        best = Math.max(best, Math.abs(this.entryWeight[e] - this.entryTotal[e] / this.clock));
      if (best >= minWeight) strongest.push(best);
    }
    if (strongest.length <= maxFeatures) return minWeight;
    strongest.sort((a, b) => b - a);
    // Just above the strongest feature that must go (features tied with it go too).
    const cut = strongest[maxFeatures];
    return cut + Math.max(cut * 1e-9, 1e-12);
  }

  /** Number of features with weights (for reports). */
  get featureCount(): number {
    return this.slotCount;
  }

  private bump(slot: number, cls: number, delta: number): void {
    let e = this.slotHead[slot];
    while (e >= 0 && this.entryClass[e] !== cls) e = this.entryNext[e];
    if (e < 0) {
      if (this.entryCount === this.entryClass.length) this.growEntries();
      e = this.entryCount++;
      this.entryClass[e] = cls;
      this.entryWeight[e] = 0;
      this.entryTotal[e] = 0;
      this.entryNext[e] = this.slotHead[slot];
      this.slotHead[slot] = e;
    }
    this.entryWeight[e] += delta;
    this.entryTotal[e] += this.clock * delta;
  }

  private slotFor(key: number): number {
    if (this.slotCount * 2 >= this.slotKeys.length) this.growSlots();
    const mask = this.slotKeys.length - 1;
    let slot = key & mask;
    while (this.slotKeys[slot] !== 0 && this.slotKeys[slot] !== key) slot = (slot + 1) & mask;
    if (this.slotKeys[slot] === 0) {
      this.slotKeys[slot] = key;
      this.slotCount++;
    }
    return slot;
  }

  private growSlots(): void {
    const oldKeys = this.slotKeys;
    const oldHead = this.slotHead;
    this.slotKeys = new Uint32Array(oldKeys.length * 2);
    this.slotHead = new Int32Array(oldKeys.length * 2).fill(-1);
    const mask = this.slotKeys.length - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      const key = oldKeys[i];
      if (key === 0) continue;
      let slot = key & mask;
      while (this.slotKeys[slot] !== 0) slot = (slot + 1) & mask;
      this.slotKeys[slot] = key;
      this.slotHead[slot] = oldHead[i];
    }
  }

  private growEntries(): void {
    const size = this.entryClass.length * 2;
    const grow = <T extends Uint16Array | Float64Array | Int32Array>(old: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(old as never);
      return next;
    };
    this.entryClass = grow(this.entryClass, (n) => new Uint16Array(n));
    this.entryWeight = grow(this.entryWeight, (n) => new Float64Array(n));
    this.entryTotal = grow(this.entryTotal, (n) => new Float64Array(n));
    this.entryNext = grow(this.entryNext, (n) => new Int32Array(n));
  }
}
