import { describe, expect, it } from "vitest";
import { defaultCoder } from "../../test-helpers/event-triples.js";
import { findDateline, gazetteerCityTest } from "../when-where/dateline.js";
import { buildPlaceContext } from "../when-where/resolve-places.js";
import { datelineOpening } from "./dateline-opening.js";

/** The words of the opening dateline of `text`, or null; and the place it names, or null. */
function read(text: string): { opening: string | null; place: string | null } {
  const coder = defaultCoder();
  const doc = coder.code({ id: "t", text, date: "2024-05-01" });
  const { gazetteer } = coder.resources;
  const opening = datelineOpening(doc, doc.sentences[0], gazetteerCityTest(gazetteer));
  const place = findDateline(doc, gazetteer, buildPlaceContext(doc.actors, []));
  return {
    opening: opening && text.slice(doc.tokens.start[opening.start], doc.tokens.end[opening.end - 1]),
    place: place?.place.name ?? null,
  };
}

// One reader of datelines for the parse, the actors, the events and the places: before, the
// events' token reader and the places' text pattern disagreed on each of these (dev tune openings).
describe("the one dateline reader", () => {
  it.each([
    // A hyphenated city and AP's archive dash: the token reader stopped at the first hyphen.
    [
      "BOULOGNE-SUR-MER, France (AP) __ Two Iraqi Kurds were shot.",
      "BOULOGNE-SUR-MER, France (AP)",
      "Boulogne-sur-Mer",
    ],
    // A dash glued to the name: the token reader wanted a space before it.
    [
      "TEL AVIV-- Israeli Prime Minister Benjamin Netanyahu ordered attacks on Gaza.",
      "TEL AVIV--",
      "Tel Aviv",
    ],
    // A city alone before a colon: the token reader took it for a headline's speaker.
    ["ISLAMABAD: The Japanese government has provided a grant to Pakistan.", "ISLAMABAD:", "Islamabad"],
    // Title case with a comma and no credit: the text pattern wanted capitals or an agency.
    ["Harare, Zimbabwe - Zimbabwe's opposition leader rejected the result.", "Harare, Zimbabwe -", "Harare"],
  ])("reads %j", (text, opening, place) => {
    expect(read(text)).toEqual({ opening, place });
  });

  // Guards: what the new reader must keep refusing.
  it.each([
    // A country before a colon is a headline's speaker (the places' old pattern read it as a dateline).
    "IRAN: US must lift all sanctions first, minister says.",
    // A gloss in brackets is no agency's credit.
    "Jabhat Al-Nusra (Syrian Al-Qaeda group) – backed by other groups – attacked the town.",
    // A subject set off by dashes is no dateline.
    "Iran - the region's power - said it would respond.",
  ])("reads no dateline in %j", (text) => {
    expect(read(text).opening).toBeNull();
  });
});
