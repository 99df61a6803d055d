import { describe, expect, it } from "vitest";
import { eventTriples as triples } from "../../test-helpers/event-triples.js";

describe("events stage: a named organisation's public statement", () => {
  it.each([
    [
      "Amnesty International said on Tuesday that hundreds of detainees remain in custody.",
      "NGOHRIAMN 010 -",
    ],
    [
      "The Syrian Observatory for Human Rights said at least 20 civilians had died in the fighting.",
      "SYRNGOHRI 010 -",
    ],
  ])("is a CAMEO 010, as a named official's is: %s", (text, expected) => {
    expect(triples(text)).toEqual([expected]);
  });

  it("a bare role word's statement is still none", () => {
    expect(triples("A senior official said the meeting went well.")).toEqual([]);
  });
});

describe("verb senses: sentencing and obstruction", () => {
  it("sentencing someone to prison is coercion (17), as PETRARCH codes SENTENCE", () => {
    expect(
      triples("A Moscow court sentenced the Russian opposition leader to nine years in prison."),
    ).toEqual(["RUSJUD 173 RUSOPP"]);
    // An asserted passive state act with no agent named is the victim's state's courts' (state-agents.ts).
    expect(
      triples("A former Egyptian minister was sentenced to five years in prison for corruption on Sunday."),
    ).toEqual(["EGYJUD 173 EGYGOV"]);
  });

  it("obstructing justice or an inquiry is no blockade; obstructing traffic is (144)", () => {
    expect(
      triples("The Turkish minister was accused of obstructing the inquiry into the bombing."),
    ).not.toContainEqual(expect.stringContaining(" 144 "));
    expect(triples("The former Brazilian president was charged with obstruction of justice.")).toEqual([
      "BRAJUD 173 BRAGOV",
    ]);
    expect(triples("Demonstrators obstructed traffic outside the Russian parliament.")).toEqual([
      "RUSCVL 144 RUSLEG",
    ]);
  });
});

describe("the dateline's country for role words", () => {
  it("gives a role word with no other country the dateline's", () => {
    expect(triples("BAGHDAD (Reuters) - The government rejected the accusation on Tuesday.")).toEqual([
      "IRQGOV 016 -",
    ]);
    // The men take no dateline country of their own, but the people a state's police arrest are its own (home_coercion).
    expect(triples("CAIRO (AP) -- Police arrested three men after the match.")).toEqual([
      "EGYCOP 173 EGYCVL",
    ]);
    // Without a dateline, police alone stay local news.
    expect(triples("Police arrested three men after the match.")).toEqual([]);
  });

  it("a statement carried only by its report is none when the report is no event", () => {
    expect(
      triples(
        "KANSAS CITY, Mo. (AP) -- A man has died of his injuries in a shooting at a home, police said.",
      ),
    ).toEqual([]);
  });
});

describe("a speaker's side named by a group pronoun (issue 9)", () => {
  // plover-relations tune sentence: "they" stands for no actor named before it.
  it("makes the speaker the source of a stance whose subject is 'they'", () => {
    const events = triples(
      "CMPAJAC's chairman said that they will not end the strike until their permits are corrected and the app-based taxi services are banned from the city.",
    );
    expect(
      events.some((e) => / 1242 /.test(e)),
      events.join("; "),
    ).toBe(true);
  });

  it("leaves an act of force by 'they' unclaimed", () => {
    const events = triples("Iran's foreign minister said that they attacked the village.");
    expect(
      events.some((e) => / 19\d* /.test(e)),
      events.join("; "),
    ).toBe(false);
  });
});
