import { describe, expect, it } from "vitest";
import { codeEvents as code, showEvents as show } from "../../test-helpers/event-triples.js";

// Peacekeepers arriving keep the peace (074), they make no visit (grammar source_recodes).
describe("peacekeepers arriving", () => {
  // PLOVER-relations tune sentence (plv-train-249).
  it("codes 'peacekeeping troops arrive in Monrovia' as peacekeeping in Liberia", () => {
    const events = code("First contingents of West African peacekeeping troops arrive in Monrovia.");
    expect(show(events)).toMatch(/^PKO 074 LBR "arrive in"$/);
    expect(events[0].plover?.type).toBe("AID");
  });

  // ConfliBERT tune sentence (train-697).
  it("codes Chinese peacekeepers arriving in South Sudan as peacekeeping", () => {
    const events = code(
      "Some 163 Chinese peacekeepers who are part of the first group of a 331-strong troops arrived in South Sudan on Thursday for peacekeeping mission.",
    );
    const arrival = events.find((e) => e.trigger.text === "arrived in");
    expect(arrival?.cameo, show(events)).toBe("074");
    expect(arrival?.source?.code, show(events)).toBe("CHNPKO");
    expect(arrival?.target?.code, show(events)).toBe("SSD");
  });
});
