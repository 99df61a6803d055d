import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { type Coder, createCoder } from "../../coder/coder.js";
import { DEFAULT_DATA_DIR } from "../../dictionaries/data-paths.js";
import { loadCoderResources } from "../../dictionaries/load-resources.js";
import { readDictionaryDir } from "../../dictionaries/tabari/dictionary-dir.js";

const FICTIONAL = fileURLToPath(new URL("../../../test/fixtures/dictionaries/fictional", import.meta.url));

let builtIn: Coder;
let fictional: Coder;
beforeAll(() => {
  builtIn = createCoder({ oneSided: true });
  fictional = createCoder({
    oneSided: true,
    resources: loadCoderResources(DEFAULT_DATA_DIR, {
      dictionaries: { dicts: readDictionaryDir(FICTIONAL), mode: "add" },
    }),
  });
});

const mentions = (coder: Coder, text: string, date = "2001-05-01") =>
  coder.code({ id: "t", text, date }).actors.map((m) => `${m.text}=${m.code}`);

describe("actors from the user's TABARI/PETRARCH dictionaries", () => {
  it.each([
    ["Arnor's foreign minister arrived.", "Arnor's foreign minister=ARNGOVFRM"],
    ["The Gondor rangers arrived.", "Gondor rangers=GONRNG"],
    ["A Gondor human rights body arrived.", "Gondor human rights body=NGOGON"],
    ["The stewards of minas tirith arrived.", "stewards of minas tirith=GONGOV"],
  ])("an actor composes with the agent next to it, PETRARCH's way: %j", (text, mention) => {
    expect(mentions(fictional, text)).toContain(mention);
  });

  it("a role is shared across a list of actors joined by 'and'", () => {
    expect(mentions(fictional, "The stewards of Arnor and Gondor arrived.")).toEqual([
      "stewards of Arnor=ARNGOV",
      "Gondor=GONGOV",
    ]);
  });

  it("a name coded for two actors at once gives both, and the event fans out over them", () => {
    const doc = fictional.code({ id: "t", text: "Gondor accused Lorien of cheating.", date: "2001-05-01" });
    expect(doc.actors.map((m) => `${m.text}=${m.code}`)).toEqual(["Gondor=GON", "Lorien=ELR", "Lorien=GAL"]);
    expect(doc.events.map((e) => `${e.source?.code} ${e.target?.code}`)).toEqual(["GON ELR", "GON GAL"]);
  });

  it("a name may open with its article, and a name for several actors gives no country", () => {
    const doc = fictional.code({
      id: "t",
      text: "The Shire accused Gondor of cheating.",
      date: "2001-05-01",
    });
    expect(doc.actors.map((m) => `${m.text}=${m.code}/${m.country}`).sort()).toEqual([
      "Gondor=GON/null",
      "The Shire=BIL/null",
      "The Shire=FRO/null",
      "The Shire=SAM/null",
    ]);
    expect(doc.events).toHaveLength(3);
  });

  it.each([
    ["1999-05-01", "Aragorn=RNG"],
    ["2001-05-01", "Aragorn=ARNGOV"],
  ])("a dated code holds on its dates: on %s", (date, mention) => {
    expect(mentions(fictional, "Aragorn met the king.", date)).toContain(mention);
  });

  it("a discard phrase drops its sentence's events, and a story-level one the story's", () => {
    const events = (text: string) => fictional.code({ id: "t", text, date: "2001-05-01" }).events.length;
    expect(events("Arnor accused Gondor of cheating.")).toBeGreaterThan(0);
    expect(events("Arnor accused Gondor of cheating months later.")).toBe(0);
    expect(events("Arnor accused Gondor of cheating. The Shire Football League met.")).toBe(0);
  });
});

describe("a role opening its sentence takes the country after in/from, with Dyad's own dictionaries", () => {
  const codes = (text: string) =>
    builtIn.code({ id: "t", text, date: "2022-03-20" }).actors.map((m) => m.code);

  it.each([
    ["Soldiers from Chad have cordoned off the roads.", "TCDMIL"],
    ["Police in Japan have issued an arrest warrant.", "JPNCOP"],
  ])("%j", (text, code) => {
    expect(codes(text)[0]).toBe(code);
  });

  it("but not a role elsewhere: 'Israel withdrew troops from Lebanon'", () => {
    expect(codes("Israel withdrew troops from Lebanon.")).not.toContain("LBNMIL");
  });

  it("and a list after it shares the role: 'The police in Ireland and Britain' are both countries' police", () => {
    expect(codes("The police in Ireland and Britain raided several homes.")).toEqual(["IRLCOP", "GBRCOP"]);
  });
});

describe("roles shared across a list, with Dyad's own dictionaries", () => {
  it.each([
    ["The foreign ministers of France, Germany and Italy met in Rome.", ["FRAGOV", "DEUGOV", "ITAGOV"]],
    ["Iranian and Iraqi officials met in Baghdad.", ["IRNGOV", "IRQGOV"]],
  ])("%j", (text, codes) => {
    const found = builtIn.code({ id: "t", text, date: "2022-03-20" }).actors.map((m) => m.code);
    expect(found).toEqual(expect.arrayContaining(codes));
  });
});
