import { describe, expect, it } from "vitest";
import { eventTriples as triples } from "../src/test-helpers/event-triples.js";

describe("stationing weapons of mass destruction is no use of them (patterns 204)", () => {
  it.each([
    "Russia has deployed tactical nuclear weapons in Belarus, Putin said.",
    "Russia reportedly deployed nuclear weapons to Belarus.",
    "The United States deployed nuclear weapons to Britain for the first time since 2008.",
  ])("%s", (text) => {
    expect(triples(text).filter((t) => / 204\d? /.test(t))).toEqual([]);
  });

  it("still codes their use", () => {
    expect(triples("Syrian forces used chemical weapons in Douma, investigators said.")).toContain("SYRMIL 204 -");
  });
});
