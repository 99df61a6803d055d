import { z } from "zod";
import type { GoldItem, GoldSet } from "../gold.js";
import { locatePhrases } from "../spans.js";
import { type JsonlRecord, parseRecord, recordId } from "./jsonl.js";

const phrases = z.array(z.string()).nullable().optional();

const conflibertRecordSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).optional(),
  text: z.string({ error: 'needs a "text" string' }),
  pentaclass: z.number({ error: 'needs a "pentaclass" number 0-4' }).int().min(0).max(4),
  source_spans: phrases,
  target_spans: phrases,
});

/**
 * Reads the ConfliBERT CAMEO set: `{id, text, pentaclass 0–4, source_spans, target_spans}`, one
 * sentence a line. Every sentence reports one event whose root is known only up to its class.
 * @throws DataFileError naming `file:line` for a record that does not fit.
 */
export function readConflibertGold(records: readonly JsonlRecord[], file: string): GoldSet {
  const items: GoldItem[] = records.map((record) => {
    const parsed = parseRecord(conflibertRecordSchema, record, file);
    const sourceSpans = locatePhrases(parsed.text, parsed.source_spans);
    const targetSpans = locatePhrases(parsed.text, parsed.target_spans);
    return {
      id: recordId(parsed.id, record.line),
      text: parsed.text,
      events: [{}],
      noEvent: false,
      labels: { pentaclass: parsed.pentaclass, sourceSpans, targetSpans },
      line: record.line,
    };
  });
  return { format: "conflibert", file, alignment: "first-event", items, skipped: [] };
}
