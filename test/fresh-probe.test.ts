import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { EventRecord } from "../src/model/document.js";
import { defaultCoder } from "../src/test-helpers/event-triples.js";

/** The figures of scripts/score-probe.mjs this test reads. */
interface Figures {
  precision: number;
  recall: number;
  f1: number;
}
interface ProbeScore {
  sentences: number;
  rootCountry: Figures;
  rootOnly: Figures;
  dyadNoTargetShare: number;
  noPoliticsSentences: number;
  noPoliticsWithAsserted: number;
}
interface ProbeRecord {
  id: string;
  text: string;
  date: string;
}
interface Scorer {
  readProbe(path: string): ProbeRecord[];
  scoreProbe(probe: ProbeRecord[], eventsById: Map<string, EventRecord[]>): ProbeScore;
}

const ROOT = join(import.meta.dirname, "..");

// The fresh probe: 133 wire-style sentences of 2021-2025 news whose expected events were written
// before Dyad ran on them and from no rule's example. Its figures estimate held-out news; the floors
// sit a little below this build's (root+country F1 0.575, root-only 0.716), so a regression fails.
describe("fresh news probe (held-out style score)", async () => {
  const scorer = (await import(pathToFileURL(join(ROOT, "scripts", "score-probe.mjs")).href)) as Scorer;
  const probe = scorer.readProbe(join(ROOT, "test", "fixtures", "fresh-probe.jsonl"));
  const coder = defaultCoder();
  const events = new Map(probe.map((p) => [p.id, coder.code({ id: p.id, text: p.text, date: p.date }).events]));
  const score = scorer.scoreProbe(probe, events);

  it("codes events matching root, source and target country at F1 >= 0.54", () => {
    expect(score.sentences).toBe(133);
    expect(score.rootCountry.f1).toBeGreaterThanOrEqual(0.54);
    expect(score.rootCountry.precision).toBeGreaterThanOrEqual(0.52);
    expect(score.rootCountry.recall).toBeGreaterThanOrEqual(0.55);
  });

  it("gets the event roots right at F1 >= 0.68", () => {
    expect(score.rootOnly.f1).toBeGreaterThanOrEqual(0.68);
  });

  it("codes no asserted event in sentences with no political event, and few events with no target", () => {
    expect(score.noPoliticsSentences).toBe(12);
    expect(score.noPoliticsWithAsserted).toBe(0);
    expect(score.dyadNoTargetShare).toBeLessThanOrEqual(0.22);
  });
});
