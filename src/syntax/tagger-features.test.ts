import { describe, expect, it } from "vitest";
import { winkTagsOfWords } from "../stages/tokenize/index.js";
import { featureKey } from "./hash.js";
import {
  afterName,
  HINT_TAGGER_FEATURES,
  hintTaggerFeatures,
  lexicalTagFeatures,
} from "./tagger-features.js";
import { hintHashes, PAD_WORD, wordFeatures } from "./word-features.js";

/** The hint keys of the first `word` of a sentence, with wink-nlp's tags as the coder gives them. */
function hintKeysOf(text: string, word: string): { keys: Uint32Array; hint: string } {
  const forms = text.replace(/\.$/, " .").split(" ");
  const hints = winkTagsOfWords(text, forms);
  const at = forms.indexOf(word);
  const keys = new Uint32Array(HINT_TAGGER_FEATURES);
  hintTaggerFeatures(wordFeatures(forms, hints), at, keys, 0);
  return { keys, hint: hints[at] };
}

describe("the tagger's hint features", () => {
  it("let a preposition-tagged subordinator see the verb after its noun phrase", () => {
    // wink tags "after" ADP in both; only what follows the noun phrase tells the clause apart.
    const clause = hintKeysOf("Troops opened fire after protesters threw stones.", "after");
    const phrase = hintKeysOf("Troops opened fire after the police arrested two men.", "after");
    const noun = hintKeysOf("Troops opened fire after the talks in Doha.", "after");
    expect([clause.hint, phrase.hint, noun.hint]).toEqual(["ADP", "ADP", "ADP"]);
    // The word-with-hint key (slot 5) differs between a clause and a phrase followed by a preposition.
    expect(clause.keys[5]).not.toBe(noun.keys[5]);
    // "the police arrested" is a clause too: the same key as "protesters threw".
    expect(phrase.keys[5]).toBe(clause.keys[5]);
    // The hint alone (slot 0) is the same for all three.
    expect(clause.keys[0]).toBe(noun.keys[0]);
  });

  it("leave the keys of other words as the word with its hint alone", () => {
    const { keys, hint } = hintKeysOf("Troops opened fire after protesters threw stones.", "threw");
    expect(hint).toBe("VERB");
    expect(keys[5]).toBe(featureKey(45, wordFeatures(["threw"]).lower[0], hintHashes([hint])[0]));
  });
});

describe("the keys of a word in -s after a name", () => {
  /** The left-tag keys of `word` in `text`, with wink-nlp's tags as hints or without hints. */
  const leftKeys = (text: string, word: string, withHints: boolean) => {
    const forms = text.replace(/\.$/, " .").split(" ");
    const words = wordFeatures(forms, withHints ? winkTagsOfWords(text, forms) : undefined);
    const out = new Uint32Array(8);
    return lexicalTagFeatures(words, forms.indexOf(word), 0, null, out, 0);
  };

  it("add two keys to a headline verb after a name (news tune sentences)", () => {
    expect(leftKeys("Venezuela releases dozens of political activists.", "releases", true)).toBe(5);
    expect(leftKeys("Angela Merkel kicks off her re-election drive on Tuesday.", "kicks", true)).toBe(5);
    // A tagger without hints reads the three keys it always read.
    expect(leftKeys("Venezuela releases dozens of political activists.", "releases", false)).toBe(3);
  });

  it("leave other words alone: after a common noun, a word in -ss or 's", () => {
    expect(leftKeys("The government releases dozens of political activists.", "releases", true)).toBe(3);
    expect(leftKeys("The Venezuelan press reported the release.", "press", true)).toBe(3);
  });

  it("read the hint of the word before the name: a subordinator tells a clause from a compound", () => {
    const forms = "as Prime Minister Boris Johnson tries to control a second wave".split(" ");
    const hints = winkTagsOfWords(forms.join(" "), forms);
    const words = wordFeatures(forms, hints);
    expect(afterName(words, words.hint as Uint32Array, forms.indexOf("tries"))).toBe(
      hintHashes([hints[0]])[0],
    );
    const start = wordFeatures(["Venezuela", "releases"], ["PROPN", "NOUN"]);
    expect(afterName(start, start.hint as Uint32Array, 1)).toBe(PAD_WORD);
  });
});
