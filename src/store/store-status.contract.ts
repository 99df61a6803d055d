import { describe, expect, it } from "vitest";
import type { DocumentInput, EventRecord } from "../model/document.js";
import type { EventStore } from "./event-store.js";
import type { MergeOptions } from "./merge-rule.js";
import { snapshot } from "./store-order.contract.js";
import { makeEventRecord } from "./test-helpers/make-event-record.js";

/** Islamabad, where the reports below place the arrest. */
const ISLAMABAD = { name: "Islamabad", lat: 33.69, lon: 73.06, country: "PAK" };

/** How outlets worded one arrest (Pakistani police, CAMEO 173, of an opposition leader). */
const WORDING = {
  asserted: "Police arrested former prime minister Imran Khan outside the Islamabad High Court on Tuesday.",
  claimed: "Khan was arrested in Islamabad on Tuesday on corruption charges, police said.",
  negated: "Police denied that they had arrested Khan on Tuesday.",
} as const;

type Status = keyof typeof WORDING;

/** One outlet's report of the arrest, as the coder writes it. */
function report(outlet: string, status: Status, date = "2023-05-09"): [DocumentInput, EventRecord[]] {
  const id = `${outlet.toLowerCase()}-khan-${status}-${date}`;
  const document: DocumentInput = {
    id,
    text: `ISLAMABAD (${outlet}) - ${WORDING[status]}`,
    date,
    source: outlet,
  };
  const record = makeEventRecord({
    id: `${id}/e0`,
    doc_id: id,
    source: "PAKCOP",
    target: "PAKOPP",
    cameo: "173",
    plover: "ARREST",
    goldstein: -5,
    status,
    date,
    location: ISLAMABAD,
    sentence: WORDING[status],
  });
  return [document, [record]];
}

/** Each event's status, mentions and outlets. */
const summary = async (store: EventStore) =>
  (await store.listEvents()).map((event) => [event.status, event.n_mentions, event.n_sources]);

/**
 * Status groups in the merge rule (see mergeStatusesOf in merge-rule.ts): an event reported as fact
 * by one outlet and as attributed by another is one event, asserted when any report asserts it; a
 * denial is not the event. Called from {@link runEventStoreContract} for every backend.
 */
export function runStatusMergeContract(
  fresh: (options?: { merge?: Partial<MergeOptions> }) => Promise<EventStore>,
): void {
  async function ingest(reports: [DocumentInput, EventRecord[]][]): Promise<EventStore> {
    const store = await fresh();
    for (const [document, records] of reports) await store.addDocument(document, records);
    return store;
  }

  it.each([
    ["asserted first", [report("Reuters", "asserted"), report("AP", "claimed")]],
    ["claimed first", [report("AP", "claimed"), report("Reuters", "asserted")]],
    // The claimed report is dated a day later but ingested first: the asserted one arrives out of order.
    ["out of order", [report("AP", "claimed", "2023-05-10"), report("Reuters", "asserted")]],
  ])("store merges an asserted and a claimed report of one arrest (%s), as asserted", async (_, reports) => {
    const store = await ingest(reports);
    expect(await summary(store)).toEqual([["asserted", 2, 2]]);
    expect(await store.listEvents({ statuses: ["claimed"] })).toEqual([]);
  });

  it("store keeps two claimed reports of one arrest claimed", async () => {
    const store = await ingest([report("AP", "claimed"), report("AFP", "claimed")]);
    expect(await summary(store)).toEqual([["claimed", 2, 2]]);
  });

  it("store keeps a denied arrest apart from the asserted one", async () => {
    const store = await ingest([report("Reuters", "asserted"), report("AFP", "negated")]);
    expect((await summary(store)).sort()).toEqual([
      ["asserted", 1, 1],
      ["negated", 1, 1],
    ]);
  });

  it("store turns a merged event back to claimed when its asserting report is removed", async () => {
    const [asserted] = report("Reuters", "asserted");
    const store = await ingest([
      report("AP", "claimed"),
      report("Reuters", "asserted"),
      report("AFP", "claimed"),
    ]);
    expect(await summary(store)).toEqual([["asserted", 3, 3]]);
    await store.removeDocument(asserted.id);
    expect(await summary(store)).toEqual([["claimed", 2, 2]]);
  });
}

/**
 * A store written by the earlier rule (schema 3) that kept an asserted and a claimed report of one
 * arrest apart is re-merged, once, when this Dyad opens it for writing; nothing stored is lost.
 * `location()` gives an opener for a new store that reopens the same one on every call;
 * `downgrade` runs the given statements and sets the store's schema version back to 3.
 */
export function runStatusUpgradeContract(
  name: string,
  location: () => () => Promise<EventStore>,
  downgrade: (store: EventStore, statements: string[]) => Promise<void>,
): void {
  describe(`status merge upgrade: ${name}`, () => {
    it("store re-merges an asserted and a claimed report kept apart by schema 3", async () => {
      const [claimed, [record]] = report("AP", "negated");
      const reports = [report("Reuters", "asserted"), [claimed, [record]] as const, bystander()];
      const open = location();
      let store = await open();
      for (const [document, records] of reports) await store.addDocument(document, records);
      // As schema 3 stored a claimed report: its own event, status claimed.
      await downgrade(store, [
        `UPDATE mentions SET record = replace(record, '"status":"negated"', '"status":"claimed"') WHERE id = '${record.id}'`,
        `UPDATE events SET status = 'claimed' WHERE rep_mention_id = '${record.id}'`,
        "DELETE FROM meta WHERE key = 'regroup_statuses'",
      ]);
      await store.close();
      store = await open();
      const fresh = await location()();
      for (const [document, records] of reports)
        await fresh.addDocument(document, [
          { ...records[0], status: records[0].status === "negated" ? "claimed" : records[0].status },
        ]);
      try {
        expect(await summary(store)).toEqual(await summary(fresh));
        expect((await summary(store)).sort()).toEqual([
          ["asserted", 2, 2],
          ["claimed", 1, 1],
        ]);
        expect(await snapshot(store)).toEqual(await snapshot(fresh));
        expect(await store.stats()).toMatchObject({ documents: 3, events: 2, mentions: 3 });
        expect((await store.getDocument(claimed.id))?.text).toBe(claimed.text);
      } finally {
        await store.close();
        await fresh.close();
      }
    });
  });
}

/** A claimed report of another event, which the upgrade leaves as it is. */
function bystander(): [DocumentInput, EventRecord[]] {
  const id = "afp-blinken-visit";
  const sentence = "Blinken met Pakistani officials in Washington on Tuesday, the State Department said.";
  const record = makeEventRecord({
    id: `${id}/e0`,
    doc_id: id,
    source: "USAGOV",
    target: "PAKGOV",
    cameo: "042",
    plover: "CONSULT",
    goldstein: 1,
    status: "claimed",
    date: "2023-05-09",
    sentence,
  });
  return [{ id, text: `WASHINGTON (AFP) - ${sentence}`, date: "2023-05-09", source: "AFP" }, [record]];
}
