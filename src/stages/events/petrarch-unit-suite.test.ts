import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createCoder } from "../../coder/coder.js";
import { DEFAULT_DATA_DIR } from "../../dictionaries/data-paths.js";
import { loadCoderResources } from "../../dictionaries/load-resources.js";
import { evaluateGold } from "../../eval/evaluate.js";
import { readGoldFile } from "../../eval/readers/index.js";
import { readEvalDictionaries } from "../../eval/suite-dictionaries.js";
import { devFile, PETRARCH_DICTIONARY_DIR } from "../../test-helpers/dev-data.js";

/**
 * PETRARCH's unit suite coded with its own PETR.Validate dictionaries (issue 9, item 4): the records
 * passed may not fall below the floor reached when the verb patterns were first matched on the parse
 * (15 before, 86 then; 112 of 276 with the actor composition and discards; 187 with the user's
 * patterns matched as word sequences, nouns left to the verbs, require_dyad, and 189 with
 * PETRARCH's target for user patterns; 192 with comma lists; 195 when
 * a user's verb codes unnamed speakers; 197 when it codes its phrase once; 202 with the own subject
 * of a subordinate verb, article names and compound codes, and the relative clauses left out of a
 * user pattern's phrase; 210 with only the suite's PETR.Validate.* dictionaries read; 209 when the
 * complement of a verb of saying became its report whatever code the suite's dictionary gives SAY
 * (023, an appeal), which a parse with "said" as the root needs: AFP0808010092-5, a no-event record,
 * now codes the bombing its misparsed relative clause reports). The suite and dictionaries live in
 * ../shared; the test skips without them.
 */
const PASSED_FLOOR = 209;

const records = devFile(join("petrarch-unit", "records.jsonl"));
const present = records !== null && existsSync(PETRARCH_DICTIONARY_DIR);
const title = present
  ? "PETRARCH unit suite with --dictionaries"
  : `PETRARCH unit suite with --dictionaries: SKIPPED, no petrarch-unit/records.jsonl or ${PETRARCH_DICTIONARY_DIR}`;

describe.skipIf(!present)(title, () => {
  it(`passes at least ${PASSED_FLOOR} records`, { timeout: 120_000 }, () => {
    const coder = createCoder({
      oneSided: true,
      resources: loadCoderResources(DEFAULT_DATA_DIR, {
        dictionaries: { dicts: readEvalDictionaries(PETRARCH_DICTIONARY_DIR, "petrarch-unit"), mode: "add" },
      }),
    });
    const report = evaluateGold(
      readGoldFile(records as string, "petrarch-unit"),
      (item) => coder.code({ id: item.id, text: item.text, date: item.date }).events,
      { worst: 0 },
    );
    const passed = report.headline.find((figure) => figure.name === "recordsPassed");
    expect(passed?.hits).toBeGreaterThanOrEqual(PASSED_FLOOR);
  });
});
