import { describe, expect, it } from "vitest";
import { winkTagsOfWords } from "./wink-hints.js";

describe("winkTagsOfWords", () => {
  it("gives each treebank word the tag of the wink token with its span", () => {
    const words = ["Iran", "'s", "army", "did", "n't", "withdraw", "from", "the", "town", "."];
    const tags = winkTagsOfWords("Iran's army didn't withdraw from the town.", words);
    expect(tags).toHaveLength(words.length);
    expect(tags[0]).toBe("PROPN");
    expect(tags[2]).toBe("NOUN");
    expect(tags[5]).toBe("VERB");
    expect(tags[9]).toBe("PUNCT");
  });

  it("leaves a word without a wink token of its own span empty ('wanna' split as the treebank does)", () => {
    const words = ["I", "wan", "na", "go", "home", "."];
    const tags = winkTagsOfWords("I wanna go home.", words);
    expect(tags[1]).toBe("");
    expect(tags[2]).toBe("");
    expect(tags[3]).toBe("VERB");
  });

  it("joins the words with spaces when the sentence text is absent", () => {
    // One space between words puts every word on a wink token of its own span ("." included).
    const tags = winkTagsOfWords(undefined, ["Troops", "fired", "on", "protesters", "."]);
    expect(tags.slice(1)).toEqual(["VERB", "ADP", "NOUN", "PUNCT"]);
    expect(tags[0]).not.toBe("");
  });
});
