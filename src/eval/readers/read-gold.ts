import { readFileSync } from "node:fs";
import { DataFileError } from "../../model/errors.js";
import type { GoldFormat, GoldSet } from "../gold.js";
import { readAnnotatedNewsGold } from "./annotated-news.js";
import { readConflibertGold } from "./conflibert.js";
import { readDyadGold } from "./dyad.js";
import { readEventLocationGold } from "./event-location.js";
import { type JsonlRecord, parseJsonl } from "./jsonl.js";
import { readPetrarchUnitGold } from "./petrarch-unit.js";
import { readPloverRelationsGold } from "./plover-relations.js";

/** A gold format, or `auto` to detect it from the first record. */
export type GoldFormatOption = GoldFormat | "auto";

const READERS: Record<GoldFormat, (records: readonly JsonlRecord[], file: string) => GoldSet> = {
  dyad: readDyadGold,
  conflibert: readConflibertGold,
  "annotated-news": readAnnotatedNewsGold,
  "petrarch-unit": readPetrarchUnitGold,
  "event-location": readEventLocationGold,
  "plover-relations": readPloverRelationsGold,
};

/**
 * Names a record's gold format from its fields: `events` → dyad, `pentaclass` → conflibert,
 * `majority_root`/`first_action_roots` → annotated-news, `expected` → petrarch-unit,
 * `verbs` and `locations` → event-location, `plover_root` → plover-relations.
 * @returns the format, or null when the fields fit none.
 * @example detectGoldFormat({ id: "a", text: "…", pentaclass: 4 }) // "conflibert"
 */
export function detectGoldFormat(record: unknown): GoldFormat | null {
  if (typeof record !== "object" || record === null || Array.isArray(record)) return null;
  const has = (field: string) => field in record;
  if (has("events")) return "dyad";
  if (has("pentaclass")) return "conflibert";
  if (has("majority_root") || has("first_action_roots")) return "annotated-news";
  if (has("expected")) return "petrarch-unit";
  if (has("verbs") && has("locations")) return "event-location";
  if (has("plover_root")) return "plover-relations";
  return null;
}

/**
 * Parses the text of a gold file in the given format (or the detected one).
 * @throws DataFileError naming `file:line` for bad JSON, a record that does not fit, or an
 *   undetectable format.
 */
export function parseGold(text: string, file: string, format: GoldFormatOption = "auto"): GoldSet {
  const records = parseJsonl(text, file);
  if (records.length === 0) throw new DataFileError("gold file has no records", { file });
  let chosen: GoldFormat;
  if (format === "auto") {
    const detected = detectGoldFormat(records[0].value);
    if (!detected) {
      throw new DataFileError("cannot tell the gold format from the first record's fields; pass --format", {
        file,
        line: records[0].line,
      });
    }
    chosen = detected;
  } else chosen = format;
  return READERS[chosen](records, file);
}

/**
 * Reads a gold JSONL file from disk.
 * @throws DataFileError when the file cannot be read or does not fit its format.
 * @example const gold = readGoldFile("dev/conflibert-cameo-train.jsonl");
 */
export function readGoldFile(path: string, format: GoldFormatOption = "auto"): GoldSet {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new DataFileError(`cannot read gold file (${reason})`, { file: path });
  }
  return parseGold(text, path, format);
}
