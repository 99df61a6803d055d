import { describe, expect, it } from "vitest";
import { codeEvents as code, showEvents as show } from "../../test-helpers/event-triples.js";

// A pardon yields to the one pardoned (080, PETRARCH's PARDON), a material concession, not 056 forgiveness.
describe("pardons", () => {
  // PLOVER-relations tune sentence (plv-train-1002).
  it("codes 'granted a full pardon to X' as a concession to X", () => {
    const events = code(
      'WASHINGTON (AP) " President Donald Trump on Wednesday granted a full pardon to Conrad Black, a former newspaper publisher who has written a flattering political biography of Trump.',
    );
    const pardon = events.find((e) => e.trigger.text === "granted");
    expect(pardon?.cameo, show(events)).toBe("080");
    expect(pardon?.plover?.type, show(events)).toBe("CONCEDE");
    expect(pardon?.target?.text, show(events)).toBe("Conrad Black");
  });

  // ConfliBERT tune sentence (train-666), material cooperation in the five classes.
  it("codes 'pardoned him' as a concession", () => {
    const events = code(
      "Peter Biar Ajak was released Saturday after South Sudan President Salva Kiir pardoned him along with 30 prisoners.",
    );
    const pardon = events.find((e) => e.trigger.text === "pardoned");
    expect(pardon?.cameo, show(events)).toBe("080");
    expect(pardon?.source?.code, show(events)).toBe("SSDGOV");
  });
});
