import { describe, expect, it } from "vitest";
import { eventTriples as triples } from "../../test-helpers/event-triples.js";

// Lane `roles` (13th session): right act, wrong or missing target. Sentences written for these tests.

// dependency-roles.ts phraseHead, verb-target.ts destinationOf: a pattern that opens on a modal
// ("would withdraw ...") takes its roles from the verb, and a destination phrase may follow
// coordinated objects.
describe("a modal-led pattern's forces withdrawn go where the destination phrase says", () => {
  it.each([
    ["Italy said it would withdraw its ambassador and troops from Libya.", "ITA 0356 LBY"],
    ["Germany would withdraw its envoy and troops from Mali by the end of the year.", "DEU 0356 MLI"],
    ["Spain said it would withdraw its diplomats and soldiers from Niger.", "ESP 0356 NER"],
  ])("%s", (text, expected) => {
    const events = triples(text);
    expect(events).toContain(expected);
    expect(events.filter((e) => / 0356 (GOV|MIL)$/.test(e))).toEqual([]);
  });
});

// compose-mentions.ts bodyModifiesOwnedThing, verb-target.ts objectNounTarget: a country's possessive
// before a body of states that only modifies a noun owns that noun.
describe("a country's bid to join a body is the country's", () => {
  it.each([
    ["Hungary's parliament ratified Finland's NATO membership bid on Monday.", "HUNLEG 051 FIN"],
    ["Germany backed Ukraine's EU membership bid.", "DEU 051 UKR"],
    ["France supported Moldova's EU accession application.", "FRA 051 MDA"],
  ])("%s", (text, expected) => {
    expect(triples(text)).toContain(expected);
  });

  it("keeps a country's envoy to a body one actor of that country", () => {
    expect(triples("Russia's U.N. ambassador Vassily Nebenzia criticized Britain.")).toEqual([
      "RUSGOV 111 GBR",
    ]);
  });
});

// coreference.ts, coreference-pair.ts coordinatedGroup (grammar coreference.group): "the three countries".
describe("'the three countries' points back to the list of three states named together", () => {
  it.each([
    [
      "Estonia, Latvia and Lithuania expelled Russian diplomats, and Moscow accused the three countries of provocation.",
      ["RUSGOV 1123 EST", "RUSGOV 1123 LVA", "RUSGOV 1123 LTU"],
    ],
    [
      "Germany, France and Italy pledged new tanks, and Russia warned the three countries against escalation.",
      ["RUS 130 DEU", "RUS 130 FRA", "RUS 130 ITA"],
    ],
    [
      "Brazil, Chile and Peru recognised the new government on Monday, and Venezuela recalled its envoys from all three nations.",
      ["VEN 161 BRA", "VEN 161 CHL", "VEN 161 PER"],
    ],
  ])("%s", (text, expected) => {
    expect(triples(text)).toEqual(expect.arrayContaining(expected));
  });

  it("names no state when no list of that size came before", () => {
    const events = triples("Spain and Portugal signed a deal, and the three countries held talks.");
    expect(events.filter((e) => /^(ESP|PRT) 04/.test(e))).toEqual([]);
  });
});

// verb-target.ts participleOwner (grammar owner_participles): "positions held by X", "targets linked to X".
describe("a participle of holding or tie names the owner of what is attacked", () => {
  it.each([
    ["U.S. forces bombed facilities in eastern Syria linked to Iranian militias.", "USAMIL 195 IRNUAF"],
    [
      "Azerbaijan launched an operation in the region on Tuesday, shelling positions held by Armenian forces.",
      "AZE 194 ARMMIL",
    ],
    ["British jets hit more than 30 targets across Yemen linked to the Houthis.", "GBRMIL 190 YEMREBHTH"],
    ["Turkey struck 20 targets in northern Syria held by Kurdish YPG fighters.", "TUR 190 SYRREBYPG"],
  ])("%s", (text, expected) => {
    expect(triples(text)).toContain(expected);
  });

  it("keeps the place when the participle names no owner", () => {
    expect(
      triples("U.S. forces bombed facilities in eastern Syria, citing threats to American troops."),
    ).toContain("USAMIL 195 SYR");
  });
});

// mediated-parties.ts (grammar mediation_acts.mediated_roots), dependency-roles.ts brokeredParties.
describe("a mediation serves the sides that act on each other in its sentence", () => {
  it.each([
    [
      "Ethiopia and Eritrea agreed to a ceasefire on Monday, the African Union said, praising talks mediated by Kenya.",
      ["KEN 045 ETH", "KEN 045 ERI"],
    ],
    [
      "Armenia and Azerbaijan exchanged prisoners on Friday in a deal that was brokered by the United States.",
      ["USA 045 ARM", "USA 045 AZE"],
    ],
    [
      "Russia and Ukraine swapped 90 prisoners each on Saturday, in the latest exchange mediated by the United Arab Emirates.",
      ["ARE 045 RUS", "ARE 045 UKR"],
    ],
    [
      "The truce between Israel and Hezbollah, brokered by France, took effect on Wednesday.",
      ["FRA 045 ISR", "FRA 045 LBNREBHEZ"],
    ],
  ])("%s", (text, expected) => {
    expect(triples(text)).toEqual(expect.arrayContaining(expected));
  });

  it("keeps a mediation's own target when no two sides act on each other", () => {
    const events = triples("Qatar mediated a prisoner release by Hamas, and Egypt praised Qatar.");
    expect(events.filter((e) => e.includes(" 045 "))).toEqual(["QAT 045 PSEREBHMS"]);
  });
});

// exchanged-releases.ts (grammar exchanges): a release in exchange for people is one side of a swap.
describe("a release in exchange for people is answered by the other side's release", () => {
  it.each([
    [
      "Russia released 90 Ukrainian soldiers on Friday in exchange for 90 prisoners held by Kyiv.",
      ["RUS 0841 UKRMIL", "UKR 0841 RUS"],
    ],
    ["Iran freed two French citizens in exchange for an Iranian diplomat held in France.", ["FRA 0841 IRN"]],
    [
      "Venezuela released ten American detainees in exchange for 250 Venezuelan migrants held in El Salvador.",
      ["USA 0841 VEN"],
    ],
  ])("%s", (text, expected) => {
    expect(triples(text)).toEqual(expect.arrayContaining(expected));
  });

  it("adds no release in exchange for a thing", () => {
    const events = triples("Iran freed a French citizen in return for sanctions relief from France.");
    expect(events.filter((e) => e.startsWith("FRA 0841"))).toEqual([]);
  });
});
