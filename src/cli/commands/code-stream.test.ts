import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runCli } from "../main.js";

const EXAMPLE = readFileSync(
  join(import.meta.dirname, "..", "..", "..", "examples", "iran-iraq-2022.txt"),
  "utf8",
);
const paragraphs = EXAMPLE.split(/\n\s*\n/).filter((p) => p.trim() !== "");

/** Resolves true once `text` holds `count` lines, false after `ms`. */
function waitForLines(read: () => string, count: number, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const started = Date.now();
    const timer = setInterval(() => {
      const done = read().split("\n").length - 1 >= count;
      if (done || Date.now() - started > ms) {
        clearInterval(timer);
        resolve(done);
      }
    }, 20);
  });
}

describe("dyad code streams JSONL", () => {
  it("writes the events of the first records before standard input ends", async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = "";
    stdout.on("data", (chunk) => {
      out += chunk;
    });
    const run = runCli(["code", "-", "--format", "jsonl", "--no-progress"], {
      stdin,
      stdout,
      stderr,
      exitCode: 0,
    });
    // The first record is padded past the format sniff, as a real export's first line may be.
    stdin.write(`${JSON.stringify({ id: "p0", text: paragraphs[0], date: "2022-03-20" })}\n`);
    stdin.write(`${" ".repeat(3000)}\n`);
    const firstEventsBeforeEnd = await waitForLines(() => out, 1, 20_000);
    stdin.end(
      `${JSON.stringify({ id: "p1", text: paragraphs.slice(1).join("\n\n"), date: "2022-03-20" })}\n`,
    );
    expect(await run).toBe(0);
    expect(firstEventsBeforeEnd).toBe(true);
    const events = out
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(events.find((e) => e.doc_id === "p0" && e.cameo === "041")).toBeDefined();
    expect(events.some((e) => e.doc_id === "p1")).toBe(true);
  });
});
