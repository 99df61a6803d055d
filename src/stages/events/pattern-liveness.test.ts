import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { codeEvents } from "../../test-helpers/event-triples.js";
import type { TriggerPatternLine } from "./trigger-patterns.js";

/**
 * Every event pattern line must be able to fire: the simplest phrase its words spell (the first
 * alternative of each element, optional words and gaps dropped), said by Iran of Iraq in a few plain
 * frames, must give an event with the line's code (or, for a root's bare code "080", any code of that
 * root). A line that cannot is dead: an actor word heading it that swallowed the match, a word required
 * where it should be optional, or a line shadowed by another with the same words and another code.
 */
const PATTERNS = fileURLToPath(new URL("../../../data/patterns/v2026.11/events.jsonl", import.meta.url));

/**
 * Lines that cannot fire in a bare phrase for a reason that is right, keyed "code pattern".
 * A new dead line fails the test; a line here that starts to fire fails it too (drop it from the list).
 */
const ALLOWED_DEAD = new Map<string, string>([
  // The word is itself an actor (the dictionaries code it CVL, UAF, CRM, MIL, PKO): in "protesters
  // marched" or "gunmen killed" the actor is the source and the verb is the event, so the noun's own
  // line only fires where the dictionaries do not know the word.
  ...[
    "141 protester|protesters|protestor|protestors",
    "141 demonstrator|demonstrators",
    "145 rioter|rioters",
    "145 mob",
    "180 gunman|gunmen",
    "180 assailant|assailants",
    "180 attacker|attackers",
    "181 kidnapper|kidnappers",
    "181 hostage|hostages",
    "194 artillery",
    "195 warplane|warplanes",
    "195 gunship|gunships",
    "074 peacekeeper|peacekeepers",
  ].map((key) => [key, "an actor noun"] as const),
  // Multi-word actor nouns headed the same way: the whole phrase is the actor.
  ...[
    "074 peacekeeping ~1 force|forces|mission|troops|operation|operations|contingent",
    "195 fighter ~1 jet|jets|planes|plane|bomber|bombers",
    "195 helicopter ~1 gunship|gunships",
  ].map((key) => [key, "an actor phrase"] as const),
  // An act named by a noun that codes only as the thing a verb is done to or with: "denounced the
  // waterboarding of prisoners" is the denunciation (111),
  // "placed its army on alert" the alert line, "announced the downing of a drone" codes the downing.
  ...["182 ill - treatment", "1822 waterboarding", "152 alert", "190 downing"].map(
    (key) => [key, "needs its verb"] as const,
  ),
  // Hyphenated verbs the tokenizer splits ("de - escalate") and the tagger does not read as verbs in
  // a bare frame; "called for de-escalation" codes the appeal (0256), which is right.
  ...["087 de-escalate", "087 de - escalate", "087 de - escalation"].map((key) => [key, "tagging"] as const),
  // Bare verb forms the tagger reads as nouns after "will"; their inflected forms code ("Iran conscripted
  // Iraqi men" 154, "Iran unbanned the Iraqi party" 0812).
  ...["0812 unban", "154 conscript"].map((key) => [key, "tagging"] as const),
  // A party welcomed is hosted ("welcome +", 043); the bare verb codes welcoming a decision or a move
  // (051: "welcomed the ceasefire"), which the frames' party objects never are.
  ["051 welcome", "a party object is a hosted visit"],
]);

/** Codes an event may carry for the line to count as fired: its own, or any of its root for "080". */
function fits(lineCode: string, eventCode: string): boolean {
  if (eventCode === lineCode || eventCode.startsWith(lineCode)) return true;
  return lineCode.length === 3 && lineCode.endsWith("0") && eventCode.startsWith(lineCode.slice(0, 2));
}

/**
 * The simplest phrases a pattern spells: the first alternative of each element after the head, with
 * each of the head's alternatives (a line listing "fire|fired" is read by its inflected form too);
 * with `object`, "Iraq on" fills the first gap after the head ("press Iraq on military cooperation").
 */
function phrases(pattern: string, object: boolean): string[] {
  const [head, ...rest] = pattern.split(/\s+/);
  const words: string[] = [];
  for (const element of rest) {
    if (/^~\d+$/.test(element)) {
      if (object && words.length === 0) words.push("Iraq on");
    } else if (!element.startsWith("?")) words.push(element === "+" ? "Iraq" : element.split("|")[0]);
  }
  return head.split("|").map((word) => [word, ...words].join(" "));
}

const FRAMES = [
  (p: string) => `Iran ${p} Iraq.`,
  (p: string) => `Iran ${p} with Iraq.`,
  (p: string) => `Iran ${p} at Iraq.`,
  (p: string) => `Iran will ${p} Iraq.`,
  (p: string) => `Iran has ${p} Iraq.`,
  (p: string) => `Iran agreed to ${p} Iraq.`,
  (p: string) => `Iran ordered a ${p} against Iraq.`,
  (p: string) => `Iran announced a ${p} in Iraq.`,
  (p: string) => `Iran announced the ${p} of Iraq.`,
  (p: string) => `The ${p} by Iran against Iraq continued.`,
  (p: string) => `Iran will ${p} Iraqi forces.`,
];

/** Whether some frame of the line's phrase codes an event with its code; else what the frames gave. */
function fires(line: TriggerPatternLine & { code: string }): true | string {
  const tried: string[] = [];
  for (const p of new Set([...phrases(line.pattern, false), ...phrases(line.pattern, true)])) {
    for (const frame of FRAMES) {
      const text = frame(p);
      const events = codeEvents(text);
      if (events.some((e) => fits(line.code, e.cameo))) return true;
      if (tried.length < 2) tried.push(`${text} => ${events.map((e) => e.cameo).join(",") || "none"}`);
    }
  }
  return tried.join(" | ");
}

describe("every event pattern line can fire (issue 9)", () => {
  const lines = readFileSync(PATTERNS, "utf8")
    .split("\n")
    .flatMap((text, index) =>
      text.trim() ? [{ line: index + 1, entry: JSON.parse(text) as TriggerPatternLine }] : [],
    );

  it("codes the simplest phrase of each line with the line's code, except the commented allow-list", () => {
    const dead: string[] = [];
    const revived: string[] = [];
    for (const { line, entry } of lines) {
      // A no-event line (code null: "signed X into law") silences its verb; it has no code to fire.
      if (entry.code === null) continue;
      const key = `${entry.code} ${entry.pattern}`;
      const result = fires({ ...entry, code: entry.code });
      if (result === true) {
        if (ALLOWED_DEAD.has(key)) revived.push(`line ${line}: ${key}`);
      } else if (!ALLOWED_DEAD.has(key)) dead.push(`line ${line}: ${key}  [${result}]`);
    }
    expect(dead, `dead pattern lines:\n${dead.join("\n")}`).toEqual([]);
    expect(revived, `allow-listed lines that now fire:\n${revived.join("\n")}`).toEqual([]);
  }, 120_000);
});
