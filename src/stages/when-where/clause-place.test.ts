import { describe, expect, it } from "vitest";
import { asActorCode } from "../../model/codes.js";
import { loadGazetteer } from "./gazetteer.js";
import { docWithEvent } from "./test-helpers/make-doc.js";
import { createWhenWhereStage } from "./when-where-stage.js";

const stage = createWhenWhereStage({ gazetteer: loadGazetteer() });
const ctx = { resources: {}, warn: () => {} };

/** The event's place after the stage, with `detach` names cut loose from the parse (as a wrong parse leaves them). */
function placeOf(text: string, trigger: string, cameo = "190", detach: readonly string[] = []) {
  const doc = docWithEvent(text, trigger, { date: "2022-03-20", cameo });
  for (const name of detach) {
    const token = doc.tokens.start.indexOf(text.indexOf(name));
    // A name left hanging from nothing, as a wrong parse leaves it.
    doc.tokens.head[token] = -1;
    doc.tokens.deprel[token] = "dep";
  }
  stage.run(doc, ctx);
  const location = doc.events[0].location;
  return location && { text: location.text, basis: location.basis };
}

describe("when-where places the parse did not tie to the event", () => {
  it("a material event takes the locative phrase of its own clause, marked as a clause place", () => {
    const text = "Soldiers shot dead a farmer and his son in the town of Qalqilya on Monday.";
    expect(placeOf(text, "shot", "193", ["Qalqilya"])).toEqual({ text: "Qalqilya", basis: "clause" });
  });

  it("a statement takes no place from its clause, only the document's", () => {
    const text = "The minister condemned the arrests of students in the town of Qalqilya on Monday.";
    expect(placeOf(text, "condemned", "111", ["Qalqilya"])).toEqual({ text: "Qalqilya", basis: "document" });
  });

  it("names after 'between' are parties, not a clause place", () => {
    const text = "Both governments expanded trade between Tehran and Baghdad last year.";
    expect(placeOf(text, "trade", "061", ["Tehran", "Baghdad"])?.basis ?? "none").not.toBe("clause");
  });

  it("a place tied on the parse stays the event's own", () => {
    const text = "Soldiers shot dead a farmer in the town of Qalqilya on Monday.";
    expect(placeOf(text, "shot", "193")).toEqual({ text: "Qalqilya", basis: "event" });
  });
});

describe("when-where places read from the verb", () => {
  it.each([
    [
      "a visit's own preposition",
      "The foreign minister traveled to Tehran on Sunday.",
      "traveled to",
      "042",
      "Tehran",
    ],
    [
      "a march's own preposition, to a place the gazetteer lacks",
      "Protesters marched to Trafalgar Square in central London.",
      "marched to",
      "141",
      "Trafalgar Square",
    ],
    [
      "the object of a verb whose object is a place, missing from the gazetteer",
      "Government troops stormed Kafr Zeita on Tuesday.",
      "stormed",
      "190",
      "Kafr Zeita",
    ],
    [
      "an object ending in a locality word",
      "Militants seized the Wadi Zeina Dam on Friday.",
      "seized",
      "190",
      "Wadi Zeina Dam",
    ],
    [
      "the name after a demonym's capital",
      "Police clashed with protesters in the centre of the Georgian capital Tbilisi on Tuesday.",
      "clashed",
      "145",
      "Tbilisi",
    ],
    [
      "the town, not the reference point after a distance",
      "In Samarra, 125 kilometers north of Baghdad, gunmen shot a policeman.",
      "shot",
      "193",
      "Samarra",
    ],
  ])("%s", (_name, text, trigger, cameo, place) => {
    expect(placeOf(text, trigger, cameo)).toEqual({ text: place, basis: "event" });
  });

  it.each([
    ["an appeal's own preposition names a party", "Iran appealed to Iraq on Sunday.", "appealed to", "0256"],
    [
      "a capitalised object of 'capture' with no locality word may be a person",
      "Commandos captured Ocalan on Monday.",
      "captured",
      "173",
    ],
  ])("%s", (_name, text, trigger, cameo) => {
    expect(placeOf(text, trigger, cameo)?.basis ?? "none").not.toBe("event");
  });
});

describe("when-where names around wrong actors and parses", () => {
  it("keeps a hyphenated town whose last word an actor mention reads as a person", () => {
    const text = "Taliban fighters captured Mazar-e-Sharif in May.";
    const doc = docWithEvent(text, "captured", { date: "2022-03-20", cameo: "173" });
    const start = text.indexOf("Sharif");
    const token = doc.tokens.start.indexOf(start);
    doc.actors.push({
      sentenceIndex: 0,
      tokenStart: token,
      tokenEnd: token + 1,
      span: { start, end: start + 6 },
      text: "Sharif",
      code: asActorCode("PAKGOV"),
      country: null,
      sector: "GOV",
      kind: "person",
    });
    stage.run(doc, ctx);
    expect(doc.events[0].location?.text).toBe("Mazar-e-Sharif");
  });

  it("reads a preposition the parse made head of its noun phrase as the name's case marker", () => {
    const text = "Rebels shelled the village of Maarzaf on Monday.";
    const doc = docWithEvent(text, "shelled", { date: "2022-03-20", cameo: "194" });
    const { head, deprel, start } = doc.tokens;
    const village = start.indexOf(text.indexOf("village"));
    const of = start.indexOf(text.indexOf(" of ") + 1);
    const name = start.indexOf(text.indexOf("Maarzaf"));
    // "the village of/nmod Maarzaf/obj": the shape a wrong parse gives the phrase.
    head[of] = village;
    deprel[of] = "nmod";
    head[name] = of;
    deprel[name] = "obj";
    stage.run(doc, ctx);
    expect(doc.events[0].location).toMatchObject({ text: "Maarzaf", basis: "event" });
  });
});
