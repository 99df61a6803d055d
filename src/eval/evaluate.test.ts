import { describe, expect, it } from "vitest";
import type { EventRecord } from "../model/document.js";
import { evaluateGold } from "./evaluate.js";
import { parseGold } from "./readers/read-gold.js";
import { splitPartOf } from "./split.js";
import { makeEvent } from "./test-helpers/make-event.js";

// Twenty ConfliBERT-style sentences, all class 4; Dyad (by hand) codes every other one 190.
const records = Array.from({ length: 20 }, (_, i) => ({
  id: `s${i}`,
  text: `Troops attacked village number ${i} at dawn.`,
  pentaclass: 4,
}));
const gold = parseGold(records.map((r) => JSON.stringify(r)).join("\n"), "mem.jsonl", "conflibert");
const codes = (item: { id: string }): EventRecord[] =>
  Number(item.id.slice(1)) % 2 === 0 ? [makeEvent({ cameo: "190" })] : [];

const accuracy = (headline: { name: string; value: number | null }[]) =>
  headline.find((figure) => figure.name === "accuracy")?.value ?? null;

describe("evaluateGold", () => {
  it("evaluateGold scores each part on the texts the hash puts there", () => {
    const report = evaluateGold(gold, codes);
    const tune = gold.items.filter((item) => splitPartOf(item.text) === "tune");
    expect(report.parts?.tune.items).toBe(tune.length);
    expect(report.parts?.check.items).toBe(20 - tune.length);
    const hits = tune.filter((item) => codes(item).length > 0).length;
    expect(accuracy(report.parts?.tune.headline ?? [])).toBeCloseTo(hits / tune.length, 10);
  });

  it("evaluateGold gives each figure its tune, check and tune − check gap", () => {
    const figure = evaluateGold(gold, codes).headline.find((f) => f.name === "accuracy");
    expect(figure?.value).toBeCloseTo(0.5, 10);
    expect(figure?.gap).toBeCloseTo((figure?.tune ?? 0) - (figure?.check ?? 0), 10);
  });

  it("evaluateGold codes each text once however many parts score it", () => {
    let calls = 0;
    evaluateGold(gold, (item) => {
      calls++;
      return codes(item);
    });
    expect(calls).toBe(20);
  });

  it("evaluateGold lists misses from tune only, and none for the check part", () => {
    const all = evaluateGold(gold, codes);
    expect(all.misses.every((miss) => splitPartOf(miss.text) === "tune")).toBe(true);
    expect(all.misses.length).toBeGreaterThan(0);
    const check = evaluateGold(gold, codes, { part: "check" });
    expect(check.misses).toEqual([]);
    expect(check.missesFrom).toBeNull();
    expect(check.items).toBe(all.parts?.check.items);
  });
});
