import { describe, expect, it } from "vitest";
import { createSyntaxParser } from "../src/coder/syntax-parser.js";
import { codeEvents, eventTriples, showEvents } from "../src/test-helpers/event-triples.js";

// Lane `plover` (session 13): general failure classes found on the PLOVER-relations tune sentences.
// Every sentence here is written for the test in wire style.

// Signing a decree or an executive order is a leader's act alone: no agreement with anyone (057), and
// what the instrument does codes its own event (pattern line with code null, data/patterns).
describe("signing a decree or an executive order", () => {
  it("codes the sanction a signed decree imposes, not an agreement with the sanctioned", () => {
    const triples = eventTriples("Zelensky signed a decree on Friday imposing sanctions on Russian officials.");
    expect(triples).toContain("UKRGOV 163 RUSGOV");
    expect(triples.filter((t) => t.includes(" 057 "))).toEqual([]);
  });

  it("codes no agreement for an executive order or a decree", () => {
    for (const text of [
      "President Trump signed an executive order barring Chinese firms from buying farmland near U.S. bases.",
      "Kazakh President Kassym-Jomart Tokayev signed a decree on Tuesday granting amnesty to protesters.",
      "Putin signed decrees on Monday recognising the independence of two breakaway regions of Ukraine.",
    ]) {
      const events = codeEvents(text);
      expect(
        events.filter((e) => e.cameo === "057"),
        showEvents(events),
      ).toEqual([]);
    }
  });

  it("still codes signing an agreement between two states", () => {
    expect(eventTriples("Iran and Russia signed a 20-year cooperation agreement in Moscow.")).toEqual(
      expect.arrayContaining(["IRN 057 RUS", "RUS 057 IRN"]),
    );
  });
});

// A time phrase between the subject and its verb ("Denmark last week announced") is read as the parser
// reads one after the verb; the clause keeps its subject (src/syntax/clause-repairs.ts, analyzer.ts).
describe("a time phrase between subject and verb", () => {
  it("keeps the subject of a clause with 'last week' or 'last night' before its verb", () => {
    expect(eventTriples("Norway last week announced a suspension of aid to Mali.")).toContain("NOR 162 MLI");
    expect(eventTriples("Israeli jets last night struck targets in southern Lebanon.")).toEqual(
      expect.arrayContaining([expect.stringMatching(/^ISRMIL 19\d LBN/)]),
    );
    expect(eventTriples("Russian forces last night shelled Kharkiv.")).toContain("RUSMIL 194 UKR");
  });

  it("never reads the time noun as the subject or the head of the subject", () => {
    const parser = createSyntaxParser();
    for (const [text, subject, time] of [
      ["Russian forces last night shelled Kharkiv.", "forces", "night"],
      ["Denmark last week announced a suspension of aid to Egypt.", "Denmark", "week"],
      ["The U.N. rights chief this week voiced concern over the arrests.", "chief", "week"],
    ]) {
      const { tokens } = parser.parse({ id: "t", text });
      const at = (word: string) => tokens.text.indexOf(word);
      const verb = tokens.head[at(time)];
      expect(tokens.deprel[at(time)], text).toBe("obl:unmarked");
      expect(tokens.head[at(subject)], text).toBe(verb);
      expect(tokens.deprel[at(subject)], text).toBe("nsubj");
    }
  });
});
