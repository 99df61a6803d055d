import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Issue 10: Ctrl-C says what was kept. The CLI runs from its TypeScript source in a child process.
const register = join(import.meta.dirname, "..", "test-helpers", "ts-register.mjs");
const main = join(import.meta.dirname, "main.ts");

describe("dyad on Ctrl-C", () => {
  it("stops, says how much was coded and written, and exits 130", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dyad-interrupt-"));
    const corpus = join(dir, "many.jsonl");
    const lines = Array.from({ length: 20_000 }, (_, i) =>
      JSON.stringify({
        id: `d${i}`,
        text: "Iraqi troops attacked Islamic State positions near Mosul on Monday.",
      }),
    );
    writeFileSync(corpus, `${lines.join("\n")}\n`);
    const child = spawn(process.execPath, ["--import", register, main, "code", corpus, "--format", "jsonl"], {
      stdio: "pipe",
    });
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    let signalled = false;
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      if (!signalled && stdout.split("\n").length > 20) {
        signalled = true;
        child.kill("SIGINT");
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(130);
    expect(stderr).toMatch(
      /dyad: interrupted: \d+ documents? coded, \d+ events written; the rest was not coded/,
    );
    const written = Number(/(\d+) events written/.exec(stderr)?.[1]);
    expect(stdout.trim().split("\n").length).toBeLessThanOrEqual(written);
    expect(written).toBeLessThan(20_000);
    // The child starts from TypeScript source and loads every model: on a loaded machine that alone can take a minute.
  }, 180_000);
});
