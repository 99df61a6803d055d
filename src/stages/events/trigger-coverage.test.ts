import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createDoc } from "../../model/document.js";
import { DEV_DIR as SHARED_DEV_DIR } from "../../test-helpers/dev-data.js";
import { tokenizeDoc } from "../tokenize/tokenize.js";
import { matchTriggers, type TriggerMatch } from "./match-triggers.js";
import { loadTriggerPatterns } from "./trigger-patterns.js";

/**
 * Measures the production trigger patterns on the shared development sets (not part of the repo:
 * the suite skips itself when `shared/dev` is not beside the checkout).
 */
const PATTERNS = fileURLToPath(new URL("../../../data/patterns/v2026.11/events.jsonl", import.meta.url));
const DEV_DIR = existsSync(join(SHARED_DEV_DIR, "conflibert-cameo-train.jsonl"))
  ? `${SHARED_DEV_DIR}/`
  : undefined;

/** ConfliBERT's five classes: 0 = roots 01-02, 1 = 03-05, 2 = 06-08, 3 = 09-13 and 16, 4 = 14-15 and 17-20. */
function pentaclassOf(code: string): number {
  const root = Number(code.slice(0, 2));
  if (root <= 2) return 0;
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13 || root === 16) return 3;
  return 4;
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as T);
}

/** The trigger that stands for the sentence: reported-speech verbs must not hide the event they report. */
function firstTrigger(
  text: string,
  patterns: ReturnType<typeof loadTriggerPatterns>,
): TriggerMatch | undefined {
  const doc = createDoc({ id: "dev", text });
  tokenizeDoc(doc);
  const matches = doc.sentences.flatMap((s) => matchTriggers(doc, s.index, patterns));
  return matches.find((m) => !m.speech) ?? matches[0];
}

const percent = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;

const SUITE = DEV_DIR
  ? "trigger coverage on shared/dev"
  : "trigger coverage (skipped: shared/dev/conflibert-cameo-train.jsonl not found beside the checkout)";

describe.skipIf(!DEV_DIR)(SUITE, () => {
  const patterns = loadTriggerPatterns(PATTERNS);

  it("finds a trigger in at least 85% of ConfliBERT sentences and agrees on the 5-class label for 65%", () => {
    const rows = readJsonl<{ text: string; pentaclass: number }>(`${DEV_DIR}conflibert-cameo-train.jsonl`);
    let triggered = 0;
    let agreeing = 0;
    for (const row of rows) {
      const match = firstTrigger(row.text, patterns);
      if (!match) continue;
      triggered++;
      if (pentaclassOf(match.code) === row.pentaclass) agreeing++;
    }
    console.log(
      `conflibert-cameo-train: trigger in ${percent(triggered, rows.length)} of ${rows.length} sentences; ` +
        `5-class agreement ${percent(agreeing, triggered)} of those`,
    );
    expect(triggered / rows.length).toBeGreaterThanOrEqual(0.85);
    expect(agreeing / triggered).toBeGreaterThanOrEqual(0.65);
  });

  it("reports false triggers on irrelevant news and root agreement on annotated news", () => {
    const path = `${DEV_DIR}cameo-annotated-news.jsonl`;
    if (!existsSync(path)) return;
    const rows = readJsonl<{ text: string; relevant: boolean; majority_root: string | null }>(path);
    let irrelevant = 0;
    let irrelevantTriggered = 0;
    let withRoot = 0;
    let rootAgreeing = 0;
    for (const row of rows) {
      const match = firstTrigger(row.text, patterns);
      if (row.relevant === false) {
        irrelevant++;
        if (match) irrelevantTriggered++;
      }
      if (row.majority_root) {
        withRoot++;
        if (match?.code.slice(0, 2) === row.majority_root) rootAgreeing++;
      }
    }
    console.log(
      `cameo-annotated-news: irrelevant sentences with a trigger ${irrelevantTriggered}/${irrelevant} (lower is better); ` +
        `first non-speech root = majority root ${rootAgreeing}/${withRoot} (${percent(rootAgreeing, withRoot)})`,
    );
    expect(withRoot).toBeGreaterThan(0);
  });
});
