import { openSqliteStore } from "../sqlite/sqlite-store.js";
import { makeEventRecord } from "./make-event-record.js";

/**
 * Writes a small store at `path` for query and export tests: an Iran–Iraq dyad over three months
 * (one strike reported by three outlets, accusations both ways, a negated and a claimed report) plus
 * a USA–IRQ meeting and an event with one actor.
 */
export async function seedStore(path: string): Promise<void> {
  const store = openSqliteStore(path);
  const add = (
    id: string,
    source: string,
    date: string,
    events: Parameters<typeof makeEventRecord>[0][],
    url?: string,
  ) => store.addDocument({ id, text: `Story ${id}.`, date, source, url }, events.map(makeEventRecord));
  for (const outlet of ["Ledger", "Wire", "Times"]) {
    await add(
      `strike-${outlet}`,
      outlet,
      "2022-03-13",
      [
        {
          id: `strike-${outlet}-e0`,
          doc_id: `strike-${outlet}`,
          source: "IRNMIL",
          target: "IRQ",
          cameo: "195",
          date: "2022-03-13",
          location: { name: "Erbil", lat: 36.19, lon: 44.01, country: "IRQ" },
          sentence: `${outlet}: the Guards fired missiles at Erbil.`,
        },
      ],
      `https://${outlet.toLowerCase()}.example/strike`,
    );
  }
  await add("protest", "Wire", "2022-03-14", [
    {
      id: "protest-e0",
      doc_id: "protest",
      source: "IRQGOV",
      target: "IRN",
      cameo: "111",
      plover: "ACCUSE",
      goldstein: -2,
      date: "2022-03-14",
      sentence: "Iraq condemned Iran.",
    },
    {
      id: "protest-e1",
      doc_id: "protest",
      source: "IRN",
      target: "IRQ",
      cameo: "042",
      plover: "CONSULT",
      goldstein: 1.9,
      date: "2022-03-14",
      status: "negated",
      sentence: "Iran did not visit Iraq.",
    },
  ]);
  await add("talks", "Ledger", "2022-05-02", [
    {
      id: "talks-e0",
      doc_id: "talks",
      source: "IRNGOV",
      target: "IRQGOV",
      cameo: "040",
      plover: "CONSULT",
      goldstein: 1,
      date: "2022-05-02",
      sentence: "Tehran and Baghdad held talks, he said.",
    },
    {
      id: "talks-e1",
      doc_id: "talks",
      source: "IRQGOV",
      target: "IRNGOV",
      cameo: "040",
      plover: "CONSULT",
      goldstein: 1,
      date: "2022-05-02",
      status: "claimed",
      sentence: "Baghdad said it held talks.",
    },
    {
      id: "talks-e2",
      doc_id: "talks",
      source: "USA",
      target: "IRQ",
      cameo: "040",
      plover: "CONSULT",
      goldstein: 1,
      date: "2022-05-03",
      sentence: "The US envoy met Iraqi officials.",
    },
    {
      id: "talks-e3",
      doc_id: "talks",
      source: "IRN",
      target: null,
      cameo: "010",
      plover: "CONSULT",
      goldstein: 0,
      date: "2022-05-03",
      sentence: "Iran made a statement.",
    },
  ]);
  await store.close();
}
