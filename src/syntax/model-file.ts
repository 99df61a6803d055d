import { DataFileError } from "../model/errors.js";
import type { LinearModelArrays } from "./linear-model.js";

/**
 * The syntax model file: `DYADSYN1`, a little-endian u32 header length, a JSON header (settings,
 * label names, small tables, and where each array lies), then 4-byte-aligned little-endian typed
 * arrays. Arrays are read as views on the file's bytes, without copying or parsing.
 */
const MAGIC = "DYADSYN1";

type ArrayKind = "u32" | "u8" | "i16";
type TypedArray = Uint32Array | Uint8Array | Int16Array;

interface SectionEntry {
  name: string;
  kind: ArrayKind;
  offset: number;
  length: number;
}

/** What a model file holds besides its arrays. */
export interface ModelHeader {
  format: 1;
  [key: string]: unknown;
}

/** A model file's content: a JSON-able header and named classifiers plus extra arrays. */
export interface ModelContent {
  header: ModelHeader;
  classifiers: Record<string, LinearModelArrays>;
  arrays: Record<string, TypedArray>;
}

const kindOf = (array: TypedArray): ArrayKind =>
  array instanceof Uint32Array ? "u32" : array instanceof Int16Array ? "i16" : "u8";

/** Serialises a model (deterministically: same content, same bytes). */
export function writeModelFile(content: ModelContent): Uint8Array {
  const arrays: [string, TypedArray][] = [];
  const classifierMeta: Record<string, { classCount: number; scale: number }> = {};
  for (const [name, c] of Object.entries(content.classifiers)) {
    classifierMeta[name] = { classCount: c.classCount, scale: c.scale };
    arrays.push([`${name}.keys`, c.keys], [`${name}.counts`, c.counts], [`${name}.classes`, c.classes]);
    arrays.push([`${name}.weights`, c.weights]);
  }
  arrays.push(...Object.entries(content.arrays));
  const sections: SectionEntry[] = [];
  let offset = 0;
  for (const [name, array] of arrays) {
    sections.push({ name, kind: kindOf(array), offset, length: array.length });
    offset += align(array.byteLength);
  }
  const header = new TextEncoder().encode(JSON.stringify({ ...content.header, classifierMeta, sections }));
  const headerLength = align(header.length);
  const start = 12 + headerLength;
  const bytes = new Uint8Array(start + offset).fill(0x20, 12, start);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(bytes.buffer).setUint32(8, headerLength, true);
  bytes.set(header, 12);
  for (let i = 0; i < arrays.length; i++) {
    const array = arrays[i][1];
    const view = new DataView(bytes.buffer, start + sections[i].offset);
    for (let k = 0; k < array.length; k++) {
      if (array instanceof Uint32Array) view.setUint32(k * 4, array[k], true);
      else if (array instanceof Int16Array) view.setInt16(k * 2, array[k], true);
      else view.setUint8(k, array[k]);
    }
  }
  return bytes;
}

const align = (n: number) => (n + 3) & ~3;

/**
 * Reads a model file written by `writeModelFile`, viewing its arrays in place.
 * @throws DataFileError when the bytes are not a model file.
 */
export function readModelFile(bytes: Uint8Array, file: string): ModelContent {
  if (bytes.length < 12 || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC)
    throw new DataFileError("not a Dyad syntax model (bad magic)", { file });
  // Typed-array views need 4-byte alignment; a pooled Buffer may not have it.
  const data = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const headerLength = new DataView(data.buffer, data.byteOffset).getUint32(8, true);
  let header: ModelHeader & {
    classifierMeta: Record<string, { classCount: number; scale: number }>;
    sections: SectionEntry[];
  };
  try {
    header = JSON.parse(new TextDecoder().decode(data.subarray(12, 12 + headerLength)));
  } catch (error) {
    throw new DataFileError(`bad model header: ${(error as Error).message}`, { file });
  }
  const start = data.byteOffset + 12 + headerLength;
  const arrays: Record<string, TypedArray> = {};
  for (const s of header.sections) {
    const at = start + s.offset;
    const bytesNeeded = s.length * (s.kind === "u32" ? 4 : s.kind === "i16" ? 2 : 1);
    if (at - data.byteOffset + bytesNeeded > data.length)
      throw new DataFileError(`section ${s.name} runs past the end`, { file });
    arrays[s.name] =
      s.kind === "u32"
        ? new Uint32Array(data.buffer, at, s.length)
        : s.kind === "i16"
          ? new Int16Array(data.buffer, at, s.length)
          : new Uint8Array(data.buffer, at, s.length);
  }
  const classifiers: Record<string, LinearModelArrays> = {};
  for (const [name, meta] of Object.entries(header.classifierMeta)) {
    classifiers[name] = {
      ...meta,
      keys: arrays[`${name}.keys`] as Uint32Array,
      counts: arrays[`${name}.counts`] as Uint8Array,
      classes: arrays[`${name}.classes`] as Uint8Array,
      weights: arrays[`${name}.weights`] as Int16Array,
    };
  }
  // The classifiers' own arrays are not repeated among the extra arrays.
  for (const name of Object.keys(classifiers))
    for (const part of ["keys", "counts", "classes", "weights"]) delete arrays[`${name}.${part}`];
  const { classifierMeta: _meta, sections: _sections, ...rest } = header;
  return { header: rest as ModelHeader, classifiers, arrays };
}
