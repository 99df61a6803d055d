import { beforeAll, describe, expect, it } from "vitest";
import { type Coder, createCoder } from "../../coder/coder.js";
import type { ActorMention } from "../../model/document.js";

let coder: Coder;
beforeAll(() => {
  coder = createCoder({ oneSided: true });
});

/** The pointer mentions of a text: "words → code (antecedent)". */
function pointers(text: string, date = "2024-05-02"): string[] {
  return coder
    .code({ id: "t", text, date })
    .actors.filter((m: ActorMention) => m.kind === "coreference")
    .map((m) => `${m.text} → ${m.code} (${m.antecedent?.text})`);
}

const events = (text: string) =>
  coder
    .code({ id: "t", text, date: "2024-05-02" })
    .events.map((e) => `${e.source?.code ?? "-"} ${e.cameo.slice(0, 2)} ${e.target?.code ?? "-"}`);

describe("resolveCoreference: descriptions across sentences (issue 9)", () => {
  it("'the bloc' is the bloc named before, with both spans as evidence", () => {
    const text =
      "The European Union imposed new sanctions on Russia on Monday. The bloc also warned Moscow against further escalation in Ukraine.";
    expect(pointers(text)).toEqual(["The bloc → IGOEUREEC (European Union)"]);
    const warning = coder
      .code({ id: "t", text, date: "2024-05-02" })
      .events.find((e) => e.sentence_index === 1 && e.source);
    expect(warning?.source?.code).toBe("IGOEUREEC");
    expect(warning?.source?.resolved_from?.text).toBe("European Union");
  });

  it("'the group' is the armed group named before, not a country", () => {
    expect(
      pointers(
        "Hamas fired dozens of rockets at Israel overnight. The group said the attack was a response to raids.",
      ),
    ).toContain("The group → PSEREBHMS (Hamas)");
  });

  it("'the militant group' keeps looking past a country for a group", () => {
    expect(
      pointers(
        "The United States and the Taliban signed a deal in Doha. Talks between the militant group and the Afghan government are due to start next month.",
        "2020-03-01",
      ),
    ).toContain("the militant group → AFGREBTAL (Taliban)");
  });

  it("a description with no group before it stays unresolved", () => {
    expect(pointers("Iran said on Sunday that the group had no role in the attack.")).toEqual([]);
  });
});

describe("resolveCoreference: pronouns (issue 9)", () => {
  it("'he' is the last person in subject position of the previous sentence", () => {
    const text =
      "Iranian President Ebrahim Raisi spoke with Iraqi Prime Minister Mustafa al-Kadhimi by telephone. He condemned the attack on Erbil.";
    expect(pointers(text)).toEqual(["He → IRNGOV (Iranian President Ebrahim Raisi)"]);
  });

  it("'he' never stands for a woman, nor for a court", () => {
    expect(
      pointers(
        "An Oakland woman was stabbed by her former boyfriend after police failed to arrest him when he violated a restraining order.",
      ).filter((p) => p.startsWith("he ")),
    ).toEqual([]);
    expect(
      pointers(
        "A court in Argentina released a former minister from prison while he appeals his conviction.",
      ),
    ).toEqual(["he → ARGELI (former minister)"]);
  });

  it("an expletive 'it' points nowhere", () => {
    expect(
      pointers("Turkey shelled Kurdish positions in Syria. It is unclear how many people died."),
    ).toEqual([]);
  });

  it("'it' as an object never stands for its own clause's subject", () => {
    const text = "Iraq summoned the Turkish ambassador on Sunday. Iran condemned it.";
    expect(pointers(text)).not.toContain("it → IRN (Iran)");
  });

  it("a subject 'it' in a reported clause is the speaker's country", () => {
    expect(pointers("Iran told Iraq that it would help rebuild Mosul.")).toEqual(["it → IRN (Iran)"]);
  });

  it("'they' after a coordination stands for each conjunct", () => {
    expect(pointers("Russia and China said they would block the resolution.").sort()).toEqual([
      "they → CHN (China)",
      "they → RUS (Russia)",
    ]);
  });

  it("a resolved pronoun takes part in events", () => {
    expect(
      events("Iranian President Ebrahim Raisi met Iraqi President Barham Salih in Tehran. He praised Iraq."),
    ).toContain("IRNGOV 05 IRQ");
  });
});
