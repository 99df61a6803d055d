import { describe, expect, it } from "vitest";
import { eventTriples as triples } from "../src/test-helpers/event-triples.js";

// Targets the clause rules left missing or wrong (fourteenth session, targets lane). Each sentence is
// written for the test in wire style; each expected triple is "SOURCE CODE TARGET".

describe("a denial of an accusation re-mentioned by a noun is aimed at the accuser (act-reactions.ts, roots 016)", () => {
  it.each([
    [
      "Lithuania accused Belarus of pushing migrants across the border, and Minsk denied the accusations.",
      "BLRGOV 016 LTU",
    ],
    [
      "Kosovo accused Serbia of arming the gunmen who stormed a monastery, an allegation Belgrade denied.",
      "SRBGOV 016 KSV",
    ],
    [
      "The Philippines accused China of ramming a supply boat near a disputed shoal, and Beijing rejected the accusation.",
      "CHNGOV 016 PHL",
    ],
  ])("%s", (text, expected) => {
    expect(triples(text)).toContain(expected);
  });

  it("names no accuser the sentence does not name", () => {
    expect(triples("Israel denied the accusation on Tuesday.")).toEqual(["ISR 016 -"]);
  });
});

describe("a rejection of a re-mentioned act with no act coded before it answers the clause it continues", () => {
  it.each([
    [
      "Sudan's army reappointed Abdalla Hamdok under a power-sharing accord on Sunday, but protesters in Omdurman rejected the accord.",
      "SDNCVL 127 SDNMIL",
    ],
    [
      "Thailand's parliament approved the new constitution on Friday, but protesters in Bangkok rejected the decision.",
      "THACVL 127 THALEG",
    ],
    [
      "Kenya's parliament passed the finance bill on Tuesday, but protesters in Nairobi rejected the decision.",
      "KENCVL 127 KENLEG",
    ],
    [
      "Serbia's president appointed a new prime minister on Tuesday, but students in Belgrade rejected the appointment.",
      "SRBEDU 120 SRBGOV",
    ],
  ])("%s", (text, expected) => {
    expect(triples(text)).toContain(expected);
  });

  it("does not take the subject of a verb of saying for the act's agent", () => {
    // "said" heads a complement clause, not a coordinated one: the proposal is no act of the speaker's.
    expect(triples("Officials in Kyiv said protesters in Lviv rejected the decision.")).toContain("UKRCVL 127 -");
  });
});

describe("'the country' and a described country acted on stand for the other country named (coreference.ts, pointer-targets.ts)", () => {
  it.each([
    [
      "Brazil agreed to accept deportation flights from the United States after Washington threatened tariffs on the country.",
      "USAGOV 1312 BRA",
    ],
    [
      "Mexico moved troops to the border after Washington threatened sanctions on the country.",
      "USAGOV 1312 MEX",
    ],
    [
      "Israel struck Hezbollah positions in Lebanon, and Netanyahu threatened further strikes on the Mediterranean country.",
      "ISRGOV 1384 LBN",
    ],
    [
      "Russia intensified its attacks on Ukraine, and the Kremlin said it would keep up pressure on the war-torn nation.",
      "RUS 100 UKR",
    ],
    [
      "China staged drills near Taiwan and warned it would take action against the self-ruled island.",
      "CHN 138 TWN",
    ],
  ])("%s", (text, expected) => {
    expect(triples(text)).toContain(expected);
  });

  it("makes no pointer of a ranked country, nor of a place whose own country a word names", () => {
    expect(triples("Russia became the first country to recognise the Taliban government.")).toEqual([
      "RUS 054 AFGGOV",
    ]);
    // "the Greek island" names its own country: it points back to no country named before it.
    expect(triples("Turkey sent coast guard ships toward the Greek island on Monday.")).toEqual(["TUR 154 COP"]);
  });
});

describe("a preposition of aim the parse left with no noun names the actor after it (verb-target.ts)", () => {
  it.each([
    [
      "A suicide bomber killed 15 people at a checkpoint in Mogadishu, in an attack the government blamed on al Shabaab.",
      "SOMGOV 112 SOMIMGALQ",
    ],
    [
      "Gunmen killed nine worshippers at a church in northern Burkina Faso, in an attack the army blamed on al Qaeda.",
      "BFAMIL 112 IMGMUSALQ",
    ],
  ])("%s", (text, expected) => {
    expect(triples(text)).toContain(expected);
  });
});

describe("an attack noun beside its impact verb is aimed at the place the verb hits (read-triggers.ts, place-target.ts)", () => {
  it.each([
    ["A Russian missile strike destroyed the Dnipro shopping centre on Saturday.", "RUS 195 UKR"],
    ["A Russian air strike destroyed the Kharkiv printing house on Thursday.", "RUS 195 UKR"],
    ["An Israeli air strike destroyed the Khan Younis water plant on Monday.", "ISR 195 PSE"],
  ])("%s", (text, expected) => {
    expect(triples(text)).toContain(expected);
  });

  it("gives destroying property (not force) no place its object's name only modifies", () => {
    expect(triples("Russian troops destroyed the Kakhovka bridge on Sunday.")).toEqual(["RUSMIL 1712 -"]);
  });
});

describe("a relative with no country of its own stands for the party of its 'of' phrase (grammar kin_nouns)", () => {
  it.each([
    ["Turkey detained the children of an exiled Syrian opposition figure.", "TUR 173 SYROPP"],
    ["Russia deported the children of a jailed Ukrainian activist.", "RUS 174 UKROPP"],
    ["Poland granted refuge to the wife and children of a jailed Belarusian dissident.", "POL 075 BLROPP"],
    ["Israeli police arrested the children of a Palestinian lawmaker.", "ISRCOP 173 PSELEG"],
  ])("%s", (text, expected) => {
    expect(triples(text)).toContain(expected);
  });

  it("keeps a relative whose 'of' phrase names no country as it was", () => {
    expect(triples("Police arrested the son of a local farmer.")).toEqual(["COP 173 AGR"]);
  });
});
