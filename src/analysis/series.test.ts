import { describe, expect, it } from "vitest";
import type { DyadCountRow } from "../store/event-store.js";
import { bucketSeries, nextPeriodStart, periodLabel, periodStart, totalOf } from "./series.js";

const row = (
  date: string,
  quad: 1 | 2 | 3 | 4,
  events: number,
  extra: Partial<DyadCountRow> = {},
): DyadCountRow => ({
  date,
  quad_class: quad,
  plover_type: "ASSAULT",
  events,
  mentions: events * 2,
  goldstein_sum: -10 * events,
  ...extra,
});

describe("series", () => {
  it.each([
    ["2022-03-13", "week", "2022-03-07", "2022-W10"],
    ["2021-01-03", "week", "2020-12-28", "2020-W53"],
    ["2024-12-31", "week", "2024-12-30", "2025-W01"],
    ["2022-12-31", "month", "2022-12-01", "2022-12"],
    ["2022-03-13", "day", "2022-03-13", "2022-03-13"],
  ] as const)("series puts %s in the %s starting %s (%s)", (date, grain, start, label) => {
    expect(periodStart(date, grain)).toBe(start);
    expect(periodLabel(start, grain)).toBe(label);
  });

  it("series steps months across the year end", () => {
    expect(nextPeriodStart("2022-12-01", "month")).toBe("2023-01-01");
  });

  it("series fills quiet periods with zeros and sums each period", () => {
    const rows = [
      row("2022-01-05", 4, 1),
      row("2022-01-20", 1, 2, { plover_type: null, goldstein_sum: 6 }),
      row("2022-03-01", 3, 1),
    ];
    const periods = bucketSeries(rows, "month");
    expect(periods.map((p) => [p.period, p.events, p.mentions])).toEqual([
      ["2022-01", 3, 6],
      ["2022-02", 0, 0],
      ["2022-03", 1, 2],
    ]);
    expect(periods[0]).toMatchObject({
      quad_class: { 1: 2, 4: 1 },
      plover: { ASSAULT: 1, "-": 2 },
      goldstein_sum: -4,
      goldstein_mean: -1.333,
    });
    expect(periods[1].goldstein_mean).toBeNull();
    expect(totalOf(periods)).toMatchObject({
      period: "total",
      events: 4,
      mentions: 8,
      goldstein_sum: -14,
      goldstein_mean: -3.5,
    });
  });

  it("series spans the requested range even without rows", () => {
    expect(bucketSeries([], "month", { from: "2022-01-15", to: "2022-03-02" }).map((p) => p.period)).toEqual([
      "2022-01",
      "2022-02",
      "2022-03",
    ]);
    expect(bucketSeries([], "month")).toEqual([]);
  });
});
