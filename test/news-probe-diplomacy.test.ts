import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { type Coder, createCoder } from "../src/coder/coder.js";
import type { EventRecord } from "../src/model/document.js";

// A probe of diplomatic wire news of 2021-2025 (meetings, visits, aid, sanctions, mediation),
// written for this test, one "date<TAB>sentence" a line: held-out style text, not dev-set text.
const PROBE = readFileSync(new URL("./fixtures/news-probe-diplomacy.tsv", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => {
    const [date, text] = line.split("\t");
    return { date, text };
  });

let coder: Coder;
beforeAll(() => {
  coder = createCoder();
});

/** The events of the probe sentence that starts with `opening`. */
function eventsOf(opening: string): EventRecord[] {
  const line = PROBE.find((entry) => entry.text.startsWith(opening));
  if (!line) throw new Error(`no probe sentence starts with "${opening}"`);
  return coder.code({ id: "probe", text: line.text, date: line.date }).events;
}

/** "SOURCE CAMEO TARGET" of each event, "-" for a missing actor. */
const triples = (events: readonly EventRecord[]) =>
  events.map((e) => `${e.source?.code ?? "-"} ${e.cameo} ${e.target?.code ?? "-"}`);

describe("diplomacy probe: actors", () => {
  it("reads an ambiguous demonym before a title as the country", () => {
    // "Polish" (also a verb) before "President Andrzej Duda": Poland's president, not an unknown name.
    expect(triples(eventsOf("Ukrainian President Volodymyr Zelenskyy met Polish"))).toEqual([
      "UKRGOV 040 POLGOV",
    ]);
  });
});
