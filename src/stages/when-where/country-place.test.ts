import { beforeAll, describe, expect, it } from "vitest";
import { type Coder, createCoder } from "../../coder/coder.js";

// Places that depend on what the actors stage made of a name (issue 9, item 5): a country's name
// read as the state is still a place right after "in" ("in the northern West Bank") when the parse
// hung the phrase on a wrong word; a place's name inside an organisation's is none. Sentences from
// the event-location tune part; the whole coder runs, since whether a name is an actor is the
// actors stage's call.
let coder: Coder;
beforeAll(() => {
  coder = createCoder({ oneSided: true });
});

/** The own place (event or clause basis) of the event whose trigger starts with `trigger`. */
function ownPlaceOf(text: string, trigger: string): string | undefined {
  const doc = coder.code({ id: "t", text });
  const event = doc.events.find((e) => e.trigger.text.startsWith(trigger));
  if (!event) throw new Error(`no event at "${trigger}"`);
  const location = event.location;
  return location && location.basis !== "dateline" && location.basis !== "document"
    ? location.text
    : undefined;
}

describe("when-where: a country right after 'in' is a place of the clause", () => {
  it.each([
    [
      "Just hours before the polls opened, Israeli soldiers shot and killed three Hamas militants Friday evening in the northern West Bank.",
      "shot",
      "West Bank",
    ],
    [
      "Some 700 Ukrainians demonstrated outside the Polish consulate in the western Ukraine Tuesday, demanding simplified visa procedures now that Warsaw has joined the passport-free EU Schengen zone.",
      "demonstrated",
      "Ukraine",
    ],
  ])("%s", (text, trigger, place) => {
    expect(ownPlaceOf(text, trigger)).toBe(place);
  });

  it.each([
    // Whose war it is, not where: the possessive after the name.
    ["More than 250,000 people have been killed in Syria   s civil war, which began in 2011.", "killed"],
    // Another act's place, a verb away.
    [
      "Guevara captured the city in December 1958, driving dictator Fulgencio Batista into exile and paving the way for Castro to take power in Cuba.",
      "captured",
    ],
  ])("gives no place in %s", (text, trigger) => {
    expect(ownPlaceOf(text, trigger)).toBeUndefined();
  });
});

describe("when-where: a place's name inside an organisation's name is no place", () => {
  it("'targeting the Islamic State of Iraq and Al-Sham's positions' is not in Iraq", () => {
    const text =
      "The Syrian Arab Air Force (SAAF) carried out a powerful series of airstrikes over the Deir Ezzor Governorate on Tuesday, targeting the Islamic State of Iraq and Al-Sham’s positions near the airport.";
    expect(ownPlaceOf(text, "targeting")).toBe("Deir Ezzor Governorate");
  });
});
