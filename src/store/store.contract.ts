import { afterEach, describe, expect, it } from "vitest";
import type { EventStore } from "./event-store.js";
import { eventIdFor, type MergeOptions } from "./merge-rule.js";
import { runEventQueryContract } from "./store-queries.contract.js";
import { runStatusMergeContract } from "./store-status.contract.js";
import { BAGHDAD, doc, ERBIL, ev } from "./test-helpers/contract-fixtures.js";

/** Opens an empty store for one test. */
export type OpenStore = (options?: { merge?: Partial<MergeOptions> }) => Promise<EventStore>;

/**
 * The behaviour every {@link EventStore} must show. Call it from each implementation's test file:
 * `runEventStoreContract("sqlite", async (options) => openSqliteStore(":memory:", options))`.
 */
export function runEventStoreContract(name: string, open: OpenStore): void {
  describe(`EventStore contract: ${name}`, () => {
    const opened: EventStore[] = [];
    async function fresh(options?: { merge?: Partial<MergeOptions> }): Promise<EventStore> {
      const store = await open(options);
      opened.push(store);
      return store;
    }
    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
    });

    it("store keeps a document with all its mentions", async () => {
      const store = await fresh();
      const result = await store.addDocument(doc("a", { url: "https://x.org/a", title: "T" }), [
        ev("a", 0),
        ev("a", 1, { cameo: "042" }),
      ]);
      expect(result).toEqual({ status: "new", mentions: 2, new_events: 2 });
      const stored = await store.getDocument("a");
      expect(stored).toMatchObject({
        id: "a",
        url: "https://x.org/a",
        title: "T",
        date: "2022-03-13",
        n_mentions: 2,
      });
      expect(await store.stats()).toMatchObject({ documents: 1, events: 2, mentions: 2 });
    });

    it("store treats the same content as unchanged, whatever its id or whitespace", async () => {
      const store = await fresh();
      await store.addDocument({ id: "a", text: "Iran struck Erbil." }, [ev("a", 0)]);
      expect(await store.hasContent("Iran  struck\nErbil. ")).toBe(true);
      expect((await store.addDocument({ id: "a", text: "Iran struck Erbil." }, [ev("a", 0)])).status).toBe(
        "unchanged",
      );
      expect((await store.addDocument({ id: "copy", text: " Iran struck  Erbil." }, [])).status).toBe(
        "unchanged",
      );
      expect(await store.stats()).toMatchObject({ documents: 1, events: 1, mentions: 1 });
    });

    it("store merges one strike reported by three outlets into one event", async () => {
      const store = await fresh();
      for (const outlet of ["Reuters", "AP", "AFP"]) {
        await store.addDocument(doc(outlet, { source: outlet }), [ev(outlet, 0, { location: ERBIL })]);
      }
      const events = await store.listEvents();
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ n_mentions: 3, n_documents: 3, n_sources: 3, base_code: "190" });
    });

    it("store counts outlets by source, else URL host, else document", async () => {
      const store = await fresh();
      await store.addDocument(doc("r1", { source: "Reuters" }), [ev("r1", 0)]);
      await store.addDocument(doc("r2", { source: "reuters " }), [ev("r2", 0)]);
      await store.addDocument(doc("h1", { url: "https://www.bbc.co.uk/a" }), [ev("h1", 0)]);
      await store.addDocument(doc("h2", { url: "https://bbc.co.uk/b" }), [ev("h2", 0)]);
      await store.addDocument(doc("plain"), [ev("plain", 0)]);
      const [event] = await store.listEvents();
      expect(event).toMatchObject({ n_mentions: 5, n_documents: 5, n_sources: 3 });
    });

    it("store counts two mentions in one document once as a document", async () => {
      const store = await fresh();
      await store.addDocument(doc("a"), [ev("a", 0), ev("a", 1, { sentence_index: 3 })]);
      expect((await store.listEvents())[0]).toMatchObject({ n_mentions: 2, n_documents: 1, n_sources: 1 });
    });

    it.each([
      ["different base code", { cameo: "180" }, 2],
      ["same base code, finer code", { cameo: "1901" }, 1],
      ["different status", { status: "negated" as const }, 2],
      ["claimed, not asserted", { status: "claimed" as const }, 1],
      ["future, not asserted", { status: "future" as const }, 2],
      ["different target", { target: "IRNGOV" }, 2],
      ["next day", { date: "2022-03-14" }, 1],
      ["two days later", { date: "2022-03-15" }, 2],
      ["place too far", { location: BAGHDAD }, 2],
      ["place unknown", { location: undefined }, 1],
      ["no date", { date: undefined }, 2],
    ])("store merge rule: %s", async (_label, change, expected) => {
      const store = await fresh();
      await store.addDocument(doc("a", { date: undefined }), [ev("a", 0, { location: ERBIL })]);
      await store.addDocument(doc("b", { date: undefined }), [ev("b", 0, { location: ERBIL, ...change })]);
      expect((await store.stats()).events).toBe(expected);
    });

    it("store merge windows do not chain a daily campaign into one event", async () => {
      const store = await fresh();
      for (const day of ["13", "14", "15", "16"]) {
        await store.addDocument(doc(day), [ev(day, 0, { date: `2022-03-${day}` })]);
      }
      const events = await store.listEvents();
      expect(events.map((event) => [event.date, event.last_date, event.n_mentions])).toEqual([
        ["2022-03-15", "2022-03-16", 2],
        ["2022-03-13", "2022-03-14", 2],
      ]);
    });

    it("store honours a wider merge window and a smaller radius", async () => {
      const store = await fresh({ merge: { windowDays: 3, radiusKm: 1 } });
      await store.addDocument(doc("a"), [ev("a", 0, { location: ERBIL })]);
      await store.addDocument(doc("b"), [ev("b", 0, { date: "2022-03-16", location: ERBIL })]);
      await store.addDocument(doc("c"), [ev("c", 0, { location: { ...ERBIL, lat: 36.3 } })]);
      expect(store.mergeOptions).toEqual({ windowDays: 3, radiusKm: 1 });
      expect((await store.listEvents()).map((event) => event.n_mentions).sort()).toEqual([1, 2]);
    });

    it("store names an event after its smallest mention id, whatever the ingest order", async () => {
      const ids: string[][] = [];
      for (const order of [
        ["b", "a", "c"],
        ["c", "b", "a"],
      ]) {
        const store = await fresh();
        for (const id of order) await store.addDocument(doc(id), [ev(id, 0)]);
        ids.push((await store.listEvents()).map((event) => event.id));
      }
      expect(ids[0]).toEqual([eventIdFor("a-e0")]);
      expect(ids[1]).toEqual(ids[0]);
    });

    it("store takes an event's fields from its representative mention", async () => {
      const store = await fresh();
      await store.addDocument(doc("b"), [ev("b", 0, { cameo: "1901", location: ERBIL })]);
      await store.addDocument(doc("a"), [ev("a", 0, { cameo: "190", sentence: "Iran shelled Erbil." })]);
      const [event] = await store.listEvents();
      expect(event).toMatchObject({ cameo: "190", representative: { mention_id: "a-e0", doc_id: "a" } });
      expect(event.representative.sentence).toBe("Iran shelled Erbil.");
      expect(event.location?.name).toBe("Erbil");
      const mentions = await store.getMentions(event.id);
      expect(mentions.map((mention) => mention.id)).toEqual(["a-e0", "b-e0"]);
      expect(mentions[1].record.cameo).toBe("1901");
    });

    it("store replaces a document whose content changed and re-derives its events", async () => {
      const store = await fresh();
      await store.addDocument(doc("a", { source: "X" }), [ev("a", 0)]);
      await store.addDocument(doc("b", { source: "Y" }), [ev("b", 0)]);
      const result = await store.addDocument(doc("a", { source: "X", text: "corrected" }), [
        ev("a", 0, { cameo: "042" }),
      ]);
      expect(result.status).toBe("updated");
      const events = await store.listEvents();
      expect(
        events.map((event) => [event.cameo, event.n_mentions, event.representative.mention_id]).sort(),
      ).toEqual([
        ["042", 1, "a-e0"],
        ["190", 1, "b-e0"],
      ]);
      expect(await store.stats()).toMatchObject({ documents: 2, events: 2, mentions: 2 });
    });

    it("store removes a document and the events only it reported", async () => {
      const store = await fresh();
      await store.addDocument(doc("a"), [ev("a", 0), ev("a", 1, { cameo: "042" })]);
      await store.addDocument(doc("b"), [ev("b", 0)]);
      expect(await store.removeDocument("a")).toBe(true);
      expect(await store.removeDocument("a")).toBe(false);
      const events = await store.listEvents();
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ id: eventIdFor("b-e0"), n_mentions: 1, n_documents: 1 });
    });

    it("store writes nothing of a document that fails half-way", async () => {
      const store = await fresh();
      await expect(store.addDocument(doc("a"), [ev("a", 0), ev("a", 0)])).rejects.toThrow();
      expect(await store.getDocument("a")).toBeNull();
      expect(await store.stats()).toMatchObject({ documents: 0, events: 0, mentions: 0 });
    });

    runEventQueryContract(fresh);
    runStatusMergeContract(fresh);
  });
}
