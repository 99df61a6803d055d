import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { DataFileError } from "../../model/errors.js";
import { petrarchDictionaryFile } from "../../test-helpers/dev-data.js";
import { readDictionaryDir } from "./dictionary-dir.js";
import { summariseDictionaries } from "./dictionary-summary.js";
import { tabariNameForms, toLexiconAdditions } from "./to-lexicon.js";

const FICTIONAL = fileURLToPath(new URL("../../../test/fixtures/dictionaries/fictional", import.meta.url));
const empty = mkdtempSync(join(tmpdir(), "dyad-dicts-"));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

describe("readDictionaryDir", () => {
  const dicts = readDictionaryDir(FICTIONAL);
  const summary = summariseDictionaries(dicts);

  it("readDictionaryDir tells the kinds apart by file name and skips other files", () => {
    expect(dicts.files.map((f) => [f.name, f.kind])).toEqual([
      ["Fictional.actors.txt", "actors"],
      ["Fictional.agents.txt", "agents"],
      ["Fictional.discards.txt", "discards"],
      ["Fictional.verbs.txt", "verbs"],
      ["README.txt", null],
    ]);
  });

  it("summariseDictionaries counts what was loaded per kind", () => {
    expect(summary.counts).toMatchObject({
      actors: 8,
      datedActors: 1,
      notActors: 1,
      agents: 6,
      discards: 3,
      verbBlocks: 1,
      verbPatterns: 1,
    });
  });

  it("readDictionaryDir reports duplicates and conflicts, the first entry keeping the name", () => {
    expect(dicts.duplicates.map((c) => [c.kind, c.name])).toEqual([["actors", "GONDOR"]]);
    expect(dicts.conflicts.map((c) => [c.kind, c.name, c.kept.codes, c.other.codes])).toEqual([
      ["actors", "ARNORIAN", "ARN", "RNG"],
      ["agents", "STEWARD", "~GOV", "~ELI"],
    ]);
  });

  it("readDictionaryDir names file and line of a malformed entry", () => {
    expect(dicts.problems.map((p) => `${p.file.split("/").pop()}:${p.line}`)).toEqual([
      "Fictional.actors.txt:17",
    ]);
  });

  it("readDictionaryDir refuses a folder with no dictionary", () => {
    expect(() => readDictionaryDir(empty)).toThrow(DataFileError);
  });
});

describe("toLexiconAdditions", () => {
  const additions = toLexiconAdditions(readDictionaryDir(FICTIONAL), new Set(["ARN"]));

  it("tabariNameForms title-cases a name, and keeps a one-word name as written too", () => {
    expect(tabariNameForms("ISLAMIC_REPUBLIC_OF_ARNOR_")).toEqual(["Islamic Republic of Arnor"]);
    expect(tabariNameForms("ANSF")).toEqual(["Ansf", "ANSF"]);
    expect(tabariNameForms("U.N._")).toEqual(["U.N."]);
  });

  it("toLexiconAdditions turns dated codes into periods and splits country and sector", () => {
    const aragorn = additions.organizations.find((o) => o.names.includes("Aragorn"));
    expect(aragorn).toMatchObject({
      code: "ARNGOV",
      country: "ARN",
      sector: "GOV",
      periods: [
        { from: "0001-01-01", to: "2000-01-01", code: "RNG" },
        { from: "2000-01-01", to: null, code: "ARNGOV", sector: "GOV" },
      ],
    });
  });

  it("toLexiconAdditions leaves a name to its first entry and makes [---] names blockers", () => {
    const arnorian = additions.organizations.filter((o) => o.names.includes("Arnorian"));
    expect(arnorian.map((o) => o.code)).toEqual(["ARN"]);
    expect(additions.blockers).toContain("Boromir");
  });

  it("toLexiconAdditions gives agents their code as sector, the first entry winning, and NGO~ its placement", () => {
    expect(additions.agents).toEqual([
      { phrase: "ranger", sector: "RNG" },
      { phrase: "steward", sector: "GOV" },
      { phrase: "stewards", sector: "GOV" },
      { phrase: "human rights body", sector: "NGO", placement: "before" },
      { phrase: "foreign minister", sector: "GOVFRM" },
    ]);
  });

  it("toLexiconAdditions marks the user's actors to compose with agents and to match in any case", () => {
    expect(additions.organizations.find((o) => o.code === "GON")).toMatchObject({
      names: ["Gondor", "GONDOR", "Minas Tirith"],
      compose_agents: true,
      names_any_case: true,
    });
  });

  it("tabariNameForms drops a leading THE and keeps a hyphenated name as written", () => {
    expect(tabariNameForms("THE_AU")).toEqual(["AU"]);
    expect(tabariNameForms("THE_SHIRE")).toEqual(["SHIRE", "The Shire"]);
    expect(tabariNameForms("THE_HUNGER_PROJECT_")).toEqual(["Hunger Project"]);
    expect(tabariNameForms("THE_PEOPLE")).toEqual(["The People"]);
    expect(tabariNameForms("BARAD-DUR")).toEqual(["Barad-Dur", "Barad-dur", "BARAD-DUR"]);
  });
});

const phoenix = petrarchDictionaryFile("Phoenix.agents.txt");
describe.skipIf(!phoenix)("Phoenix dictionaries", () => {
  it("readDictionaryDir loads PETRARCH2's folder with Phoenix's actors and agents", () => {
    const dicts = readDictionaryDir(join(phoenix ?? "", ".."));
    const summary = summariseDictionaries(dicts, 0);
    expect(summary.counts.actors).toBeGreaterThan(27000);
    expect(summary.counts.agents).toBeGreaterThan(3000);
    expect(summary.malformed.length).toBeLessThan(30);
  });
});
