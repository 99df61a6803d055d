import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { EventRecord } from "../../model/document.js";
import { defaultCoder, showEvents as show } from "../../test-helpers/event-triples.js";

// Wire sentences about domestic politics of 2021-2025 (test/fixtures/news-probe/domestic.tsv, written
// for this probe): each test codes probe sentences on their own publication date and asserts what an
// expert coder would code where Dyad used to go wrong.
const PROBE = fileURLToPath(new URL("../../../test/fixtures/news-probe/domestic.tsv", import.meta.url));
const lines = readFileSync(PROBE, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "" && !line.startsWith("#"))
  .map((line) => {
    const [date, text] = line.split("\t");
    return { date, text };
  });

/** The events of the probe sentence that starts with `opening`. */
function probe(opening: string): EventRecord[] {
  const line = lines.find((l) => l.text.startsWith(opening));
  if (!line) throw new Error(`no probe sentence starts with "${opening}"`);
  return defaultCoder().code({ id: "probe", text: line.text, date: line.date }).events;
}

describe("domestic news probe", () => {
  it("holds 100-150 dated sentences", () => {
    expect(lines.length).toBeGreaterThanOrEqual(100);
    expect(lines.length).toBeLessThanOrEqual(150);
    for (const l of lines) expect(l.date, l.text).toMatch(/^202[1-5]-\d\d-\d\d$/);
  });

  // "declared a state of emergency": the object's head is "state", so the verb pattern on "emergency" missed
  // it; "declared" was a statement (010) and the noun a claim it reported.
  it.each([
    ["Kazakh President Kassym-Jomart Tokayev declared", "KAZ"],
    ["Ecuador's president declared", "ECU"],
    ["Sudan's army chief dissolved", "SDN"],
    ["The Sri Lankan government declared", "LKA"],
  ])("codes '%s ... a state of emergency' as the act itself (1724), asserted", (opening, country) => {
    const events = probe(opening);
    const emergency = events.find((e) => e.cameo === "1724");
    expect(emergency?.status, show(events)).toBe("asserted");
    expect(emergency?.source?.country, show(events)).toBe(country);
    expect(
      events.filter((e) => e.trigger.text === "declared" && e.cameo === "010"),
      show(events),
    ).toEqual([]);
  });

  // The act a verbal act of conflict is about is someone else's: "condemned the execution" is no execution by the UN.
  it("gives the condemner no part in the act condemned", () => {
    const events = probe("The UN human rights office condemned the execution");
    expect(
      events.map((e) => e.cameo),
      show(events),
    ).toEqual(["111"]);
  });
  // A protest, clash or violence after which a government acts is not the government's own act.
  it.each([
    ["Kenyan President William Ruto withdrew", "0832"],
    ["India suspended internet services", "1721"],
    ["Chinese authorities eased", "081"],
    ["Senegal's government restricted access", "1721"],
  ])("gives '%s ... after X' no part in X", (opening, code) => {
    const events = probe(opening);
    expect(
      events.map((e) => e.cameo),
      show(events),
    ).toEqual([code]);
  });
  // "a general strike", "the official results": an adjective, not a general or an official.
  it.each([
    ["Mozambique's opposition candidate Venancio Mondlane called for a general strike", "general"],
    ["Venezuela's opposition rejected the official results", "official"],
  ])("reads the adjective in '%s' as no actor", (opening, word) => {
    const events = probe(opening);
    expect(events.length, show(events)).toBeGreaterThan(0);
    for (const e of events) expect(e.target?.text ?? "", show(events)).not.toBe(word);
  });
  // The parse makes an opening "Former" or "Armenian" the root and the main clause its complement: no report.
  it.each([
    ["Former U.S. President Donald Trump was indicted", "indicted"],
    ["Armenian Prime Minister Nikol Pashinyan accused", "accused"],
  ])("keeps '%s' asserted", (opening, trigger) => {
    const events = probe(opening);
    const event = events.find((e) => e.trigger.text === trigger);
    expect(event?.status, show(events)).toBe("asserted");
  });
  // Tear gas or water cannon on a crowd is violent repression (175), asserted, not a small-arms fight (193)
  // or only the purpose "to disperse" (future).
  it.each([
    ["Police in Kenya fired tear gas at protesters", "KEN"],
    ["Iranian security forces fired tear gas at mourners", "IRN"],
    ["Georgian police used water cannon", "GEO"],
  ])("codes '%s' as asserted violent repression", (opening, country) => {
    const events = probe(opening);
    const repression = events.find((e) => e.cameo === "175" && e.status === "asserted");
    expect(repression?.source?.country, show(events)).toBe(country);
    expect(repression?.target?.country, show(events)).toBe(country);
    expect(
      events.filter((e) => e.cameo === "193"),
      show(events),
    ).toEqual([]);
  });
  // A legislature impeaching an official charges them (173); a vote to impeach is the impeachment, done.
  it.each([
    ["South Korea's parliament voted to impeach", "KOR"],
    ["The House of Representatives in Manila impeached", "PHL"],
  ])("codes '%s' as an asserted charge", (opening, country) => {
    const events = probe(opening);
    const charge = events.find((e) => e.cameo === "173");
    expect(charge?.status, show(events)).toBe("asserted");
    expect(charge?.source?.country, show(events)).toBe(country);
    expect(charge?.target?.country, show(events)).toBe(country);
  });

  // Protesters storming a residence or a congress riot (145); it is no military assault (190).
  it("codes protesters storming the president's residence as a violent protest", () => {
    const events = probe("Sri Lankan protesters stormed");
    expect(
      events.map((e) => e.cameo),
      show(events),
    ).toEqual(["145"]);
  });
  // The outlet a speaker talks to is not the country of the sentence's role words.
  it("gives no role word the country of the outlet told", () => {
    const events = probe("Security forces arrested dozens of protesters in the capital");
    for (const e of events) {
      expect(e.source?.country ?? null, show(events)).not.toBe("GBR");
      expect(e.target?.country ?? null, show(events)).not.toBe("GBR");
    }
  });
});
