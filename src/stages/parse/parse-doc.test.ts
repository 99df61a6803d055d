import { describe, expect, it } from "vitest";
import { createCoder } from "../../coder/coder.js";
import { createSyntaxParser } from "../../coder/syntax-parser.js";
import { DEFAULT_DATA_DIR } from "../../dictionaries/data-paths.js";
import { syntaxModelPath } from "../../dictionaries/load-resources.js";
import { createDoc, type Doc } from "../../model/document.js";
import { createPipeline } from "../../pipeline/pipeline.js";
import { SyntaxAnalyzer } from "../../syntax/analyzer.js";
import { loadSyntaxModel } from "../../syntax/syntax-model.js";
import { tokenizeStage } from "../tokenize/index.js";
import { createParseStage } from "./parse-doc.js";

/** An arc the parse must contain: `dependent` attaches to `head` with `label` (words as written; first occurrence). */
type Arc = [dependent: string, label: string, head: string];

/**
 * News sentences with a known structure: the relations the event coder will read, labelled as UD
 * English EWT labels them (EWT makes the addressee of "urge/ask X to" an `iobj`).
 */
const CASES: { kind: string; text: string; arcs: Arc[]; miss?: string }[] = [
  {
    kind: "passive with a by-agent",
    text: "The embassy was attacked by protesters on Sunday.",
    arcs: [
      ["embassy", "nsubj:pass", "attacked"],
      ["was", "aux:pass", "attacked"],
      ["protesters", "obl:agent", "attacked"],
      ["by", "case", "protesters"],
    ],
  },
  {
    kind: "passive with a by-agent",
    text: "Two soldiers were killed by a roadside bomb in Kandahar.",
    arcs: [
      ["soldiers", "nsubj:pass", "killed"],
      ["bomb", "obl:agent", "killed"],
    ],
  },
  {
    kind: "passive with a by-agent",
    text: "The talks were hosted by Qatar.",
    arcs: [
      ["talks", "nsubj:pass", "hosted"],
      ["Qatar", "obl:agent", "hosted"],
    ],
  },
  {
    kind: "coordinated subjects",
    text: "Iran and Iraq signed a security agreement.",
    arcs: [
      ["Iran", "nsubj", "signed"],
      ["Iraq", "conj", "Iran"],
      ["and", "cc", "Iraq"],
      ["agreement", "obj", "signed"],
    ],
  },
  {
    kind: "coordinated subjects",
    text: "France and Germany condemned the attack.",
    arcs: [
      ["France", "nsubj", "condemned"],
      ["Germany", "conj", "France"],
      ["attack", "obj", "condemned"],
    ],
  },
  {
    kind: "coordinated objects",
    text: "Russia sent weapons and ammunition to the rebels.",
    arcs: [
      ["Russia", "nsubj", "sent"],
      ["weapons", "obj", "sent"],
      ["ammunition", "conj", "weapons"],
    ],
  },
  {
    kind: "coordinated objects",
    text: "The president met the prime minister and the foreign minister.",
    arcs: [
      ["president", "nsubj", "met"],
      ["minister", "obj", "met"],
    ],
  },
  {
    kind: "relative clause",
    text: "The soldiers who attacked the village were arrested.",
    arcs: [
      ["attacked", "acl:relcl", "soldiers"],
      ["who", "nsubj", "attacked"],
      ["village", "obj", "attacked"],
      ["soldiers", "nsubj:pass", "arrested"],
    ],
    miss: "greedy parse makes 'village' a second subject of 'arrested' (the relative clause itself is right)",
  },
  {
    kind: "relative clause",
    text: "Police arrested the man who threatened the mayor.",
    arcs: [
      ["man", "obj", "arrested"],
      ["threatened", "acl:relcl", "man"],
      ["mayor", "obj", "threatened"],
    ],
  },
  {
    kind: "reported speech",
    text: "The minister said that Iran would retaliate.",
    arcs: [
      ["minister", "nsubj", "said"],
      ["retaliate", "ccomp", "said"],
      ["Iran", "nsubj", "retaliate"],
      ["that", "mark", "retaliate"],
    ],
  },
  {
    kind: "reported speech",
    text: "Officials said the army had withdrawn from the town.",
    arcs: [
      ["Officials", "nsubj", "said"],
      ["withdrawn", "ccomp", "said"],
      ["army", "nsubj", "withdrawn"],
    ],
  },
  {
    kind: "control verb",
    text: "The United Nations urged Iran to inform the inspectors.",
    arcs: [
      ["urged", "root", "ROOT"],
      ["Iran", "iobj", "urged"],
      ["inform", "xcomp", "urged"],
      ["to", "mark", "inform"],
      ["inspectors", "obj", "inform"],
    ],
    miss: "heads right, labels not: Iran obj (EWT: iobj), inform advcl (EWT: xcomp)",
  },
  {
    kind: "control verb",
    text: "Washington asked Israel to halt the strikes.",
    arcs: [
      ["Israel", "iobj", "asked"],
      ["halt", "xcomp", "asked"],
      ["strikes", "obj", "halt"],
    ],
  },
  {
    kind: "control verb",
    text: "The rebels agreed to release the hostages.",
    arcs: [
      ["rebels", "nsubj", "agreed"],
      ["release", "xcomp", "agreed"],
      ["hostages", "obj", "release"],
    ],
  },
  {
    kind: "nominal with a possessive agent",
    text: "Iran's missile strikes killed ten people.",
    arcs: [
      ["Iran", "nmod:poss", "strikes"],
      ["'s", "case", "Iran"],
      ["missile", "compound", "strikes"],
      ["strikes", "nsubj", "killed"],
      ["people", "obj", "killed"],
    ],
  },
  {
    kind: "nominal with a possessive agent",
    text: "The government condemned Israel's occupation of the territories.",
    arcs: [
      ["Israel", "nmod:poss", "occupation"],
      ["occupation", "obj", "condemned"],
    ],
  },
  {
    kind: "negation and auxiliaries",
    text: "The army didn't attack the city.",
    arcs: [
      ["did", "aux", "attack"],
      ["n't", "advmod", "attack"],
      ["army", "nsubj", "attack"],
      ["city", "obj", "attack"],
    ],
  },
  {
    kind: "abbreviation",
    text: "The U.S. imposed sanctions on Venezuela.",
    arcs: [
      ["U.S.", "nsubj", "imposed"],
      ["sanctions", "obj", "imposed"],
      ["Venezuela", "obl", "imposed"],
    ],
  },
  {
    kind: "hyphenated compound",
    text: "Rebels seized a well-guarded base.",
    arcs: [
      ["Rebels", "nsubj", "seized"],
      ["base", "obj", "seized"],
    ],
  },
  {
    kind: "oblique and indirect object",
    text: "China gave Pakistan a loan.",
    arcs: [
      ["China", "nsubj", "gave"],
      ["Pakistan", "iobj", "gave"],
      ["loan", "obj", "gave"],
    ],
  },
  {
    kind: "copula",
    text: "The ceasefire is fragile.",
    arcs: [
      ["ceasefire", "nsubj", "fragile"],
      ["is", "cop", "fragile"],
    ],
  },
  {
    kind: "adverbial clause",
    text: "Troops opened fire after protesters threw stones.",
    arcs: [
      ["Troops", "nsubj", "opened"],
      ["threw", "advcl", "opened"],
      ["after", "mark", "threw"],
      ["protesters", "nsubj", "threw"],
    ],
  },
  {
    kind: "prepositional object",
    text: "Turkey accused Greece of violating its airspace.",
    arcs: [
      ["Turkey", "nsubj", "accused"],
      ["Greece", "obj", "accused"],
      ["violating", "advcl", "accused"],
      ["airspace", "obj", "violating"],
    ],
    miss: "'of violating' attaches to Greece as acl",
  },
  {
    kind: "two sentences",
    text: "Kenya deployed police to Haiti. The mission began in June.",
    arcs: [
      ["police", "obj", "deployed"],
      ["mission", "nsubj", "began"],
      ["June", "obl", "began"],
    ],
  },
  // src/syntax/clause-repairs.ts: the parser reads "after" as a preposition on the clause's subject.
  {
    kind: "subordinate clause with its own subject",
    text: "Peru recalled its ambassador after Mexican officials criticised the vote.",
    arcs: [
      ["officials", "nsubj", "criticised"],
      ["after", "mark", "criticised"],
      ["criticised", "advcl", "recalled"],
    ],
  },
  {
    kind: "subordinate clause with its own subject",
    text: "The minister resigned on Friday after armed protesters occupied the ministry.",
    arcs: [
      ["protesters", "nsubj", "occupied"],
      ["after", "mark", "occupied"],
      ["occupied", "advcl", "resigned"],
    ],
  },
  {
    kind: "subordinate clause with its own subject",
    text: "Shops closed in the capital as rebel fighters approached the city.",
    arcs: [
      ["fighters", "nsubj", "approached"],
      ["as", "mark", "approached"],
    ],
  },
  {
    kind: "a preposition stays one before a participle",
    text: "The talks resumed after the meeting held in Geneva last week.",
    arcs: [["after", "case", "meeting"]],
  },
  // src/syntax/clause-repairs.ts: violent past forms the tagger reads as nouns after a subject.
  {
    kind: "a violent verb the tagger took for a noun",
    text: "Israeli jets struck weapons depots near Aleppo on Sunday.",
    arcs: [
      ["jets", "nsubj", "struck"],
      ["struck", "root", "ROOT"],
      ["depots", "obj", "struck"],
    ],
  },
  {
    kind: "a violent verb the tagger took for a noun",
    text: "Security forces shot protesters in Khartoum on Sunday.",
    arcs: [
      ["forces", "nsubj", "shot"],
      ["protesters", "obj", "shot"],
    ],
  },
];

const pipeline = createPipeline([
  tokenizeStage,
  createParseStage(new SyntaxAnalyzer(loadSyntaxModel(syntaxModelPath(DEFAULT_DATA_DIR)))),
]);
const parser = {
  code: (input: { id: string; text: string }) => pipeline.run(createDoc(input), { resources: {}, warn() {} }),
};

/** The parse's arcs as [dependent, label, head] with words as written. */
function arcsOf(doc: Doc): Arc[] {
  const t = doc.tokens;
  return Array.from({ length: t.length }, (_, i) => [
    t.text[i],
    t.deprel[i],
    t.head[i] < 0 ? "ROOT" : t.text[t.head[i]],
  ]);
}

function expectArcs(text: string, arcs: Arc[]): void {
  const found = arcsOf(parser.code({ id: "t", text }));
  for (const arc of arcs) {
    const dependent = found.find((a) => a[0] === arc[0]);
    expect(dependent, `${arc[0]} in ${JSON.stringify(found)}`).toEqual(arc);
  }
}

describe("parse stage with the shipped model (news sentences of known structure)", () => {
  it.each(CASES.filter((c) => !c.miss))("$kind: $text", ({ text, arcs }) => expectArcs(text, arcs));

  // Known misses of the shipped model, kept so that a better model shows up here (it.fails turns red when they pass).
  it.fails.each(CASES.filter((c) => c.miss))("known miss, $kind: $text ($miss)", ({ text, arcs }) =>
    expectArcs(text, arcs),
  );

  it("gets at least 90% of the listed relations right", () => {
    let right = 0;
    let all = 0;
    for (const { text, arcs } of CASES) {
      const found = arcsOf(parser.code({ id: "t", text }));
      for (const arc of arcs) {
        all++;
        if (JSON.stringify(found.find((a) => a[0] === arc[0])) === JSON.stringify(arc)) right++;
      }
    }
    expect(right / all).toBeGreaterThanOrEqual(0.9);
  });

  it("every sentence is one tree: one root, heads inside the sentence, no cycles", () => {
    const doc = parser.code({ id: "t", text: CASES.map((c) => c.text).join(" ") });
    const { tokens } = doc;
    for (const s of doc.sentences) {
      const roots = [];
      for (let t = s.tokenStart; t < s.tokenEnd; t++) {
        if (tokens.head[t] < 0) roots.push(t);
        else expect(tokens.head[t] >= s.tokenStart && tokens.head[t] < s.tokenEnd).toBe(true);
        let a = t;
        for (let steps = 0; a >= 0 && steps <= s.tokenEnd - s.tokenStart; steps++) a = tokens.head[a];
        expect(a, `cycle through token ${t}`).toBe(-1);
      }
      expect(roots).toHaveLength(1);
      expect(tokens.deprel[roots[0]]).toBe("root");
    }
  });

  it("writes UPOS and lemmas beside wink's columns, which stay as they were", () => {
    const doc = parser.code({ id: "t", text: "The rebels were attacking the villages." });
    const { tokens } = doc;
    const at = (word: string) => tokens.text.indexOf(word);
    expect(tokens.upos[at("rebels")]).toBe("NOUN");
    expect(tokens.upos[at("were")]).toBe("AUX");
    expect(tokens.udLemma[at("were")]).toBe("be");
    expect(tokens.udLemma[at("attacking")]).toBe("attack");
    expect(tokens.udLemma[at("villages")]).toBe("village");
    expect(tokens.pos[at("rebels")]).toBe("NOUN");
    expect(tokens.lemma[at("villages")]).toBe("village");
  });

  it("in the coder, never tags a word of a name the dictionaries know as a verb or function word", () => {
    const coder = createCoder({ oneSided: true });
    // Alone, the tagger reads a capitalised word in -ing opening a sentence as "Being" (AUX).
    for (const text of [
      "Beijing accused Manila of provocations in the South China Sea.",
      "Beijing sanctioned three U.S. defence firms on Friday.",
      "Beijing on Monday summoned the Dutch ambassador.",
    ]) {
      const { tokens } = coder.code({ id: "t", text });
      expect(tokens.upos[0], text).toBe("PROPN");
      expect(tokens.udLemma[0], text).toBe("beijing");
      expect(tokens.deprel[0], text).toBe("nsubj");
    }
    // Outside the coder (no actors known) the word keeps the tagger's reading.
    expect(
      createSyntaxParser().parse({ id: "t", text: "Being accused of fraud, he resigned." }).tokens.upos[0],
    ).toBe("AUX");
  });

  it("gives verbs the lemma WordNet knows where the treebank's suffix rules make a non-word", () => {
    const lemmaOf = (text: string, word: string) => {
      const { tokens } = createSyntaxParser().parse({ id: "t", text });
      return tokens.udLemma[tokens.text.indexOf(word)];
    };
    // Without the check the rules give "shel", "bom", "patroll", "raide" and "fl".
    expect(lemmaOf("Russian artillery shelled the town overnight.", "shelled")).toBe("shell");
    expect(lemmaOf("Coalition jets bombed a weapons depot near Sanaa.", "bombed")).toBe("bomb");
    expect(lemmaOf("Police were patrolling the capital on Friday.", "patrolling")).toBe("patrol");
    expect(lemmaOf("Troops raided the opposition party's offices.", "raided")).toBe("raid");
    expect(lemmaOf("Thousands of civilians fled the fighting.", "fled")).toBe("flee");
    // The treebank's lemma stays where it is a verb and wink-nlp's slips ("stag", "rap").
    expect(lemmaOf("Opposition supporters staged a sit-in outside parliament.", "staged")).toBe("stage");
    expect(lemmaOf("Soldiers raped women in the village, the report said.", "raped")).toBe("rape");
  });

  it("in the coder, parses only sentences with an actor (the only ones the events stage reads)", () => {
    const doc = createCoder({ oneSided: true }).code({
      id: "t",
      text: "It rained all day. Iran condemned the attack.",
    });
    const { tokens } = doc;
    const [quiet, loud] = doc.sentences;
    expect(doc.actors.map((a) => a.sentenceIndex)).toEqual([1]);
    for (let t = quiet.tokenStart; t < quiet.tokenEnd; t++) expect(tokens.upos[t]).toBe("");
    expect(tokens.upos[tokens.text.indexOf("condemned")]).toBe("VERB");
    expect(tokens.deprel[tokens.text.indexOf("Iran")]).toBe("nsubj");
    expect(doc.events.length).toBeGreaterThan(0);
    expect(loud.tokenEnd).toBeGreaterThan(loud.tokenStart);
  });
});
