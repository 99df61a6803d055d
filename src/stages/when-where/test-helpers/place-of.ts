import { loadGazetteer } from "../gazetteer.js";
import { createWhenWhereStage } from "../when-where-stage.js";
import { docWithEvent } from "./make-doc.js";

let stage: ReturnType<typeof createWhenWhereStage> | undefined;
const ctx = { resources: {}, warn: () => {} };

/**
 * The place the when-where stage gives one event of `text` (its trigger the word `trigger`), with
 * its basis; the stage is built once per test file.
 * @example placeOf("Troops attacked Erbil on Monday.", "attacked") // { text: "Erbil", basis: "event" }
 */
export function placeOf(text: string, trigger: string, cameo = "190") {
  stage ??= createWhenWhereStage({ gazetteer: loadGazetteer() });
  const doc = docWithEvent(text, trigger, { date: "2022-03-20", cameo });
  stage.run(doc, ctx);
  const location = doc.events[0].location;
  return location && { text: location.text, basis: location.basis };
}

/** The place the event names in its own words (a dateline or document fallback is none). */
export function ownPlaceOf(text: string, trigger: string, cameo = "190"): string | undefined {
  const place = placeOf(text, trigger, cameo);
  return place && place.basis !== "dateline" && place.basis !== "document" ? place.text : undefined;
}
