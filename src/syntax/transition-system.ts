/**
 * The arc-hybrid transition system (Kuhlmann et al. 2011) with the artificial root at the end of
 * the buffer, and its exact dynamic-oracle costs for projective trees (Goldberg & Nivre 2013).
 *
 * Moves: SHIFT; LEFT (s0 becomes a dependent of b0); RIGHT (s0 becomes a dependent of s1); an arc
 * move carries a label. Word indices are 0-based; the root is index `n`, and only one word may
 * attach to it, with the root label.
 */
export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
/** Number of moves; the label of an arc is chosen separately. */
export const MOVE_COUNT = 3;

/** A parser configuration with the child bookkeeping the features read. */
export class ParseState {
  readonly n: number;
  readonly stack: Int32Array;
  stackSize = 0;
  /** Front of the buffer; `n` is the root. */
  buffer = 0;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  /** Leftmost and second-leftmost children, rightmost and second-rightmost (-1 when none); index n = root. */
  readonly left1: Int32Array;
  readonly left2: Int32Array;
  readonly right1: Int32Array;
  readonly right2: Int32Array;
  readonly leftCount: Uint8Array;
  readonly rightCount: Uint8Array;
  /** Bit sets of the labels of left and right children (label id mod 32). */
  readonly leftLabels: Uint32Array;
  readonly rightLabels: Uint32Array;

  /** All the arrays above as one block of bytes, so that copying a state (beam search) is one copy. */
  private readonly bytes: Uint8Array;

  constructor(n: number) {
    this.n = n;
    // Nine 4-byte arrays of n + 1 slots, then the two byte arrays (4-byte aligned sizes).
    const slots = n + 1;
    const byteSlots = (slots + 3) & ~3;
    const buffer = new ArrayBuffer(9 * 4 * slots + 2 * byteSlots);
    let at = 0;
    const i32 = (length: number) => {
      const view = new Int32Array(buffer, at, length);
      at += 4 * slots;
      return view;
    };
    this.stack = i32(slots);
    this.heads = i32(n).fill(-1);
    this.labels = i32(n).fill(-1);
    this.left1 = i32(slots).fill(-1);
    this.left2 = i32(slots).fill(-1);
    this.right1 = i32(slots).fill(-1);
    this.right2 = i32(slots).fill(-1);
    this.leftLabels = new Uint32Array(buffer, at, slots);
    this.rightLabels = new Uint32Array(buffer, at + 4 * slots, slots);
    at += 8 * slots;
    this.leftCount = new Uint8Array(buffer, at, slots);
    this.rightCount = new Uint8Array(buffer, at + byteSlots, slots);
    this.bytes = new Uint8Array(buffer);
  }

  /** Makes this state a copy of `other` (a state of the same sentence length). */
  copyFrom(other: ParseState): this {
    this.bytes.set(other.bytes);
    this.stackSize = other.stackSize;
    this.buffer = other.buffer;
    return this;
  }

  get done(): boolean {
    return this.stackSize === 0 && this.buffer === this.n;
  }

  /** Stack word `k` from the top (0 = s0), or -1. */
  s(k: number): number {
    return k < this.stackSize ? this.stack[this.stackSize - 1 - k] : -1;
  }

  /** Whether `move` may be taken (with some label). */
  isValid(move: number): boolean {
    if (move === SHIFT) return this.buffer < this.n;
    if (move === LEFT) return this.stackSize === 1 || (this.stackSize > 1 && this.buffer < this.n);
    return this.stackSize >= 2;
  }

  /** Whether an arc made by `move` must carry the root label (LEFT onto the root) rather than any other. */
  needsRootLabel(move: number): boolean {
    return move === LEFT && this.buffer === this.n;
  }

  /** The head an arc made by `move` gives s0. */
  arcHead(move: number): number {
    return move === LEFT ? this.buffer : this.s(1);
  }

  apply(move: number, label: number): void {
    if (move === SHIFT) {
      this.stack[this.stackSize++] = this.buffer++;
      return;
    }
    const dependent = this.stack[--this.stackSize];
    const head = move === LEFT ? this.buffer : this.stack[this.stackSize - 1];
    this.addArc(head, dependent, label);
  }

  private addArc(head: number, dep: number, label: number): void {
    this.heads[dep] = head;
    this.labels[dep] = label;
    const bit = 1 << (label & 31);
    if (dep < head) {
      this.leftCount[head]++;
      this.leftLabels[head] |= bit;
      if (this.left1[head] < 0 || dep < this.left1[head]) {
        this.left2[head] = this.left1[head];
        this.left1[head] = dep;
      } else if (this.left2[head] < 0 || dep < this.left2[head]) this.left2[head] = dep;
    } else {
      this.rightCount[head]++;
      this.rightLabels[head] |= bit;
      if (dep > this.right1[head]) {
        this.right2[head] = this.right1[head];
        this.right1[head] = dep;
      } else if (dep > this.right2[head]) this.right2[head] = dep;
    }
  }

  /**
   * Number of gold arcs `move` makes unreachable, not counting labels. `goldHeads` use `n` for the root.
   */
  cost(move: number, goldHeads: ArrayLike<number>): number {
    const n = this.n;
    const b = this.buffer;
    if (move === SHIFT) {
      let cost = 0;
      const s0 = this.s(0);
      const headOfB = goldHeads[b];
      for (let k = 0; k < this.stackSize; k++) {
        const w = this.stack[k];
        if (goldHeads[w] === b) cost++;
        if (w === headOfB && w !== s0) cost++;
      }
      return cost;
    }
    const s0 = this.s(0);
    let cost = 0;
    for (let d = b; d < n; d++) if (goldHeads[d] === s0) cost++;
    const head = goldHeads[s0];
    if (move === LEFT) {
      if (head !== b && (head === this.s(1) || head > b)) cost++;
    } else if (head !== this.s(1) && head >= b) cost++;
    return cost;
  }
}
