/**
 * A tiny WebAssembly kernel (SIMD) that adds int32 rows of one fixed width to a score row, the
 * parser's innermost loop once the grouped templates are cached: JavaScript adds a 107-class row
 * one element at a time, `i32x4.add` four at a time without bounds checks (about 8 times faster).
 * The module is assembled here, byte by byte, for the row width it serves.
 */
export interface RowAdder {
  /** The memory the rows, the score row and the row list live in (never grows: views stay valid). */
  memory: WebAssembly.Memory;
  /**
   * Adds `count` rows, whose byte offsets are the first `count` int32 at byte `listAt`, to the
   * row at byte `scoresAt`. Every offset is a multiple of 16.
   */
  add(scoresAt: number, listAt: number, count: number): void;
}

const leb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
};
const section = (id: number, content: number[]) => [id, ...leb(content.length), ...content];

/** The module's bytes: `add(scores, list, count)` over rows of `vectors` × 4 int32, memory imported as m.m. */
function moduleBytes(vectors: number, pages: number): Uint8Array<ArrayBuffer> {
  const [SCORES, LIST, COUNT, I, ROW] = [0, 1, 2, 3, 4];
  const get = (local: number) => [0x20, local];
  const memarg = (offset: number) => [4, ...leb(offset)];
  const body: number[] = [0x01, 0x02, 0x7f]; // two i32 locals: i, row
  body.push(0x02, 0x40, 0x03, 0x40); // block, loop
  body.push(...get(I), ...get(COUNT), 0x4f, 0x0d, 0x01); // if i >= count: leave
  body.push(...get(LIST), ...get(I), 0x41, 0x02, 0x74, 0x6a, 0x28, 0x02, 0x00, 0x21, ROW); // row = list[i]
  for (let v = 0; v < vectors; v++) {
    const offset = 16 * v;
    body.push(...get(SCORES));
    body.push(...get(SCORES), 0xfd, 0x00, ...memarg(offset)); // v128.load
    body.push(...get(ROW), 0xfd, 0x00, ...memarg(offset));
    body.push(0xfd, 0xae, 0x01); // i32x4.add
    body.push(0xfd, 0x0b, ...memarg(offset)); // v128.store
  }
  body.push(...get(I), 0x41, 0x01, 0x6a, 0x21, I, 0x0c, 0x00, 0x0b, 0x0b, 0x0b); // i++, loop; ends
  const bytes = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  bytes.push(...section(1, [0x01, 0x60, 0x03, 0x7f, 0x7f, 0x7f, 0x00]));
  bytes.push(...section(2, [0x01, 0x01, 0x6d, 0x01, 0x6d, 0x02, 0x00, ...leb(pages)]));
  bytes.push(...section(3, [0x01, 0x00]));
  bytes.push(...section(7, [0x01, 0x03, 0x61, 0x64, 0x64, 0x00, 0x00]));
  bytes.push(...section(10, [0x01, ...leb(body.length), ...body]));
  return new Uint8Array(bytes);
}

/**
 * A row adder for rows of `width` int32 (a multiple of 4) in a memory of `bytes` bytes, or null
 * where WebAssembly SIMD is not available (callers then add in JavaScript).
 */
export function createRowAdder(width: number, bytes: number): RowAdder | null {
  if (width % 4 !== 0) throw new RangeError(`row width ${width} is not a multiple of 4`);
  try {
    const pages = Math.ceil(bytes / 65536);
    const memory = new WebAssembly.Memory({ initial: pages });
    const module = new WebAssembly.Module(moduleBytes(width / 4, pages));
    const instance = new WebAssembly.Instance(module, { m: { m: memory } });
    const add = instance.exports.add as (scoresAt: number, listAt: number, count: number) => void;
    return { memory, add };
  } catch {
    return null;
  }
}
