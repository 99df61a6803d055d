import { beforeAll, describe, expect, it } from "vitest";
import { type Coder, createCoder } from "../../coder/coder.js";
import { taggerKnowsName, titleCaseWords } from "./title-case.js";

// Headlines from the tune parts of the annotated news and ConfliBERT sets.
let coder: Coder;
beforeAll(() => {
  coder = createCoder({ oneSided: true });
});

/** The words `titleCaseWords` gives the first sentence of `text` (with the coder's actors), or null. */
function lowered(text: string): string[] | null {
  const doc = coder.code({ id: "t", text, date: "2024-05-01" });
  const sentence = doc.sentences[0];
  const forms = doc.tokens.text.slice(sentence.tokenStart, sentence.tokenEnd);
  const tagger = coder.resources.syntax.tagger;
  return titleCaseWords(doc, sentence, forms, (word) => taggerKnowsName(tagger, word))?.forms ?? null;
}

describe("title-case headlines", () => {
  it("are read with their common words lower-cased, acronyms and names kept", () => {
    const words = lowered("More Than A Dozen GOP State Lawmakers Attended Rally That Gave Way To Riots");
    // "GOP State Lawmakers" is one name the dictionaries know.
    expect(words?.join(" ")).toBe(
      "More than a dozen GOP State Lawmakers attended rally that gave way to riots",
    );
  });

  it("keep the names the dictionaries know and the tagger learnt", () => {
    const words = lowered(
      "Mario Draghi, Credited With Saving The Euro, Tapped To Form A New Government In Italy",
    );
    expect(words?.join(" ")).toContain("Mario Draghi , credited with saving the");
    expect(words?.at(-1)).toBe("Italy");
  });

  it("leave running text alone, however many names it holds", () => {
    expect(
      lowered(
        "Theresa May has met German Chancellor Angela Merkel at a summit in Estonia in a bid to push for progress.",
      ),
    ).toBeNull();
    expect(lowered("Venezuela releases dozens of political activists.")).toBeNull();
  });
});
