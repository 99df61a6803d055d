import { describe, expect, it } from "vitest";
import { codeEvents as code, showEvents as show } from "../../test-helpers/event-triples.js";

// Acts of force: who did a passive one when no "by" phrase names them (the opponent of an engagement it
// happened in, or the agent of the act noun it happened in: grammar `engagement_agents`, fold-means.ts),
// and whom one aimed at a thing hits (verb-target.ts).
describe("agents of passive acts of force", () => {
  // cameo-annotated-news tune sentence (news-076): the engagement hangs on a misparsed object.
  it("takes the opponent of a clash as the agent ('were killed ... in a clash with four suicide bombers')", () => {
    const events = code(
      "BAGHDAD, April 9 (Xinhua) -- At least two security forces members were killed and seven others injured Monday in a clash with four suicide bombers from the extremist Islamic State (IS) group in the western Iraqi province of Anbar, a local security source said.",
    );
    const killed = events.find((e) => e.trigger.text === "killed");
    expect(killed?.source?.text, show(events)).toBe("suicide bombers");
    expect(killed?.cameo, show(events)).toBe("1831");
    expect(killed?.target?.text, show(events)).toBe("security forces");
  });

  it("takes the opponent named on the verb after the engagement ('killed in clashes with X')", () => {
    const events = code("Two Iraqi soldiers were killed in clashes with Islamic State militants.");
    expect(show(events)).toMatch(/^IMGMUSISI 19\d IRQMIL/);
  });

  it.each([
    [
      "Two Indian soldiers were killed in an exchange of fire with Pakistani troops along the Line of Control.",
      /^PAKMIL 19\d INDMIL/,
    ],
    [
      "A Thai soldier was wounded in an exchange of gunfire with Cambodian troops near the disputed temple.",
      /^KHMMIL 19\d THAMIL/,
    ],
    ["Four Nigerian policemen were killed in a fight with bandits in Zamfara state.", /^NGA\w* 19\d NGACOP/],
  ])("takes the opponent of an exchange of fire or a fight: %s", (text, expected) => {
    const events = code(text);
    expect(show(events)).toMatch(expected);
  });

  it("does not make a participant of a clash named without 'with' an agent", () => {
    const events = code("Two Iraqi soldiers were killed in clashes near the Syrian border.");
    expect(
      events.some((e) => e.source?.code.startsWith("SYR")),
      show(events),
    ).toBe(false);
  });

  it("takes the agent of the act noun the passive act happened in ('killed in an Islamic State attack')", () => {
    const events = code("Three Iraqi soldiers were killed in an Islamic State attack in Anbar.");
    expect(show(events)).toBe('IMGMUSISI 190 IRQMIL "killed"');
  });

  it("keeps the act noun's more specific code ('killed in an Israeli air strike' is 195)", () => {
    const events = code("Two Hamas members were killed in an Israeli air strike.");
    expect(show(events)).toBe('ISR 195 PSEREBHMS "killed"');
  });
});

describe("targets of acts of force", () => {
  // ConfliBERT tune sentence (train-175): "with" on the object names the means.
  it("aims force at the owner of what is hit, not at the means of its 'with' phrase", () => {
    const events = code(
      "The Afghan armed forces pounded the Taliban hideouts with heavy artillery and airstrikes in northeastern Badakhshan province of Afghanistan.",
    );
    const pounded = events.find((e) => e.trigger.text === "pounded");
    expect(pounded?.target?.text, show(events)).toBe("Taliban");
  });
});
