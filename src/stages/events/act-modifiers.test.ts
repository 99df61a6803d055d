import { describe, expect, it } from "vitest";
import { codeEvents as code, showEvents as show } from "../../test-helpers/event-triples.js";

// A role word the pattern matched as a modifier of its act noun ("military aid") is part of the act,
// not its target (assign-roles.ts).
describe("modifiers of an act noun", () => {
  // ConfliBERT tune sentence (train-1022).
  it("does not make the 'military' of 'reduced military aid' the target", () => {
    const events = code("The US reduced military aid to European allies by $ 30 million.");
    const cut = events.find((e) => e.cameo === "1622");
    expect(cut?.source?.code, show(events)).toBe("USA");
    expect(cut?.target?.code, show(events)).not.toBe("USAMIL");
  });

  // plover-relations tune sentence (plv-train-279).
  it("finds the recipient after the act's own modifier ('supplied ... military equipment Armenia has obtained')", () => {
    const events = code(
      "Russia has supplied 94% of military equipment Armenia has obtained in the past five years, according to a report released by the Stockholm International Peace Research Institute.",
    );
    expect(show(events)).toMatch(/^RUS 07\d ARM "supplied"/);
  });

  it("keeps an actor the pattern's noun heads ('summoned the Iranian ambassador')", () => {
    const events = code("Britain summoned the Iranian ambassador on Monday.");
    expect(
      events.some((e) => e.source?.code === "GBR" && e.target?.code.startsWith("IRN")),
      show(events),
    ).toBe(true);
  });
});
