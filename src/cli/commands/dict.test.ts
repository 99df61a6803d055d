import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runDyad } from "../test-helpers/run-in-process.js";

const FICTIONAL = fileURLToPath(new URL("../../../test/fixtures/dictionaries/fictional", import.meta.url));

describe("dyad dict check", () => {
  it("dict check reports counts per kind, duplicates, conflicts and malformed lines", async () => {
    const { code, stdout } = await runDyad(["dict", "check", FICTIONAL]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/actors {4}8 entries, \d+ names, 1 with dated codes, 1 not actors/);
    expect(stdout).toMatch(/Conflicts .*: actors 1, agents 1/);
    expect(stdout).toMatch(/README\.txt +skipped/);
    expect(stdout).toMatch(/Fictional\.actors\.txt:17: bad date range "2000013-20010101"/);
  });

  it("dict check --json gives the same as one object", async () => {
    const summary = JSON.parse((await runDyad(["dict", "check", FICTIONAL, "--json"])).stdout);
    expect(summary.counts.agents).toBe(6);
    expect(summary.malformed[0]).toMatchObject({ line: 17 });
  });

  it("dict check names a folder it cannot read", async () => {
    const { code, stderr } = await runDyad(["dict", "check", "/nonexistent/dicts"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/\/nonexistent\/dicts: cannot read dictionary folder \(ENOENT\)/);
  });
});

describe("--dictionaries", () => {
  // Every act (--one-sided): these tests read which actors a folder gives, an act's lost party included.
  const code = async (text: string, extra: string[] = []) => {
    const { stdout } = await runDyad(
      [
        "code",
        "-",
        "--date",
        "2010-01-01",
        "--format",
        "jsonl",
        "--one-sided",
        "--dictionaries",
        FICTIONAL,
        ...extra,
      ],
      text,
    );
    return stdout
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line))
      .map((e) => [e.source?.code ?? null, e.target?.code ?? null, e.cameo]);
  };

  it("code --dictionaries adds the folder's actors to the built-in ones", async () => {
    expect(await code("Arnor attacked Gondor on Monday.")).toEqual([["ARN", "GON", "190"]]);
    expect(await code("Arnor attacked Iraq on Monday.")).toEqual([["ARN", "IRQ", "190"]]);
  });

  it("code --dictionaries gives an actor the code dated for the document", async () => {
    expect((await code("Aragorn attacked Gondor."))[0][0]).toBe("ARNGOV");
  });

  it("code --dictionaries-mode replace drops the built-in actors", async () => {
    expect(await code("Arnor attacked Iraq on Monday.", ["--dictionaries-mode", "replace"])).toEqual([
      ["ARN", null, "190"],
    ]);
  });
});
