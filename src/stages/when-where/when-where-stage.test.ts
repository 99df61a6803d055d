import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createDoc, type Doc } from "../../model/document.js";
import { createPipeline } from "../../pipeline/pipeline.js";
import { tokenizeDoc, tokenizeStage } from "../tokenize/tokenize.js";
import { loadGazetteer } from "./gazetteer.js";
import { makeEvent } from "./test-helpers/make-doc.js";
import { parseTestDoc } from "./test-helpers/parse-doc.js";
import { createWhenWhereStage } from "./when-where-stage.js";

const ARTICLE = readFileSync(join(import.meta.dirname, "../../../examples/iran-iraq-2022.txt"), "utf8");
const stage = createWhenWhereStage({ gazetteer: loadGazetteer() });

/** The reference article with one hand-made event per trigger (the event stage is not needed). */
function article(...triggers: string[]): Doc {
  const doc = createDoc({ id: "iran-iraq-2022", text: ARTICLE, date: "2022-03-20" });
  tokenizeDoc(doc);
  parseTestDoc(doc);
  for (const trigger of triggers) {
    const at = ARTICLE.indexOf(trigger);
    doc.events.push(makeEvent(doc, { start: at, end: at + trigger.length }));
  }
  stage.run(doc, { resources: {}, warn: () => {} });
  return doc;
}

describe("when-where stage on the reference article", () => {
  it("places the missile strikes in Erbil, at city precision", () => {
    const [strikes] = article("strikes").events;
    expect(strikes.sentence).toContain("inside Iraqi territory");
    expect(strikes.location).toMatchObject({
      name: "Erbil",
      country: "IRQ",
      precision: "city",
      basis: "event",
    });
    expect(strikes.location?.lat).toBeCloseTo(36.19, 1);
    expect(strikes.location?.lon).toBeCloseTo(44.01, 1);
  });

  it("dates the phone call within the 7 days before publication, at week precision", () => {
    const [call] = article("talked").events;
    expect(call.sentence_index).toBe(0);
    expect(call.date_precision).toBe("week");
    expect(call.date_text?.text).toBe("in recent days");
    expect(call.date ?? "").toMatch(/^2022-03-1[3-9]$/);
  });

  it("keeps the publication date for the trade target set for 2022", () => {
    const [target] = article("achieve").events;
    expect(target.date).toBe("2022-03-20");
    expect(target.date_precision).toBe("publication");
  });
});

describe("when-where stage in a pipeline", () => {
  it("declares what it reads and writes", () => {
    expect(stage.requires).toEqual(["sentences", "tokens", "syntax", "events"]);
    expect(stage.provides).toEqual(["dates", "locations"]);
  });

  it("needs an events stage before it", () => {
    expect(() => createPipeline([tokenizeStage, stage])).toThrow(/requires syntax, events/);
  });
});
