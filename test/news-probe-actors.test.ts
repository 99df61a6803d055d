import { describe, expect, it } from "vitest";
import { codeEvents, eventFits as fits, showEvents } from "../src/test-helpers/event-triples.js";
import { lazyProbe } from "../src/test-helpers/probe-scorer.js";

// A probe of wire-style news of 2021-2025 written for actor phrases (test/fixtures/news-probe-actors.jsonl,
// in scripts/score-probe.mjs's format): each sentence's expected events were written before Dyad ran on
// it. Every case below failed before the rule it names.
describe("actors news probe (2021-2025 wire copy)", () => {
  const { eventsOf } = lazyProbe("news-probe-actors.jsonl");

  it.each([
    // The bare "Security Council" and "General Assembly" are the UN's (organizations free_standing).
    ["a021", "The Security Council condemned", "IGOUNO 11 *"],
    ["a025", "The Security Council endorsed a U.S. plan", "IGOUNO 05 USA"],
    ["a027", "The Security Council urged the Taliban", "IGOUNO 0 AFG"],
    ["a028", "asked the Security Council", "DZA 0 IGOUNO"],
    ["a026", "The General Assembly condemned", "IGOUNO 11 *"],
    // A government moving its own state out of a treaty does not act on that state (moved_states).
    ["a046", "withdrew the United States from the Paris climate agreement", "USAGOV 16 -"],
    ["a052", "took France out of the energy charter treaty", "FRAGOV 16 -"],
    // A bare "military" before an act noun is the kind of act (kind_adjectives).
    ["a065", "denounced the military escalation by Israel", "EGY 11 ISR"],
    ["a066", "criticised the military drills staged by NATO", "RUS 11 IGOWSTNAT"],
  ])("%s: %s", (id, _label, expected) => {
    const events = eventsOf(id);
    expect(events.some((e) => fits(expected, e)), showEvents(events)).toBe(true);
  });

  it.each([
    // Role words listed after a demonym's role share its country (compose-mentions sharedRoles).
    ["a002", "Russian fighter jets and helicopters: no country-less source", "? * *"],
    ["a007", "French diplomats and ministers met", "? * *"],
    ["a008", "North Korean soldiers and artillery fired", "? * *"],
    ["a009", "Russian tanks and troops crossed into Ukraine", "? * *"],
    ["a053", "Turkish drones and artillery pounded", "? * *"],
    ["a058", "Russian ministers and lawmakers accused", "? * *"],
    ["a044", "pulled the United States out of the deal: not at the United States", "* 16 USA"],
    ["a046", "withdrew the United States: not at the United States", "* 16 USA"],
    ["a020", "the military exercises: 'military' is no target", "* * ?"],
  ])("%s: %s", (id, _label, unexpected) => {
    const events = eventsOf(id);
    expect(events.filter((e) => fits(unexpected, e)), showEvents(events)).toEqual([]);
  });
});

// Guards: the rules above keep their limits.
describe("limits of the actor-phrase rules", () => {
  it("'Russia's Security Council' is Russia's, not the UN's", () => {
    const events = codeEvents("Russia's Security Council accused Ukraine of shelling the Zaporizhzhia plant.");
    expect(events.some((e) => fits("* 11 UKR", e)), showEvents(events)).toBe(true);
    expect(events.some((e) => e.source?.code.startsWith("IGO")), showEvents(events)).toBe(false);
  });

  it("'Israel's military operations' stay Israel's military", () => {
    const events = codeEvents("Israel's military operations killed dozens of people in Gaza on Monday.");
    expect(events.some((e) => fits("ISR 1 *", e) || fits("ISR 2 *", e)), showEvents(events)).toBe(true);
  });
});
