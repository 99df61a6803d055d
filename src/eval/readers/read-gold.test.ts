import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DataFileError } from "../../model/errors.js";
import type { GoldFormat } from "../gold.js";
import { detectGoldFormat, readGoldFile } from "./read-gold.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-gold-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
function goldFile(lines: unknown[]): string {
  const path = join(dir, `gold-${fileCount++}.jsonl`);
  writeFileSync(
    path,
    lines.map((line) => (typeof line === "string" ? line : JSON.stringify(line))).join("\n"),
  );
  return path;
}

const dyadRecord = {
  id: "d1",
  text: "Iraqi troops attacked Mosul.",
  date: "2020-01-02",
  events: [
    {
      cameo: "190",
      source: { code: "IRQMIL", country: "IRQ" },
      target: null,
      status: "asserted",
      location: { text: "Mosul" },
    },
  ],
};
const conflibertRecord = {
  id: "c1",
  text: "A car bomb in Kiev killed a man.",
  pentaclass: 4,
  source_spans: ["a car bomb"],
  target_spans: null,
};
const annotatedRecord = {
  id: "n1",
  text: "Police arrested protesters.",
  first_action_roots: { "17": 5 },
  majority_root: "17",
  relevant: true,
  source_spans: ["Police", "missing phrase"],
  target_spans: [],
};
const petrarchRecord = {
  id: "P-1",
  date: "19950101",
  text: "Arnor restored ties with Gondor.",
  expected: [{ source: "ARN", target: "GON", code: "064" }],
  noevents: false,
  active: true,
  expected_error: null,
};
const locationRecord = {
  id: "l1",
  text: "A man was shot in Nablus.",
  verbs: [{ text: "shot", start: 10, end: 14 }],
  locations: [{ text: "Nablus", start: 18, end: 24 }],
};

describe("detectGoldFormat", () => {
  it.each<[GoldFormat, unknown]>([
    ["dyad", dyadRecord],
    ["conflibert", conflibertRecord],
    ["annotated-news", annotatedRecord],
    ["petrarch-unit", petrarchRecord],
    ["event-location", locationRecord],
  ])("detectGoldFormat names %s from its fields", (format, record) => {
    expect(detectGoldFormat(record)).toBe(format);
  });

  it("detectGoldFormat returns null for unknown fields", () => {
    expect(detectGoldFormat({ id: "x", text: "y" })).toBeNull();
    expect(detectGoldFormat([1, 2])).toBeNull();
  });
});

describe("readGoldFile", () => {
  it("readGoldFile reads the Dyad format with actors, status and a located place", () => {
    const gold = readGoldFile(
      goldFile([dyadRecord, "", { id: "d2", text: "Nothing happened.", events: [] }]),
    );
    expect(gold.format).toBe("dyad");
    expect(gold.alignment).toBe("all-events");
    expect(gold.items).toHaveLength(2);
    const [first, second] = gold.items;
    expect(first.date).toBe("2020-01-02");
    expect(first.events[0]).toEqual({
      cameo: "190",
      root: "19",
      source: { code: "IRQMIL", country: "IRQ" },
      target: null,
      status: "asserted",
      location: { spans: [{ start: 22, end: 27 }] },
    });
    expect(second).toMatchObject({ id: "d2", noEvent: true, line: 3 });
  });

  it("readGoldFile takes a bare string as a Dyad actor code", () => {
    const gold = readGoldFile(goldFile([{ text: "x", events: [{ cameo: "042", source: "USAGOV" }] }]));
    expect(gold.items[0].events[0].source).toEqual({ code: "USAGOV" });
    expect(gold.items[0].id).toBe("line-1");
  });

  it("readGoldFile reads ConfliBERT records as one event known by class", () => {
    const gold = readGoldFile(goldFile([conflibertRecord]));
    expect(gold.alignment).toBe("first-event");
    expect(gold.items[0]).toMatchObject({
      events: [{}],
      noEvent: false,
      labels: { pentaclass: 4, sourceSpans: [{ start: 0, end: 10 }], targetSpans: [] },
    });
  });

  it("readGoldFile reads annotated news, dropping phrases not in the text", () => {
    const irrelevant = { ...annotatedRecord, id: "n2", majority_root: null, relevant: false };
    const gold = readGoldFile(goldFile([annotatedRecord, irrelevant]));
    expect(gold.items[0]).toMatchObject({
      events: [{ root: "17" }],
      noEvent: false,
      labels: { majorityRoot: "17", relevant: true, sourceSpans: [{ start: 0, end: 6 }] },
    });
    expect(gold.items[1]).toMatchObject({ events: [], noEvent: true, labels: { relevant: false } });
  });

  it("readGoldFile reads PETRARCH records, skips inactive and error-handling ones, and scores discard tests as no-event", () => {
    const gold = readGoldFile(
      goldFile([
        petrarchRecord,
        { ...petrarchRecord, id: "P-2", active: false },
        { ...petrarchRecord, id: "P-3", expected: [], expected_error: "dateline" },
        { ...petrarchRecord, id: "P-4", expected: [], noevents: true },
        { ...petrarchRecord, id: "P-5", expected: [], expected_error: "sentencediscard" },
      ]),
    );
    expect(gold.items.map((item) => item.id)).toEqual(["P-1", "P-4", "P-5"]);
    expect(gold.items[2]).toMatchObject({ noEvent: true, labels: { noEvents: true } });
    expect(gold.items[0]).toMatchObject({
      date: "1995-01-01",
      events: [{ cameo: "064", root: "06", source: { code: "ARN" }, target: { code: "GON" } }],
    });
    expect(gold.items[1]).toMatchObject({ noEvent: true, labels: { noEvents: true } });
    expect(gold.skipped).toEqual([
      { count: 1, reason: "inactive records" },
      { count: 1, reason: "records testing PETRARCH's input-error handling (dateline, bad parse)" },
    ]);
  });

  it("readGoldFile reads event-location records, treating empty spans as no location", () => {
    const none = { ...locationRecord, id: "l2", locations: [{ text: "", start: 3, end: 3 }] };
    const gold = readGoldFile(goldFile([locationRecord, none]));
    expect(gold.alignment).toBe("trigger-span");
    expect(gold.items[0]).toMatchObject({
      events: [{ location: { spans: [{ start: 18, end: 24 }] } }],
      labels: { triggerSpans: [{ start: 10, end: 14 }] },
    });
    expect(gold.items[1].events[0].location).toBeNull();
  });

  it("readGoldFile honours an explicit format over detection", () => {
    expect(() => readGoldFile(goldFile([conflibertRecord]), "event-location")).toThrow(
      /gold-\d+\.jsonl:1: "verbs"/,
    );
  });
});

describe("readGoldFile errors", () => {
  it.each<[string, unknown[], RegExp]>([
    ["bad JSON", [dyadRecord, "{not json"], /:2: not valid JSON/],
    [
      "a Dyad event without a code",
      [dyadRecord, { text: "x", events: [{ source: "USA" }] }],
      /:2: "events\.0\.cameo"/,
    ],
    [
      "a Dyad place not in the text",
      [{ text: "x", events: [{ cameo: "190", location: { text: "Paris" } }] }],
      /:1: location/,
    ],
    [
      "a pentaclass out of range",
      [conflibertRecord, { ...conflibertRecord, pentaclass: 7 }],
      /:2: "pentaclass"/,
    ],
    [
      "a majority root that is not a root",
      [annotatedRecord, { ...annotatedRecord, majority_root: "1" }],
      /:2: "majority_root"/,
    ],
    [
      "a PETRARCH date that is not YYYYMMDD",
      [petrarchRecord, { ...petrarchRecord, date: "1995-01-01" }],
      /:2: "date"/,
    ],
    [
      "a span outside the text",
      [locationRecord, { ...locationRecord, verbs: [{ text: "x", start: 5, end: 99 }] }],
      /:2: span 5-99/,
    ],
    ["an unknown first record", [{ id: "x", text: "y" }], /:1: cannot tell the gold format/],
  ])("readGoldFile rejects %s, naming file and line", (_name, lines, message) => {
    const path = goldFile(lines);
    expect(() => readGoldFile(path)).toThrow(DataFileError);
    expect(() => readGoldFile(path)).toThrow(message);
    expect(() => readGoldFile(path)).toThrow(path);
  });

  it("readGoldFile rejects a missing file", () => {
    expect(() => readGoldFile(join(dir, "absent.jsonl"))).toThrow(
      /absent\.jsonl: cannot read gold file \(ENOENT\)/,
    );
  });

  it("readGoldFile rejects an empty file", () => {
    expect(() => readGoldFile(goldFile(["", ""]))).toThrow(/gold file has no records/);
  });
});
