import { beforeAll, describe, expect, it } from "vitest";
import { type Coder, createCoder } from "../../coder/coder.js";

// Names the dictionaries do not know, tested through the whole coder on news-style sentences.
let coder: Coder;
beforeAll(() => {
  coder = createCoder({ oneSided: true });
});

const code = (text: string) => coder.code({ id: "t", text, date: "2024-05-01" });
const show = (text: string) =>
  code(text)
    .events.map((e) => `${e.source?.text ?? "-"} ${e.cameo} ${e.target?.text ?? "-"}`)
    .join("; ");

describe("names the dictionaries do not know", () => {
  it("makes an unknown person the object of an act its target, with the unknown code", () => {
    const doc = code("Ecuador has granted political asylum to Julian Assange.");
    const event = doc.events.find((e) => e.source?.code === "ECU");
    expect(event?.target?.text, show("Ecuador has granted political asylum to Julian Assange.")).toBe(
      "Julian Assange",
    );
    expect(event?.target?.code).toBe("UNK");
    expect(event?.target?.country).toBeNull();
  });

  it("keeps a court named by its role word, with that role's sector", () => {
    const doc = code("A Russian court has charged William Browder with tax evasion.");
    const event = doc.events.find((e) => e.source?.code === "RUSJUD");
    expect(event?.target?.text).toBe("William Browder");
  });

  it("stretches a role word over the name after it", () => {
    const doc = code("Police arrested the journalist Moussa Tchangari on Monday.");
    const event = doc.events.find((e) => e.cameo.startsWith("17"));
    expect(event?.target?.text).toBe("journalist Moussa Tchangari");
    expect(event?.target?.sector).toBe("MED");
  });

  it("codes no event between names in a sentence with no political actor", () => {
    expect(code("Helio Castroneves captured pole position at the Indy 300 on Sunday.").events).toEqual([]);
  });

  it("does not make a news outlet a speaker's addressee", () => {
    const doc = code("A senior police officer told CNN that the gunmen had fled.");
    expect(doc.events.some((e) => e.target?.text === "CNN")).toBe(false);
  });

  it("leaves a name after a place noun to the place rules", () => {
    const doc = code("Syrian troops stormed the town of Tadef on Monday.");
    expect(doc.actors.some((m) => m.text === "Tadef")).toBe(false);
  });

  it("keeps a weak role word with no country where the parse makes it a party", () => {
    const events = code("The court convicted three men of murder.").events;
    expect(events.map((e) => `${e.source?.code} ${e.cameo.slice(0, 2)} ${e.target?.code}`)).toEqual([
      "JUD 11 CVL",
    ]);
    // Two such parties alone are local news, no event.
    expect(code("Police arrested three men after the match.").events).toEqual([]);
  });

  it("drops a name the parse makes no party ('the Nord Stream pipeline')", () => {
    const doc = code("Germany halted the construction of the Nord Stream pipeline.");
    expect(doc.actors.some((m) => m.kind === "name")).toBe(false);
  });
});

describe("a capital or surname inside a longer personal name", () => {
  it("is no actor when the name opens the sentence (news-134, cameo-annotated-news tune)", () => {
    const text =
      "George Washington is a mainstay of history books for fighting everything from the British Empire to a cherry tree, but his private battles may have been the fiercest.";
    expect(
      code(text).actors.some((m) => m.text === "Washington"),
      show(text),
    ).toBe(false);
  });

  it("still reads a capital opening the sentence as its government", () => {
    const text = "Washington imposed new sanctions on Iran on Monday.";
    expect(
      code(text).events.some((e) => e.source?.code === "USAGOV"),
      show(text),
    ).toBe(true);
  });
});
