import { describe, expect, it } from "vitest";
import { codeEvents, showEvents } from "../src/test-helpers/event-triples.js";
import { countryTuples, lazyProbe, loadProbeScorer, probeFixture } from "../src/test-helpers/probe-scorer.js";

/**
 * A probe of wire-style news of 2021-2025 written for Dyad (not dev data), on events named by nouns in
 * adjuncts ("during talks with X"), acts in phrases of cause or time ("imposed sanctions over rights
 * abuses"), participles of consequence ("..., killing dozens") and accusations ("accused X of ..."). Each
 * sentence lists the events an expert CAMEO coder would code (`events`), decided before Dyad ran on
 * it, and those an expert may or may not code (`also`: a background act, an accusation's content),
 * which count neither way. Scored as scripts/score-probe.mjs scores held-out news: CAMEO root, source
 * and target country.
 */
const PROBE_PATH = probeFixture("news-probe-nominal.jsonl");
const { eventsOf } = lazyProbe("news-probe-nominal.jsonl");
const tuples = (id: string) => countryTuples(eventsOf(id));

describe("nominal-events probe (2021-2025 wire copy)", () => {
  it.each([
    // A consultation named in an adjunct is the clause's subject's, with whom the clause addresses.
    ["n001", "told Biden during talks", "CHN 04 USA"],
    ["n037", "congratulated Trump in a phone call", "UKR 04 USA"],
    ["n039", "told Zelenskiy in a phone call after the summit", "USA 04 UKR"],
    ["n042", "told Putin in a phone call", "TUR 04 RUS"],
    ["n044", "told Putin at their meeting", "CHN 04 RUS"],
    ["n008", "Putin and Xi signed agreements after talks in the Kremlin", "RUS 04 CHN"],
    // Coordinated parties accusing each other accuse one another.
    ["n133", "accused each other of shelling", "UKR 11 RUS"],
    ["n133", "accused each other of shelling", "RUS 11 UKR"],
    ["n149", "blamed each other for the shelling", "RUS 11 UKR"],
    ["n078", "traded blame", "RUS 11 UKR"],
  ])("%s: %s → %s", (id, _label, expected) => {
    expect(tuples(id), showEvents(eventsOf(id))).toContain(expected);
  });

  it.each([
    // A participle of consequence after an act of force is that act, told again.
    ["n095", "struck Kyiv ..., killing at least 11 people", "RUS 19 UKR"],
    ["n100", "pounded the Gaza Strip, flattening neighbourhoods and killing hundreds", "ISR 19 PSE"],
    ["n102", "launched air strikes ..., killing 490 and forcing thousands to flee", "ISR 19 LBN"],
    ["n112", "captured Sudzha, forcing thousands to flee", "UKR 19 RUS"],
    ["n117", "attacked Iran's nuclear facilities, killing commanders", "ISR 19 IRN"],
  ])("%s: %s → only %s", (id, _label, expected) => {
    expect(new Set(tuples(id)), showEvents(eventsOf(id))).toEqual(new Set([expected]));
  });

  it.each([
    // An act in a phrase of cause or time is not the clause subject's.
    ["n047", "clashed with police after his arrest: no arrest by the supporters", "17"],
    ["n052", "paused the overhaul after mass protests: no protest by Netanyahu", "14"],
    ["n060", "imposed sanctions over human rights abuses: no abuse by the EU", "11"],
    ["n123", "seized the president, dissolving the government: no second act", "08"],
  ])("%s: %s", (id, _label, root) => {
    expect(
      eventsOf(id).filter((e) => e.cameo.startsWith(root)),
      showEvents(eventsOf(id)),
    ).toEqual([]);
  });

  it("n155: what an accusation says is the accused's act, claimed ('accused Belarus of hijacking a jet')", () => {
    const hijacking = eventsOf("n155").find((e) => e.cameo.startsWith("18"));
    expect(hijacking?.source?.country, showEvents(eventsOf("n155"))).toBe("BLR");
    expect(hijacking?.status).toBe("claimed");
  });

  it("n148: the content of 'denied accusations that it had carried out ethnic cleansing' is denied, not asserted", () => {
    const events = eventsOf("n148").filter((e) => e.cameo.startsWith("20"));
    expect(events.map((e) => e.status), showEvents(eventsOf("n148"))).toEqual(["negated"]);
  });

  it("an impact verb takes the weapon noun's act: 'Russian missiles destroyed a power station' is one 195", () => {
    const events = codeEvents("Russian missiles destroyed a power station in Kharkiv on Sunday.");
    expect(countryTuples(events), showEvents(events)).toEqual(["RUS 19 UKR"]);
    expect(events.map((e) => e.cameo)).toEqual(["195"]);
  });

  it("finds most expected events with few extra ones (the floor this probe was fixed to)", async () => {
    const scorer = await loadProbeScorer();
    const records = scorer.readProbe(PROBE_PATH);
    const events = new Map(records.map((p) => [p.id, eventsOf(p.id)]));
    const { rootCountry } = scorer.scoreProbe(records, events);
    expect(records.length).toBe(170);
    expect(rootCountry.tp + rootCountry.fn).toBe(222);
    // Before the fixes: 142 found, 104 extra (root and country); after: 156 found, 84 extra.
    expect(rootCountry.tp).toBeGreaterThanOrEqual(156);
    // 86 since meetings, calls and talks with a named party are coded each way (grammar
    // mutual_acts.both_ways), as the fresh probes' expert codes them; this probe codes six of them one way.
    // 89 since a deal signed with a named party is each way too and a mediator of talks mediates between
    // the clause's parties (fresh probe 3: 3 of 3 deals, fresh probes 2-3: 5 of 5 "brokered by"), which
    // this probe codes one way ("signed a security agreement with Germany") and leaves out ("after months
    // of talks brokered by Turkey and the United Nations": four 045 events).
    expect(rootCountry.fp).toBeLessThanOrEqual(89);
  });
});
