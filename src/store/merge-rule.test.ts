import { describe, expect, it } from "vitest";
import { asActorCode, asCountry } from "../model/codes.js";
import { contentHash } from "./content-hash.js";
import {
  actorMatchKey,
  baseCodeOf,
  daysBetween,
  eventIdFor,
  haversineKm,
  outletOf,
  prefixUpperBound,
  shiftDate,
} from "./merge-rule.js";

describe("merge rule", () => {
  it.each([
    ["0411", "041"],
    ["190", "190"],
    ["19", "19"],
  ])("merge rule base code of %s is %s", (code, base) => {
    expect(baseCodeOf(code)).toBe(base);
  });

  it.each([
    [{ id: "d", source: " Reuters " }, "reuters"],
    [{ id: "d", url: "https://www.Example.com/a?b" }, "example.com"],
    [{ id: "d", url: "not a url" }, "doc:d"],
    [{ id: "d" }, "doc:d"],
  ])("merge rule outlet of %j is %s", (document, outlet) => {
    expect(outletOf(document)).toBe(outlet);
  });

  it.each([
    [{ code: asActorCode("IRNGOV"), country: asCountry("IRN") }, "IRNGOV"],
    [{ code: asActorCode("GOV"), country: asCountry("IRN") }, "IRNGOV"],
    [{ code: asActorCode("IGOUNO"), country: null }, "IGOUNO"],
    [null, ""],
  ])("merge rule actor match key of %j is %s", (actor, key) => {
    expect(actorMatchKey(actor)).toBe(key);
  });

  it("merge rule event ids are 16 hex digits and stable", () => {
    expect(eventIdFor("a-e0")).toMatch(/^[0-9a-f]{16}$/);
    expect(eventIdFor("a-e0")).toBe(eventIdFor("a-e0"));
    expect(eventIdFor("a-e1")).not.toBe(eventIdFor("a-e0"));
  });

  it("merge rule date arithmetic crosses months and years", () => {
    expect(shiftDate("2022-02-28", 1)).toBe("2022-03-01");
    expect(shiftDate("2022-01-01", -1)).toBe("2021-12-31");
    expect(daysBetween("2022-03-13", "2022-03-15")).toBe(2);
  });

  it("merge rule measures distances on the sphere", () => {
    expect(haversineKm(36.19, 44.01, 33.31, 44.36)).toBeGreaterThan(300);
    expect(haversineKm(36.19, 44.01, 36.19, 44.01)).toBe(0);
  });

  it("merge rule prefix upper bound sorts after every code with the prefix", () => {
    expect(prefixUpperBound("IRN")).toBe("IRO");
    expect("IRNZZZ" < prefixUpperBound("IRN")).toBe(true);
  });

  it("content hash ignores whitespace differences but not wording", () => {
    expect(contentHash("Iran  struck\n\nErbil. ")).toBe(contentHash("Iran struck Erbil."));
    expect(contentHash("Iran struck Erbil.")).not.toBe(contentHash("Iran struck Baghdad."));
  });
});
