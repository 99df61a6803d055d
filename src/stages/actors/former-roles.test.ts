import { describe, expect, it } from "vitest";
import { codeEvents as code, showEvents as show } from "../../test-helpers/event-triples.js";

// "ex-" glued to a role word is "former" (actor-lexicon.ts): a former official, CAMEO's elite (ELI).
describe("ex- role words", () => {
  // PLOVER-relations tune sentence (plv-train-1019; ConfliBERT train-31 is the same text).
  it("reads 'two ex-ministers' as former officials freed by the court", () => {
    const events = code(
      "A Zimbabwe court has freed on bail two ex-ministers who served in former president Robert Mugabe's government and face charges of criminal abuse of office and corruption.",
    );
    const freed = events.find((e) => e.cameo.startsWith("084"));
    expect(freed?.source?.code, show(events)).toBe("ZWEJUD");
    expect(freed?.target?.text, show(events)).toBe("ex-ministers");
    expect(freed?.target?.code, show(events)).toBe("ZWEELI");
  });
});
