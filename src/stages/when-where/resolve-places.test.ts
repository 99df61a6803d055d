import { describe, expect, it } from "vitest";
import { loadGazetteer } from "./gazetteer.js";
import { docWithEvent } from "./test-helpers/make-doc.js";
import { createWhenWhereStage } from "./when-where-stage.js";

const stage = createWhenWhereStage({ gazetteer: loadGazetteer() });
const ctx = { resources: {}, warn: () => {} };

function placeOf(text: string, trigger: string) {
  const doc = docWithEvent(text, trigger, { date: "2022-03-20" });
  stage.run(doc, ctx);
  const location = doc.events[0].location;
  // admin1 matters for US places only ("TX"); elsewhere it is a GeoNames number.
  return {
    country: location?.country,
    admin1: location?.country === "USA" ? location.admin1 : undefined,
    precision: location?.precision,
  };
}

describe("when-where ambiguous place names", () => {
  it.each([
    [
      "Paris alone is the French capital",
      "Riot police clashed with protesters in Paris on Monday.",
      "clashed",
      "FRA",
      undefined,
      "city",
    ],
    [
      "Paris, Texas is the Texan town",
      "A tornado struck homes in Paris, Texas, on Monday.",
      "struck",
      "USA",
      "TX",
      "city",
    ],
    [
      "Paris in a Texan story is the Texan town",
      "Texas officials said floods hit homes in Paris overnight.",
      "hit",
      "USA",
      "TX",
      "city",
    ],
    [
      "Georgia next to Russia is the country",
      "Russian tanks rolled into Georgia, officials in Tbilisi said.",
      "rolled",
      "GEO",
      undefined,
      "country",
    ],
    [
      "Georgia with Atlanta is the US state",
      "Gov. Kemp said storms tore through Georgia after leaving Atlanta.",
      "tore",
      "USA",
      "GA",
      "region",
    ],
    [
      "Georgia in a list of US states is the US state",
      "Voters lined up in Alabama, Georgia and Florida.",
      "lined",
      "USA",
      "AL",
      "region",
    ],
    [
      "Georgia with a mere U.S. mention stays the country",
      "U.S. troops arrived in Georgia for joint exercises.",
      "arrived",
      "GEO",
      undefined,
      "country",
    ],
    [
      "Tripoli alone is the Libyan capital",
      "Militias clashed in Tripoli overnight.",
      "clashed",
      "LBY",
      undefined,
      "city",
    ],
    [
      "Tripoli with Lebanese actors is the Lebanese city",
      "Lebanese troops deployed in Tripoli after clashes.",
      "deployed",
      "LBN",
      undefined,
      "city",
    ],
    [
      "Tripoli qualified by Lebanon is the Lebanese city",
      "Gunmen clashed in Tripoli, Lebanon, on Monday.",
      "clashed",
      "LBN",
      undefined,
      "city",
    ],
    [
      "Tripoli with Libyan actors is the Libyan capital",
      "Libyan militias clashed in Tripoli overnight.",
      "clashed",
      "LBY",
      undefined,
      "city",
    ],
  ])("%s", (_name, text, trigger, country, admin1, precision) => {
    expect(placeOf(text, trigger)).toEqual({ country, admin1, precision });
  });
});
