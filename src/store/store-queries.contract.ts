import { expect, it } from "vitest";
import type { EventStore } from "./event-store.js";
import { doc, ERBIL, ev } from "./test-helpers/contract-fixtures.js";

/**
 * The query half of the {@link EventStore} contract: listings, iteration, dyad counts and actor
 * rankings. Called from `runEventStoreContract`, inside its describe block.
 */
export function runEventQueryContract(fresh: () => Promise<EventStore>): void {
  it("store lists events by actor prefix, code, status, dates, place and sentence text", async () => {
    const store = await fresh();
    await store.addDocument(doc("a"), [
      ev("a", 0, {
        source: "IRNMIL",
        target: "IRQ",
        location: ERBIL,
        sentence: "The IRGC fired missiles.",
      }),
      ev("a", 1, { source: "IRQGOV", target: "IRN", cameo: "111", date: "2022-03-14" }),
      ev("a", 2, { source: "USA", target: "IRQ", cameo: "042", status: "negated", date: "2022-04-01" }),
    ]);
    const ids = async (query: Parameters<EventStore["listEvents"]>[0]) =>
      (await store.listEvents(query)).map((event) => event.representative.mention_id);
    expect(await ids({})).toEqual(["a-e2", "a-e1", "a-e0"]);
    expect(await ids({ actor: "IRN" })).toEqual(["a-e1", "a-e0"]);
    expect(await ids({ actor: "IRQGOV" })).toEqual(["a-e1"]);
    expect(await ids({ code: "11" })).toEqual(["a-e1"]);
    expect(await ids({ statuses: ["negated"] })).toEqual(["a-e2"]);
    expect(await ids({ from: "2022-03-14", to: "2022-03-31" })).toEqual(["a-e1"]);
    expect(await ids({ country: "IRQ" })).toEqual(["a-e0"]);
    expect(await ids({ text: "irgc FIRED" })).toEqual(["a-e0"]);
    expect(await ids({ text: "100%" })).toEqual([]);
    expect(await ids({ limit: 1 })).toEqual(["a-e2"]);
    expect(await ids({ limit: 1, offset: 1 })).toEqual(["a-e1"]);
    expect(await ids({ actor: "IRN", with: "IRQ" })).toEqual(["a-e1", "a-e0"]);
    expect(await ids({ actor: "IRQ", with: "USA" })).toEqual(["a-e2"]);
    expect(await ids({ actor: "IRNGOV", with: "IRQ" })).toEqual([]);
    const mentions = await store.getDocumentMentions("a");
    expect(mentions.map((mention) => mention.id)).toEqual(["a-e0", "a-e1", "a-e2"]);
    expect(await store.getDocumentMentions("missing")).toEqual([]);
  });

  it("store iterates every matching event oldest first", async () => {
    const store = await fresh();
    const records = Array.from({ length: 1200 }, (_, i) =>
      ev("a", i, { target: `T${String(i).padStart(4, "0")}`, date: `2022-0${1 + (i % 9)}-10` }),
    );
    await store.addDocument(doc("a"), records);
    const seen: string[] = [];
    for await (const event of store.iterateEvents({ from: "2022-02-01" })) seen.push(event.date ?? "");
    expect(seen).toHaveLength(1200 - 134);
    expect([...seen].sort()).toEqual(seen);
  });

  it("store counts a dyad in both directions once, by day, QuadClass and PLOVER type", async () => {
    const store = await fresh();
    await store.addDocument(doc("a", { source: "A" }), [
      ev("a", 0, { source: "IRNMIL", target: "IRQ" }),
      ev("a", 1, { source: "IRQGOV", target: "IRNGOV", cameo: "111", plover: "ACCUSE", goldstein: -2 }),
      ev("a", 2, {
        source: "IRN",
        target: "IRQ",
        cameo: "111",
        plover: "ACCUSE",
        goldstein: -2,
        status: "claimed",
      }),
      ev("a", 3, { source: "IRN", target: "USA" }),
    ]);
    await store.addDocument(doc("b", { source: "B" }), [ev("b", 0, { source: "IRNMIL", target: "IRQ" })]);
    const both = await store.dyadCounts({ a: "IRN", b: "IRQ", directed: false, statuses: ["asserted"] });
    expect(both).toEqual([
      {
        date: "2022-03-13",
        quad_class: 3,
        plover_type: "ACCUSE",
        events: 1,
        mentions: 1,
        goldstein_sum: -2,
      },
      {
        date: "2022-03-13",
        quad_class: 4,
        plover_type: "ASSAULT",
        events: 1,
        mentions: 2,
        goldstein_sum: -10,
      },
    ]);
    const directed = await store.dyadCounts({ a: "IRN", b: "IRQ", directed: true });
    expect(directed.map((row) => [row.quad_class, row.events])).toEqual([
      [3, 1],
      [4, 1],
    ]);
    const self = await store.dyadCounts({ a: "IRN", b: "IRN", directed: false });
    expect(self).toEqual([]);
    const out = await store.dyadCounts({ a: "IRN", b: "IRQ", directed: false, from: "2022-03-14" });
    expect(out).toEqual([]);
    const months = await store.dyadCounts({ a: "IRN", b: "IRQ", directed: false, grain: "month" });
    expect(months.map((row) => [row.date, row.quad_class, row.events])).toEqual([
      ["2022-03-01", 3, 2],
      ["2022-03-01", 4, 1],
    ]);
    const weeks = await store.dyadCounts({
      a: "IRN",
      b: "IRQ",
      directed: false,
      grain: "week",
      statuses: ["asserted"],
    });
    expect(weeks.map((row) => row.date)).toEqual(["2022-03-07", "2022-03-07"]);
  });

  it("store ranks actors by the events they take part in", async () => {
    const store = await fresh();
    await store.addDocument(doc("a"), [
      ev("a", 0, { source: "IRNMIL", target: "IRQ" }),
      ev("a", 1, { source: "IRQ", target: "IRNGOV", cameo: "111" }),
      ev("a", 2, { source: "IRQ", target: "IRQ", cameo: "042" }),
    ]);
    const actors = await store.topActors({ limit: 2 });
    expect(actors.map((actor) => [actor.code, actor.events])).toEqual([
      ["IRQ", 3],
      ["IRNGOV", 1],
    ]);
    const countries = await store.topActors({ by: "country" });
    expect(countries.map((actor) => [actor.code, actor.events])).toEqual([
      ["IRQ", 3],
      ["IRN", 2],
    ]);
  });
}
