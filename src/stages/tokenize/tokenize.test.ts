import { describe, expect, it } from "vitest";
import { createDoc } from "../../model/document.js";
import { tokenizeDoc } from "./tokenize.js";

describe("tokenize", () => {
  it("gives tokens character offsets into the original text, curly quotes included", () => {
    const text = "Iraq had protested Irani’s military action. Iran’s IRGC struck Erbil.";
    const doc = createDoc({ id: "t", text });
    tokenizeDoc(doc);
    for (let i = 0; i < doc.tokens.length; i++) {
      expect(text.slice(doc.tokens.start[i], doc.tokens.end[i])).toBe(doc.tokens.text[i]);
    }
    expect(doc.sentences).toHaveLength(2);
    expect(text.slice(doc.sentences[1].span.start, doc.sentences[1].span.end)).toBe(
      "Iran’s IRGC struck Erbil.",
    );
  });

  it("keeps line breaks out of the tokens and out of the sentences, offsets intact", () => {
    const text = "Iran condemned the attack.\n\nIraq left.\n";
    const doc = createDoc({ id: "t", text });
    tokenizeDoc(doc);
    expect(doc.tokens.text).toEqual(["Iran", "condemned", "the", "attack", ".", "Iraq", "left", "."]);
    expect(doc.sentences.map((s) => text.slice(s.span.start, s.span.end))).toEqual([
      "Iran condemned the attack.",
      "Iraq left.",
    ]);
    expect(doc.tokens.spaceBefore[5]).toBe(1);
  });

  it("reads an unsplit contraction wink gives no lemma for ('dont') as its own lemma", () => {
    const doc = createDoc({
      id: "t",
      text: "Going back after graduating you get a discount on services nope you dont.",
    });
    tokenizeDoc(doc);
    const at = doc.tokens.text.indexOf("dont");
    expect(at).toBeGreaterThan(0);
    expect(doc.tokens.lemma[at]).toBe("dont");
  });

  it("lower-cases lemmas", () => {
    const doc = createDoc({ id: "t", text: "The Islamic Republic condemned the strikes." });
    tokenizeDoc(doc);
    expect(doc.tokens.lemma).toContain("republic");
    expect(doc.tokens.lemma).toContain("condemn");
  });
});

describe("tokenize: letters beyond Latin-1", () => {
  it("keeps 'Erdoğan' and 'Babiš' as one token each, with their original spelling", () => {
    const doc = createDoc({ id: "t", text: "Erdoğan will meet Babiš in Łódź." });
    tokenizeDoc(doc);
    expect(doc.tokens.text.slice(0, 5)).toEqual(["Erdoğan", "will", "meet", "Babiš", "in"]);
    expect(doc.tokens.pos[0]).toBe("PROPN");
    expect(doc.tokens.text[5]).toBe("Łódź");
  });
});
