import { describe, expect, it } from "vitest";
import { formatConfusion, formatRatio, formatReport } from "./report.js";
import type { EvalReport } from "./score.js";

const report: EvalReport = {
  file: "gold.jsonl",
  format: "annotated-news",
  alignment: "first-event",
  items: 2,
  skipped: [],
  events: 1,
  headline: [
    {
      name: "majorityRootAccuracy",
      label: "primary event has the majority root",
      value: 0.5,
      hits: 1,
      total: 2,
    },
  ],
  fields: { root: { matched: 1, predicted: 1, gold: 2, precision: 1, recall: 0.5, f1: 2 / 3 } },
  confusion: {
    rows: ["18", "19"],
    columns: ["18", "none"],
    counts: [
      [1, 0],
      [0, 1],
    ],
  },
  missCount: 1,
  misses: [{ id: "n2", line: 2, text: "Rebels shelled a town.", kind: "missed", gold: ["19"], dyad: [] }],
};

describe("formatReport", () => {
  it("formatRatio prints three decimals, or a dash when undefined", () => {
    expect(formatRatio(2 / 3)).toBe("0.667");
    expect(formatRatio(null).trim()).toBe("—");
  });

  it("formatConfusion prints zero cells as dots", () => {
    expect(formatConfusion(report.confusion ?? { rows: [], columns: [], counts: [] })).toEqual([
      "  gold\\dyad   18 none",
      "  18           1    .",
      "  19           .    1",
    ]);
  });

  it("formatReport has headline, fields, confusion and misses sections", () => {
    const text = formatReport(report);
    expect(text).toContain("gold.jsonl: annotated-news gold, 2 texts; Dyad gave 1 events");
    expect(text).toMatch(/primary event has the majority root {2}0\.500 {2}\(1\/2\)/);
    expect(text).toMatch(/root code {2}1\.000 {2}0\.500 {2}0\.667 {2}1\/1\/2/);
    expect(text).toContain("Worst misses (1 of 1)");
    expect(text).toContain("gold: 19   dyad: no event");
  });
});
