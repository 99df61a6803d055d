import { beforeAll, describe, expect, it } from "vitest";
import { type Coder, createCoder } from "../../coder/coder.js";

let coder: Coder;
beforeAll(() => {
  coder = createCoder();
});

/** "SOURCE CODE TARGET" for each event of one sentence. */
const triples = (text: string) =>
  coder
    .code({ id: "t", text, date: "2024-05-01" })
    .events.map((e) => `${e.source?.code ?? "-"} ${e.cameo} ${e.target?.code ?? "-"}`);

describe("events stage: which actors carry an event", () => {
  it.each([
    ["a government with no country named", "The government rejected the accusation on Tuesday."],
    ["rebels with no country named", "The rebel fighters agreed to lay down their weapons."],
    ["lawmakers with no country named", "The senate rejected the budget plan."],
  ])("a political role word carries an act alone: %s", (_label, text) => {
    expect(triples(text).length).toBeGreaterThan(0);
  });

  it.each([
    ["police", "Police arrested three men after the match."],
    ["a bare statement", "A senior official said the meeting went well."],
  ])("a local role word or a bare statement by a role word is no event: %s", (_label, text) => {
    expect(triples(text)).toEqual([]);
  });
});
