import { describe, expect, it } from "vitest";
import { codeEvents as code, showEvents as show } from "../../test-helpers/event-triples.js";

/** "SOURCE CODE TARGET" of each event (codes as coded). */
function triples(text: string): string[] {
  return code(text).map((e) => `${e.source?.code ?? "-"} ${e.cameo} ${e.target?.code ?? "-"}`);
}

// Sentences written for these tests, in wire style (not from any probe or dev set).
describe("a restriction a state imposes with no target binds its own country (home-restrictions.ts)", () => {
  it("gives a state of emergency or a curfew with no place the source's country as target", () => {
    expect(
      triples("Kyrgyzstan's parliament approved a state of emergency for two weeks on Tuesday."),
    ).toContain("KGZLEG 1724 KGZ");
    expect(triples("Guinea's junta imposed a nationwide curfew on Sunday.")).toContain("GINMIL 1723 GIN");
    expect(triples("Bangladesh's army chief announced a curfew on Monday.")).toContain("BGDMIL 1723 BGD");
  });

  it("does not aim a siege of a named area at home", () => {
    const events = code("Israel declared a total siege of the enclave on Monday.");
    expect(
      events.some((e) => e.cameo === "1724" && e.target?.country === "ISR"),
      show(events),
    ).toBe(false);
  });
});

describe("a natural or accidental cause is no actor (natural-causes.ts)", () => {
  it("codes no event for a disaster's deaths", () => {
    for (const text of [
      "The floods that swept through eastern Libya killed thousands of people.",
      "A fire swept through a crowded wedding hall in the Iraqi town of Qaraqosh late on Tuesday, killing at least 100 guests.",
      "An earthquake that struck Afghanistan's Herat province on Saturday has killed more than 2,000 people.",
    ]) {
      const events = code(text);
      expect(events, `${text}: ${show(events)}`).toEqual([]);
    }
  });

  it("keeps fire that an armed party opens", () => {
    const events = code("Israeli fire killed two Palestinian fishermen off Gaza on Tuesday.");
    expect(
      events.some((e) => e.cameo.startsWith("19") && e.source?.country === "ISR"),
      show(events),
    ).toBe(true);
  });
});

describe("a country is no party to its own state's acts (self-acts.ts)", () => {
  it("drops or redirects a bare country's act on its own state read from another clause", () => {
    // The diplomats sent home are Iran's: "its" is not Canada's own government.
    const gave = triples(
      "Canada cut diplomatic ties with Iran on Friday and gave its diplomats five days to leave.",
    );
    expect(gave).not.toContain("CAN 174 CANGOV");
    // The drones forced the airport to shut, not Estonia its own capital.
    const forced = triples(
      "Estonia closed its border with Russia on Thursday after drones forced Tallinn airport to shut.",
    );
    expect(forced).not.toContain("EST 170 ESTGOV");
    const stormed = triples(
      "Argentina broke off relations with Venezuela after Venezuelan police forced their way into the Argentine embassy in Caracas.",
    );
    expect(stormed).not.toContain("ARG 170 ARGGOV");
    // Each of two coordinated countries acts toward the other, not toward one's own president.
    const reopened = triples(
      "Turkey and Syria reopened their border crossings on Friday after President Recep Tayyip Erdogan met Syrian officials.",
    );
    expect(reopened).toContain("TUR 081 SYR");
    expect(reopened).not.toContain("TUR 081 TURGOV");
  });

  it("keeps the measures a state takes at home", () => {
    expect(triples("Turkey detained 100 soldiers after the failed coup.")).toContain("TUR 173 TURMIL");
    expect(triples("Sierra Leone imposed a nationwide curfew on Sunday.")).toContain("SLE 1723 SLE");
  });
});

describe("a bare role word in a one-country clause is of that country (home-roles.ts)", () => {
  it("gives prisoners, protesters and the opposition the other party's country", () => {
    expect(
      triples(
        "Belarus freed 52 political prisoners on Thursday and sent them across the border into Lithuania.",
      ),
    ).toContain("BLR 0841 BLROPP");
    expect(triples("Iran freed 12 protesters on Sunday and handed two French citizens to France.")).toContain(
      "IRN 0841 IRNCVL",
    );
    const signed = triples(
      "Hours after Maduro's government and the opposition signed an electoral accord, Washington eased some oil sanctions.",
    );
    expect(signed).toContain("VENGOV 057 VENOPP");
    expect(signed).toContain("VENOPP 057 VENGOV");
  });

  it("leaves a role word whose clause names another country", () => {
    const events = code("Israel freed 90 prisoners in exchange for hostages held by Hamas.");
    expect(
      events.some((e) => e.target?.code.startsWith("ISR") && e.source?.country === "ISR"),
      show(events),
    ).toBe(false);
  });
});
