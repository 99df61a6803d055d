import { describe, expect, it } from "vitest";
import { codeEvents, showEvents } from "../src/test-helpers/event-triples.js";
import { countryTuples, lazyProbe, loadProbeScorer, probeFixture } from "../src/test-helpers/probe-scorer.js";

/**
 * A probe of wire-style news of 2021-2025 written for Dyad (not dev data), on protests, rallies,
 * strikes and riots: much domestic news names its protesters by a role word with no country
 * ("protesters", "opposition supporters") and the country only by the place ("in Dhaka"). Each
 * sentence lists the events an expert CAMEO coder would code, decided before Dyad ran on it: the
 * protesters are the people of the place the protest happens in; the target is the government
 * protested against ('against the government' -> that country's GOV) or the foreign state named as
 * the object ('outside the U.S. embassy' -> USA). Scored as scripts/score-probe.mjs scores held-out
 * news: CAMEO root, source and target country.
 */
const PROBE_PATH = probeFixture("news-probe-protests.jsonl");
const { eventsOf } = lazyProbe("news-probe-protests.jsonl");
const tuples = (id: string) => countryTuples(eventsOf(id));

describe("protests probe (2021-2025 wire copy)", () => {
  it.each([
    // Protesters named by a role word with no country are people of the place they protest in.
    ["p065", "Pro-Palestinian demonstrators marched in Washington", "USA 14 -"],
  ])("%s: %s → %s", (id, _label, expected) => {
    expect(tuples(id), showEvents(eventsOf(id))).toContain(expected);
  });

  it("crowds outside a foreign embassy are the host city's people, not the embassy's state's", () => {
    const events = codeEvents("Crowds protested outside the Israeli embassy in Amman on Wednesday after a blast in Gaza.");
    expect(events.map((e) => `${e.source?.code} ${e.cameo} ${e.target?.country}`), showEvents(events)).toEqual([
      "JORCVL 141 ISR",
    ]);
  });

  it("an opposition's rally with no country named is the place's opposition ('demonstrated in Caracas')", () => {
    const events = codeEvents("Opposition supporters demonstrated in Caracas on Saturday.");
    expect(events.map((e) => `${e.source?.code} ${e.cameo}`), showEvents(events)).toEqual(["VENCVL 141"]);
  });

  it("finds most expected events with few extra ones (the floor this probe was fixed to)", async () => {
    const scorer = await loadProbeScorer();
    const records = scorer.readProbe(PROBE_PATH);
    const events = new Map(records.map((p) => [p.id, eventsOf(p.id)]));
    const { rootCountry } = scorer.scoreProbe(records, events);
    expect(records.length).toBe(68);
    expect(rootCountry.tp + rootCountry.fn).toBe(70);
    // Before the fixes: 34 found, 32 extra (root and country). A crowd's demonstration with no target
    // aimed at its government (protest-target.ts, as the fresh probes' expert codes it): 37 -> 41
    // found, 31 -> 33 extra, since this probe's coder left some rallies with no target (p022).
    expect(rootCountry.tp).toBeGreaterThanOrEqual(40);
    expect(rootCountry.fp).toBeLessThanOrEqual(33);
  });
});
