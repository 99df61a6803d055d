import { describe, expect, it } from "vitest";
import { codeEvents as code, showEvents as show } from "../../test-helpers/event-triples.js";

// The subject's own thing ("his country's support") is aimed where its phrase says (verb-target.ts).
describe("the subject's own thing goes to whom its phrase names", () => {
  // PLOVER-relations tune sentence (plv-train-808; ConfliBERT train-283 is the same text).
  it("aims 'pledged his country's full support for X' at X", () => {
    const events = code(
      "The Czech Republic's prime minister has pledged his country's full support for Fayez Serraj, the prime minister of the U.N.-backed Libyan government in the capital, Tripoli.",
    );
    const pledge = events.find((e) => e.trigger.text === "pledged");
    expect(pledge?.source?.code, show(events)).toBe("CZEGOV");
    expect(pledge?.target?.text, show(events)).toBe("Fayez Serraj");
  });
});
