import { describe, expect, it } from "vitest";
import { eventTriples as triples } from "../../test-helpers/event-triples.js";

describe("reactions to an act named by a noun are aimed at that act's source (act-reactions.ts)", () => {
  it.each([
    // An appositive noun with a reduced or full relative clause: the act of the clause it hangs on.
    [
      "Hungarian police detained three opposition lawmakers outside parliament on Tuesday, a move the European Commission condemned as an assault on democracy.",
      "IGOEUREEC 111 HUNCOP",
    ],
    [
      "Turkey closed its border crossing with Syria on Monday, a decision the United Nations criticised as reckless.",
      "IGOUNO 111 TUR",
    ],
    [
      "Serbian police arrested an opposition leader on Monday, a step that the European Union criticised.",
      "IGOEUREEC 111 SRBCOP",
    ],
    [
      "Ethiopia's parliament approved a state of emergency, a move Tigrayan rebels rejected.",
      "ETHREB 120 ETHLEG",
    ],
    // A definite object: the nearest act before it, in the sentence or the one before.
    [
      "Kenya expelled two Somali diplomats on Friday, and Somalia rejected the decision as illegal.",
      "SOM 127 KEN",
    ],
    [
      "The Philippine coast guard said Chinese vessels fired water cannon at its boats on Saturday, an attack Manila condemned.",
      "PHLGOV 111 CHN",
    ],
    [
      "Nigeria's government signed a security pact with Benin on Wednesday. Niger rejected the deal.",
      "NER 127 NGAGOV",
    ],
    // The act of the clause may be a statement: the declaration the result comes from.
    [
      "The Kenyan electoral commission declared William Ruto the winner of the presidential vote on Monday, a result the opposition rejected as rigged.",
      "KENOPP 120 KENGOV",
    ],
  ])("%s", (text, expected) => {
    expect(triples(text)).toContain(expected);
  });

  it("leaves a new act (an indefinite object) and its own side's act alone, and keeps a named owner", () => {
    // "a proposal to hold talks" is no act told before: no one made it in the sentence.
    expect(
      triples(
        "Japan announced new export curbs on semiconductors, and China welcomed a proposal to hold talks.",
      ),
    ).toContain("CHN 051 -");
    // A government dismissing an allegation against its own troops reacts to the allegation's authors, not its troops.
    const own = triples(
      "A report by U.N. investigators said Ugandan troops had shelled villages in Congo, an allegation Uganda's government dismissed as false.",
    );
    expect(own).not.toContain("UGAGOV 110 UGAMIL");
    // "Belarus's decision": the noun names its own agent.
    const owned = triples(
      "Russian forces shelled the city overnight, and Ukraine condemned Belarus's decision to host the troops.",
    );
    expect(owned).toContain("UKR 111 BLR");
    expect(owned).not.toContain("UKR 111 RUSMIL");
  });

  it.each([
    // A verb of naming an act noun as something is a criticism of the act's source, a praise with a word of praise.
    [
      "Azerbaijani forces seized two Armenian border posts on Friday, a move Armenia called a provocation.",
      "ARM 111 AZEMIL",
    ],
    [
      "Mali expelled the French ambassador on Monday, and France described the decision as unacceptable.",
      "FRA 111 MLI",
    ],
    [
      "Venezuela arrested an opposition leader on Monday, a move that Brazil's president called a grave mistake.",
      "BRAGOV 111 VEN",
    ],
    [
      "India and Pakistan reopened the border crossing on Tuesday, a step the United Nations called a positive development.",
      "IGOUNO 051 IND",
    ],
    [
      "Two Chinese warships entered Japanese waters near the Senkaku islands on Sunday, the Japanese defence ministry said, calling the incursion reckless.",
      "JPNGOV 111 CHNMIL",
    ],
  ])("%s", (text, expected) => {
    expect(triples(text)).toContain(expected);
  });

  it("names no criticism of the namer's own side's act, and gives the act noun to no one reacting", () => {
    const own = triples(
      "Kenyan police arrested twelve men in Mombasa on Monday in what the government called a security operation.",
    );
    expect(own.filter((t) => / 111 /.test(t))).toEqual([]);
    const incursion = triples(
      "Two Chinese warships entered Japanese waters near the Senkaku islands on Sunday, the Japanese defence ministry said, calling the incursion reckless.",
    );
    expect(incursion.filter((t) => t.startsWith("JPN") && / 19\d /.test(t))).toEqual([]);
  });
});
