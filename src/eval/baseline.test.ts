import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { DataFileError } from "../model/errors.js";
import { compareToBaseline, readBaseline } from "./baseline.js";
import type { Figure } from "./headlines/index.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-baseline-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function headlineWith(figures: Record<string, number | null>): Figure[] {
  return Object.entries(figures).map(([name, value]) => ({ name, label: name, value }));
}

describe("compareToBaseline", () => {
  it("compareToBaseline passes figures within the tolerance", () => {
    expect(compareToBaseline(headlineWith({ accuracy: 0.496 }), { accuracy: 0.5 }, 0.005)).toEqual([]);
  });

  it("compareToBaseline reports figures below baseline minus tolerance", () => {
    expect(compareToBaseline(headlineWith({ accuracy: 0.49 }), { accuracy: 0.5 }, 0.005)).toEqual([
      { figure: "accuracy", baseline: 0.5, value: 0.49 },
    ]);
  });

  it("compareToBaseline reports a figure that vanished or became undefined", () => {
    const regressions = compareToBaseline(
      headlineWith({ coverage: null }),
      { coverage: 0.2, accuracy: 0.1 },
      0.005,
    );
    expect(regressions.map((r) => r.figure)).toEqual(["coverage", "accuracy"]);
  });

  it("compareToBaseline skips figures recorded as null", () => {
    expect(compareToBaseline(headlineWith({}), { codedAccuracy: null }, 0.005)).toEqual([]);
  });
});

describe("readBaseline", () => {
  it("readBaseline accepts the project's baseline file", () => {
    const path = fileURLToPath(new URL("../../data/eval/baseline.json", import.meta.url));
    expect(readBaseline(path).tolerance).toBe(0.005);
  });

  it("readBaseline rejects a figure outside [0, 1]", () => {
    const path = join(dir, "bad.json");
    writeFileSync(
      path,
      JSON.stringify({
        tolerance: 0.005,
        sets: { "a.jsonl": { format: "dyad", tune: { figures: { f: 0.5 } }, check: { figures: { f: 2 } } } },
      }),
    );
    expect(() => readBaseline(path)).toThrow(DataFileError);
    expect(() => readBaseline(path)).toThrow(/sets\.a\.jsonl\.check\.figures\.f/);
  });
});
