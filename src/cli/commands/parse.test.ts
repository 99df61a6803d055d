import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseConllu } from "../../syntax/conllu.js";
import { runDyad } from "../test-helpers/run-in-process.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-parse-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("dyad parse", () => {
  it("prints CoNLL-U that reads back as one tree per sentence", async () => {
    const { code, stdout } = await runDyad(
      ["parse", "-"],
      "Iran's missile strikes killed ten people. Iraq protested.",
    );
    expect(code).toBe(0);
    const sentences = parseConllu(stdout);
    expect(sentences.map((s) => s.form.join(" "))).toEqual([
      "Iran 's missile strikes killed ten people .",
      "Iraq protested .",
    ]);
    expect(sentences[0].deprel[sentences[0].form.indexOf("killed")]).toBe("root");
    expect(sentences[0].head[sentences[0].form.indexOf("strikes")]).toBe(sentences[0].form.indexOf("killed"));
    expect(stdout).toContain("# text = Iraq protested.");
  });

  it("prints a table with each word's head word", async () => {
    const { code, stdout } = await runDyad(
      ["parse", "-", "--format", "table"],
      "The embassy was attacked by protesters.",
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ID\s+WORD\s+LEMMA\s+UPOS\s+HEAD\s+DEPREL\s+HEAD WORD$/m);
    expect(stdout).toMatch(/^\d+\s+protesters\s+protester\s+NOUN\s+\d+\s+obl:agent\s+attacked$/m);
  });

  it("reports an unreadable file and exits 1", async () => {
    const { code, stderr } = await runDyad(["parse", join(dir, "missing.txt")]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/missing\.txt: cannot read/);
  });
});

describe("dyad eval FILE.conllu", () => {
  const gold = join(dir, "gold.conllu");
  writeFileSync(
    gold,
    [
      "# text = France condemned the strike.",
      "1\tFrance\tFrance\tPROPN\tNNP\t_\t2\tnsubj\t_\t_",
      "2\tcondemned\tcondemn\tVERB\tVBD\t_\t0\troot\t_\t_",
      "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_",
      "4\tstrike\tstrike\tNOUN\tNN\t_\t2\tobj\t_\tSpaceAfter=No",
      "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_",
      "",
    ].join("\n"),
  );

  it("scores UPOS, UAS and LAS on the treebank's own words", async () => {
    const { code, stdout } = await runDyad(["eval", gold, "--json"]);
    expect(code).toBe(0);
    const score = JSON.parse(stdout);
    expect(score).toMatchObject({ sentences: 1, words: 5 });
    expect(score.upos).toBe(1);
    expect(score.uas).toBe(1);
    expect(score.las).toBe(1);
    const text = await runDyad(["eval", gold]);
    expect(text.stdout).toMatch(/UAS\s+1\.0000/);
  });

  it("names the file and line of a malformed word line", async () => {
    const bad = join(dir, "bad.conllu");
    writeFileSync(bad, "1\tFrance\tFrance\n");
    await expect(runDyad(["eval", bad])).resolves.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/bad\.conllu:1: expected 10/),
    });
  });
});
