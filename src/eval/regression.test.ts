import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type Coder, createCoder } from "../coder/index.js";
/**
 * The regression gate (issue 5): codes every dev set named in data/eval/baseline.json and fails
 * when a headline figure drops below its baseline minus the tolerance. The dev sets are not part
 * of the project; point DYAD_DEV_DIR at them (default: shared/dev beside the checkout). Raise the baseline with
 * scripts/update-eval-baseline.mjs (see docs/evaluation.md).
 */
import { DEV_DIR } from "../test-helpers/dev-data.js";
import { compareToBaseline, readBaseline } from "./baseline.js";
import { readGoldFile } from "./readers/index.js";
import { scoreGold } from "./score.js";

const baseline = readBaseline(fileURLToPath(new URL("../../data/eval/baseline.json", import.meta.url)));
const devPresent = existsSync(DEV_DIR);
if (!devPresent) console.warn(`eval regression gate skipped: no dev sets at ${DEV_DIR} (set DYAD_DEV_DIR)`);
const title = devPresent
  ? "eval regression gate (issue 5)"
  : `eval regression gate (issue 5): SKIPPED, no dev sets at ${DEV_DIR} (set DYAD_DEV_DIR)`;

describe.skipIf(!devPresent)(title, () => {
  let coder: Coder | undefined;
  const getCoder = () => {
    coder ??= createCoder();
    return coder;
  };

  // The largest set (9,142 sentences) runs the whole pipeline, parser included: it needs more than the default minute.
  it.for(Object.entries(baseline.sets))("%s keeps its headline figures", { timeout: 300_000 }, ([file, entry], context) => {
    const path = join(DEV_DIR, file);
    if (!existsSync(path)) context.skip(`dev set ${path} is absent`);
    const gold = readGoldFile(path, entry.format);
    const shared = getCoder();
    const report = scoreGold(
      gold,
      (item) => shared.code({ id: item.id, text: item.text, date: item.date }).events,
      {
        worst: 0,
      },
    );
    const regressions = compareToBaseline(report, entry.figures, baseline.tolerance);
    const lines = regressions.map(
      (r) =>
        `${file} ${r.figure}: ${r.value === null ? "undefined" : r.value.toFixed(4)} < baseline ${r.baseline}`,
    );
    expect(lines, "headline figures below baseline minus tolerance").toEqual([]);
  });
});
