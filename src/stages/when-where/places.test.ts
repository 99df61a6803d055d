import { describe, expect, it } from "vitest";
import { ownPlaceOf } from "./test-helpers/place-of.js";

// Places that belong to something other than the event (issue 9, item 5: an event's place comes
// from a locative attached to its own verb or noun). Sentences written for these tests.

describe("when-where: a phrase of time spanning a stretch names the happening that opened it", () => {
  it.each([
    ["More than 300 people have died since the outbreak of the conflict in Tigray.", "died", "Tigray"],
    ["Rebels have killed dozens of soldiers since the collapse of the truce in Darfur.", "killed", "Darfur"],
    [
      "Troops have patrolled the border until the end of the ceasefire talks in Geneva.",
      "patrolled",
      "Geneva",
    ],
  ])("%s", (text, trigger, notPlace) => {
    expect(ownPlaceOf(text, trigger)).not.toBe(notPlace);
  });

  it.each([
    ["Gunmen killed three policemen in Kirkuk since the elections.", "killed", "Kirkuk"],
    ["A soldier shot two comrades after an argument at their camp in Srinagar.", "shot", "Srinagar"],
    [
      "Soldiers have patrolled the schools since Tuesday, in Pattani province.",
      "patrolled",
      "Pattani province",
    ],
  ])("not a place of the event's own, nor one the parse hung on a date: %s", (text, trigger, place) => {
    expect(ownPlaceOf(text, trigger)).toBe(place);
  });
});

describe("when-where: a place naming the party another verb acts on is no place", () => {
  it.each([
    ["Farmers burned tyres on the highway and urged Punjab's chief minister to resign.", "burned", "Punjab"],
    [
      "Teachers marched through the capital and asked Sindh's education minister to resign.",
      "marched",
      "Sindh",
    ],
    [
      "Nurses marched through the capital and asked Chiapas's health secretary to resign.",
      "marched",
      "Chiapas",
    ],
  ])("%s", (text, trigger, notPlace) => {
    expect(ownPlaceOf(text, trigger)).not.toBe(notPlace);
  });

  it("a place verb's object still places its neighbour: 'shelled Kharkiv's northern districts, killing four'", () => {
    expect(ownPlaceOf("Troops shelled Kharkiv's northern districts, killing four.", "killing")).toBe(
      "Kharkiv",
    );
  });
});
