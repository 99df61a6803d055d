import { describe, expect, it } from "vitest";
import { createSyntaxParser } from "../src/coder/syntax-parser.js";
import { expectEvent, expectNoEvent } from "../src/test-helpers/event-triples.js";

// Lane `plover` (session 14): general failure classes found on the PLOVER-relations tune sentences.
// Every sentence here is written for the test in wire style.

// A refusal, demand, threat or protest held until another party acts is aimed at that party
// (condition-targets.ts; grammar condition_targets).
describe("a condition clause names the party an act is aimed at", () => {
  it("takes the subject of an until/unless clause as the refusal's target", () => {
    expectEvent("Zimbabwean teachers refused to call off their strike unless the government raises salaries.", "ZWEEDU 12 ZWEGOV");
    expectEvent("Malawian nurses vowed not to end the strike unless the health ministry raises their pay.", "MWIHLH 13 MWIGOV");
  });

  it("takes the agent of a passive condition clause", () => {
    expectEvent("Kenyan lecturers will not end the strike until their demands are met by the Kenyan government.", "KENEDU 12 KENGOV");
    expectEvent("Kenyan lecturers refused to return to work until their demands are met by the Kenyan government.", "KENEDU 12 KENGOV");
  });

  it("gives no target from a time, the act's own side or another clause's condition, and keeps a named one", () => {
    // The released soldiers stay the refusal's target; the condition's party is no second one.
    expectEvent("The militia will not release the Israeli soldiers unless Israel frees its detainees.", "* 12 ISRMIL");
    expectNoEvent("Kenyan lecturers will not end the strike until the end of the month.", "KENEDU 12 KEN");
    expectEvent("Kenyan lecturers will not end the strike until the end of the month.", "KENEDU 12 -");
    expectEvent("Kenyan lecturers will not end the strike until they are paid.", "KENEDU 12 -");
    // The strike is no condition's act: a verb of another clause stands between them.
    expectNoEvent(
      "Kenyan guards on strike say they will not end the strike until the government provides more resources.",
      "KENMIL 14 KENGOV",
    );
  });
});

// A verb whose -ed or -ing form the treebank's suffix rules turn into no word ("blockaded" -> "blockad")
// or into the wrong verb ("raping" -> "rap") matched no pattern and coded nothing (parse-doc.ts,
// checkedVerbLemma).
describe("verb lemmas the suffix rules get wrong", () => {
  const lemmaOf = (text: string, word: string) => {
    const { tokens } = createSyntaxParser().parse({ id: "t", text });
    return tokens.udLemma[tokens.text.indexOf(word)];
  };

  it("undoes the form's own ending to a known verb when the rules make a non-word", () => {
    expect(lemmaOf("Serb forces blockaded Sarajevo for nearly four years.", "blockaded")).toBe("blockade");
    expect(lemmaOf("Crowds looted shops in the capital overnight.", "looted")).toBe("loot");
    expect(lemmaOf("Riot police quelled the protest within hours.", "quelled")).toBe("quell");
    expect(lemmaOf("The junta has prolonged the state of emergency.", "prolonged")).toBe("prolong");
  });

  it("reads a one-syllable stem that kept a single consonant as the verb with a silent e", () => {
    expect(lemmaOf("Witnesses said soldiers were raping women in the village.", "raping")).toBe("rape");
    expect(lemmaOf("The court spared the former minister a prison term.", "spared")).toBe("spare");
  });

  it("keeps the lemmas the rules get right", () => {
    expect(lemmaOf("The envoy visited the camp on Monday.", "visited")).toBe("visit");
    expect(lemmaOf("Troops opened fire on the crowd.", "opened")).toBe("open");
    expect(lemmaOf("The rebels planned the attack for weeks.", "planned")).toBe("plan");
    expect(lemmaOf("Drones targeted a fuel depot.", "targeted")).toBe("target");
    expect(lemmaOf("Protesters rapped on the doors of parliament.", "rapped")).toBe("rap");
  });

  it("codes the blockade the past tense tells", () => {
    expectEvent("Serb forces blockaded Sarajevo for nearly four years.", "SRB 191 BIH");
    expectEvent("Azerbaijan has blockaded Armenia since the early 1990s.", "AZE 191 ARM");
  });
});
