import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Coder, createCoder } from "../../coder/coder.js";
import { DEFAULT_DATA_DIR } from "../../dictionaries/data-paths.js";
import type { VerbPatternEntry } from "../../dictionaries/schemas.js";
import {
  type CompiledVerbPattern,
  type CompiledVerbPatterns,
  compileVerbPatterns,
} from "../../dictionaries/verb-patterns/compile.js";
import { devFile } from "../../test-helpers/dev-data.js";
import { buildActorSlots } from "./actor-slots.js";
import { matchTriggers } from "./match-triggers.js";
import { matchVerbPatterns } from "./match-verb-patterns.js";
import { mergeTriggerMatches } from "./merge-trigger-matches.js";
import { buildTree, hasParse } from "./sentence-tree.js";

// Sentences are tokenized, tagged and parsed by the shipped model (only sentences naming an actor are
// parsed); the patterns are small fixtures.
let coder: Coder;
beforeAll(() => {
  coder = createCoder({ oneSided: true });
});

let line = 0;
const pattern = (
  verbs: string[],
  code: string | null,
  rest: Partial<VerbPatternEntry> = {},
): VerbPatternEntry => ({
  id: `test:${++line}`,
  verbs,
  code,
  origin: "petrarch2",
  line,
  ...rest,
});

/** The parse of `text`'s first sentence, ready for the matchers. */
function parsed(text: string) {
  const doc = coder.code({ id: "t", text, date: "2024-05-01" });
  const sentence = doc.sentences[0];
  const mentions = doc.actors.filter((m) => m.sentenceIndex === 0);
  const slots = buildActorSlots(doc, sentence, mentions, coder.resources.grammar.coordinators);
  return { doc, tree: buildTree(doc, sentence, slots, coder.resources.grammar) };
}

/** Code and matched words of each verb-pattern match in `text`. */
function match(text: string, lists: { user?: VerbPatternEntry[]; builtIn?: VerbPatternEntry[] }) {
  const { doc, tree } = parsed(text);
  return matchVerbPatterns(tree, compileVerbPatterns(lists)).map((m) => ({
    verb: doc.tokens.text[m.head],
    code: m.trigger?.code ?? null,
    words: m.words.map((w) => doc.tokens.lower[w]).join(" "),
  }));
}

describe("matchVerbPatterns on the parse", () => {
  const hold = pattern(["hold"], "040");
  const holdTalks = pattern(["hold"], "046", { object: { heads: ["talks"] } });

  it("matchVerbPatterns prefers the object-head pattern to the bare verb: hold talks", () => {
    expect(match("Iran held talks with Iraq on Sunday.", { user: [hold, holdTalks] })).toEqual([
      { verb: "held", code: "046", words: "held talks" },
    ]);
    expect(match("Iran held a rally in Tehran on Sunday.", { user: [hold, holdTalks] })).toEqual([
      { verb: "held", code: "040", words: "held" },
    ]);
  });

  it("matchVerbPatterns finds the object across modifiers and needs the named modifier", () => {
    const warrant = pattern(["issue"], "173", { object: { heads: ["warrant"], modifiers: ["arrest"] } });
    expect(
      match("An Iraqi court issued an international arrest warrant for the general.", { user: [warrant] }),
    ).toEqual([{ verb: "issued", code: "173", words: "issued warrant arrest" }]);
    expect(match("An Iraqi court issued a search warrant for the house.", { user: [warrant] })).toEqual([]);
  });

  it("matchVerbPatterns reads a particle: called off", () => {
    const callOff = pattern(["call"], "1246", { particle: "off", object: { heads: ["talks"] } });
    expect(match("Israel called off the talks with Hamas.", { user: [callOff] })).toEqual([
      { verb: "called", code: "1246", words: "called off talks" },
    ]);
    expect(match("Israel called the talks a failure.", { user: [callOff] })).toEqual([]);
  });

  it("matchVerbPatterns reads a preposition with its object and an actor slot", () => {
    const charges = pattern(["file"], "1121", {
      object: { heads: ["charges"] },
      prepositions: [{ word: "against", object: { role: "target" } }],
    });
    expect(match("Prosecutors filed charges against the Iraqi minister.", { user: [charges] })).toEqual([
      { verb: "filed", code: "1121", words: "filed charges against minister" },
    ]);
    // No actor after "against": the pattern's target slot is empty.
    expect(match("Prosecutors filed charges against the decision.", { user: [charges] })).toEqual([]);
  });

  it("matchVerbPatterns reports a null-coded pattern as a verb that codes no event", () => {
    const breath = pattern(["hold"], null, { object: { heads: ["breath"] } });
    expect(match("The world held its breath as Iran voted.", { user: [hold, breath] })).toEqual([
      { verb: "held", code: null, words: "held breath" },
    ]);
  });

  it("matchVerbPatterns lets a user's pattern win over a more specific built-in one", () => {
    const builtIn = pattern(["restore"], "050", { object: { heads: ["ties"], modifiers: ["diplomatic"] } });
    const user = pattern(["restore"], "064", { object: { heads: ["ties"] } });
    const text = "Iran restored diplomatic ties with Saudi Arabia.";
    expect(match(text, { builtIn: [builtIn] })[0].code).toBe("050");
    expect(match(text, { user: [user], builtIn: [builtIn] })[0].code).toBe("064");
  });
});

describe("mergeTriggerMatches", () => {
  const merged = (text: string, user: VerbPatternEntry[]) => {
    const { doc, tree } = parsed(text);
    const surface = matchTriggers(doc, 0, coder.resources.triggers);
    return mergeTriggerMatches(surface, matchVerbPatterns(tree, compileVerbPatterns({ user }))).map(
      (t) => `${doc.tokens.lower[t.head]} ${t.code}`,
    );
  };

  it("mergeTriggerMatches lets a winning null-coded pattern silence the surface trigger of its verb", () => {
    const text = "Iran condemned the killing of civilians.";
    expect(merged(text, [])).toContain("condemned 111");
    const silenced = merged(text, [pattern(["condemn"], null, { object: { heads: ["killing"] } })]);
    expect(silenced.filter((t) => t.startsWith("condemned"))).toEqual([]);
  });

  it("mergeTriggerMatches drops a noun trigger the verb pattern consumed as its object", () => {
    const text = "Iran held talks with Iraq on Sunday.";
    expect(merged(text, [pattern(["hold"], "046", { object: { heads: ["talks"] } })])).toEqual(["held 046"]);
  });
});

describe("verb patterns in the events stage", () => {
  it("a paired code ([032:033]) codes the visit and the hosting of it", () => {
    const base = createCoder({ oneSided: true });
    const arrive = pattern(["arrive"], "032", { reverse_code: "033" });
    const paired = createCoder({
      oneSided: true,
      resources: {
        ...base.resources,
        verbPatterns: compileVerbPatterns({ user: [arrive] }),
      },
    });
    const events = paired
      .code({ id: "t", text: "Vladimir Putin arrived in China on Tuesday.", date: "2024-05-01" })
      .events.map((e) => `${e.source?.code} ${e.cameo} ${e.target?.code}`);
    expect(events).toEqual(expect.arrayContaining(["RUSGOV 032 CHN", "CHN 033 RUSGOV"]));
  });

  it("an imported pattern refines a verb Dyad codes but codes no verb of its own", () => {
    const text =
      "Prime Minister Nawaz Sharif on Monday launched a mediation effort between Qatar and Saudi Arabia.";
    const launch = { ...pattern(["launch"], "020", { object: { heads: ["effort"] } }) };
    const base = createCoder({ oneSided: true });
    const withImport = createCoder({
      oneSided: true,
      resources: { ...base.resources, verbPatterns: compileVerbPatterns({ builtIn: [launch] }) },
    });
    const codes = withImport.code({ id: "t", text, date: "2024-05-01" }).events.map((e) => e.cameo);
    expect(codes).not.toContain("020");
  });

  it("a bare actor object ('call +') is a telephone call only when the verb acts on an actor", () => {
    const call = [pattern(["call"], "041", { object: { role: "target" }, origin: "dyad" })];
    expect(match("Chancellor Olaf Scholz called Emmanuel Macron on Sunday.", { builtIn: call })).toEqual([
      { verb: "called", code: "041", words: "called" },
    ]);
    // Not an actor, a second object or predicative, or a phrasal verb: the verb names or asks, it does not call.
    for (const text of [
      "Chancellor Olaf Scholz called the decision on Sunday.",
      "Chancellor Olaf Scholz called Emmanuel Macron a reliable partner.",
      "Germany called up its army reservists.",
    ])
      expect(match(text, { builtIn: call })).toEqual([]);
  });

  it("the built-in patterns code a call to a leader as 041 and a call for something as no call", () => {
    const codes = (text: string) =>
      coder
        .code({ id: "t", text, date: "2024-05-01" })
        .events.map((e) => `${e.source?.code} ${e.cameo} ${e.target?.code}`);
    expect(codes("Chancellor Olaf Scholz called Emmanuel Macron on Sunday.")).toContain("DEUGOV 041 FRAGOV");
    expect(codes("Chancellor Olaf Scholz called for calm in Gaza.").some((e) => e.includes(" 041 "))).toBe(
      false,
    );
    // A call received is a call with the caller, not an appeal ("call ... on Monday" is no "call on"),
    // and a call with a party is each way (grammar mutual_acts.both_ways).
    expect(codes("Chancellor Olaf Scholz received a phone call from Emmanuel Macron on Monday.")).toEqual([
      "DEUGOV 041 FRAGOV",
      "FRAGOV 041 DEUGOV",
    ]);
  });
});

// The reference article, and the first 300 ConfliBERT sentences when ../shared/dev is there.
const conflibert = devFile("conflibert-cameo-train.jsonl");
const preCheckTexts = [
  readFileSync(join(DEFAULT_DATA_DIR, "..", "examples", "iran-iraq-2022.txt"), "utf8"),
  ...(conflibert
    ? readFileSync(conflibert, "utf8")
        .split("\n")
        .filter((l) => l.trim())
        .slice(0, 300)
        .map((l) => (JSON.parse(l) as { text: string }).text)
    : []),
];

describe("the verb patterns' word pre-check", () => {
  it("sets aside only patterns that could not match: real news matches as with no pre-check", () => {
    const patterns = coder.resources.verbPatterns;
    // The same patterns with every pre-check emptied: each one is then matched on the frame.
    const unchecked = new Map<CompiledVerbPattern, CompiledVerbPattern>();
    const uncheck = (p: CompiledVerbPattern) => {
      const copy = unchecked.get(p) ?? { ...p, needs: [] };
      unchecked.set(p, copy);
      return copy;
    };
    const withoutNeeds: CompiledVerbPatterns = {
      ...patterns,
      byVerb: (word) => patterns.byVerb(word).map(uncheck),
    };
    let matched = 0;
    for (const [i, text] of preCheckTexts.entries()) {
      const doc = coder.code({ id: `t${i}`, text, date: "2022-03-20" });
      for (const sentence of doc.sentences) {
        if (!hasParse(doc, sentence)) continue;
        const mentions = doc.actors.filter((m) => m.sentenceIndex === sentence.index);
        const slots = buildActorSlots(doc, sentence, mentions, coder.resources.grammar.coordinators);
        const tree = buildTree(doc, sentence, slots, coder.resources.grammar);
        const checked = matchVerbPatterns(tree, patterns);
        expect(checked).toEqual(matchVerbPatterns(tree, withoutNeeds));
        matched += checked.length;
      }
    }
    expect(matched).toBeGreaterThan(conflibert ? 50 : 1);
    // Most patterns name a word: "express * sorrow" cannot match without "sorrow".
    const named = patterns.byVerb("express").filter((p) => p.needs.length > 0);
    expect(named.length).toBeGreaterThan(50);
  });
});
