import { z } from "zod";
import type { GoldEvent, GoldItem, GoldSet } from "../gold.js";
import { type JsonlRecord, parseRecord, recordId } from "./jsonl.js";

const petrarchRecordSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).optional(),
  date: z
    .string()
    .regex(/^\d{8}$/, { error: "must be YYYYMMDD" })
    .optional(),
  text: z.string({ error: 'needs a "text" string' }),
  expected: z.array(z.object({ source: z.string(), target: z.string(), code: z.string().min(2) }), {
    error: 'needs an "expected" array',
  }),
  noevents: z.boolean().optional(),
  active: z.boolean().optional(),
  expected_error: z.string().nullable().optional(),
  /** PETRARCH's options for the record; `require_dyad` (default true) drops events lacking an actor. */
  config: z.object({ require_dyad: z.boolean().optional() }).optional(),
});

/** `expected_error` values of records that test discard phrases: nothing may be coded from them. */
const DISCARD_TESTS = new Set(["sentencediscard", "storydiscard"]);

/**
 * Reads PETRARCH2's unit-test records (`PETR.UnitTest.records.xml` as JSONL):
 * `{id, date YYYYMMDD, text, expected: [{source, target, code}], noevents, active, expected_error}`.
 * Inactive records and those that test PETRARCH's input-error handling (`expected_error`: dateline,
 * bad parse) are left out and counted in `skipped`; discard tests (`sentencediscard`,
 * `storydiscard`) are no-event records, since Dyad applies the discard phrases of `--dictionaries`.
 * A record's `config.require_dyad` (PETRARCH's default, true) is kept: only Dyad's events with both a
 * source and a target are scored on it, as PETRARCH coded only those. The actors are fictional (Arnor, Gondor) and live in PETRARCH's
 * `PETR.Validate` dictionaries, so Dyad's own dictionaries are not expected to know them.
 * @throws DataFileError naming `file:line` for a record that does not fit.
 */
export function readPetrarchUnitGold(records: readonly JsonlRecord[], file: string): GoldSet {
  const items: GoldItem[] = [];
  let inactive = 0;
  let errorTests = 0;
  for (const record of records) {
    const parsed = parseRecord(petrarchRecordSchema, record, file);
    if (parsed.active === false) {
      inactive++;
      continue;
    }
    // Discard tests are scored as no-event records: Dyad reads the discard phrases too.
    const discardTest = DISCARD_TESTS.has(parsed.expected_error ?? "");
    if (parsed.expected_error && !discardTest) {
      errorTests++;
      continue;
    }
    const events: GoldEvent[] = parsed.expected.map((triple) => ({
      cameo: triple.code,
      root: triple.code.slice(0, 2),
      source: { code: triple.source },
      target: { code: triple.target },
    }));
    const date = parsed.date
      ? `${parsed.date.slice(0, 4)}-${parsed.date.slice(4, 6)}-${parsed.date.slice(6)}`
      : undefined;
    items.push({
      id: recordId(parsed.id, record.line),
      text: parsed.text,
      date,
      events,
      noEvent: events.length === 0,
      labels: {
        triples: parsed.expected,
        noEvents: parsed.noevents === true || discardTest,
        requireDyad: parsed.config?.require_dyad !== false,
      },
      line: record.line,
    });
  }
  const skipped = [
    { count: inactive, reason: "inactive records" },
    { count: errorTests, reason: "records testing PETRARCH's input-error handling (dateline, bad parse)" },
  ].filter((entry) => entry.count > 0);
  return { format: "petrarch-unit", file, alignment: "all-events", items, skipped };
}
