import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { type Coder, createCoder } from "../coder/coder.js";
import { DEFAULT_DATA_DIR } from "./data-paths.js";
import { loadCoderResources } from "./load-resources.js";
import { readDictionaryDir } from "./tabari/dictionary-dir.js";

const FICTIONAL = fileURLToPath(new URL("../../test/fixtures/dictionaries/fictional", import.meta.url));

const coderIn = (mode: "add" | "replace") =>
  createCoder({
    oneSided: true,
    resources: loadCoderResources(DEFAULT_DATA_DIR, {
      dictionaries: { dicts: readDictionaryDir(FICTIONAL), mode },
    }),
  });

let added: Coder;
let replaced: Coder;
beforeAll(() => {
  added = coderIn("add");
  replaced = coderIn("replace");
});

const coded = (coder: Coder, text: string) => {
  const doc = coder.code({ id: "t", text, date: "2001-05-01" });
  return {
    actors: doc.actors.map((m) => `${m.text}=${m.code}`),
    events: doc.events.map((e) => `${e.source?.code ?? "-"} ${e.cameo} ${e.target?.code ?? "-"}`),
  };
};

describe("--dictionaries-mode: the user's dictionaries added to the built-in ones, or instead of them", () => {
  it("add keeps the built-in countries beside the user's actors", () => {
    expect(coded(added, "Iran and Gondor met.").actors).toEqual(
      expect.arrayContaining(["Iran=IRN", "Gondor=GON"]),
    );
  });

  it("replace knows only the user's actors", () => {
    const { actors } = coded(replaced, "Iran and Gondor met.");
    expect(actors).toContain("Gondor=GON");
    expect(actors.some((mention) => mention.startsWith("Iran="))).toBe(false);
  });

  it("add codes a built-in verb between user actors; replace codes only the user's verbs", () => {
    expect(coded(added, "Arnor condemned Gondor.").events).toContain("ARN 111 GON");
    expect(coded(replaced, "Arnor condemned Gondor.").events).toEqual([]);
    expect(coded(replaced, "Arnor attacked Gondor.").events).toEqual(["ARN 190 GON"]);
  });
});
