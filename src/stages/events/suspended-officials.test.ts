import { describe, expect, it } from "vitest";
import { eventTriples as triples } from "../../test-helpers/event-triples.js";

describe("suspending officials or staff is an administrative sanction (172)", () => {
  it.each([
    [
      "The Kenyan interior ministry suspended three police officers over the killing of a protester.",
      "KENGOV 172 KENCOP",
    ],
    ["Pakistan's chief justice suspended two court clerks and launched an inquiry.", "PAKJUD 172 PAKJUD"],
  ])("%s", (text, expected) => {
    expect(triples(text)[0]).toBe(expected);
  });
});
