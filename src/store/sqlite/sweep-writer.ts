import type { EventRecord } from "../../model/document.js";
import {
  type MergeKeys,
  type MergeOptions,
  type MergePlace,
  mergedStatusOf,
  smallestBy,
} from "../merge-rule.js";
import {
  lastOrderOf,
  type SweepAnswer,
  type SweepEventRow,
  type SweepMention,
  type SweepQuery,
  type SweepResult,
  type SweepRow,
  sweepMentionOf,
  sweepSteps,
} from "../merge-sweep.js";
import { locationValues, representativeValues } from "./event-columns.js";
import type { WriterStatements } from "./writer-statements.js";

/** A stored mention as the event recomputation reads it (both stores select these columns). */
export interface MemberRow {
  id: string;
  record: string;
  doc_key: number;
  outlet: string;
  date: string | null;
  lat: number | null;
  ingested_at: string;
  doc_id: string;
  sentence_index: number;
  trigger_start: number;
  /** The mention's own status (the event's is derived from its members', {@link mergedStatusOf}). */
  status: string;
}

/** A key group's values: source, target, base code and its status group (see {@link MergeKeys}). */
export type GroupKeys = MergeKeys;

/**
 * The SQLite side of the merge sweep (../merge-sweep.ts): answers its queries, writes its result and
 * re-derives changed events from their members. Runs inside the writer's transaction.
 */
export class SqliteSweepWriter {
  constructor(
    private readonly s: WriterStatements,
    private readonly merge: MergeOptions,
    /** An event's distinct places (the writer keeps them cached). */
    private readonly placesOf: (eventKey: number) => Map<string, MergePlace>,
  ) {}

  /** Runs the merge sweep for one change, answering its queries from the database. */
  run(keys: GroupKeys, change: SweepMention): SweepResult {
    const steps = sweepSteps(this.merge, change);
    let answer: SweepAnswer = [];
    for (;;) {
      const step = steps.next(answer);
      if (step.done) return step.value;
      answer = this.answer(keys, step.value);
    }
  }

  private answer(keys: GroupKeys, query: SweepQuery): SweepAnswer {
    switch (query.kind) {
      case "events":
        return (
          query.from === null
            ? this.s.candidatesUndated.all(...keys)
            : this.s.candidatesDated.all(...keys, query.from, query.to)
        ) as SweepEventRow[];
      case "places":
        return [...this.placesOf(query.row).values()];
      case "members":
        return (this.s.eventMentions.all(query.row) as SweepRow[]).map(sweepMentionOf);
      case "next":
        return (this.s.nextEventDate.get(...keys, query.after) as { date: string | null }).date;
    }
  }

  /**
   * Writes a sweep's result: new events first, then the moved (or added) mentions, then every
   * changed event re-derived from its members. Ids are parked first because two events may swap
   * representatives, and ids are unique.
   * @returns the events it changed
   */
  apply(result: SweepResult, added: EventRecord | null, insertAdded: (eventKey: number) => void): number[] {
    for (const cluster of result.fresh) {
      const first = cluster.members[0] as SweepMention;
      const stored = this.s.mentionRecord.get(first.id) as { record: string } | undefined;
      const record = stored ? (JSON.parse(stored.record) as EventRecord) : (added as EventRecord);
      const { lastInsertRowid } = this.s.insertEvent.run({
        ...representativeValues(record, first.id),
        // A placeholder id until the event is re-derived below (the stored one may still hold the real one).
        id: `~${first.id}`,
        ...locationValues(null, null),
        status: record.status,
        date: first.date,
        added_at: "",
      });
      cluster.row = Number(lastInsertRowid);
    }
    for (const { mention, cluster } of result.moves) {
      if (mention.row === null) insertAdded(cluster.row as number);
      else this.s.moveMention.run(cluster.row, mention.id);
    }
    const changed = [...result.dirtyRows, ...result.fresh.map((cluster) => cluster.row as number)];
    for (const row of changed) this.s.setEventId.run(`~${row}`, row);
    for (const row of changed) this.recompute(row);
    return changed;
  }

  /** Re-derives an event from its remaining mentions, or deletes it when none is left. */
  recompute(eventKey: number): void {
    const members = this.s.members.all(eventKey) as MemberRow[];
    const representative = smallestBy(members, (row) => row.id);
    if (representative === undefined) {
      this.s.deleteEvent.run(eventKey);
      return;
    }
    const located = smallestBy(
      members.filter((row) => row.lat !== null),
      (row) => row.id,
    );
    this.s.setLastOrder.run(lastOrderOf(members), eventKey);
    const dates = members
      .map((row) => row.date)
      .filter((date): date is string => date !== null)
      .sort();
    this.s.setRepresentative.run({
      key: eventKey,
      ...representativeValues(JSON.parse(representative.record) as EventRecord, representative.id),
    });
    this.s.setLocation.run({
      key: eventKey,
      ...locationValues(located ? (JSON.parse(located.record) as EventRecord) : null, located?.id ?? null),
    });
    this.s.setCounts.run({
      key: eventKey,
      n_mentions: members.length,
      n_documents: new Set(members.map((row) => row.doc_key)).size,
      n_sources: new Set(members.map((row) => row.outlet)).size,
      date: dates[0] ?? null,
      max_date: dates[dates.length - 1] ?? null,
      added_at: members.map((row) => row.ingested_at).sort()[0],
      status: mergedStatusOf(members.map((row) => row.status)),
    });
  }
}
