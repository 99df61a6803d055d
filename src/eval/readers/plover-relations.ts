import { z } from "zod";
import type { Span } from "../../model/document.js";
import type { GoldItem, GoldSet } from "../gold.js";
import { locatePhrases } from "../spans.js";
import { type JsonlRecord, parseRecord, recordId } from "./jsonl.js";

/**
 * The set's 2016 PLOVER names → the current PLOVER types that cover them. YIELD was later split
 * into CONCEDE (ease, release, return) and RETREAT (withdraw, demobilise, de-escalate); every
 * other name is unchanged.
 */
const PLOVER_2016: Record<string, readonly string[]> = { YIELD: ["CONCEDE", "RETREAT"] };

/** The target phrase the set uses when the recipient is not named in the sentence. */
const UNNAMED_TARGET = "a recipient";

const ploverRelationsRecordSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).optional(),
  text: z.string({ error: 'needs a "text" string' }),
  source: z.string({ error: 'needs a "source" string' }),
  target: z.string({ error: 'needs a "target" string' }),
  plover_root: z.string({ error: 'needs a "plover_root" string' }).regex(/^[A-Z]+$/, {
    error: "must be a PLOVER type in capitals",
  }),
  marked_sentence: z.string().optional(),
});

/** The current PLOVER types a (possibly 2016) PLOVER name stands for. */
export function currentPloverTypes(name: string): readonly string[] {
  return PLOVER_2016[name] ?? [name];
}

/**
 * The spans of `<s>…</s>` and `<t>…</t>` in a marked sentence, as offsets into the sentence with
 * the tags removed; null when that sentence is not `text`, so the caller falls back to the phrases.
 */
function markedSpans(marked: string, text: string): { source: Span[]; target: Span[] } | null {
  const spans = { source: [] as Span[], target: [] as Span[] };
  const open: Partial<Record<"s" | "t", number>> = {};
  let plain = "";
  for (const part of marked.split(/(<\/?[st]>)/)) {
    const tag = /^<(\/?)([st])>$/.exec(part);
    if (!tag) {
      plain += part;
      continue;
    }
    const kind = tag[2] as "s" | "t";
    if (tag[1] === "") open[kind] = plain.length;
    else if (open[kind] !== undefined) {
      (kind === "s" ? spans.source : spans.target).push({ start: open[kind], end: plain.length });
      open[kind] = undefined;
    }
  }
  return plain === text ? spans : null;
}

/**
 * Reads the PLOVER relations set: `{id, text, source, target, plover_root, marked_sentence}`, one
 * sentence a line with one marked source → target relation of a PLOVER type (2016 names, mapped
 * by {@link currentPloverTypes}). The actors' spans come from the `<s>`/`<t>` tags of
 * `marked_sentence` (every tagged phrase counts), else from locating the phrases in the text.
 * A target of "a recipient" means none is named: only source and type are then scored.
 * @throws DataFileError naming `file:line` for a record that does not fit.
 */
export function readPloverRelationsGold(records: readonly JsonlRecord[], file: string): GoldSet {
  const items: GoldItem[] = records.map((record) => {
    const parsed = parseRecord(ploverRelationsRecordSchema, record, file);
    const unnamed = parsed.target.trim().toLowerCase() === UNNAMED_TARGET;
    const marked = parsed.marked_sentence ? markedSpans(parsed.marked_sentence, parsed.text) : null;
    const sourceSpans = marked?.source ?? locatePhrases(parsed.text, [parsed.source]);
    const targetSpans = unnamed ? [] : (marked?.target ?? locatePhrases(parsed.text, [parsed.target]));
    return {
      id: recordId(parsed.id, record.line),
      text: parsed.text,
      events: [{}],
      noEvent: false,
      labels: {
        sourceSpans,
        targetSpans,
        ploverTypes: [...currentPloverTypes(parsed.plover_root)],
        unnamedTarget: unnamed,
      },
      line: record.line,
    };
  });
  return { format: "plover-relations", file, alignment: "first-event", items, skipped: [] };
}
