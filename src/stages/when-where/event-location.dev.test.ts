import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createDoc, type Doc, type Span } from "../../model/document.js";
import { DEV_DIR } from "../../test-helpers/dev-data.js";
import { tokenizeDoc } from "../tokenize/tokenize.js";
import { loadGazetteer } from "./gazetteer.js";
import { makeEvent } from "./test-helpers/make-doc.js";
import { parseTestDoc } from "./test-helpers/parse-doc.js";
import { createWhenWhereStage } from "./when-where-stage.js";

/** ahalterman/event_location (MIT): 9,142 sentences, one event verb each, gold spans of where it happened. */
const DEV_FILE = join(DEV_DIR, "event-location.jsonl");

interface Row {
  id: string;
  text: string;
  verbs: { text: string; start: number; end: number }[];
  locations: { text: string; start: number; end: number }[];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
/**
 * About 800 gold spans are empty or one stray letter (annotation slips); sentences with only such
 * spans are left out of both figures. Note that many "no location" sentences do name where the
 * event happened (one source, Masdar, left most unlabelled), which caps figure (b).
 */
const realSpan = (l: Row["locations"][number]) => l.text.trim().length >= 2;

describe.skipIf(!existsSync(DEV_FILE))(
  existsSync(DEV_FILE)
    ? "when-where on the event-location dev set"
    : `when-where on the event-location dev set: skipped, ${DEV_FILE} is absent`,
  () => {
    it("finds the gold event location and stays quiet where there is none", () => {
      const rows = readFileSync(DEV_FILE, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Row);
      const stage = createWhenWhereStage({ gazetteer: loadGazetteer() });
      const ctx = { resources: {}, warn: () => {} };
      const docs: { row: Row; doc: Doc }[] = [];
      const tokenizeStart = performance.now();
      for (const row of rows) {
        const doc = createDoc({ id: row.id, text: row.text });
        tokenizeDoc(doc);
        parseTestDoc(doc);
        doc.events.push(makeEvent(doc, { start: row.verbs[0].start, end: row.verbs[0].end }));
        docs.push({ row, doc });
      }
      const parseMs = performance.now() - tokenizeStart;
      const start = performance.now();
      for (const { doc } of docs) stage.run(doc, ctx);
      const stageMs = performance.now() - start;

      let withGold = 0;
      let found = 0;
      let foundEvent = 0;
      let withoutGold = 0;
      let quiet = 0;
      let skipped = 0;
      for (const { row, doc } of docs) {
        const gold = row.locations.filter(realSpan);
        const location = doc.events[0].location;
        if (row.locations.length > 0 && gold.length === 0) {
          skipped++;
          continue;
        }
        if (gold.length > 0) {
          withGold++;
          const hit = location?.span !== undefined && gold.some((g) => overlaps(g, location.span as Span));
          if (hit) found++;
          if (hit && location?.basis === "event") foundEvent++;
        } else {
          withoutGold++;
          if (location?.basis !== "event") quiet++;
        }
      }
      const recall = found / withGold;
      const quietShare = quiet / withoutGold;
      console.log(
        [
          `event-location dev set: ${rows.length} sentences (${skipped} with only broken gold spans left out)`,
          `(a) gold location found (span overlap): ${(recall * 100).toFixed(1)}% of ${withGold} (basis event only: ${((foundEvent / withGold) * 100).toFixed(1)}%)`,
          `(b) no gold location, none or fallback given: ${(quietShare * 100).toFixed(1)}% of ${withoutGold}`,
          `time: stage ${stageMs.toFixed(0)} ms (${((stageMs / rows.length) * 1000).toFixed(0)} ms per 1,000 sentences), tokenizer and parser ${parseMs.toFixed(0)} ms`,
        ].join("\n"),
      );
      // Floors a little below the figures reached (76.6%, 66.1% of them the event's own place, and
      // 77.0% when written, places read from the parse), so regressions fail. (b) was 76.1% when
      // "north/advmod of X" began to be read as "north of X" (the shape of a direction word tagged
      // ADV, as EWT tags it): four sentences more give a bearing's name ("patrolling the high seas
      // north of Timor Island"), which this set's annotators mostly leave unmarked.
      expect(recall).toBeGreaterThanOrEqual(0.75);
      expect(foundEvent / withGold).toBeGreaterThanOrEqual(0.64);
      expect(quietShare).toBeGreaterThanOrEqual(0.755);
    });
  },
);
