import { describe, expect, it } from "vitest";
import type { ActorMentionKind } from "../../model/document.js";
import { loadGazetteer } from "./gazetteer.js";
import { findPlaceMentions } from "./place-mentions.js";
import { docWithEvent } from "./test-helpers/make-doc.js";
import { findUnknownPlaces } from "./unknown-places.js";

const gazetteer = loadGazetteer();

/** The names of a one-sentence text the gazetteer lacks, with an actor of `kind` marked over the given words. */
function unknownNames(text: string, actor?: string, kind: ActorMentionKind = "person"): string[] {
  const doc = docWithEvent(text, text.split(" ")[0]);
  const kinds: (ActorMentionKind | undefined)[] = new Array(doc.tokens.length);
  if (actor) {
    const at = text.indexOf(actor);
    for (let t = 0; t < doc.tokens.length; t++)
      if (doc.tokens.start[t] >= at && doc.tokens.end[t] <= at + actor.length) kinds[t] = kind;
  }
  const sentence = doc.sentences[0];
  const known = findPlaceMentions(doc, sentence, gazetteer, kinds).mentions;
  return findUnknownPlaces(
    doc,
    { start: sentence.tokenStart, end: sentence.tokenEnd },
    known,
    kinds,
    gazetteer,
    () => -1,
  ).map((u) => u.mention.text);
}

describe("findUnknownPlaces", () => {
  it("reads a name the actors took for a person as a place when a locality word follows it", () => {
    const text =
      "An attacker detonated his car among football fans celebrating in Mansour district in western Baghdad.";
    expect(unknownNames(text, "Mansour")).toContain("Mansour");
    expect(unknownNames("Police said Mansour district officials met.", "Mansour")).toEqual([]);
  });

  it("reads a people's name as the start of a place's name before a locality word: 'the Turkmen Mountains'", () => {
    const text = "The rebels launched another counter-offensive in the Turkmen Mountains on Wednesday.";
    expect(unknownNames(text, "Turkmen", "country")).toEqual(["Turkmen Mountains"]);
    expect(unknownNames("Rebels attacked a Turkmen village on Wednesday.", "Turkmen", "country")).toEqual([]);
  });

  it("ends a name at a locative preposition between spaced words: 'another IED at Kulgam Chowk'", () => {
    const text = "Militants detonated another IED at Kulgam Chowk in Anantnag district.";
    expect(unknownNames(text)).toEqual(["Kulgam Chowk"]);
  });

  it("reads a name in apposition with a place noun as a place: 'Ikpoba, a border town'", () => {
    expect(unknownNames("Double tragedy struck Ikpoba, a border town, when gunmen attacked.")).toEqual([
      "Ikpoba",
    ]);
  });

  it("ends a name at a weekday: 'patrolling Korangi Saturday afternoon'", () => {
    const text = "Police and soldiers were patrolling Korangi Saturday afternoon.";
    const doc = docWithEvent(text, "patrolling");
    const sentence = doc.sentences[0];
    const kinds: (ActorMentionKind | undefined)[] = new Array(doc.tokens.length);
    const verb = doc.tokens.text.indexOf("patrolling");
    const found = findUnknownPlaces(
      doc,
      { start: sentence.tokenStart, end: sentence.tokenEnd },
      findPlaceMentions(doc, sentence, gazetteer, kinds).mentions,
      kinds,
      gazetteer,
      (start) => (doc.tokens.text[start] === "Korangi" ? verb : -1),
    );
    expect(found.map((u) => u.mention.text)).toEqual(["Korangi"]);
  });

  it("keeps an ayn sign inside a name: 'the village of Al-\u2018Alqamiyah'", () => {
    const text =
      "The YPG advanced on Saturday, capturing the village of Al-\u2018Alqamiyah after a violent battle.";
    expect(unknownNames(text)).toEqual(["Al-\u2018Alqamiyah"]);
  });

  it("reads an adjective of a people before another name as no place: 'on the Kurdish PKK movement'", () => {
    const text = "Nine people were killed in an attack that was blamed on the Kurdish PKK movement.";
    expect(unknownNames(text)).not.toContain("Kurdish");
  });
});
