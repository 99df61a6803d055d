import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nounClass, posClass, readWordClassFile, verbClass, WordClasses } from "./word-classes.js";

const classes = new WordClasses(
  readWordClassFile(readFileSync("data/lexicon/v2026.12/wordnet-classes.txt", "utf8")),
);
/** Lexicographer file numbers of WordNet's lexnames, as the classes hold them (file − 2, file − 28). */
const NOUN_GROUP = 14 - 2;
const NOUN_LOCATION = 15 - 2;
const VERB_COMPETITION = 33 - 28;

describe("WordNet word classes", () => {
  it("gives a news verb the treebank never shows its class through its inflection", () => {
    // "shelled": an adjective as a form ("shelled peanuts"), a verb only as an inflection of "shell".
    const shelled = classes.classOf("shelled");
    expect(posClass(shelled) & 15).toBe(4);
    expect(posClass(shelled) >> 4).toBe(2);
    expect(verbClass(shelled)).toBe(VERB_COMPETITION);
    expect(posClass(classes.classOf("detonated")) >> 4).toBe(2);
    // A doubled consonant, which WordNet lists among its exceptions.
    expect(posClass(classes.classOf("stopped")) >> 4).toBe(2);
  });

  it("gives an irregular past form its verb class, which no suffix rule reaches", () => {
    // "fought" is no WordNet lemma; "shot" is one only as a noun and an adjective.
    expect(posClass(classes.classOf("fought"))).toBe(2 << 4);
    const shot = classes.classOf("shot");
    expect(posClass(shot) & 15).toBe(1 | 4);
    expect(posClass(shot) >> 4).toBe(2);
    expect(verbClass(shot)).toBeGreaterThan(0);
    expect(posClass(classes.classOf("children")) >> 4).toBe(1);
  });

  it("reads a plural as noun and verb, with the supersense of each", () => {
    const troops = classes.classOf("troops");
    expect(posClass(troops) >> 4).toBe(3);
    expect(nounClass(troops)).toBe(NOUN_GROUP);
    expect(nounClass(classes.classOf("baghdad"))).toBe(NOUN_LOCATION);
  });

  it("gives function words and unknown forms no class", () => {
    expect(classes.classOf("the")).toBe(0);
    expect(classes.classOf("of")).toBe(0);
    expect(classes.classOf("xqzzyv")).toBe(0);
  });

  it("names the line of a malformed entry", () => {
    expect(() => readWordClassFile("# header\nshell\tnv\t06\t33\n")).toThrow(/line 2/);
  });
});
