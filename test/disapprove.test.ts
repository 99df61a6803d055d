import { describe, it } from "vitest";
import { expectAllFactual, expectEvent, expectNoEvent } from "../src/test-helpers/event-triples.js";

// Recall of the disapproval, protest and coercion families (the `disapprove` lane of the fourteenth
// session): constructions Dyad coded no event of the root for. Sentences written for these tests.

describe("a hostile response drawn from a party is its criticism (events.jsonl; dependency-roles.ts parsedRoles)", () => {
  it.each([
    [
      "Turkey shelled Kurdish positions in northern Iraq on Sunday, drawing an angry response from Baghdad.",
      "IRQ 111 TUR",
    ],
    ["Poland's new judicial law drew a sharp response from the European Commission.", "IGOEUR 111 POL"],
    ["Italy's plan to tax bank profits sparked a backlash from the European Central Bank.", "IGOEUR 111 ITA"],
  ])("%s → %s", (text, expected) => {
    expectEvent(text, expected);
  });

  it("a swift or strong response is no criticism: it may be force", () => {
    expectNoEvent("Israel vowed a swift response to the attack from Lebanon.", "* 111 *");
  });
});

describe("a hyphenated compound is a modifier, not an infinitive (clause-repairs.ts hyphenCompoundWords)", () => {
  it.each([
    ["Sri Lanka's government imposed a dusk-to-dawn curfew across the island on Saturday.", "LKAGOV 1723 LKA"],
    ["Bangladeshi authorities imposed a dusk-to-dawn curfew in Dhaka on Friday.", "BGDGOV 1723 BGD"],
    ["Senegal's interior ministry imposed a dusk-to-dawn curfew in the capital on Monday.", "SENGOV 1723 SEN"],
  ])("%s → %s, asserted", (text, expected) => {
    // Read as "to dawn", the curfew was a purpose still to come.
    expectAllFactual(text, [expected]);
  });

  it("a compound of no act names no party: tit-for-tat expulsions stay each side's own", () => {
    expectNoEvent("Moscow and Washington carried out tit-for-tat expulsions of diplomats.", "* 19 *");
  });
});

describe("'X alleged that Y did ...' accuses Y (assign-roles.ts isNominal)", () => {
  it.each([
    ["India alleged that Pakistani militants had carried out the attack.", "IND 112 PAKREB"],
    ["Azerbaijan alleged that Armenian forces had shelled its positions overnight.", "AZE 112 ARMMIL"],
    ["Seoul alleged that North Korean hackers had stolen the data.", "KOR 112 PRK"],
  ])("%s → %s", (text, expected) => {
    expectEvent(text, expected);
  });

  it("a participle describing a party stays a description ('officers armed with batons')", () => {
    expectNoEvent(
      "Chinese coast guard officers armed with batons boarded a Vietnamese fishing boat near the Paracel Islands on Sunday and seized its catch.",
      "CHN 07 VNM",
    );
  });
});

describe("'X and Y each accused the other' is reciprocal (actor-pairs.ts eachOnTheOther)", () => {
  it.each([
    ["Armenia and Azerbaijan each accused the other of violating the ceasefire.", "ARM 112 AZE", "AZE 112 ARM"],
    ["India and Pakistan each blamed the other for the clashes along the border.", "IND 112 PAK", "PAK 112 IND"],
    ["Israel and Hezbollah each accused the other of starting the fighting.", "ISR 112 LBN", "LBN 112 ISR"],
  ])("%s → %s and %s", (text, one, other) => {
    expectEvent(text, one);
    expectEvent(text, other);
  });

  it("'each accused militants' names a third party: no accusation of each other", () => {
    const text = "India and Pakistan each accused militants of the attack.";
    expectNoEvent(text, "IND 112 PAK");
    expectNoEvent(text, "PAK 112 IND");
  });
});

describe("a crowd pouring into or filling the streets demonstrates (events.jsonl 141)", () => {
  it.each([
    ["Thousands of protesters poured into the streets of Belgrade on Saturday.", "SRBCVL 141 SRBGOV"],
    ["Tens of thousands of demonstrators flooded the streets of Tbilisi on Sunday.", "GEOCVL 141 GEOGOV"],
    ["Hundreds of protesters spilled onto the streets of Nairobi after the vote.", "KENCVL 141 KENGOV"],
  ])("%s → %s", (text, expected) => {
    expectEvent(text, expected);
  });

  it("water pouring into the streets is no demonstration", () => {
    expectNoEvent("Floodwaters poured into the streets of Lagos on Sunday.", "* 14 *");
  });
});

describe("a prompted object does the infinitive the parse hung as a purpose (verb-subject.ts promptedInfinitive)", () => {
  it.each([
    [
      "The court annulled the election, prompting thousands of protesters to rally outside parliament in Bucharest.",
      "ROUCVL 141 *",
      "ROUJUD 141 *",
    ],
    [
      "The government raised fuel prices, prompting thousands of Nigerians to protest in Lagos.",
      "NGA 141 *",
      "NGAGOV 141 *",
    ],
    [
      "Parliament passed the law, prompting thousands of Georgians to take to the streets of Tbilisi.",
      "GEO 141 *",
      "GEOLEG 141 *",
    ],
  ])("%s → %s, not %s", (text, expected, wrong) => {
    expectEvent(text, expected);
    expectNoEvent(text, wrong);
  });

  it("a purpose of the clause's own subject stays its own ('fired tear gas to disperse protesters')", () => {
    expectEvent("Georgian police fired tear gas to disperse thousands of protesters in Tbilisi.", "GEOCOP 175 GEOCVL");
  });
});

describe("agreeing sanctions on a party imposes them (events.jsonl 163)", () => {
  it.each([
    ["EU leaders agreed sanctions against Iran over the crackdown.", "IGOEUR 163 IRN"],
    ["EU foreign ministers agreed new sanctions on Russia on Monday.", "IGOEUR 163 RUS"],
    ["G7 finance ministers agreed fresh sanctions on North Korea.", "IGOWST 163 PRK"],
  ])("%s → %s", (text, expected) => {
    expectEvent(text, expected);
  });

  it("agreeing to lift sanctions is no sanction", () => {
    expectNoEvent("The EU agreed to lift sanctions on Syria.", "* 163 *");
  });
});

describe("seeking an arrest warrant for a party accuses it (events.jsonl 112)", () => {
  it.each([
    ["Argentine prosecutors requested an arrest warrant for Venezuela's president.", "ARGJUD 112 VENGOV"],
    [
      "The International Criminal Court's prosecutor is seeking arrest warrants for Israeli Prime Minister Benjamin Netanyahu.",
      "IGOJUDICC 112 ISRGOV",
    ],
    ["Turkish prosecutors sought an arrest warrant for Greece's former defence minister.", "TURJUD 112 GRCGOV"],
  ])("%s → %s", (text, expected) => {
    expectEvent(text, expected);
  });

  it("an issued warrant stays an arrest (173), not an accusation", () => {
    const text = "A Pakistani court issued an arrest warrant for former prime minister Imran Khan.";
    expectEvent(text, "PAKJUD 173 PAKOPP");
    expectNoEvent(text, "* 112 *");
  });
});

describe("suspending or cancelling a party's legal status or registration bans it (events.jsonl 1722)", () => {
  it.each([
    ["A Guatemalan judge suspended the legal status of the opposition party on Wednesday.", "GTMJUD 1722 GTMOPP"],
    [
      "Bangladesh's election commission cancelled the registration of the main opposition party.",
      "BGDGOV 1722 BGDOPP",
    ],
    ["A Kyrgyz court revoked the legal status of an opposition movement.", "KGZJUD 1722 KGZOPP"],
  ])("%s → %s", (text, expected) => {
    expectEvent(text, expected);
  });

  it("a licence of no party is no ban on a party", () => {
    expectNoEvent("The regulator revoked the licence of the private bank.", "* 1722 *");
  });
});
