import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openSqliteStore } from "./sqlite-store.js";

// Issue 10: any number of processes may create, open or migrate one store at once.
const register = join(import.meta.dirname, "..", "..", "test-helpers", "ts-register.mjs");
const storeModule = join(import.meta.dirname, "sqlite-store.ts");
const dir = mkdtempSync(join(tmpdir(), "dyad-concurrent-"));
const child = join(dir, "child.ts");
// Each child loads the store module, then opens the store named on each line of its standard input
// and writes one document: all children get the line at once, so they race to create the store.
writeFileSync(
  child,
  `import { createInterface } from "node:readline";
import { openSqliteStore } from ${JSON.stringify(storeModule.replace(/\.ts$/, ".js"))};
const id = process.argv[2];
process.stdout.write("ready\\n");
for await (const path of createInterface({ input: process.stdin })) {
  try {
    const store = openSqliteStore(path);
    const result = await store.addDocument({ id, text: "Document " + id + ".", date: "2022-03-20" }, []);
    await store.close();
    process.stdout.write(result.status + "\\n");
  } catch (error) {
    process.stdout.write("error: " + error.message + "\\n");
  }
}
`,
);

/** A child process and the lines it has written. */
function startChild(id: string) {
  const proc = spawn(process.execPath, ["--import", register, child, id], { stdio: "pipe" });
  const lines: string[] = [];
  // Kept apart: a warning on stderr must not count as the answer the test waits for.
  const errors: string[] = [];
  let buffer = "";
  let waiting: (() => void) | undefined;
  proc.stdout.on("data", (chunk) => {
    buffer += chunk;
    const parts = buffer.split("\n");
    buffer = parts.pop() ?? "";
    lines.push(...parts);
    waiting?.();
  });
  proc.stderr.on("data", (chunk) => errors.push(String(chunk)));
  const lineCount = (n: number) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (lines.length >= n) resolve();
        else waiting = check;
      };
      check();
    });
  return { proc, lines, errors, lineCount };
}

describe("sqlite store: concurrent processes", () => {
  it("lets four processes create and write one new store at the same time, round after round", async () => {
    const ids = ["a", "b", "c", "d"];
    const children = ids.map(startChild);
    await Promise.all(children.map((c) => c.lineCount(1)));
    const rounds = 4;
    for (let round = 1; round <= rounds; round++) {
      const path = join(dir, `new-${round}.db`);
      for (const c of children) c.proc.stdin.write(`${path}\n`);
      await Promise.all(children.map((c) => c.lineCount(round + 1)));
      const store = openSqliteStore(path, { readonly: true });
      const outputs = children.map((c) => [...c.lines, ...c.errors].join(" / ")).join("\n");
      expect((await store.stats()).documents, outputs).toBe(ids.length);
      await store.close();
    }
    for (const c of children) c.proc.stdin.end();
    for (const c of children) expect(c.lines).toEqual(["ready", ...Array(rounds).fill("new")]);
  });

  it("opens a store for queries read-only: it writes nothing and refuses writes", async () => {
    const path = join(dir, "query.db");
    const writer = openSqliteStore(path);
    await writer.addDocument({ id: "a", text: "Iran condemned Iraq." }, []);
    await writer.close();
    const reader = openSqliteStore(path, { readonly: true });
    expect(reader.db.readonly).toBe(true);
    expect((await reader.stats()).documents).toBe(1);
    await expect(reader.addDocument({ id: "b", text: "Another text." }, [])).rejects.toThrow(/readonly/);
    await reader.close();
  });
});
