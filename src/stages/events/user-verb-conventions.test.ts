import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { type Coder, createCoder } from "../../coder/coder.js";
import { DEFAULT_DATA_DIR } from "../../dictionaries/data-paths.js";
import { loadCoderResources } from "../../dictionaries/load-resources.js";
import { readDictionaryDir } from "../../dictionaries/tabari/dictionary-dir.js";
import { readTabariVerbs } from "../../dictionaries/tabari/verbs-file.js";

// PETRARCH conventions Dyad follows only when the user brings a verb dictionary (`--dictionaries`);
// the built-in coder keeps its own behaviour on news.
const FICTIONAL = fileURLToPath(new URL("../../../test/fixtures/dictionaries/fictional", import.meta.url));

/** Verb blocks written for these tests in PETRARCH's notation. */
const VERBS = [
  "&NEGAUX",
  "+DID N'T",
  "+WO N'T",
  "",
  "&TIETYPES",
  "+MILITARY",
  "+ECONOMIC",
  "",
  "--- CLASH [223] ---",
  "CLASH",
  "- &NEGAUX * OVER EFFORTS [904]",
  "- &NEGAUX EVER * OVER EFFORTS [905]",
  "- * OVER EFFORTS [121]",
  "",
  "--- ABANDON [345] ---",
  "ABANDON",
  "- * NEW_&TIETYPES_RELATIONS [903]",
  "",
  "--- BREAK [1717] ---",
  "BREAK",
  "+BREAK_DOWN",
  "- * TREATY [161]",
  "",
  "--- BOYCOTT [081] ---",
  "BOYCOTT",
  "",
  "--- SAY [023] ---",
  "SAY",
  "",
  "--- CONDEMN [111] ---",
  "CONDEMN",
  "",
  "--- FREE [066] ---",
  "FREE",
  "- + * FROM $ [066]",
].join("\n");

let builtIn: Coder;
let fictional: Coder;
let petrarch: Coder;
beforeAll(() => {
  const dicts = readDictionaryDir(FICTIONAL);
  petrarch = createCoder({
    oneSided: true,
    resources: loadCoderResources(DEFAULT_DATA_DIR, {
      dictionaries: { dicts: { ...dicts, verbs: [readTabariVerbs(VERBS, "Test.verbs.txt")] }, mode: "add" },
    }),
  });
  builtIn = createCoder({ oneSided: true });
  fictional = createCoder({
    oneSided: true,
    resources: loadCoderResources(DEFAULT_DATA_DIR, {
      dictionaries: { dicts: readDictionaryDir(FICTIONAL), mode: "add" },
    }),
  });
});

const coded = (coder: Coder, text: string) =>
  coder
    .code({ id: "t", text, date: "2001-05-01" })
    .events.map((e) => `${e.cameo} ${e.trigger?.text ?? ""}`.trim());

describe("conventions of a user's verb dictionary", () => {
  it("with the user's verbs, a noun codes no event of its own (PETRARCH codes verbs); without them it does", () => {
    const text = "Iraq condemned the attack by Iran on Sunday.";
    expect(coded(builtIn, text)).toContain("190 attack");
    expect(coded(fictional, text)).toEqual(["111 condemned"]);
  });
});

const triples = (text: string) =>
  petrarch
    .code({ id: "t", text, date: "2001-05-01" })
    .events.map((e) => `${e.source?.code ?? "---"} ${e.target?.code ?? "---"} ${e.cameo}`);

describe("a user's patterns matched on the words, as PETRARCH reads them", () => {
  it.each([
    ["Iran clashed over the efforts of Iraq.", "IRN IRQ 121"],
    ["Iran didn't clash over the efforts of Iraq.", "IRN IRQ 904"],
    ["Iran didn't even ever clash over the efforts of Iraq.", "IRN IRQ 905"],
    // Pattern words are exact forms: "EFFORTS" is not "effort".
    ["Iran clashed over the effort of Iraq.", "IRN IRQ 223"],
  ])("words before the verb, synonym sets and gaps: %j", (text, triple) => {
    expect(triples(text)).toEqual([triple]);
  });

  it.each([
    ["Arnor will abandon new economic relations with Gondor.", "ARN GON 903"],
    ["Arnor will abandon new global economic relations with Gondor.", "ARN GON 345"],
  ])("`_` joins words that must be adjacent: %j", (text, triple) => {
    expect(triples(text)).toEqual([triple]);
  });

  it("a block's pattern applies to its multi-word verb: broke down the treaty", () => {
    expect(triples("Arnor broke down a treaty with Gondor.")).toEqual(["ARN GON 161"]);
  });

  it("without a `+`, the target is the first actor of the verb's phrase, as PETRARCH reads it", () => {
    expect(triples("Iraq condemned an attack by Iran in Syria on Thursday.")).toEqual(["IRQ IRN 111"]);
  });

  it("its phrase leaves out the relative clauses of its nouns, as PETRARCH reads it", () => {
    const text = "Iran boycotted the summit after a long break, in a step that holds advantages for Syria.";
    expect(triples(text)).toEqual(["IRN --- 081"]);
  });

  it("a user's verb codes an unnamed speaker's act ('a senior official said'); the built-in coder does not", () => {
    const text = "Iraq condemned an attack by Iran, a senior official said.";
    expect(triples(text)).toContain("GOV --- 023");
    expect(coded(builtIn, text)).not.toContain("010 said");
  });

  it("a built-in verb inside the phrase of a verb the user's dictionary codes is part of it", () => {
    // (Not "the parade supporting Iraq": the built-in coder reads the parade, a thing, as who supports.)
    const text = "Iran boycotted efforts to support Iraq on Saturday.";
    expect(triples(text)).toEqual(["IRN IRQ 081"]);
    expect(coded(builtIn, text).some((event) => event.endsWith("support"))).toBe(true);
  });

  it("`+` and `$` name the target and source where they stand: freed from X by X", () => {
    expect(triples("Gondor was freed from Arnor.")).toEqual(["ARN GON 066"]);
  });
});
