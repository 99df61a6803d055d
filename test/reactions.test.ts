import { describe, expect, it } from "vitest";
import { eventTriples as triples } from "../src/test-helpers/event-triples.js";

// Reactions that wire copy packs into participles, nouns and characterizations: the reacting party
// is the source, the agent of the act reacted to (or the party the reaction accuses) the target.
describe("naming an act: a pronoun, an accused agent, a verdict, a lost relative clause (act-reactions.ts)", () => {
  it.each([
    // "calling it/them X": the pronoun stands for the act of the clause the participle hangs on.
    [
      "Three Belarusian helicopters crossed into Polish airspace on Tuesday, the Polish defence ministry said, calling it a deliberate provocation.",
      "POLGOV 111 BLRMIL",
    ],
    [
      "Chinese coast guard ships fired water cannon at two Philippine supply boats near the Second Thomas Shoal, the Philippine coast guard said, calling it dangerous and illegal.",
      "PHLCOP 111 CHNCOP",
    ],
    [
      "Azerbaijani troops shelled Armenian positions near Jermuk overnight, Yerevan said, calling them an unprovoked escalation.",
      "ARMGOV 111 AZEMIL",
    ],
    // What the act is named as gives its agent: an accusation (112) of that agent.
    [
      "A blast destroyed a military depot near Belgorod on Sunday, an incident Moscow called an act of sabotage by Ukraine.",
      "RUSGOV 112 UKR",
    ],
    [
      "Unknown gunmen attacked a police station in Quetta on Friday, and Pakistan called the assault an act of Afghan terrorism.",
      "PAK 112 AFG",
    ],
    [
      "Serbian police arrested two Kosovo officers near the border, while Pristina described the arrests as a provocation by Belgrade.",
      "KSVGOV 112 SRBGOV",
    ],
    // With no other act before it, a declaration of the sentence is the act the noun names.
    [
      "The U.N. General Assembly declared Russia's annexation of four regions illegal, and Moscow called the vote a farce.",
      "RUSGOV 111 IGOUNO",
    ],
    [
      "The Council of Europe declared that Azerbaijan had breached its obligations, and Baku called the resolution an insult.",
      "AZEGOV 111 IGOEURCOE",
    ],
    // An act no trigger coded is the subject's of the clause the appositive hangs on.
    ["Russian warships sailed near the Irish coast, in what Dublin condemned as a provocation.", "IRLGOV 111 RUSMIL"],
    [
      "Venezuelan troops massed near the border with Guyana on Friday, a move Georgetown denounced as intimidation.",
      "GUYGOV 111 VENMIL",
    ],
    // A noun that names its own party ("the detention of X", "the Philippine decision"): naming aims at it.
    [
      "The European Union called the detention of Turkish opposition mayor Ekrem Imamoglu a blow to democracy.",
      "IGOEUREEC 111 TUROPP",
    ],
    ["Washington described the sentencing of Russian journalist Ivan Petrov as a sham.", "USAGOV 111 RUSMED"],
    ["Japan called the Philippine decision a positive step.", "JPN 051 PHL"],
    // "a move X said was ...": a verb of saying names the act by a judgement.
    [
      "The European Union imposed duties on Chinese steel imports on Monday, a move Beijing said was illegal.",
      "CHNGOV 111 IGOEUREEC",
    ],
    [
      "Russia expelled four Moldovan diplomats on Thursday, a decision Chisinau said was unjustified.",
      "MDAGOV 111 RUS",
    ],
    // ", a move his opponents called a coup": the relative clause the parse lost is read from the words.
    [
      "Sri Lanka's president suspended parliament and sacked the prime minister on Monday, a move his opponents called a coup.",
      "LKAOPP 111 LKAGOV",
    ],
    [
      "Peru's president sacked the cabinet and suspended parliament on Friday, a move his critics denounced as a coup.",
      "PEROPP 111 PERGOV",
    ],
  ])("%s", (text, expected) => {
    expect(triples(text)).toContain(expected);
  });

  it("names no call for talks, no own side's act and no mere description", () => {
    // "called for" and "called on" are appeals, not naming.
    const appeal = triples(
      "Russian forces shelled Kharkiv on Monday, and the United Nations called for an immediate halt to the fighting.",
    );
    expect(appeal.filter((t) => / 11\d /.test(t))).toEqual([]);
    // The namer's own side's act: "calling them a punishment" is no criticism of itself.
    const own = triples(
      "China's military began large-scale drills around Taiwan on Saturday, calling them a stern warning to separatist forces.",
    );
    expect(own.filter((t) => / 11\d /.test(t))).toEqual([]);
    const ownClause = triples("Chinese warships sailed near Taiwan on Monday, in what Beijing condemned as a provocation.");
    expect(ownClause.filter((t) => / 111 CHN/.test(t))).toEqual([]);
    expect(triples("Moscow called the Russian decision a necessary step.")).toEqual([]);
    // A complement that only describes is no verdict.
    const described = triples(
      "Turkey and Iraq signed a water agreement on Monday, a deal Baghdad said was signed after months of talks.",
    );
    expect(described.filter((t) => / 11\d /.test(t))).toEqual([]);
    // No agent named: an act of terrorism with no party in it accuses no one.
    const noAgent = triples(
      "A bomb exploded outside a mosque in Kabul on Friday, an attack the Taliban government called an act of terrorism.",
    );
    expect(noAgent.filter((t) => / 112 /.test(t))).toEqual([]);
  });
});

describe("a party's feeling about an act is its criticism of the act's agent (act-reactions.ts)", () => {
  it.each([
    ["India said it was deeply disappointed by Pakistan's decision to suspend bilateral trade.", "IND 111 PAK"],
    ["Britain said it was angered by Russia's expulsion of two British diplomats.", "GBR 111 RUS"],
    [
      "Russia expelled two Japanese diplomats on Monday, and Japan said it was dismayed by the decision.",
      "JPN 111 RUS",
    ],
  ])("%s", (text, expected) => {
    expect(triples(text)).toContain(expected);
  });

  it("reads the feeling party as no target of the act it feels about, and aims no feeling at its own side", () => {
    const feeling = triples("India said it was deeply disappointed by Pakistan's decision to suspend bilateral trade.");
    expect(feeling.filter((t) => t.startsWith("PAK") && / IND/.test(t))).toEqual([]);
    const own = triples("Turkish troops shelled Kurdish positions in Syria, and Ankara said it was angered by the attack.");
    expect(own.filter((t) => / 111 /.test(t))).toEqual([]);
  });
});

describe("a reaction drawn from a party is that party's, aimed at the act's agent (dependency-roles.ts)", () => {
  it.each([
    // A capital in the "from" phrase of a verb of drawing a reaction reacts; it is no place.
    [
      "Belarus closed its border with Lithuania on Friday, drawing sharp criticism from Vilnius.",
      "LTUGOV 111 BLR",
    ],
    [
      "Hungary blocked the European Union's aid package for Ukraine, prompting condemnation from Kyiv and Warsaw.",
      "UKRGOV 111 HUN",
    ],
    // The participle hung on a trailing attribution answers the act of the clause it attributes.
    [
      "Myanmar's junta executed four democracy activists, state media said, drawing condemnation from the United Nations.",
      "IGOUNO 111 MMRMIL",
    ],
  ])("%s", (text, expected) => {
    expect(triples(text)).toContain(expected);
  });

  it("keeps the reacting party out of another act's guessed target and an arrival's host", () => {
    const agreed = triples(
      "Saudi Arabia agreed to cut oil output by one million barrels a day, drawing criticism from the United States.",
    );
    expect(agreed.filter((t) => t.startsWith("SAU") && / USA/.test(t))).toEqual([]);
    const visit = triples("A U.S. congressional delegation arrived in Taipei on Thursday, defying warnings from China.");
    expect(visit.filter((t) => / 042 /.test(t))).toEqual(["USAGOV 042 TWN"]);
  });
});

describe("demonstrations an act sparked are by the people of its one country (protest-place.ts)", () => {
  it.each([
    [
      "Iranian woman Nika Rahimi died in hospital on Friday after being arrested by the morality police in Tehran, sparking protests across the country.",
      "IRNCVL 141 IRNGOV",
    ],
    [
      "Afghan woman Mina Noori died in hospital on Sunday after being arrested by the morality police in Herat, sparking protests across the country.",
      "AFGCVL 141 AFGGOV",
    ],
    [
      "Iraqi woman Huda Salim died in hospital on Saturday after being arrested by the morality police in Basra, sparking protests across the country.",
      "IRQCVL 141 IRQGOV",
    ],
  ])("%s", (text, expected) => {
    expect(triples(text)).toContain(expected);
  });

  it("gives no crowd when the sentence names two countries", () => {
    const two = triples(
      "Israeli woman Dana Levi died in hospital on Saturday after being arrested by the Egyptian police in Cairo, sparking protests across the country.",
    );
    expect(two.filter((t) => / 14\d /.test(t))).toEqual([]);
  });
});

describe("naming an owned act or a party as something (act-reactions.ts namedWithin, namedParty)", () => {
  it.each([
    // An owner makes the act noun definite; what it is named as may hang under the noun or its clause.
    ["Qatar called Israel's strike on Doha a cowardly attack.", "QAT 111 ISR"],
    ["Ukraine's president called the Russian strike a war crime.", "UKRGOV 111 RUS"],
    ["Germany called Russia's decision to suspend the treaty irresponsible.", "DEU 111 RUS"],
    ["Jordan called Israel's decision to close the crossing a violation of the peace treaty.", "JOR 111 ISR"],
    ["Kenya called Ethiopia's offer to mediate a positive step.", "KEN 051 ETH"],
    // A party named as something: a label of judgement criticises it, one of praise praises it.
    ["Turkish President Tayyip Erdogan called Israeli Prime Minister Benjamin Netanyahu a war criminal.", "TURGOV 111 ISRGOV"],
    ["China branded Taiwan's president a dangerous separatist.", "CHN 111 TWNGOV"],
    ["The Kremlin called Zelenskiy an illegitimate leader.", "RUSGOV 111 UKRGOV"],
    ["Iran described Saudi Arabia as a close friend.", "IRN 051 SAU"],
  ])("%s", (text, expected) => {
    expect(triples(text)).toContain(expected);
  });

  it("takes no call, and no label without a judgement, for a naming", () => {
    expect(triples("Biden called Putin on Saturday.").filter((t) => / 11\d? /.test(t))).toEqual([]);
    expect(triples("Egypt called Israel's foreign minister on Sunday.").filter((t) => / 11\d? /.test(t))).toEqual([]);
    const description = triples("Brazil described Argentina as its largest trading partner in the region.");
    expect(description.filter((t) => / (051|11\d?) /.test(t))).toEqual([]);
  });
});
