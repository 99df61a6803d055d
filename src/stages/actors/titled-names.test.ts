import { beforeAll, describe, expect, it } from "vitest";
import { type Coder, createCoder } from "../../coder/coder.js";

// A title and a person's full name are one mention, particles ("al-", "bin", "de") and all.
// Sentences from the tune part of the dev sets.
let coder: Coder;
beforeAll(() => {
  coder = createCoder({ oneSided: true });
});

const code = (text: string, date?: string) => coder.code({ id: "t", text, ...(date ? { date } : {}) });

describe("a title with a person's full name", () => {
  it("keeps the title, the given name and the known surname together as the dictionary person", () => {
    const doc = code(
      "The Sudanese President Omer al-Bashir on Monday has declared an open-ended cessation of hostilities at all war zones until achieving peace in the country.",
      "2018-06-04",
    );
    // One mention over the whole name, none over a part of it.
    const named = doc.actors.filter((m) => m.sentenceIndex === 0 && m.tokenStart < 8);
    expect(named.map((m) => m.text)).toEqual(["Sudanese President Omer al-Bashir"]);
    expect(doc.events[0]?.source?.code).toBe("SDNGOV");
    expect(doc.events[0]?.source?.text).toBe("Sudanese President Omer al-Bashir");
  });

  it("stretches a title over an unknown name with particles", () => {
    const doc = code(
      "Foreign Minister H E Dr Khalid bin Mohamed Al Attiyah said that all political forces in Yemen must provide the necessary support to the legitimate Yemeni authorities, to achieve the aspirations of the Yemeni people.",
    );
    const source = doc.events[0]?.source;
    expect(source?.text).toBe("Foreign Minister H E Dr Khalid bin Mohamed Al Attiyah");
    expect(source?.sector).toBe("GOV");
  });
});

describe("a known name inside a longer one", () => {
  it("does not read a given name before a particle as a known person", () => {
    // "Omar" alone is Mullah Omar in the dictionaries; "Omar al-Razza" is someone else.
    const doc = code(
      "Iraqi Prime Minister Adel Abdul Mahdi and his Jordanian counterpart, Omar al-Razza, signed 14 economic agreements Feb. 2 between the two countries, during their meetings on the Iraqi-Jordan border, where a joint industrial city will be established.",
    );
    expect(doc.actors.filter((m) => m.text.startsWith("Omar"))).toEqual([]);
    expect(doc.actors.some((m) => m.code === "AFGREB")).toBe(false);
  });

  it("does not read a surname with a particle as a namesake with another given name", () => {
    // The dictionaries know Fradique de Menezes (São Tomé), not Jean Charles de Menezes.
    const doc = code(
      "Jean Charles de Menezes, a 27-year-old electrician, was shot in the head seven times by British police in a subway station on July 22, a day after suspected terrorists carried four bombs onto London's transit system.",
    );
    const shooting = doc.events.find((e) => e.cameo.startsWith("19"));
    expect(shooting?.target?.text).toBe("Jean Charles de Menezes");
    expect(shooting?.target?.country).toBeNull();
  });
});
