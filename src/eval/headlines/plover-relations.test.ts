import { describe, expect, it } from "vitest";
import { parseGold } from "../readers/read-gold.js";
import { scoreGold } from "../score.js";
import { type EventSketch, makeEvent } from "../test-helpers/make-event.js";

// "Germany" is at [0, 7), "Turkey" at [20, 26), "Greece" at [31, 37).
const text = "Germany criticised Turkey and Greece over the dispute.";
const marked = "<s>Germany</s> criticised <t>Turkey</t> and Greece over the dispute.";
const record = (id: string, extra: object = {}) => ({
  id,
  text,
  source: "Germany",
  target: "Turkey",
  plover_root: "ACCUSE",
  marked_sentence: marked,
  ...extra,
});

function score(records: object[], predictions: Record<string, EventSketch[]>) {
  const gold = parseGold(records.map((r) => JSON.stringify(r)).join("\n"), "mem.jsonl");
  return scoreGold(gold, (item) => (predictions[item.id] ?? []).map(makeEvent));
}

const accuse = (target: [number, number]): EventSketch => ({
  cameo: "111",
  plover: "ACCUSE",
  source: { code: "DEU", span: [0, 7] },
  target: { code: "TUR", span: target },
});

describe("plover-relations headline figures", () => {
  const report = score(
    [
      record("right"),
      record("wrong-target"),
      record("wrong-type"),
      record("unnamed", {
        target: "a recipient",
        marked_sentence: "<s>Germany</s> criticised Turkey and Greece over the dispute.",
      }),
      record("yield", { plover_root: "YIELD" }),
    ],
    {
      right: [{ cameo: "010" }, accuse([20, 26])],
      "wrong-target": [accuse([31, 37])],
      "wrong-type": [{ ...accuse([20, 26]), cameo: "042", plover: "CONSULT" }],
      unnamed: [{ ...accuse([0, 0]), target: undefined }],
      yield: [{ ...accuse([20, 26]), cameo: "0861", plover: "RETREAT" }],
    },
  );
  const value = (name: string) => report.headline.find((figure) => figure.name === name);

  it("plover-relations counts an event between the marked actors with the marked type", () => {
    // right, unnamed (no target named: source and type suffice) and yield (YIELD covers RETREAT).
    expect(value("relationCoded")).toMatchObject({ hits: 3, total: 5 });
  });

  it("plover-relations counts the marked actors linked whatever the type", () => {
    expect(value("actorsLinked")).toMatchObject({ hits: 4, total: 5 });
  });

  it("plover-relations counts the marked type whatever the actors", () => {
    expect(value("typeCoded")).toMatchObject({ hits: 4, total: 5 });
  });

  it("plover-relations is detected from the plover_root field", () => {
    expect(report.format).toBe("plover-relations");
  });
});

describe("plover-relations with coreference", () => {
  // "it" at [40, 42) in a longer sentence stands for "Turkey" at [20, 26).
  const report = score([record("pronoun"), record("unresolved")], {
    pronoun: [
      accuse([40, 42]),
      { ...accuse([0, 0]), target: { code: "TUR", span: [40, 42], resolvedFrom: [20, 26] } },
    ],
    unresolved: [accuse([40, 42])],
  });

  it("plover-relations counts a pronoun target resolved to the marked phrase", () => {
    expect(report.headline.find((f) => f.name === "relationCoded")).toMatchObject({ hits: 1, total: 2 });
  });
});

describe("factualWithTarget", () => {
  const report = score([record("a")], {
    a: [
      { cameo: "010" },
      accuse([20, 26]),
      { ...accuse([0, 0]), target: undefined },
      { ...accuse([0, 0]), target: undefined, status: "hypothetical" },
    ],
  });

  it("factualWithTarget leaves out bare statements and events not told as fact", () => {
    expect(report.headline.find((f) => f.name === "factualWithTarget")).toMatchObject({ hits: 1, total: 2 });
  });
});
