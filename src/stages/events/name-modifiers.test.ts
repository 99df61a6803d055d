import { describe, expect, it } from "vitest";
import { codeEvents as code, showEvents as show } from "../../test-helpers/event-triples.js";

// A name the parse hangs on an actor ("the Jerusalem court", "a Jewish settler") is its modifier:
// the preposition before it still governs the actor (assign-roles.ts, governingPreposition).
describe("a name modifying an actor keeps the actor's preposition", () => {
  // PLOVER-relations tune sentence (plv-train-99).
  it("aims 'an investigation into the Jerusalem court' at the court", () => {
    const events = code(
      "Haaretz conducted an investigation into the Jerusalem court in 2018 and found that not one of the court's 30 judges is an Arab.",
    );
    const investigation = events.find((e) => e.cameo === "090");
    expect(investigation?.source?.text, show(events)).toBe("Haaretz");
    expect(investigation?.target?.code, show(events)).toBe("ISRJUD");
  });

  // Event-location tune sentence (APW_ENG_19980919.0253_3_shoot).
  it("finds the agent of 'shot dead by a Jewish settler'", () => {
    const events = code(
      "A Palestinian youth was shot dead two days earlier by a Jewish settler near the West Bank village of Beitunia.",
    );
    const shot = events.find((e) => e.trigger.text === "shot dead");
    expect(shot?.source?.text, show(events)).toBe("settler");
    expect(shot?.target?.code, show(events)).toBe("PSECVL");
  });
});
