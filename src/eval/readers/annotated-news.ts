import { z } from "zod";
import type { GoldItem, GoldSet } from "../gold.js";
import { locatePhrases } from "../spans.js";
import { type JsonlRecord, parseRecord, recordId } from "./jsonl.js";

const annotatedNewsRecordSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).optional(),
  text: z.string({ error: 'needs a "text" string' }),
  majority_root: z
    .string()
    .regex(/^\d{2}$/, { error: "must be a two-digit CAMEO root or null" })
    .nullable(),
  relevant: z.boolean({ error: 'needs a "relevant" boolean' }),
  source_spans: z.array(z.string()).nullable().optional(),
  target_spans: z.array(z.string()).nullable().optional(),
});

/**
 * Reads the crowd-annotated news set: `{id, text, first_action_roots, majority_root|null,
 * relevant, source_spans, target_spans}`. A `relevant: false` sentence reports no event; a relevant
 * one reports an event whose root is known when the annotators had a majority.
 * @throws DataFileError naming `file:line` for a record that does not fit.
 */
export function readAnnotatedNewsGold(records: readonly JsonlRecord[], file: string): GoldSet {
  const items: GoldItem[] = records.map((record) => {
    const parsed = parseRecord(annotatedNewsRecordSchema, record, file);
    const root = parsed.majority_root ?? undefined;
    return {
      id: recordId(parsed.id, record.line),
      text: parsed.text,
      events: parsed.relevant ? [{ root }] : [],
      noEvent: !parsed.relevant,
      labels: {
        majorityRoot: parsed.majority_root,
        relevant: parsed.relevant,
        sourceSpans: locatePhrases(parsed.text, parsed.source_spans),
        targetSpans: locatePhrases(parsed.text, parsed.target_spans),
      },
      line: record.line,
    };
  });
  // Annotators named the first action of each sentence (`first_action_roots`): in "X said Y" that is
  // X's statement, in "Y, officials said" it is Y.
  return { format: "annotated-news", file, alignment: "first-action", items, skipped: [] };
}
