import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { type Coder, createCoder } from "../../coder/coder.js";
import { DEFAULT_DATA_DIR } from "../../dictionaries/data-paths.js";
import { loadCoderResources } from "../../dictionaries/load-resources.js";
import { readDictionaryDir } from "../../dictionaries/tabari/dictionary-dir.js";

// PETRARCH conventions Dyad follows only when the user brings a verb dictionary (`--dictionaries`);
// the built-in coder keeps its own behaviour on news.
const FICTIONAL = fileURLToPath(new URL("../../../test/fixtures/dictionaries/fictional", import.meta.url));

let builtIn: Coder;
let fictional: Coder;
beforeAll(() => {
  builtIn = createCoder();
  fictional = createCoder({
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
