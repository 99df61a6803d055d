import type { EventRecord } from "../../model/document.js";
import { actorMatchKey, baseCodeOf, eventIdFor } from "../merge-rule.js";

/** Columns of `events` copied from the representative mention. */
export const REPRESENTATIVE_COLUMNS = [
  "id",
  "rep_mention_id",
  "source_code",
  "source_country",
  "source_sector",
  "source_name",
  "source_match",
  "target_code",
  "target_country",
  "target_sector",
  "target_name",
  "target_match",
  "cameo",
  "cameo_name",
  "base_code",
  "quad_class",
  "goldstein",
  "plover_type",
  "plover_mode",
  "plover_context",
] as const;

/** Columns of `events` copied from the first located mention. */
export const LOCATION_COLUMNS = [
  "location_mention_id",
  "location_name",
  "location_country",
  "location_admin1",
  "lat",
  "lon",
  "location_precision",
  "geonames_id",
] as const;

type Value = string | number | null;
/** Values for {@link REPRESENTATIVE_COLUMNS}, keyed by column. */
export type RepresentativeValues = Record<(typeof REPRESENTATIVE_COLUMNS)[number], Value>;
/** Values for {@link LOCATION_COLUMNS}, keyed by column. */
export type LocationValues = Record<(typeof LOCATION_COLUMNS)[number], Value>;

/** The event columns a mention supplies when it is (or becomes) the event's representative. */
export function representativeValues(record: EventRecord, mentionId: string): RepresentativeValues {
  const { source, target } = record;
  return {
    id: eventIdFor(mentionId),
    rep_mention_id: mentionId,
    source_code: source?.code ?? "",
    source_country: source?.country ?? null,
    source_sector: source?.sector ?? null,
    source_name: source?.text ?? null,
    source_match: actorMatchKey(source),
    target_code: target?.code ?? "",
    target_country: target?.country ?? null,
    target_sector: target?.sector ?? null,
    target_name: target?.text ?? null,
    target_match: actorMatchKey(target),
    cameo: record.cameo,
    cameo_name: record.cameo_name,
    base_code: baseCodeOf(record.cameo),
    quad_class: record.quad_class,
    goldstein: record.goldstein,
    plover_type: record.plover?.type ?? null,
    plover_mode: record.plover?.mode ?? null,
    plover_context: record.plover?.context ?? null,
  };
}

/** True when the mention has coordinates, so it can anchor the event's place and the radius check. */
export function isLocated(record: EventRecord): boolean {
  return record.location != null && record.location.lat != null && record.location.lon != null;
}

/** The event's place columns from a located mention, or all null. */
export function locationValues(record: EventRecord | null, mentionId: string | null): LocationValues {
  const location = record?.location;
  if (!record || !location || !isLocated(record)) {
    return Object.fromEntries(LOCATION_COLUMNS.map((column) => [column, null])) as LocationValues;
  }
  return {
    location_mention_id: mentionId,
    location_name: location.name,
    location_country: location.country ?? null,
    location_admin1: location.admin1 ?? null,
    lat: location.lat,
    lon: location.lon,
    location_precision: location.precision ?? null,
    geonames_id: location.geonames_id ?? null,
  };
}

/** `col = @col, …` for an UPDATE over the given columns. */
export function assignments(columns: readonly string[]): string {
  return columns.map((column) => `${column} = @${column}`).join(", ");
}
