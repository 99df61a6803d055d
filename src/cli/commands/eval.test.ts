import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import type { CliContext } from "../context.js";
import { runCli } from "../main.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-eval-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const goldPath = join(dir, "gold.jsonl");
writeFileSync(
  goldPath,
  [
    {
      id: "g1",
      text: "Iraqi troops attacked Kurdish fighters near Erbil on Monday.",
      date: "2024-05-06",
      events: [{ cameo: "190", source: "IRQMIL", target: null }],
    },
    { id: "g2", text: "The weather was mild.", events: [] },
    {
      id: "g3",
      text: "France condemned the strike.",
      events: [{ cameo: "122", source: { code: "FRA", country: "FRA" } }],
    },
  ]
    .map((record) => JSON.stringify(record))
    .join("\n"),
);

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const ctx: CliContext = {
    stdout: new Writable({
      write(chunk, _encoding, done) {
        stdout += String(chunk);
        done();
      },
    }),
    stderr: new Writable({
      write(chunk, _encoding, done) {
        stderr += String(chunk);
        done();
      },
    }),
    stdin: Readable.from([]),
    exitCode: 0,
  };
  const code = await runCli(args, ctx);
  return { code, stdout, stderr };
}

describe("dyad eval", () => {
  it("eval prints one JSON object with every figure", async () => {
    const { code, stdout } = await run(["eval", goldPath, "--json"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ format: "dyad", alignment: "all-events", items: 3 });
    expect(report.fields.event.gold).toBe(2);
    expect(report.fields.sourceCountry.gold).toBe(1);
    expect(report.headline.map((figure: { name: string }) => figure.name)).toContain("codeF1");
    expect(report.confusion.rows).toContain("19");
  });

  it("eval prints a readable report by default", async () => {
    const { code, stdout } = await run(["eval", goldPath]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/dyad gold, 3 texts/);
    expect(stdout).toMatch(/^Headline +all +tune +check +gap$/m);
    expect(stdout).toMatch(/^ {2}event found /m);
    expect(stdout).toMatch(/Root confusion/);
  });

  it("eval --limit and --worst bound the texts scored and the misses listed", async () => {
    const { stdout } = await run([
      "eval",
      goldPath,
      "--json",
      "--limit",
      "1",
      "--worst",
      "0",
      "--format",
      "dyad",
    ]);
    const report = JSON.parse(stdout);
    expect(report.items).toBe(1);
    expect(report.misses).toEqual([]);
  });

  it("eval --json gives each headline figure its tune and check values and their gap", async () => {
    const report = JSON.parse((await run(["eval", goldPath, "--json"])).stdout);
    expect(report.parts.tune.items + report.parts.check.items).toBe(3);
    const f1 = report.headline.find((figure: { name: string }) => figure.name === "eventF1");
    expect(Object.keys(f1)).toEqual(expect.arrayContaining(["tune", "check", "gap"]));
  });

  it("eval --part scores one part of the split and says which", async () => {
    const tune = JSON.parse((await run(["eval", goldPath, "--json", "--part", "tune"])).stdout);
    const check = JSON.parse((await run(["eval", goldPath, "--json", "--part", "check"])).stdout);
    expect(tune.part).toBe("tune");
    expect(tune.items + check.items).toBe(3);
    expect(check.misses).toEqual([]);
    expect((await run(["eval", goldPath, "--part", "check"])).stdout).toMatch(/check part only/);
  });

  it("eval rejects a --limit that is not a whole number", async () => {
    const { code, stderr } = await run(["eval", goldPath, "--limit", "ten"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--limit must be a whole number/);
  });

  it("eval rejects an unknown --format without leaving the process", async () => {
    const { code, stderr } = await run(["eval", goldPath, "--format", "xml"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Allowed choices are auto, dyad/);
  });

  it("eval names the file and line of a malformed gold record", async () => {
    const bad = join(dir, "bad.jsonl");
    writeFileSync(
      bad,
      `${JSON.stringify({ id: "a", text: "x", events: [] })}\n{"id": "b", "text": 3, "events": []}\n`,
    );
    const { code, stderr } = await run(["eval", bad]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${bad}:2: "text"`);
  });

  it("eval reports a missing gold file", async () => {
    const { code, stderr } = await run(["eval", join(dir, "absent.jsonl")]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/absent\.jsonl: cannot read gold file \(ENOENT\)/);
  });
});
