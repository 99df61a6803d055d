import {
  closestCandidate,
  type MergeOptions,
  type MergePlace,
  placesAgree,
  shiftDate,
} from "./merge-rule.js";

/**
 * The order in which the merge rule takes a key group's mentions: by date, then document id, sentence,
 * trigger and mention id. It depends only on content, so the events a set of mentions forms do not
 * depend on the order they were ingested in; and a long document's mentions arrive in this order,
 * so storing it never has to revise earlier choices.
 * @example mentionOrderKey("2022-03-13", "reuters-1", 4, 120, "9c1f…") // "2022-03-13\u0001reuters-1\u0001…"
 */
export function mentionOrderKey(
  date: string | null,
  docId: string,
  sentenceIndex: number,
  triggerStart: number,
  id: string,
): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${date ?? ""}\u0001${docId}\u0001${pad(sentenceIndex, 9)}.${pad(triggerStart, 10)}\u0001${id}`;
}

/** One mention as the sweep reads it. */
export interface SweepMention {
  id: string;
  /** {@link mentionOrderKey} of the mention. */
  order: string;
  date: string | null;
  place: MergePlace | null;
  /** The event row that holds it now; null for the mention being added. */
  row: number | null;
  /** That event's earliest date as stored (null for undated events and for an added mention). */
  rowDate: string | null;
  /** The mention being removed: it counts in the stored state but joins nothing. */
  removed?: boolean;
}

/** A cluster of the sweep: an event as it stands at the sweep's position. */
export class SweepCluster {
  /** Field names as {@link closestCandidate} reads them. */
  date: string | null;
  max_date: string | null = null;
  rep_mention_id = "\uffff";
  location_mention_id: string | null = null;
  readonly places = new Map<string, MergePlace>();
  readonly members: SweepMention[] = [];

  constructor(
    /** The event row it maps to; null for a new event. */
    public row: number | null,
    minDate: string | null,
  ) {
    this.date = minDate;
  }

  /** The candidate key {@link closestCandidate} expects; only ties read it, through the rep id. */
  get key(): number {
    return this.row ?? -1;
  }

  add(mention: SweepMention): void {
    this.members.push(mention);
    if (mention.id < this.rep_mention_id) this.rep_mention_id = mention.id;
    if (mention.date !== null && (this.max_date === null || mention.date > this.max_date))
      this.max_date = mention.date;
    if (mention.place) this.addPlace(mention.place);
  }

  addPlace(place: MergePlace): void {
    const { lat, lon, precision, country } = place;
    this.places.set(`${lat},${lon},${precision},${country}`, place);
    this.location_mention_id = "located";
  }

  /** Equal in everything the next choices read: dates, representative id and places. */
  sameState(other: SweepCluster): boolean {
    if (this.date !== other.date || this.max_date !== other.max_date) return false;
    if (this.rep_mention_id !== other.rep_mention_id || this.places.size !== other.places.size) return false;
    for (const key of this.places.keys()) if (!other.places.has(key)) return false;
    return true;
  }
}

/** What a sweep changed: the writer moves these mentions, writes new events and re-derives the rest. */
export interface SweepResult {
  /** Mentions whose event changed (including an added one), each with its new cluster. */
  moves: { mention: SweepMention; cluster: SweepCluster }[];
  /** New events, each to be written before the mentions move into it. */
  fresh: SweepCluster[];
  /** Existing event rows that gained or lost a mention (to re-derive; deleted when empty). */
  dirtyRows: Set<number>;
}

/**
 * Re-runs the merge rule over one key group (same source, target, base code and status) from the
 * point where a mention is added or removed. The rule takes the group's mentions in
 * {@link mentionOrderKey} order; each joins the closest open event whose dates and places it fits
 * (see {@link closestCandidate}, {@link placesAgree}), else starts one. Since the result depends
 * only on the set of mentions, any ingest order gives the same events. The sweep stops as soon as
 * its state equals the stored one again, so a change costs work near it, not over the whole group.
 *
 * Feed it the stored mentions in order from {@link MergeSweep.startDate} (and the added mention in
 * its place), asking {@link MergeSweep.synced} before each new date or mention.
 */
export class MergeSweep {
  private readonly stored = new Map<number, SweepCluster>();
  private readonly current = new Map<number, SweepCluster>();
  private readonly open: SweepCluster[] = [];
  private readonly fresh: SweepCluster[] = [];
  private readonly moves: SweepResult["moves"] = [];
  /** Rows whose members differ between the stored and the new state. */
  private readonly dirty = new Set<number>();

  constructor(
    private readonly options: MergeOptions,
    /** The order key of the added or removed mention. */
    private readonly change: { order: string; date: string | null },
  ) {}

  /** True when the event rows from here on are those already stored, so the sweep may stop. */
  synced(at: { date: string | null; order: string }): boolean {
    if (at.order <= this.change.order) return false;
    const isOpen = (cluster: SweepCluster | undefined) =>
      cluster !== undefined &&
      (at.date === null ||
        cluster.date === null ||
        cluster.date >= shiftDate(at.date, -this.options.windowDays));
    if (this.fresh.some(isOpen)) return false;
    for (const row of this.dirty) {
      const before = this.stored.get(row);
      const now = this.current.get(row);
      const open = isOpen(now);
      if (open !== isOpen(before)) return false;
      if (open && !(now as SweepCluster).sameState(before as SweepCluster)) return false;
    }
    return true;
  }

  /** Takes an event whose members all come before the change, as its stored row sums them up. */
  seed(row: SweepEventRow, places: Iterable<MergePlace>): void {
    for (const map of [this.stored, this.current]) {
      const cluster = this.clusterOf(map, row.key, row.date);
      cluster.max_date = row.max_date;
      cluster.rep_mention_id = row.rep_mention_id;
      for (const place of places) cluster.addPlace(place);
    }
  }

  /** Takes the next mention in order. */
  push(mention: SweepMention): void {
    if (mention.row !== null) this.clusterOf(this.stored, mention.row, mention.rowDate).add(mention);
    if (mention.order < this.change.order) {
      // Before the change both states are the stored one.
      this.clusterOf(this.current, mention.row as number, mention.rowDate).add(mention);
      return;
    }
    if (mention.removed) {
      if (mention.row !== null) this.dirty.add(mention.row);
      return;
    }
    this.pruneClosed(mention.date);
    const fitting = mention.place
      ? this.open.filter((cluster) =>
          [...cluster.places.values()].every((place) =>
            placesAgree(mention.place as MergePlace, place, this.options.radiusKm),
          ),
        )
      : this.open;
    let cluster = closestCandidate(fitting, mention.date);
    if (cluster === undefined) {
      // A stored mention that starts an event keeps its row when that row has no event yet.
      const claim = mention.row !== null && !this.current.has(mention.row) ? mention.row : null;
      cluster =
        claim === null
          ? new SweepCluster(null, mention.date)
          : this.clusterOf(this.current, claim, mention.date);
      if (claim === null) {
        this.fresh.push(cluster);
        this.open.push(cluster);
      }
    }
    cluster.add(mention);
    if (cluster.row === null || cluster.row !== mention.row) {
      if (cluster.row !== null) this.dirty.add(cluster.row);
      if (mention.row !== null) this.dirty.add(mention.row);
      this.moves.push({ mention, cluster });
    }
  }

  /** The changes to write. */
  result(): SweepResult {
    return { moves: this.moves, fresh: this.fresh, dirtyRows: new Set(this.dirty) };
  }

  private clusterOf(map: Map<number, SweepCluster>, row: number, minDate: string | null): SweepCluster {
    let cluster = map.get(row);
    if (!cluster) {
      cluster = new SweepCluster(row, minDate);
      map.set(row, cluster);
      if (map === this.current) this.open.push(cluster);
    }
    return cluster;
  }

  /** Drops events that a mention on `date` (or later) can no longer join. */
  private pruneClosed(date: string | null): void {
    if (date === null) return;
    const earliest = shiftDate(date, -this.options.windowDays);
    for (let i = this.open.length - 1; i >= 0; i--) {
      const cluster = this.open[i] as SweepCluster;
      if (cluster.date !== null && cluster.date < earliest) this.open.splice(i, 1);
    }
  }
}

/** A stored event as the sweep reads it (the writers' candidate rows). */
export interface SweepEventRow {
  key: number;
  date: string | null;
  max_date: string | null;
  rep_mention_id: string;
  last_order: string | null;
}

/**
 * What a sweep asks its store for, all within the change's key group: the events starting in a date
 * range (`from`/`to` null: the undated ones), an event's distinct places or all its mentions, and
 * the first event date after a day (answered with null when there is none).
 */
export type SweepQuery =
  | { kind: "events"; from: string | null; to: string | null }
  | { kind: "places"; row: number }
  | { kind: "members"; row: number }
  | { kind: "next"; after: string };

/** The answer to a {@link SweepQuery}, in the same order as its kinds. */
export type SweepAnswer = SweepEventRow[] | MergePlace[] | SweepMention[] | string | null;

const byOrder = (a: SweepMention, b: SweepMention) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0);

/**
 * Runs a {@link MergeSweep} for one added or removed mention, asking for stored data as it goes, so
 * the SQLite writer can answer synchronously and the PostgreSQL writer asynchronously. Events whose
 * mentions all come before the change enter as their stored rows; only events with mentions after
 * it are read mention by mention, so a mention added just before a few others costs little however
 * many the group holds.
 * @param change the added mention (row null) or the stored mention being removed
 */
export function* sweepSteps(
  options: MergeOptions,
  change: SweepMention,
): Generator<SweepQuery, SweepResult, SweepAnswer> {
  const sweep = new MergeSweep(options, change);
  const taken = new Set<number>();
  // Stored mentions after the change (and the added one), waiting for their turn.
  const pending: SweepMention[] = change.row === null ? [change] : [];
  function* take(rows: SweepEventRow[]): Generator<SweepQuery, void, SweepAnswer> {
    for (const row of rows) {
      if (taken.has(row.key)) continue;
      taken.add(row.key);
      if (row.last_order !== null && row.last_order < change.order) {
        sweep.seed(row, (yield { kind: "places", row: row.key }) as MergePlace[]);
        continue;
      }
      for (const mention of (yield { kind: "members", row: row.key }) as SweepMention[]) {
        if (mention.id === change.id) mention.removed = change.removed;
        if (mention.order < change.order) sweep.push(mention);
        else pending.push(mention);
      }
    }
  }
  /** Feeds the pending mentions dated `day` (all of them for null) in order; true once synced. */
  const feed = (day: string | null | undefined): boolean => {
    pending.sort(byOrder);
    while (pending.length > 0 && (day === undefined || (pending[0] as SweepMention).date === day)) {
      const mention = pending.shift() as SweepMention;
      if (sweep.synced(mention)) return true;
      sweep.push(mention);
    }
    return false;
  };
  if (change.date === null) {
    yield* take((yield { kind: "events", from: null, to: null }) as SweepEventRow[]);
    feed(undefined);
    return sweep.result();
  }
  let day = change.date;
  yield* take(
    (yield { kind: "events", from: shiftDate(day, -options.windowDays), to: day }) as SweepEventRow[],
  );
  for (;;) {
    if (feed(day)) break;
    const nextEvent = (yield { kind: "next", after: day }) as string | null;
    const nextPending = pending[0]?.date ?? null;
    const next = [nextEvent, nextPending].filter((date): date is string => date !== null).sort()[0];
    if (next === undefined || sweep.synced({ date: next, order: next })) break;
    day = next;
    yield* take((yield { kind: "events", from: day, to: day }) as SweepEventRow[]);
  }
  return sweep.result();
}

/** A stored mention as both writers' sweep queries return it. */
export interface SweepRow {
  id: string;
  date: string | null;
  doc_id: string;
  sentence_index: number;
  trigger_start: number;
  lat: number | null;
  lon: number | null;
  precision: string | null;
  country: string | null;
  row: number;
  row_date: string | null;
}

/** The sweep's view of a stored mention. */
export function sweepMentionOf(row: SweepRow): SweepMention {
  return {
    id: row.id,
    order: mentionOrderKey(row.date, row.doc_id, row.sentence_index, row.trigger_start, row.id),
    date: row.date,
    place:
      row.lat === null || row.lon === null
        ? null
        : {
            lat: row.lat,
            lon: row.lon,
            precision: (row.precision ?? undefined) as MergePlace["precision"],
            country: row.country as MergePlace["country"],
          },
    row: Number(row.row),
    rowDate: row.row_date,
  };
}

/** The largest merge-order key among an event's members. */
export function lastOrderOf(
  members: readonly Pick<SweepRow, "id" | "date" | "doc_id" | "sentence_index" | "trigger_start">[],
): string {
  let last = "";
  for (const row of members) {
    const order = mentionOrderKey(row.date, row.doc_id, row.sentence_index, row.trigger_start, row.id);
    if (order > last) last = order;
  }
  return last;
}
