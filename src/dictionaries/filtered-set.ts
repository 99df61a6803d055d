/** Bits of the filter: 2^20 bits (128 KB) keep about one in ten bits set for 100,000 words. */
const FILTER_BITS = 20;

/** The filter bit of `word`: its length and its first and last characters, mixed. */
function filterBit(word: string): number {
  const n = word.length;
  if (n === 0) return 0;
  const mixed =
    Math.imul(n, 0x9e3779b1) ^
    Math.imul(word.charCodeAt(0), 0x85ebca6b) ^
    Math.imul(word.charCodeAt(n - 1), 0xc2b2ae35);
  return Math.imul(mixed ^ (mixed >>> 15), 0x27d4eb2d) >>> (32 - FILTER_BITS);
}

/**
 * A set of strings with a one-bit-per-slot filter in front: most words looked up are absent, and the
 * filter (small enough to stay in cache) answers those without hashing the word or probing the large
 * set. Exact: a word the filter lets through is still looked up in the set.
 */
export class FilteredSet {
  private readonly set: Set<string>;
  private readonly bits = new Uint32Array(1 << (FILTER_BITS - 5));

  constructor(words: Iterable<string>) {
    this.set = new Set(words);
    for (const word of this.set) {
      const bit = filterBit(word);
      this.bits[bit >>> 5] |= 1 << (bit & 31);
    }
  }

  get size(): number {
    return this.set.size;
  }

  has(word: string): boolean {
    const bit = filterBit(word);
    return (this.bits[bit >>> 5] & (1 << (bit & 31))) !== 0 && this.set.has(word);
  }
}
