import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, rmdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The checkout's root. */
export const ROOT = join(import.meta.dirname, "..", "..");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Builds dist/ when a source file is newer than the last build, for tests that run the real
 * binary or start coder workers (workers load compiled JavaScript). A lock directory keeps test
 * files running in parallel from building at once.
 */
export function buildDist(): void {
  const stamp = join(ROOT, "dist", ".build-stamp");
  const lock = join(
    tmpdir(),
    `dyad-build-lock-${createHash("sha256").update(ROOT).digest("hex").slice(0, 12)}`,
  );
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`build lock ${lock} held for 3 minutes`);
      sleep(200);
    }
  }
  try {
    const built = statSync(stamp, { throwIfNoEntry: false })?.mtimeMs ?? 0;
    if (newestSource(join(ROOT, "src")) < built) return;
    const build = spawnSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: ROOT, encoding: "utf8" });
    if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}${build.stderr}`);
    writeFileSync(stamp, "");
  } finally {
    rmdirSync(lock);
  }
}
