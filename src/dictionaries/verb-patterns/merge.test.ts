import { describe, expect, it } from "vitest";
import type { VerbPatternEntry } from "../schemas.js";
import { fromTriggerPattern } from "./from-trigger-patterns.js";
import { describeVerbPhrase, mergeVerbPatterns } from "./merge.js";

const entry = (id: string, code: string | null, verbs: string[], heads?: string[]): VerbPatternEntry => ({
  id,
  verbs,
  code,
  ...(heads ? { object: { heads } } : {}),
  origin: id.startsWith("dyad") ? "dyad" : "petrarch2",
  line: 1,
});

describe("mergeVerbPatterns", () => {
  const dyad = [entry("dyad:1", "046", ["hold"], ["talks", "negotiations"])];
  const petrarch = [
    entry("petrarch2:1", "031", ["hold", "detain"], ["talks", "session"]),
    entry("petrarch2:2", "046", ["hold"], ["negotiations"]),
    entry("petrarch2:3", "173", ["detain"], ["talks"]),
  ];
  const report = mergeVerbPatterns([dyad, petrarch]);

  it("mergeVerbPatterns keeps the earlier list's code and reports the other as a conflict", () => {
    expect(report.conflicts).toEqual([
      {
        phrase: "hold talks",
        kept: { id: "dyad:1", code: "046" },
        dropped: { id: "petrarch2:1", code: "031" },
      },
      {
        phrase: "detain talks",
        kept: { id: "petrarch2:1", code: "031" },
        dropped: { id: "petrarch2:3", code: "173" },
      },
    ]);
  });

  it("mergeVerbPatterns splits a losing entry so each verb keeps the heads no one else took", () => {
    expect(report.entries.map((e) => [e.id, e.verbs, e.object?.heads])).toEqual([
      ["dyad:1", ["hold"], ["talks", "negotiations"]],
      ["petrarch2:1", ["hold"], ["session"]],
      ["petrarch2:1#2", ["detain"], ["talks", "session"]],
    ]);
  });

  it("mergeVerbPatterns counts a repeat with the same code as a duplicate and drops the emptied entry", () => {
    expect(report.duplicates).toBe(1);
    expect(report.dropped).toBe(2);
  });
});

describe("fromTriggerPattern", () => {
  const classes = { prepositions: new Set(["for", "with"]), particles: new Set(["off", "down"]) };

  it("fromTriggerPattern restates verb ~N object, keeping base forms", () => {
    expect(
      fromTriggerPattern(
        { code: "046", pattern: "hold|holds|holding ~3 talks|negotiations", line: 7 },
        classes,
      ),
    ).toEqual({
      id: "dyad:7",
      verbs: ["hold"],
      code: "046",
      object: { heads: ["talks", "negotiations"] },
      origin: "dyad",
      line: 7,
    });
  });

  it("fromTriggerPattern reads a particle", () => {
    expect(
      fromTriggerPattern({ code: "170", pattern: "crack ~1 down", pos: "verb", line: 1 }, classes),
    ).toMatchObject({
      particle: "down",
    });
  });

  it.each([
    ["a noun trigger", { code: "017", pattern: "wreath", pos: "noun" as const }],
    ["three elements", { code: "0256", pattern: "plead ~4 end ~3 violence" }],
    ["an optional element", { code: "010", pattern: "point ?out" }],
  ])("fromTriggerPattern leaves %s to the surface matcher", (_, record) => {
    expect(fromTriggerPattern({ ...record, line: 1 }, classes)).toBeNull();
  });

  it("describeVerbPhrase writes the phrase PETRARCH-style", () => {
    const phrase = describeVerbPhrase(
      {
        ...entry("p:1", "173", ["issue"]),
        object: { heads: ["warrant"], modifiers: ["arrest"] },
        prepositions: [{ word: "for", object: { role: "target" } }],
      },
      "issue",
    );
    expect(phrase).toBe("issue arrest warrant (for +)");
  });
});
