import { describe, expect, it } from "vitest";
import type { EventRecord } from "../src/model/document.js";
import { codeEvents, eventFits, showEvents } from "../src/test-helpers/event-triples.js";

/**
 * A statement is made where its speaker is, not where the act it speaks of happened: a place in the
 * phrase of an act noun (place-words `act_nouns`: "the bombing in Kabul", "the massacre in Bucha")
 * is that act's, so a criticism, a praise or a claim about it does not take it as its own place. An
 * act the event itself promises ("will launch an offensive in Rafah") keeps its place, and so does a
 * place of the statement's own phrase ("at a news conference in Ankara"). Sentences written for
 * these tests in wire style.
 */
function eventOf(text: string, expected: string): EventRecord {
  const events = codeEvents(text);
  const event = events.find((e) => eventFits(expected, e));
  expect(event, `${expected} in ${showEvents(events)}`).toBeDefined();
  return event as EventRecord;
}

/** The event's own place (its own words or its clause), or null; dateline and document fallbacks are no place of its own. */
function ownPlace(event: EventRecord): string | null {
  const { location } = event;
  if (!location || location.basis === "dateline" || location.basis === "document") return null;
  return location.text ?? location.name;
}

describe("places lane: a statement about an act does not take the act's place", () => {
  it.each([
    ["Turkey condemned the bombing in Kabul on Tuesday.", "TUR 111 -"],
    ["Russia denounced the massacre in Bucha as a provocation staged by Ukraine.", "RUS 111 -"],
    ["Germany praised the raid in Syria that killed the Islamic State leader.", "DEU 051 SYR"],
  ])("%s", (text, expected) => {
    expect(ownPlace(eventOf(text, expected))).toBeNull();
  });

  it.each([
    ["Turkey condemned the bombing on Tuesday at a news conference in Ankara.", "TUR 111 -", "Ankara"],
    ["France said in Paris on Monday that it would send more troops to Mali.", "FRA 010 -", "Paris"],
    ["Israel will launch a new offensive in Rafah, the defence minister said.", "ISR 138 -", "Rafah"],
  ])("keeps a place that is the statement's or the promised act's own: %s", (text, expected, place) => {
    expect(ownPlace(eventOf(text, expected))).toBe(place);
  });
});
