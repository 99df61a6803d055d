import { describe, expect, it } from "vitest";
import { codeEvents as code, showEvents as show } from "../../test-helpers/event-triples.js";

// "the country", "the nation" as a party stand for the last country named (grammar coreference.country).
describe("country pointers", () => {
  // ConfliBERT tune sentence (train-532).
  it("resolves 'the country's' to the last country named", () => {
    const events = code(
      "Australia lended $1 billion to Indonesia to aid the country's COVID-19 recovery, the latest in a line of measures designed to bolster Canberra's relationships with its Southeast Asian and Pacific neighbors.",
    );
    const aid = events.find((e) => e.trigger.text === "aid");
    expect(aid?.target?.code, show(events)).toBe("IDN");
    expect(aid?.target?.resolved_from?.text, show(events)).toBe("Indonesia");
  });

  // ConfliBERT tune sentence (train-275).
  it("resolves 'the country' as an object", () => {
    const events = code(
      "A Turkish official says U.S. President Donald Trump has accepted Turkish President Recep Tayyip Erdogan's invitation to visit the country.",
    );
    const visit = events.find((e) => e.trigger.text === "visit");
    expect(visit?.target?.code, show(events)).toBe("TUR");
    expect(visit?.source?.country, show(events)).toBe("USA");
  });

  it("leaves 'across the country', a place, alone", () => {
    const events = code("Thousands of Iranians protested across the country against the government.");
    expect(
      events.some((e) => e.target?.text === "the country"),
      show(events),
    ).toBe(false);
  });
});
