import { describe, expect, it } from "vitest";
import { patternSequence } from "./pattern-sequence.js";
import { readTabariVerbs } from "./verbs-file.js";

const { synsets } = readTabariVerbs(
  ["&NEG", "+DID N'T", "+WILL_NOT", "", "&TIES", "+MILITARY", "+ECONOMIC", "", "--- X [010] ---", "X"].join(
    "\n",
  ),
  "mem.txt",
);

describe("patternSequence", () => {
  it("patternSequence reads words before and after the verb, `_` as adjacency", () => {
    expect(patternSequence("MOST_CERTAINLY_&NEG_EVER * OVER EFFORTS", synsets)).toEqual({
      upper: [
        { words: ["most"], joined: true },
        { words: ["certainly"], joined: true },
        { words: ["did n't", "will not"], joined: true },
        { words: ["ever"] },
      ],
      lower: [{ words: ["over"] }, { words: ["efforts"] }],
    });
  });

  it("patternSequence joins a word to the verb and a synset between words", () => {
    expect(patternSequence("IN_* NEW_&TIES_RELATIONS", synsets)).toEqual({
      upper: [{ words: ["in"], joined: true }],
      lower: [
        { words: ["new"] },
        { words: ["military", "economic"], joined: true },
        { words: ["relations"], joined: true },
      ],
    });
    expect(patternSequence("*_OUT", synsets)?.lower).toEqual([{ words: ["out"], joined: true }]);
  });

  it("patternSequence keeps markers and drops brackets", () => {
    expect(patternSequence("+ * (FROM) $", synsets)).toEqual({
      upper: [{ marker: "+" }],
      lower: [{ words: ["from"] }, { marker: "$" }],
    });
    expect(patternSequence("NO VERB HERE", synsets)).toBeNull();
  });
});
