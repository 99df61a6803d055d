import { createHash } from "node:crypto";
import type { EventStatus } from "../model/codes.js";
import type { DocumentInput, EventActor, EventLocation, EventRecord } from "../model/document.js";

/**
 * When two reports describe the same event. Two mentions merge when they have the same source
 * and target actor codes, the same CAMEO base code (first three digits) and statuses of the same
 * group ({@link mergeStatusesOf}: asserted and claimed together, every other status alone), and
 * - dates: every pair of mentions in the event lies within `windowDays` of each other (complete
 *   linkage, so a daily campaign does not chain into one event); undated mentions merge only with
 *   undated ones;
 * - places: every pair of located mentions lies within `radiusKm` (checked only when both are known).
 */
export interface MergeOptions {
  /** Largest gap in days between the dates of two mentions of one event (default 1). */
  windowDays: number;
  /** Largest distance in km between the places of two mentions of one event (default 50). */
  radiusKm: number;
}

/** The default merge rule: ±1 day, 50 km. */
export const DEFAULT_MERGE_OPTIONS: Readonly<MergeOptions> = Object.freeze({ windowDays: 1, radiusKm: 50 });

/** The CAMEO base code: the first three digits (`"0411"` → `"041"`, `"19"` → `"19"`). */
export function baseCodeOf(cameo: string): string {
  return cameo.slice(0, 3);
}

/** The date a mention counts for: the event date the coder found, else the document's publication date. */
export function mentionDateOf(record: EventRecord, document: Pick<DocumentInput, "date">): string | null {
  return record.date ?? document.date ?? null;
}

/**
 * A merged event's id: 16 hex digits of the SHA-256 of its representative mention id (the
 * lexicographically smallest mention id in the cluster). Re-running the same documents gives the same
 * ids whatever the order; a later report with a smaller mention id renames the event.
 * @example eventIdFor("reuters-0313/e0") // "9c1f…" (16 hex digits)
 */
export function eventIdFor(representativeMentionId: string): string {
  return createHash("sha256").update(representativeMentionId).digest("hex").slice(0, 16);
}

/**
 * The outlet a document counts for when counting distinct sources: its `source` (case-folded),
 * else its URL's host without `www.`, else the document itself.
 */
export function outletOf(document: Pick<DocumentInput, "id" | "source" | "url">): string {
  const source = document.source?.trim().toLowerCase();
  if (source) return source;
  if (document.url) {
    try {
      const host = new URL(document.url).hostname.toLowerCase().replace(/^www\./, "");
      if (host) return host;
    } catch {
      // Not a URL (e.g. a file path): fall through to the document id.
    }
  }
  return `doc:${document.id}`;
}

/**
 * The key an actor is matched on in dyad queries: its code, prefixed with its country when the code
 * does not start with it. A query argument matches when this key starts with it, so `IRN` matches
 * `IRNGOV` and any actor whose country is IRN; `IRNGOV` matches `IRNGOVMIL`.
 */
export function actorMatchKey(actor: Pick<EventActor, "code" | "country"> | null): string {
  if (!actor) return "";
  const country = actor.country ?? "";
  return actor.code.startsWith(country) ? actor.code : `${country}${actor.code}`;
}

/** The smallest string greater than every string starting with `prefix`, for index range scans. */
export function prefixUpperBound(prefix: string): string {
  if (prefix === "") return "\uffff";
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

/** `date` (`YYYY-MM-DD`) shifted by `days`. */
export function shiftDate(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/** Days from `a` to `b` (both `YYYY-MM-DD`). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km between two points given in degrees. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const toRad = Math.PI / 180;
  const dLat = (lat2 - lat1) * toRad;
  const dLon = (lon2 - lon1) * toRad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The columns of a stored event that choosing among merge candidates reads (both backends' writers). */
export interface MergeCandidate {
  key: number;
  rep_mention_id: string;
  location_mention_id: string | null;
  date: string | null;
  max_date: string | null;
}

/**
 * A merge key group: source code, target code, base code and the two statuses of its status group
 * (see {@link mergeStatusesOf}); both writers bind these to `status IN (…, …)`, which the
 * `events_merge` index serves as two range scans.
 */
export type MergeKeys = [string, string, string, EventStatus, EventStatus];

/**
 * The statuses whose mentions merge with a mention of `status`. A fact reported outright
 * ("police arrested Khan") and the same fact attributed ("Khan was arrested, police said") are one
 * event, so asserted and claimed form one group; a denied, hypothetical or planned event is not the
 * event, so each of those merges only with its own status.
 */
export function mergeStatusesOf(status: EventStatus): [EventStatus, EventStatus] {
  return status === "asserted" || status === "claimed" ? ["asserted", "claimed"] : [status, status];
}

/** What a mention must share with an event to merge into it: source, target, base code and status group. */
export function mergeKeysOf(record: EventRecord): MergeKeys {
  return [
    record.source?.code ?? "",
    record.target?.code ?? "",
    baseCodeOf(record.cameo),
    ...mergeStatusesOf(record.status),
  ];
}

/**
 * A merged event's status, from its mentions' (all of one status group): asserted when any mention
 * asserts it, since one outlet reporting the event as fact outweighs others attributing it; else the
 * status they share (claimed, or the negated, hypothetical or future status of the group).
 */
export function mergedStatusOf(statuses: Iterable<string>): EventStatus {
  let merged: string | undefined;
  for (const status of statuses) {
    if (status === "asserted") return "asserted";
    merged ??= status;
  }
  return (merged ?? "asserted") as EventStatus;
}

/**
 * Of the events a mention may join, the one closest to its date (distance to both ends of the event's
 * span), ties going to the smallest representative mention id, so the choice does not depend on the
 * order the database returns rows in.
 */
export function closestCandidate<T extends MergeCandidate>(
  rows: readonly T[],
  date: string | null,
): T | undefined {
  let best: T | undefined;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const row of rows) {
    const gap =
      date === null || row.date === null || row.max_date === null
        ? 0
        : Math.abs(daysBetween(row.date, date)) + Math.abs(daysBetween(row.max_date, date));
    if (
      gap < bestGap ||
      (gap === bestGap && best !== undefined && row.rep_mention_id < best.rep_mention_id)
    ) {
      best = row;
      bestGap = gap;
    }
  }
  return best;
}

/** A located mention's place, as the radius check reads it. */
export interface MergePlace {
  lat: number;
  lon: number;
  precision?: EventLocation["precision"];
  country: EventLocation["country"];
}

/**
 * True when two located mentions may belong to one event: within the radius, or, when either place
 * has only country precision ("missiles at Iraq"), in the same country.
 */
export function placesAgree(here: MergePlace, there: MergePlace, radiusKm: number): boolean {
  if (here.precision === "country" || there.precision === "country") return here.country === there.country;
  return haversineKm(here.lat, here.lon, there.lat, there.lon) <= radiusKm;
}

/** The row with the smallest key (ids compare as strings), or undefined for no rows. */
export function smallestBy<T>(rows: readonly T[], key: (row: T) => string): T | undefined {
  let best: T | undefined;
  for (const row of rows) if (best === undefined || key(row) < key(best)) best = row;
  return best;
}
