import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type Coder, createCoder } from "../coder/index.js";
import { DEFAULT_DATA_DIR } from "../dictionaries/data-paths.js";
import { loadCoderResources } from "../dictionaries/load-resources.js";
/**
 * The regression gate (issues 5, 9): codes every dev set named in data/eval/baseline.json and fails
 * when a headline figure of its tune or its check part drops below its baseline minus the tolerance. The dev sets are not part
 * of the project; point DYAD_DEV_DIR at them (default: shared/dev beside the checkout). Raise the baseline with
 * scripts/update-eval-baseline.mjs (see docs/evaluation.md).
 */
import { DEV_DIR } from "../test-helpers/dev-data.js";
import { compareToBaseline, readBaseline } from "./baseline.js";
import { evaluateGold } from "./evaluate.js";
import { readGoldFile } from "./readers/index.js";
import { SPLIT_PARTS } from "./split.js";
import { readEvalDictionaries } from "./suite-dictionaries.js";

const baseline = readBaseline(fileURLToPath(new URL("../../data/eval/baseline.json", import.meta.url)));
const devPresent = existsSync(DEV_DIR);
if (!devPresent) console.warn(`eval regression gate skipped: no dev sets at ${DEV_DIR} (set DYAD_DEV_DIR)`);
const title = devPresent
  ? "eval regression gate (issue 5)"
  : `eval regression gate (issue 5): SKIPPED, no dev sets at ${DEV_DIR} (set DYAD_DEV_DIR)`;

describe.skipIf(!devPresent)(title, () => {
  let coder: Coder | undefined;
  const getCoder = () => {
    coder ??= createCoder({ oneSided: true });
    return coder;
  };

  // The largest set (9,142 sentences) runs the whole pipeline, parser included: it needs more than the default minute.
  it.for(Object.entries(baseline.sets))(
    "%s keeps its headline figures",
    { timeout: 300_000 },
    ([file, entry], context) => {
      const path = join(DEV_DIR, file);
      if (!existsSync(path)) context.skip(`dev set ${path} is absent`);
      const gold = readGoldFile(path, entry.format);
      // A set that names a dictionary folder (beside the dev folder) is coded with it added, as
      // `dyad eval --dictionaries` does.
      const dictionaries = entry.dictionaries ? join(DEV_DIR, "..", entry.dictionaries) : null;
      if (dictionaries && !existsSync(dictionaries)) context.skip(`dictionaries ${dictionaries} are absent`);
      const shared = dictionaries
        ? createCoder({
            oneSided: true,
            resources: loadCoderResources(DEFAULT_DATA_DIR, {
              dictionaries: { dicts: readEvalDictionaries(dictionaries, entry.format), mode: "add" },
            }),
          })
        : getCoder();
      const report = evaluateGold(
        gold,
        (item) => shared.code({ id: item.id, text: item.text, date: item.date }).events,
        { worst: 0 },
      );
      const lines = SPLIT_PARTS.flatMap((part) =>
        compareToBaseline(report.parts?.[part].headline ?? [], entry[part].figures, baseline.tolerance).map(
          (r) =>
            `${file} ${part} ${r.figure}: ${r.value === null ? "undefined" : r.value.toFixed(4)} < baseline ${r.baseline}`,
        ),
      );
      expect(lines, "headline figures below baseline minus tolerance").toEqual([]);
    },
  );
});
