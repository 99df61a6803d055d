import { describe, expect, it } from "vitest";
import { eventTriples as triples } from "../../test-helpers/event-triples.js";

describe("an irregular participle the parse reads as an adjective after 'be' is passive", () => {
  it("'when it was struck': the subject is what was struck, never the striker", () => {
    const events = triples("A Reuters cameraman was inside the hospital in Khan Younis when it was struck.");
    expect(events.filter((event) => !event.startsWith("- "))).toEqual([]);
  });

  it("a regular -ed adjective after 'be' keeps its subject as the actor", () => {
    expect(
      triples(
        "The Brazilian authorities said they are also committed to opening up the economy to foreign firms.",
      ),
    ).toContainEqual(expect.stringMatching(/^BRAGOV 030/));
  });
});
