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
  it("drops or redirects a bare country's act on its own state", () => {
    // The allies are the ones asked, not Kyiv.
    const asked = triples("Ukraine asked Kyiv's allies to supply more air defence systems.");
    expect(asked).not.toContain("UKR 020 UKRGOV");
    // "the sanctions regime" is no Moldovan government.
    const joined = triples(
      "Moldova joined the sanctions regime on Tuesday, the government in Chisinau said.",
    );
    expect(
      joined.some((t) => /^MDA \d+ MDAGOV$/.test(t)),
      joined.join("; "),
    ).toBe(false);
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
  it("gives prisoners, the opposition and troops the other party's country", () => {
    expect(
      triples("Nicaragua freed 135 political prisoners on Friday and flew them to Guatemala."),
    ).toContain("NIC 0841 NICOPP");
    const talks = triples(
      "Washington welcomed the deal on Tuesday, a day after Cuba's government and the opposition signed an accord on prisoner releases.",
    );
    expect(talks).toContain("CUBGOV 057 CUBOPP");
    expect(talks).toContain("CUBOPP 057 CUBGOV");
    expect(
      triples(
        "Russian bombers flew near the Aleutian Islands on Monday, prompting Washington to scramble fighter jets.",
      ),
    ).toContain("USAGOV 150 USAMIL");
  });

  it("leaves a role word whose clause names another country", () => {
    const events = code("Israel freed 90 prisoners in exchange for hostages held by Hamas.");
    expect(
      events.some((e) => e.target?.code.startsWith("ISR") && e.source?.country === "ISR"),
      show(events),
    ).toBe(false);
  });
});
