import { describe, expect, it } from "vitest";
import { buildActorLexicon } from "./actor-lexicon.js";

const lexicon = buildActorLexicon({
  countries: [],
  people: [],
  organizations: [],
  agents: [
    { phrase: "head of state", sector: "GOV" },
    { phrase: "prisoners of war", sector: "MIL" },
    { phrase: "militia", sector: "UAF" },
  ] as Parameters<typeof buildActorLexicon>[0]["agents"],
});

describe("actor lexicon role-word number", () => {
  it.each([
    ["heads of state", true],
    ["head of states", false],
    ["prisoners of war", true],
    ["prisonerses of war", false],
    ["militias", true],
  ])("finds %s: %s", (phrase, found) => {
    expect(lexicon.folded.has(phrase)).toBe(found);
  });
});
