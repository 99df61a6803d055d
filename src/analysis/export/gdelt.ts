import type { StoredEvent, StoredLocation } from "../../store/event-store.js";
import { loadFipsCodes } from "./fips-codes.js";

/** The 61 columns of a GDELT 2.0 events file, in order (the files carry no header). */
export const GDELT_COLUMNS = [
  "GLOBALEVENTID",
  "SQLDATE",
  "MonthYear",
  "Year",
  "FractionDate",
  "Actor1Code",
  "Actor1Name",
  "Actor1CountryCode",
  "Actor1KnownGroupCode",
  "Actor1EthnicCode",
  "Actor1Religion1Code",
  "Actor1Religion2Code",
  "Actor1Type1Code",
  "Actor1Type2Code",
  "Actor1Type3Code",
  "Actor2Code",
  "Actor2Name",
  "Actor2CountryCode",
  "Actor2KnownGroupCode",
  "Actor2EthnicCode",
  "Actor2Religion1Code",
  "Actor2Religion2Code",
  "Actor2Type1Code",
  "Actor2Type2Code",
  "Actor2Type3Code",
  "IsRootEvent",
  "EventCode",
  "EventBaseCode",
  "EventRootCode",
  "QuadClass",
  "GoldsteinScale",
  "NumMentions",
  "NumSources",
  "NumArticles",
  "AvgTone",
  "Actor1Geo_Type",
  "Actor1Geo_FullName",
  "Actor1Geo_CountryCode",
  "Actor1Geo_ADM1Code",
  "Actor1Geo_ADM2Code",
  "Actor1Geo_Lat",
  "Actor1Geo_Long",
  "Actor1Geo_FeatureID",
  "Actor2Geo_Type",
  "Actor2Geo_FullName",
  "Actor2Geo_CountryCode",
  "Actor2Geo_ADM1Code",
  "Actor2Geo_ADM2Code",
  "Actor2Geo_Lat",
  "Actor2Geo_Long",
  "Actor2Geo_FeatureID",
  "ActionGeo_Type",
  "ActionGeo_FullName",
  "ActionGeo_CountryCode",
  "ActionGeo_ADM1Code",
  "ActionGeo_ADM2Code",
  "ActionGeo_Lat",
  "ActionGeo_Long",
  "ActionGeo_FeatureID",
  "DATEADDED",
  "SOURCEURL",
] as const;

/**
 * GLOBALEVENTID: GDELT wants an integer, so the first 13 hex digits of the event id (52 bits, exact
 * in a double). Stable across re-runs like the id itself.
 */
export function gdeltEventId(eventId: string): number {
  return Number.parseInt(eventId.slice(0, 13), 16);
}

function fractionDate(date: string): string {
  const year = Number(date.slice(0, 4));
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  const dayOfYear = (Date.parse(`${date}T00:00:00Z`) - start) / 86_400_000;
  return (year + dayOfYear / days).toFixed(4);
}

/** GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1). */
function geoType(location: StoredLocation | null): string {
  if (!location || location.lat === null) return "0";
  const us = location.country === "USA";
  if (location.precision === "country") return "1";
  if (location.precision === "region") return us ? "2" : "5";
  return us ? "3" : "4";
}

/** Actor type codes: the sector split into three-letter CAMEO codes (`GOVMIL` → `GOV`, `MIL`). */
function typeCodes(sector: string | null | undefined): string[] {
  const codes = sector?.match(/[A-Z]{3}/g) ?? [];
  return [codes[0] ?? "", codes[1] ?? "", codes[2] ?? ""];
}

function clean(value: string | number | null | undefined): string {
  return value === null || value === undefined ? "" : String(value).replace(/[\t\r\n]+/g, " ");
}

/**
 * One event as a GDELT 2.0 row (tab-separated, no newline). Filled: ids, dates, actor codes, names
 * (upper-cased, as GDELT writes them), countries and type codes, the CAMEO codes, QuadClass, Goldstein,
 * mention/source/article counts, ActionGeo name, type and coordinates, DATEADDED and SOURCEURL.
 * ActionGeo_CountryCode is the place's country in FIPS 10-4, from `fips` (ISO alpha-3 → FIPS).
 * Left empty: known-group, ethnic and religion codes, actor geography, and the ADM and GNS feature
 * codes of the place (Dyad keeps GeoNames ids, a different code space). AvgTone is 0 and IsRootEvent
 * marks events from a document's first sentence.
 */
export function eventToGdeltRow(
  event: StoredEvent,
  fips: ReadonlyMap<string, string> = loadFipsCodes(),
): string {
  const date = event.date;
  const sqlDate = date ? date.replaceAll("-", "") : "";
  const location = event.location;
  const actor = (side: StoredEvent["source"]) => [
    side?.code ?? "",
    side?.name.toUpperCase() ?? "",
    side?.country ?? "",
    "",
    "",
    "",
    "",
    ...typeCodes(side?.sector),
  ];
  const emptyGeo = ["0", "", "", "", "", "", "", ""];
  const added = event.added_at.replace(/[-:T]/g, "").slice(0, 14);
  const cells = [
    gdeltEventId(event.id),
    sqlDate,
    sqlDate.slice(0, 6),
    sqlDate.slice(0, 4),
    date ? fractionDate(date) : "",
    ...actor(event.source),
    ...actor(event.target),
    event.representative.sentence_index === 0 ? 1 : 0,
    event.cameo,
    event.base_code,
    event.root_code,
    event.quad_class,
    event.goldstein,
    event.n_mentions,
    event.n_sources,
    event.n_documents,
    0,
    ...emptyGeo,
    ...emptyGeo,
    geoType(location),
    location?.name ?? "",
    location?.country ? (fips.get(location.country) ?? "") : "",
    "",
    "",
    location?.lat ?? "",
    location?.lon ?? "",
    "",
    added,
    event.representative.url ?? event.representative.source ?? "",
  ];
  return cells.map(clean).join("\t");
}
