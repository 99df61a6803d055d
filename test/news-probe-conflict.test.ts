import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { EventRecord } from "../src/model/document.js";
import { actorFits, defaultCoder, showEvents } from "../src/test-helpers/event-triples.js";

/**
 * A probe of wire-style conflict news of 2021-2025 written for Dyad (not dev data): each sentence
 * with the events an expert CAMEO coder would code, as "SOURCE CODE TARGET". SOURCE and TARGET are a
 * country ("UKR"), a code prefix ("UKRCVL"), "-" (none) or "*" (any); CODE is one or more codes
 * ("18|19"), each compared by its CAMEO root (the figure held-out scoring uses).
 */
interface ProbeSentence {
  id: string;
  date: string;
  text: string;
  expect: string[];
}

const PROBE: ProbeSentence[] = readFileSync(
  fileURLToPath(new URL("./fixtures/news-probe-conflict.jsonl", import.meta.url)),
  "utf8",
)
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line) as ProbeSentence);

const byId = new Map(PROBE.map((p) => [p.id, p]));
const coded = new Map<string, EventRecord[]>();

function eventsOf(id: string): EventRecord[] {
  const probe = byId.get(id);
  if (!probe) throw new Error(`no probe sentence ${id}`);
  let events = coded.get(id);
  if (!events) {
    events = defaultCoder().code({ id, text: probe.text, date: probe.date }).events;
    coded.set(id, events);
  }
  return events;
}

/** The events matched by one expectation, root and country-or-code wise. */
function fits(expected: string, event: EventRecord): boolean {
  const [source, codes, target] = expected.split(/\s+/);
  return (
    codes.split("|").some((code) => event.cameo.startsWith(code.slice(0, 2))) &&
    actorFits(source, event.source) &&
    actorFits(target, event.target)
  );
}

/** Expected events found, and coded events no expectation takes (statements with no addressee aside). */
function score(probe: ProbeSentence): { found: number; extra: number } {
  const events = eventsOf(probe.id);
  const used = new Set<number>();
  let found = 0;
  for (const expected of probe.expect) {
    const i = events.findIndex((e, j) => !used.has(j) && fits(expected, e));
    if (i >= 0) {
      used.add(i);
      found++;
    }
  }
  const statement = (e: EventRecord) => e.cameo.startsWith("01") && e.target === null;
  const extra = events.filter((e, j) => !used.has(j) && !statement(e)).length;
  return { found, extra };
}

describe("conflict news probe (2021-2025 wire copy)", () => {
  it.each([
    // Victims take the place's country, not the attacker's (victim-place.ts).
    ["c001", "shelled Kharkiv, killing three civilians: Ukrainian civilians", "RUSMIL 19 UKRCVL"],
    ["c026", "airstrikes killed 20 people in Gaza: one attack on PSE", "ISR 195 PSE"],
    ["c093", "a U.S. drone strike in Kabul killed 10 civilians", "USA 195 AFGCVL"],
    ["c024", "an offensive in the Kharkiv region is aimed at Ukraine", "RUSMIL 19 UKR"],
    // A weapon noun subject of an impact verb: the verb carries its act and target.
    ["c005", "Russian airstrikes hit a theatre in Mariupol", "RUS 195 UKR"],
    ["c013", "a Russian missile hit an apartment block in Dnipro", "RUS 195 UKR"],
    // Missiles fired at someone are an attack, not a show of force.
    ["c002", "fired cruise missiles at Ukrainian cities", "RUS 195 UKR"],
    ["c038", "fired rockets at Tel Aviv", "PSE 19 ISR"],
    ["c130", "fired rockets and drones at northern Israel", "LBN 19 ISR"],
    ["c132", "fired rockets toward Jerusalem", "PSE 19 ISR"],
    // "Houthi" before a role word is the movement, not its leader's surname.
    ["c045", "Houthi rebels fired a missile at a ship, the U.S. military said", "YEM 195 -"],
    // "ordered a military operation": the adjective names the kind of act, the subject acts.
    ["c006", "Putin ordered a military operation in Ukraine", "RUSGOV 19 UKR"],
    // A capital seized is territory occupied.
    ["c077", "rebels seized Damascus", "SYRREB 192 SYR"],
    // The parties of a "between" phrase on an act noun, or on the verb it is the subject of, fight each other.
    ["c055", "heavy fighting erupted between the army and the RSF", "SDNMIL 19 SDN"],
    ["c055", "... and the RSF fought the army", "SDN 19 SDNMIL"],
    ["c110", "fighting broke out along the border between Armenia and Azerbaijan", "ARM 19 AZE"],
    ["c110", "... and Azerbaijan fought Armenia", "AZE 19 ARM"],
    // A country naming a body of water is a place, no party.
    ["c107", "seized an oil tanker in the Gulf of Oman: no target", "IRN 17 -"],
    // A national armed group's short name counts when the text names its country ("Sudanese ... RSF").
    ["c058", "launched airstrikes on RSF positions: the Sudanese army attacks the RSF", "SDNMIL 195 SDN"],
    // A prisoner exchange is a release both ways.
    ["c021", "Russia and Ukraine exchanged prisoners", "RUS 0841 UKR"],
  ])("%s: %s", (id, _label, expected) => {
    const events = eventsOf(id);
    expect(events.some((e) => fits(expected, e)), showEvents(events)).toBe(true);
  });

  it("c087: an airstrike on a village in Sagaing region is aimed at Myanmar", () => {
    const events = eventsOf("c087");
    const strike = events.find((e) => e.cameo === "195");
    expect(strike?.target?.country, showEvents(events)).toBe("MMR");
  });

  it.each([
    ["c033", "fired ballistic missiles at Israel: no 150 beside the 195"],
    ["c103", "test-fired a ballistic missile: the weapon noun is no second event"],
    ["c084", "struck ... with ballistic missiles: the weapon is the strike's means"],
  ])("%s: %s", (id) => {
    const probe = byId.get(id) as ProbeSentence;
    expect(score(probe).extra, showEvents(eventsOf(id))).toBe(0);
  });

  it("finds most expected events with few extra ones (the floor this probe was fixed to)", () => {
    let found = 0;
    let extra = 0;
    let expected = 0;
    for (const probe of PROBE) {
      const s = score(probe);
      found += s.found;
      extra += s.extra;
      expected += probe.expect.length;
    }
    expect(expected).toBe(159);
    // Before the fixes: 91 found, 93 extra (root and country); after round 1, 115 found, 66 extra.
    expect(found).toBeGreaterThanOrEqual(121);
    expect(extra).toBeLessThanOrEqual(66);
  });
});
