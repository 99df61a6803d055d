import { describe, expect, it } from "vitest";
import { codeEvents as code, showEvents as show } from "../../test-helpers/event-triples.js";

// A verb of saying whose subject is a pronoun standing for no actor has an unknown speaker: the clause
// rules do not take one from what is said (fallback-fits.ts).
describe("unknown speakers", () => {
  // cameo-annotated-news tune sentence (news-158).
  it("gives no statement to an actor inside the quote ('\"... it must be real,\" he said')", () => {
    const events = code(
      "\"The Constitutional Committee should move to Damascus and act under the United Nations brokerage. It's work must not be formal, it must be real,\" he said citing the Moscow group's statement.",
    );
    expect(
      events.filter((e) => e.trigger.text === "said"),
      show(events),
    ).toEqual([]);
  });

  // ConfliBERT tune sentence (train-190): "she" is not the Red Cross.
  it("gives no statement to the organisation the speaker talks about", () => {
    const events = code(
      "The Red Cross has provided financial assistance to about 550 households using funds donated to the organization’s New Brunswick flood appeal, she said.",
    );
    expect(
      events.some((e) => e.trigger.text === "said"),
      show(events),
    ).toBe(false);
    expect(
      events.some((e) => e.source?.code === "NGOIRC" && e.cameo.startsWith("07")),
      show(events),
    ).toBe(true);
  });

  it("keeps a speaker the pronoun stands for", () => {
    const events = code('Putin met Assad on Monday. "Syria\'s work must be real," he said.');
    expect(
      events.some((e) => e.trigger.text === "said" && e.source?.code === "RUSGOV"),
      show(events),
    ).toBe(true);
  });
});
