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
  /**
   * Like {@link CityTable.lookup}, and also whether a longer name continues `key` past a space or
   * punctuation ("gaza" → "gaza city"), so a caller can stop growing a window early.
   */
  find(key: string): { records: CityRecord[]; continues: boolean };
}

const TAB = 9;
const NEWLINE = 10;

/**
 * Keeps `cities.tsv` as raw bytes plus an Int32Array of line offsets and answers lookups by binary
 * search over the bytes. Neither a Map of 110,000 names nor even one 7 MB JS string fits the
 * start-up budget on a slow machine; a file read and a newline scan do. Lines are sorted byte-wise
 * by key (and a tab sorts before every key character), so comparing bytes follows the file order.
 * @example loadCityTable("data/gazetteer/v2026.11/cities.tsv").lookup("erbil")[0].lat // 36.1833
 */
export function loadCityTable(path: string): CityTable {
  const bytes = readFileSync(path);
  // About 60 bytes a line; grow if a future file is denser.
  let starts = new Int32Array(Math.ceil(bytes.length / 40) + 2);
  let line = 0;
  starts[line++] = 0;
  for (let at = bytes.indexOf(NEWLINE); at >= 0; at = bytes.indexOf(NEWLINE, at + 1)) {
    if (line + 1 >= starts.length) {
      const grown = new Int32Array(starts.length * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[line++] = at + 1;
  }
  starts[line] = bytes.length + 1;
  const size = line;

  /** Sign of (key of line i) − probe, comparing bytes; the key ends at the line's first tab. */
  const compareKey = (i: number, probe: Uint8Array): number => {
    let at = starts[i];
    for (let k = 0; k < probe.length; k++, at++) {
      const b = bytes[at];
      if (b === TAB) return -1;
      if (b !== probe[k]) return b - probe[k];
    }
    return bytes[at] === TAB ? 0 : 1;
  };
  const recordAt = (i: number): CityRecord => {
    const f = bytes.toString("utf8", starts[i], starts[i + 1] - 1).split("\t");
    return {
      name: f[1],
      geonamesId: Number(f[2]),
      iso2: f[3],
      admin1: f[4],
      population: Number(f[5]),
      lat: Number(f[6]),
      lon: Number(f[7]),
      feature: f[8],
    };
  };

  const find = (key: string) => {
    const probe = Buffer.from(key, "utf8");
    let lo = 0;
    let hi = size;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareKey(mid, probe) < 0) lo = mid + 1;
      else hi = mid;
    }
    const records: CityRecord[] = [];
    let i = lo;
    for (; i < size && compareKey(i, probe) === 0; i++) records.push(recordAt(i));
    // Keys sort byte-wise, so the first longer key sharing the prefix follows the exact matches, and
    // one that continues with a space or punctuation (bytes below "0") sorts before one with a letter.
    let continues = false;
    if (i < size && starts[i] + probe.length < starts[i + 1]) {
      continues =
        bytes.compare(probe, 0, probe.length, starts[i], starts[i] + probe.length) === 0 &&
        bytes[starts[i] + probe.length] < 0x30;
    }
    return { records, continues };
  };

  return {
    size,
    lookup: (key) => find(key).records,
    find,
  };
}
