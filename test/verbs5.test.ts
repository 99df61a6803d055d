import { describe, expect, it } from "vitest";
import {
  codeEvents as code,
  eventFits,
  expectEvent as has,
  expectNoEvent as hasNot,
  showEvents as show,
} from "../src/test-helpers/event-triples.js";

// Lane "verbs" (session 13): verb and noun phrase families that coded no event of their root.
// Sentences written for these tests in wire style; none is from a probe.

// match-triggers.ts parseVerbMisread: wink tags some participles as nouns or adjectives with the
// form as lemma; the parse's verb reading lets the verb's patterns fit.
describe("a participle the tagger misread, read as the parse's verb", () => {
  // (root 17: an imported PETRARCH pattern refines "arrest ... and" to 171)
  it("codes an arrest told by a participle, also after a coup", () => {
    has(
      "Soldiers in Gabon seized power on Wednesday, arresting President Ali Bongo and several of his aides.",
      "GAB 17 GAB",
    );
    has(
      "Guinea's army seized power on Sunday, arresting President Alpha Conde and dissolving the constitution.",
      "GIN 17 GIN",
    );
    has("Ugandan police stopped the convoy on Monday, arresting opposition leader Kizza Besigye.", "UGA 173 UGA");
    has("The Taliban said on Monday they had begun arresting former Afghan army officers.", "AFG 173 AFG");
  });
  it("does not make an adjective of manner an arrest", () => {
    hasNot("The Polish president gave an arresting speech to the German parliament on Tuesday.", "POL 173 DEU");
  });
});

// events.jsonl: "placed under house arrest" detains the person (173), as arrest and detention do.
describe("house arrest", () => {
  it("is an arrest (173), not an administrative sanction", () => {
    has("Myanmar's junta placed former leader Aung San Suu Kyi under house arrest in Naypyitaw.", "MMR 173 MMR");
    has("Niger's presidential guard put President Mohamed Bazoum under house arrest on Wednesday.", "NER 173 NER");
    has("Zimbabwe's military placed President Robert Mugabe under house arrest on Wednesday.", "ZWE 173 ZWE");
  });
  it("leaves house surveillance a sanction", () => {
    hasNot("Chinese police placed the Tibetan activist under house surveillance.", "CHN 173 CHN");
  });
});

// events.jsonl: levies and duties imposed on a country's goods are economic sanctions (163), as tariffs are.
describe("levies imposed on a country's goods", () => {
  it("codes them as sanctions against that country", () => {
    has("Washington imposed 25% levies on Canadian steel and aluminium on Tuesday.", "USA 163 CAN");
    has("The European Union slapped provisional levies on Chinese electric vehicles.", "IGO 163 CHN");
    has("India imposed a 20% duty on Pakistani cement after the attack.", "IND 163 PAK");
  });
  it("does not make a levy at home a sanction", () => {
    hasNot("Kenya imposed a new levy on mobile money transfers on Monday.", "KEN 163 KEN");
  });
});

// events.jsonl: a ruler dissolving a legislature sanctions it (172, the legislature the target).
describe("dissolving a legislature", () => {
  it("is an administrative sanction against the legislature (172)", () => {
    has("Peru's president dissolved the National Assembly on Sunday and called new elections.", "PER 172 PER");
    has("Kuwait's emir dissolved parliament on Friday for the third time in two years.", "KWT 172 KWT");
    has("Tunisian President Kais Saied dissolved the suspended parliament on Wednesday.", "TUN 172 TUN");
  });
  it("does not dissolve the U.S. Congress for another country's ruler", () => {
    hasNot("Guatemala's president tried to dissolve Congress in a failed self-coup.", "GTM 172 USA");
  });
});

// events.jsonl: dropping or lifting an objection, opposition or veto yields (080) to the party, not 110.
describe("dropping an objection", () => {
  it("yields to the party objected to", () => {
    has("Hungary dropped its objection to Sweden joining NATO on Monday.", "HUN 080 SWE");
    has("Austria lifted its veto on Romania's entry into the Schengen area.", "AUT 080 ROU");
    has("Poland withdrew its opposition to Ukraine's bid on Friday.", "POL 080 UKR");
  });
  it("is no disapproval any more, and a ban on opposition rallies lifted yields to no one", () => {
    hasNot("Hungary dropped its objection to Sweden joining NATO on Monday.", "HUN 110 SWE");
    hasNot("Thailand lifted a ban on opposition rallies in Bangkok.", "THA 080 THA");
  });
});

// events.jsonl: revoking, terminating or scrapping an agreement with a party reduces relations (160).
describe("an agreement revoked", () => {
  it("reduces relations with the other party", () => {
    has("Niger's junta revoked military agreements with France on Thursday.", "NER 160 FRA");
    has("Mali terminated its defence accords with France.", "MLI 160 FRA");
    has("North Korea scrapped all agreements with South Korea.", "PRK 160 KOR");
  });
  it("signs no agreement, and denouncing one stays criticism", () => {
    hasNot("Niger's junta revoked military agreements with France on Thursday.", "NER 057 FRA");
    hasNot("Israel denounced the agreement with Hamas as a surrender.", "ISR 160 PSE");
  });
});

// events.jsonl: aircraft entering another state's air defence (identification) zone show force (150).
describe("an air defence zone entered", () => {
  it("is a show of force to the zone's state", () => {
    has("South Korea scrambled fighter jets after Chinese aircraft entered its air defence zone.", "CHN 150 KOR");
    has("Russian bombers flew into Japan's air defense identification zone near Hokkaido.", "RUS 150 JPN");
    has("Chinese warplanes entered South Korea's air defence zone on Tuesday.", "CHN 150 KOR");
  });
  it("occupies nothing", () => {
    hasNot("Chinese warplanes entered South Korea's air defence zone on Tuesday.", "CHN 192 KOR");
  });
});

// events.jsonl: sending or transferring cartel or gang figures to another state is judicial cooperation (063).
describe("cartel figures handed to another state", () => {
  it("is judicial cooperation with it", () => {
    has("Mexico sent 29 drug cartel figures to the United States on Thursday.", "MEX 063 USA");
    has("Ecuador transferred two gang leaders to the United States to face trial.", "ECU 063 USA");
    has("Colombia handed over a drug kingpin to U.S. authorities.", "COL 063 USA");
  });
  it("does not make aid sent judicial cooperation", () => {
    hasNot("Mexico sent 29 trucks of food aid to Cuba on Thursday.", "MEX 063 CUB");
  });
});
