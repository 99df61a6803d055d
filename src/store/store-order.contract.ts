import { afterEach, describe, expect, it } from "vitest";
import type { DocumentInput, EventRecord } from "../model/document.js";
import { mulberry32 as random } from "../syntax/train/random.js";
import type { EventStore } from "./event-store.js";
import type { OpenStore } from "./store.contract.js";
import { BAGHDAD, ERBIL } from "./test-helpers/contract-fixtures.js";
import { makeEventRecord } from "./test-helpers/make-event-record.js";

/** Mosul: about 80 km from Erbil, so Erbil–Mosul–Baghdad chains test the radius rule too. */
const MOSUL = { name: "Mosul", lat: 36.34, lon: 43.13, country: "IRQ" };

type Batch = { document: DocumentInput; records: EventRecord[] }[];

/**
 * Reports crowded onto few actors, codes, days and places, so that the merge rule has many close
 * choices to make: dates a day or two apart, places near and far, undated documents.
 */
export function crowdedBatch(documents: number, seed: number): Batch {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const batch: Batch = [];
  for (let d = 0; d < documents; d++) {
    const id = `doc-${String(d).padStart(3, "0")}`;
    const undated = next() < 0.15;
    const date = undated ? undefined : `2022-03-${String(10 + Math.floor(next() * 6)).padStart(2, "0")}`;
    const records: EventRecord[] = [];
    const events = 1 + Math.floor(next() * 3);
    for (let n = 0; n < events; n++) {
      const shift = Math.floor(next() * 3) - 1;
      const eventDate =
        date === undefined || next() < 0.5
          ? undefined
          : `2022-03-${String(10 + Math.floor(next() * 6) + shift).padStart(2, "0")}`;
      records.push(
        makeEventRecord({
          // Mention ids are hashes in real output: their order has nothing to do with ingest order.
          id: `${Math.floor(next() * 1e9).toString(36)}-${id}-${n}`,
          doc_id: id,
          source: pick(["IRNMIL", "IRNMIL", "USA"]),
          target: "IRQ",
          cameo: pick(["190", "193", "042"]),
          // Asserted and claimed reports merge (the event's status derived from both); negated do not.
          status: pick(["asserted", "asserted", "claimed", "negated"] as const),
          date: eventDate,
          location: pick([ERBIL, BAGHDAD, MOSUL, undefined, undefined]),
          sentence_index: n,
        }),
      );
    }
    batch.push({ document: { id, text: `Report ${id}.`, date, source: pick(["A", "B", "C"]) }, records });
  }
  return batch;
}

export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const next = random(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** Every event with its mentions and derived fields, in a fixed order, for comparing two stores. */
export async function snapshot(store: EventStore): Promise<string[]> {
  const rows: string[] = [];
  for (const event of await store.listEvents({ limit: 100_000 })) {
    const mentions = (await store.getMentions(event.id)).map((mention) => mention.id).sort();
    rows.push(
      [
        event.id,
        event.date,
        event.last_date,
        event.location?.name ?? "-",
        event.n_mentions,
        event.n_documents,
        event.n_sources,
        event.status,
        mentions.join(","),
      ].join(" "),
    );
  }
  return rows.sort();
}

/**
 * Issue 10 item 6: events and their ids depend only on the mentions stored, never on the order
 * documents arrived in, for every {@link EventStore}.
 */
export function runOrderContract(name: string, open: OpenStore): void {
  describe(`EventStore order independence: ${name}`, () => {
    const opened: EventStore[] = [];
    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
    });
    async function ingest(batches: Batch[]): Promise<EventStore> {
      const store = await open();
      opened.push(store);
      // Batches run at once: on a server store their transactions interleave.
      await Promise.all(
        batches.map(async (batch) => {
          for (const { document, records } of batch) await store.addDocument(document, records);
        }),
      );
      return store;
    }
    const batch = crowdedBatch(60, 10);

    it("store forms the same events with the same ids whatever the ingest order", async () => {
      const reference = await snapshot(await ingest([batch]));
      // The batch must make the rule choose: merged events, and more than one event per key group.
      expect(reference.length).toBeGreaterThan(10);
      expect(reference.some((row) => row.split(" ")[4] !== "1")).toBe(true);
      for (const order of [[...batch].reverse(), shuffled(batch, 1), shuffled(batch, 2)]) {
        expect(await snapshot(await ingest([order]))).toEqual(reference);
      }
    });

    it("store forms the same events when batches are ingested in parallel", async () => {
      const reference = await snapshot(await ingest([batch]));
      const mixed = shuffled(batch, 3);
      const thirds = [0, 1, 2].map((k) => mixed.filter((_, i) => i % 3 === k));
      expect(await snapshot(await ingest(thirds))).toEqual(reference);
    });

    it("store left by removing documents equals one that never had them", async () => {
      const store = await ingest([shuffled(batch, 4)]);
      const removed = shuffled(batch, 5).slice(0, 20);
      for (const { document } of removed) await store.removeDocument(document.id);
      const kept = batch.filter((entry) => !removed.includes(entry));
      expect(await snapshot(store)).toEqual(await snapshot(await ingest([kept.reverse()])));
    });
  });
}
