import { expect } from "vitest";
import { type Coder, createCoder } from "../coder/coder.js";
import type { EventActor, EventRecord } from "../model/document.js";

let shared: Coder | undefined;

/**
 * The default coder with every act kept (`oneSided`), built once per test file on first use (it
 * loads the dictionaries and the model): the rule tests read what the stages code, one-sided acts
 * included; the output policy (dyadic events only) has its own tests (test/dyadic.test.ts).
 */
export function defaultCoder(): Coder {
  shared ??= createCoder({ oneSided: true });
  return shared;
}

/**
 * "SOURCE CODE TARGET" for each event of one sentence, dated 2024-05-01 so that dated offices resolve;
 * with `targetWords`, the target's words follow in brackets ("IRN 190 IRQ(Erbil)").
 */
export function eventTriples(text: string, options: { targetWords?: boolean } = {}): string[] {
  return defaultCoder()
    .code({ id: "t", text, date: "2024-05-01" })
    .events.map((e) => {
      const triple = `${e.source?.code ?? "-"} ${e.cameo} ${e.target?.code ?? "-"}`;
      return options.targetWords ? `${triple}(${e.target?.text ?? ""})` : triple;
    });
}

/** The events of one text coded by the default coder on `date` (dated offices and codes resolve on it). */
export function codeEvents(text: string, date = "2024-05-01"): EventRecord[] {
  return defaultCoder().code({ id: "t", text, date }).events;
}

/** 'SOURCE CODE TARGET "trigger"' for each event, joined: a failing assertion's message. */
export function showEvents(events: readonly EventRecord[]): string {
  return events
    .map((e) => `${e.source?.code ?? "-"} ${e.cameo} ${e.target?.code ?? "-"} "${e.trigger.text}"`)
    .join("; ");
}

/**
 * Whether an event's actor fits a probe's pattern: a country ("UKR"), a code prefix ("UKRCVL"), "-"
 * (none), "*" (any) or "?" (one with no country, not an international body). The news-probe tests state their expectations with it.
 */
export function actorFits(pattern: string, actor: EventActor | null): boolean {
  if (pattern === "*") return true;
  if (pattern === "-") return actor === null;
  if (actor === null) return false;
  if (pattern === "?") return actor.country === null && !/^(IGO|NGO|IMG|MNC)/.test(actor.code);
  return pattern.length === 3
    ? (actor.country ?? actor.code.slice(0, 3)) === pattern
    : actor.code.startsWith(pattern);
}

/** "SOURCE CODE TARGET" (actor patterns as {@link actorFits}): the event's CAMEO code starts with CODE and its actors fit. */
export function eventFits(expected: string, event: EventRecord): boolean {
  const [source, code, target] = expected.split(/\s+/);
  return event.cameo.startsWith(code) && actorFits(source, event.source) && actorFits(target, event.target);
}

/** Asserts that the coder gives `text` an event fitting "SOURCE CODE TARGET" ({@link eventFits}). */
export function expectEvent(text: string, expected: string, date?: string): void {
  const events = codeEvents(text, date);
  expect(
    events.some((e) => eventFits(expected, e)),
    `${expected} in\n${showEvents(events)}`,
  ).toBe(true);
}

/** Asserts that the coder gives `text` no event fitting "SOURCE CODE TARGET". */
export function expectNoEvent(text: string, unexpected: string, date?: string): void {
  const events = codeEvents(text, date);
  expect(
    events.some((e) => eventFits(unexpected, e)),
    `no ${unexpected} in\n${showEvents(events)}`,
  ).toBe(false);
}

const FACTUAL = new Set(["asserted", "claimed"]);

/** The factual (asserted or claimed) events of one text, dated 2024-05-01. */
export function factualEvents(text: string): EventRecord[] {
  return codeEvents(text).filter((e) => FACTUAL.has(e.status));
}

/** Asserts that `text` has a factual event fitting each "SOURCE CODE TARGET" of `expected`. */
export function expectAllFactual(text: string, expected: readonly string[]): void {
  const events = factualEvents(text);
  for (const tuple of expected)
    expect(
      events.some((e) => eventFits(tuple, e)),
      `${tuple}: ${showEvents(events)}`,
    ).toBe(true);
}

/** Asserts that `text` has no factual event fitting any "SOURCE CODE TARGET" of `unwanted`. */
export function expectNoneFactual(text: string, unwanted: readonly string[]): void {
  const events = factualEvents(text);
  for (const tuple of unwanted)
    expect(
      events.some((e) => eventFits(tuple, e)),
      `${tuple}: ${showEvents(events)}`,
    ).toBe(false);
}
