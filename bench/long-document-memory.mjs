#!/usr/bin/env node
// Peak memory of `dyad code` and `dyad ingest` on one long text (issue 10: at most 600 MB for 50 MB
// with --max-bytes raised). The text is dev-set sentences without sentence punctuation, written to a
// temporary folder and deleted afterwards. Size in MB: BENCH_LONG_MB (default 5; the figure
// is BENCH_LONG_MB=50, which takes several minutes per command).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unpunctuatedDevText } from "./dev-texts.mjs";

const root = join(import.meta.dirname, "..");
const megabytes = Number(process.env.BENCH_LONG_MB ?? 5);
const dir = mkdtempSync(join(tmpdir(), "dyad-long-"));
try {
  const file = join(dir, "long.txt");
  writeFileSync(file, unpunctuatedDevText(root, megabytes * 1e6, 1000));
  // The child reports its own peak RSS on exit (Node has no getrusage for children).
  const reporter = join(dir, "peak-rss.cjs");
  writeFileSync(
    reporter,
    "process.on('exit', () => process.stderr.write('PEAK_RSS ' + process.resourceUsage().maxRSS + '\\n'));",
  );
  const common = [
    "--max-bytes",
    String(2 * megabytes * 1e6),
    "--date",
    "2022-03-20",
    "--doc-timeout",
    "100000",
  ];
  for (const [name, args] of [
    ["code", ["code", file, ...common]],
    ["ingest", ["ingest", file, ...common, "--db", join(dir, "long.db")]],
  ]) {
    const t0 = performance.now();
    const { stderr } = spawnSync(
      process.execPath,
      ["--require", reporter, join(root, "dist", "cli", "main.js"), ...args],
      { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", maxBuffer: 1 << 26 },
    );
    const match = /PEAK_RSS (\d+)/.exec(stderr);
    const seconds = (performance.now() - t0) / 1000;
    console.log(
      `  ${name.padEnd(6)} ${megabytes} MB text    ${match ? Math.round(Number(match[1]) / 1024) : "?"} MB peak RSS, ${seconds.toFixed(0)} s`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
