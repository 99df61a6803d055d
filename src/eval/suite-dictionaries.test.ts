import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEvalDictionaries } from "./suite-dictionaries.js";

// A folder holding PETRARCH's validation dictionaries beside another set, as ../shared's petrarch2 does.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-suite-dicts-"));
  writeFileSync(join(dir, "PETR.Validate.actors.txt"), "ARNOR_ [ARN]\n");
  writeFileSync(join(dir, "PETR.Validate.agents.txt"), "GOVERNMENT [~GOV]\n");
  writeFileSync(join(dir, "PETR.Validate.verbs.txt"), "--- CONDEMN [111] ---\nCONDEMN\n");
  writeFileSync(join(dir, "PETR.Validate.discards.txt"), "MONTHS LATER\n");
  writeFileSync(join(dir, "Phoenix.agents.txt"), "MILITIA [~UAF]\n");
  writeFileSync(join(dir, "Phoenix.discards.txt"), "1990\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = (format: "petrarch-unit" | "dyad") =>
  readEvalDictionaries(dir, format)
    .files.filter((file) => file.kind !== null)
    .map((file) => file.name);

describe("readEvalDictionaries", () => {
  it("reads only PETRARCH's validation files for its unit suite", () => {
    expect(read("petrarch-unit")).toEqual([
      "PETR.Validate.actors.txt",
      "PETR.Validate.agents.txt",
      "PETR.Validate.discards.txt",
      "PETR.Validate.verbs.txt",
    ]);
  });

  it("reads the whole folder for any other gold format", () => {
    expect(read("dyad")).toContain("Phoenix.discards.txt");
    expect(read("dyad")).toHaveLength(6);
  });
});
