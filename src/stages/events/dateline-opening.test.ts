import { describe, expect, it } from "vitest";
import { codeEvents as code, showEvents as show } from "../../test-helpers/event-triples.js";

// An opening dateline with no agency credit says where the story was filed: it is no party
// (dateline-opening.ts, read in code-sentence.ts).
describe("a dateline with no credit is no party", () => {
  // PLOVER-relations tune sentence (plv-train-404).
  it("leaves 'ALGIERS, Algeria -' out of the arrest", () => {
    const events = code(
      "ALGIERS, Algeria - Police have arrested a handful of journalists during a demonstration by reporters in Algiers to denounce their media outlets' refusal to let them cover demonstrations against President Abdelaziz Bouteflika's bid for a fifth term.",
    );
    const arrest = events.find((e) => e.trigger.text === "arrested");
    expect(arrest?.source?.text, show(events)).toBe("Police");
    expect(arrest?.source?.code, show(events)).toBe("DZACOP");
  });

  // PLOVER-relations tune sentence (plv-train-635): a title-case "City, Country -" opening.
  it("leaves 'Harare, Zimbabwe -' out of the rejection", () => {
    const events = code(
      "Harare, Zimbabwe - Zimbabwe's opposition leader Nelson Chamisa has rejected President Emmerson Mnangagwa's election victory as fraudulent, saying he will pursue legal and constitutional means to challenge the result.",
    );
    const rejected = events.find((e) => e.trigger.text === "rejected");
    expect(rejected?.source?.text, show(events)).toMatch(/Nelson Chamisa$/);
    expect(rejected?.target?.code, show(events)).toBe("ZWEGOV");
  });

  // PLOVER-relations tune sentence (plv-train-658): a capitals-only dateline before a colon.
  it("leaves 'UNITED NATIONS:' out of the veto", () => {
    const events = code(
      "UNITED NATIONS: Russia and China on Thursday vetoed a US resolution in the UN Security Council on addressing the crisis in Venezuela, while a rival draft put forward by Moscow failed to win enough votes.",
    );
    const sources = events.filter((e) => e.trigger.text === "vetoed").map((e) => e.source?.code);
    expect(sources, show(events)).toEqual(["RUS", "CHN"]);
  });
});
