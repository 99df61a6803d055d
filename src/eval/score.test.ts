import { describe, expect, it } from "vitest";
import type { EventRecord } from "../model/document.js";
import { OptionError } from "../model/errors.js";
import type { GoldFormat } from "./gold.js";
import { parseGold } from "./readers/read-gold.js";
import { type EvalReport, scoreGold } from "./score.js";
import { type EventSketch, makeEvent } from "./test-helpers/make-event.js";

/** Scores hand-made predictions (by item id) against gold records given as objects. */
function score(
  format: GoldFormat,
  records: object[],
  predictions: Record<string, EventSketch[]>,
  worst = 10,
) {
  const gold = parseGold(records.map((record) => JSON.stringify(record)).join("\n"), "mem.jsonl", format);
  const predict = (item: { id: string }): EventRecord[] => (predictions[item.id] ?? []).map(makeEvent);
  return scoreGold(gold, predict, { worst });
}

const figure = (report: EvalReport, name: string) => report.headline.find((f) => f.name === name);

/** One test per `[name, value, total]` headline figure, titled `<format> <name> is <value> over <total> sentences`. */
function itGivesFigures(format: string, report: EvalReport, rows: [string, number, number][]) {
  it.each(rows)(`${format} %s is %d over %d sentences`, (name, value, total) => {
    expect(figure(report, name)?.value).toBeCloseTo(value, 10);
    expect(figure(report, name)?.total).toBe(total);
  });
}

describe("scoreGold on Dyad gold", () => {
  const records = [
    {
      id: "a",
      text: "Iraq attacked Iran in Basra.",
      events: [
        {
          cameo: "190",
          source: { code: "IRQ", country: "IRQ" },
          target: "IRN",
          status: "asserted",
          location: { text: "Basra" },
        },
      ],
    },
    { id: "b", text: "France met Germany.", events: [{ cameo: "040", source: "FRA", target: "DEU" }] },
    { id: "c", text: "Nothing happened.", events: [] },
  ];
  const predictions: Record<string, EventSketch[]> = {
    a: [
      {
        cameo: "193",
        source: { code: "IRQ", country: "IRQ" },
        target: { code: "IRN", country: "IRN" },
        location: { span: [22, 27], basis: "event" },
      },
    ],
    b: [{ cameo: "040", source: { code: "FRA" }, target: { code: "USA" } }, { cameo: "010" }],
    c: [{ cameo: "120" }],
  };
  const report = score("dyad", records, predictions);

  it("scoreGold counts events found over all texts, no-event texts included", () => {
    expect(report.fields.event).toMatchObject({
      matched: 2,
      predicted: 4,
      gold: 2,
      precision: 0.5,
      recall: 1,
    });
  });

  it("scoreGold compares roots and full codes on paired events", () => {
    expect(report.fields.root).toMatchObject({ matched: 2, predicted: 4, gold: 2 });
    expect(report.fields.code).toMatchObject({ matched: 1, predicted: 4, gold: 2 });
  });

  it("scoreGold scores actor fields only where the gold annotates them", () => {
    expect(report.fields.sourceCountry).toMatchObject({ matched: 1, predicted: 1, gold: 1 });
    expect(report.fields.targetCode).toMatchObject({ matched: 1, predicted: 2, gold: 2 });
    expect(report.fields.status).toMatchObject({ matched: 1, predicted: 1, gold: 1 });
    expect(report.fields.location).toMatchObject({ matched: 1, predicted: 1, gold: 1 });
    expect(report.fields.targetCountry).toBeUndefined();
  });

  it("scoreGold fills the root confusion matrix, with none for missing and spurious events", () => {
    expect(report.confusion).toEqual({
      rows: ["04", "19", "none"],
      columns: ["01", "04", "12", "19"],
      counts: [
        [0, 1, 0, 0],
        [0, 0, 0, 1],
        [1, 0, 1, 0],
      ],
    });
  });

  it("scoreGold gives Dyad-format headlines from events, roots and codes", () => {
    expect(figure(report, "codeRecall")?.value).toBe(0.5);
    expect(figure(report, "eventPrecision")?.value).toBe(0.5);
  });
});

describe("scoreGold on ConfliBERT gold", () => {
  const records = [
    { id: "1", text: "Troops attacked the town.", pentaclass: 4, source_spans: ["Troops"] },
    { id: "2", text: "The minister said talks would resume.", pentaclass: 1 },
    { id: "3", text: "Rebels were denounced.", pentaclass: 3 },
    { id: "4", text: "Aid arrived.", pentaclass: 2 },
  ];
  const report = score("conflibert", records, {
    "1": [{ cameo: "190", trigger: [7, 15], source: { code: "MIL", span: [0, 6] } }],
    "2": [
      { cameo: "010", trigger: [13, 17] },
      { cameo: "036", trigger: [24, 30] },
    ],
    "3": [{ cameo: "173", trigger: [12, 21] }],
  });

  itGivesFigures("conflibert", report, [
    ["accuracy", 0.5, 4],
    ["coverage", 0.75, 4],
    ["codedAccuracy", 2 / 3, 3],
    ["sourceSpanOverlap", 1, 1],
  ]);

  it("conflibert lists wrong classes before missing events", () => {
    expect(report.misses.map((miss) => [miss.id, miss.kind, miss.gold, miss.dyad])).toEqual([
      ["3", "wrong", ["class 3"], ["173"]],
      ["4", "missed", ["class 2"], []],
    ]);
    expect(report.confusion).toBeNull();
  });
});

describe("scoreGold on annotated news", () => {
  const base = { first_action_roots: {}, source_spans: [], target_spans: [] };
  const report = score(
    "annotated-news",
    [
      {
        ...base,
        id: "a",
        text: "Police arrested protesters.",
        majority_root: "17",
        relevant: true,
        source_spans: ["Police"],
      },
      { ...base, id: "b", text: "Rebels shelled a town.", majority_root: "19", relevant: true },
      { ...base, id: "c", text: "A film opened.", majority_root: null, relevant: false },
      { ...base, id: "d", text: "A star said he would wed.", majority_root: "01", relevant: false },
    ],
    {
      a: [{ cameo: "173", trigger: [7, 15], source: { code: "USACOP", span: [0, 6] } }],
      b: [{ cameo: "180", trigger: [7, 14] }],
      d: [{ cameo: "010", status: "claimed" }],
    },
  );

  itGivesFigures("annotated news", report, [
    ["majorityRootAccuracy", 2 / 3, 3],
    ["majorityRootAccuracyRelevant", 0.5, 2],
    ["irrelevantNoAsserted", 1, 2],
    ["sourceSpanOverlap", 1, 1],
  ]);

  it("annotated news counts an event on an irrelevant sentence as a false positive", () => {
    expect(report.fields.event).toMatchObject({ matched: 2, predicted: 3, gold: 2 });
  });
});

describe("scoreGold on PETRARCH unit tests", () => {
  // Run without require_dyad: every event Dyad gives is scored.
  const record = {
    date: "19950101",
    text: "Arnor met Gondor.",
    noevents: false,
    active: true,
    config: { require_dyad: false },
  };
  const report = score(
    "petrarch-unit",
    [
      {
        ...record,
        id: "P1",
        expected: [
          { source: "ARN", target: "GON", code: "040" },
          { source: "GON", target: "ARN", code: "040" },
        ],
      },
      { ...record, id: "P2", expected: [], noevents: true },
      { ...record, id: "P3", expected: [], noevents: true },
    ],
    {
      P1: [
        { cameo: "040", source: { code: "ARN" }, target: { code: "GON" } },
        { cameo: "040", source: { code: "ARN" } },
      ],
      P3: [{ cameo: "010" }],
    },
  );

  it("petrarch triples match source, target and code together", () => {
    expect(figure(report, "triplePrecision")?.value).toBeCloseTo(1 / 3, 10);
    expect(figure(report, "tripleRecall")?.value).toBe(0.5);
    expect(figure(report, "tripleF1")?.value).toBeCloseTo(0.4, 10);
  });

  it("petrarch no-event accuracy counts records Dyad leaves empty", () => {
    expect(figure(report, "noEventAccuracy")).toMatchObject({ value: 0.5, hits: 1, total: 2 });
  });
});

describe("scoreGold on PETRARCH unit tests run with require_dyad (PETRARCH's default)", () => {
  const record = { date: "19950101", text: "Arnor met Gondor, officials said." };
  const events = {
    P1: [
      { cameo: "040", source: { code: "ARN" }, target: { code: "GON" } },
      { cameo: "010", source: { code: "GOV", country: null, sector: "GOV" } },
    ],
  };
  const expected = [{ source: "ARN", target: "GON", code: "040" }];

  it("an event lacking a source or target is not scored when the record requires a dyad", () => {
    const report = score("petrarch-unit", [{ ...record, id: "P1", expected }], events);
    expect(figure(report, "recordsPassed")).toMatchObject({ hits: 1, total: 1 });
  });

  it("it is scored when the record's config turns require_dyad off", () => {
    const loose = { ...record, id: "P1", expected, config: { require_dyad: false } };
    expect(figure(score("petrarch-unit", [loose], events), "recordsPassed")).toMatchObject({ hits: 0 });
  });
});

describe("scoreGold on PETRARCH unit tests: actor codes in PETRARCH's form", () => {
  const report = score(
    "petrarch-unit",
    [
      {
        id: "P1",
        date: "19950101",
        text: "The government met Gondor.",
        expected: [{ source: "---GOV", target: "GON", code: "040" }],
      },
    ],
    {
      P1: [{ cameo: "040", source: { code: "GOV", country: null, sector: "GOV" }, target: { code: "GON" } }],
    },
  );

  it("a role with no country (Dyad's GOV) is PETRARCH's ---GOV", () => {
    expect(figure(report, "recordsPassed")).toMatchObject({ hits: 1, total: 1 });
  });
});

describe("scoreGold on event-location gold", () => {
  const text = "A man was shot in Nablus.";
  const verbs = [{ text: "shot", start: 10, end: 14 }];
  const report = score(
    "event-location",
    [
      { id: "1", text, verbs, locations: [{ text: "Nablus", start: 18, end: 24 }] },
      { id: "2", text, verbs, locations: [{ text: "Nablus", start: 18, end: 24 }] },
      { id: "3", text, verbs, locations: [] },
      { id: "4", text, verbs, locations: [] },
      { id: "5", text, verbs, locations: [{ text: "Nablus", start: 18, end: 24 }] },
      { id: "6", text, verbs, locations: [] },
    ],
    {
      "1": [{ cameo: "190", trigger: [10, 14], location: { span: [18, 24], basis: "event" } }],
      "2": [{ cameo: "190", trigger: [10, 14], location: { span: [0, 1], basis: "dateline" } }],
      "3": [{ cameo: "190", trigger: [10, 14], location: { span: [0, 1], basis: "document" } }],
      "4": [{ cameo: "190", trigger: [10, 14], location: { span: [18, 24], basis: "event" } }],
      "5": [{ cameo: "010", trigger: [2, 5], location: { span: [18, 24], basis: "event" } }],
      // The marked event names no place; another event of the sentence does.
      "6": [
        { cameo: "190", trigger: [10, 14] },
        { cameo: "010", trigger: [2, 5], location: { span: [18, 24], basis: "event" } },
      ],
    },
  );

  itGivesFigures("event-location", report, [
    ["markedEventCoded", 5 / 6, 6],
    ["locationOverlap", 0.5, 2],
    ["noLocationCorrect", 1 / 3, 3],
    ["noLocationMarked", 2 / 3, 3],
  ]);

  it("event-location scores the location field on the marked event only", () => {
    expect(report.fields.location).toMatchObject({ matched: 1, predicted: 2, gold: 3 });
  });
});

describe("scoreGold options", () => {
  const records = [1, 2, 3].map((n) => ({ id: String(n), text: "x", events: [{ cameo: "190" }] }));

  it("scoreGold --limit scores only the first texts and --worst caps the misses listed", () => {
    const report = score("dyad", records, {}, 1);
    expect(report.missCount).toBe(3);
    expect(report.misses).toHaveLength(1);
    const gold = parseGold(records.map((r) => JSON.stringify(r)).join("\n"), "mem.jsonl");
    expect(scoreGold(gold, () => [], { limit: 2 }).items).toBe(2);
  });

  it("scoreGold rejects a negative limit", () => {
    const gold = parseGold(JSON.stringify(records[0]), "mem.jsonl");
    expect(() => scoreGold(gold, () => [], { limit: -1 })).toThrow(OptionError);
  });
});
