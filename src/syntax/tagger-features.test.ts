import { describe, expect, it } from "vitest";
import { winkTagsOfWords } from "../stages/tokenize/index.js";
import { featureKey } from "./hash.js";
import { HINT_TAGGER_FEATURES, hintTaggerFeatures } from "./tagger-features.js";
import { hintHashes, wordFeatures } from "./word-features.js";

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
