import { beforeAll, describe, expect, it } from "vitest";
import { type Coder, createCoder } from "../../coder/coder.js";

let coder: Coder;
beforeAll(() => {
  coder = createCoder({ oneSided: true });
});

/** "source code cameo target code" of each event of `text` with the given CAMEO root. */
function events(text: string, root: string): string[] {
  return coder
    .code({ id: "t", text, date: "2024-05-01" })
    .events.filter((e) => e.cameo.startsWith(root))
    .map((e) => `${e.source?.code} ${e.cameo} ${e.target?.code}`);
}

describe("ownSideSource: a role word does not borrow its own target's country", () => {
  it("a verbal act aimed at the one state named leaves the role word without a country", () => {
    expect(events("Ministers condemned Israel on Friday.", "11")).toEqual(["GOV 111 ISR"]);
  });

  it("a country that would make the source its own target is not borrowed, and the target is kept", () => {
    // The meeting is each way (grammar mutual_acts.both_ways): Raisi met the minister too.
    expect(events("The foreign minister met Iranian President Ebrahim Raisi on Monday.", "04")).toEqual([
      "GOV 040 IRNGOV",
      "IRNGOV 040 GOV",
    ]);
  });

  it("the previous sentence's one country is the document's context", () => {
    expect(events("Germany's cabinet met on Thursday. Ministers condemned Iran on Friday.", "11")).toEqual([
      "DEUGOV 111 IRN",
    ]);
  });

  it("with no country in the sentence before, the dateline's country is the context", () => {
    expect(events("MOSCOW (Reuters) - Ministers condemned Ukraine on Friday.", "11")).toEqual([
      "RUSGOV 111 UKR",
    ]);
  });

  it("a state named as a place still gives the role words around it their country", () => {
    expect(events("Police arrested protesters in Egypt.", "17")[0]).toMatch(/^EGYCOP /);
  });

  it("a country elsewhere in the sentence is borrowed as before", () => {
    expect(events("Egyptian police arrested protesters. Officials condemned the protesters.", "11")).toEqual([
      "EGYGOV 111 EGYCVL",
    ]);
  });
});
