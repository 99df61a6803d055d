import { readFileSync } from "node:fs";

/** One GeoNames populated place from `cities.tsv` (see `scripts/build-gazetteer.mjs` for the layout). */
export interface CityRecord {
  name: string;
  geonamesId: number;
  /** ISO 3166-1 alpha-2, as GeoNames gives it. */
  iso2: string;
  /** GeoNames admin1 code (US: the state's postal code, e.g. `TX`). */
  admin1: string;
  population: number;
  lat: number;
  lon: number;
  /** GeoNames feature code: `PPLC` capital, `PPLA` first-level seat, `PPL` other place, ... */
  feature: string;
}

/** Read-only name lookup over the sorted city file. */
export interface CityTable {
  /** Number of lines (a city appears once per spelling variant). */
  readonly size: number;
  /** Cities whose folded name is exactly `key` (see `foldName`). */
  lookup(key: string): CityRecord[];
}

const TAB = 9;
const NEWLINE = 10;

/**
 * Opens `cities.tsv` as one latin1 string plus an Int32Array of line offsets and answers lookups
 * by binary search. Building a Map of 110,000 names costs more than the whole start-up budget on
 * a slow machine; this costs one file read and a newline scan. Lines are sorted byte-wise, and a
 * latin1 string compares code unit by byte, so `<` on keys follows the file order.
 * @example loadCityTable("data/gazetteer/v2026.11/cities.tsv").lookup("erbil")[0].lat // 36.1833
 */
export function loadCityTable(path: string): CityTable {
  const bytes = readFileSync(path);
  const text = bytes.toString("latin1");
  let count = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === NEWLINE) count++;
  const starts = new Int32Array(count + 2);
  let line = 0;
  starts[line++] = 0;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) starts[line++] = at + 1;
  starts[line] = text.length + 1;
  const size = line;

  const keyAt = (i: number): string => {
    const start = starts[i];
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== TAB) end++;
    return text.slice(start, end);
  };
  const recordAt = (i: number): CityRecord => {
    const raw = text.slice(starts[i], starts[i + 1] - 1);
    const f = raw.split("\t");
    return {
      name: decodeUtf8(f[1]),
      geonamesId: Number(f[2]),
      iso2: f[3],
      admin1: f[4],
      population: Number(f[5]),
      lat: Number(f[6]),
      lon: Number(f[7]),
      feature: f[8],
    };
  };

  return {
    size,
    lookup(key) {
      const probe = toLatin1(key);
      let lo = 0;
      let hi = size;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (keyAt(mid) < probe) lo = mid + 1;
        else hi = mid;
      }
      const out: CityRecord[] = [];
      for (let i = lo; i < size && keyAt(i) === probe; i++) out.push(recordAt(i));
      return out;
    },
  };
}

/** A JS string whose code units are the UTF-8 bytes of `s` (identity for ASCII). */
function toLatin1(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) return Buffer.from(s, "utf8").toString("latin1");
  }
  return s;
}

/** Inverse of {@link toLatin1}. */
function decodeUtf8(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) return Buffer.from(s, "latin1").toString("utf8");
  }
  return s;
}
