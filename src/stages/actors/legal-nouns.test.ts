import { beforeAll, describe, expect, it } from "vitest";
import { type Coder, createCoder } from "../../coder/coder.js";
import { readGoldFile } from "../../eval/readers/index.js";
import { devFile } from "../../test-helpers/dev-data.js";

// A role word used as an adjective before a noun of legal process says what kind of case it is,
// not who acts: "a criminal investigation" has no criminal in it (grammar `legal_nouns`).
let coder: Coder;
beforeAll(() => {
  coder = createCoder({ oneSided: true });
});

const code = (text: string) => coder.code({ id: "t", text, date: "2024-05-01" });
const actorCodes = (text: string) => code(text).actors.map((a) => `${a.text}=${a.code}`);

describe("role words as adjectives before a legal noun", () => {
  it.each([
    ["Iraqi police opened a criminal investigation into the killing of two protesters.", "IRQCOP 090 IRQCVL"],
    ["The Iraqi government opened an official inquiry into the attack on protesters.", "IRQGOV 090 IRQCVL"],
  ])("%s", (text, event) => {
    const doc = code(text);
    expect(doc.actors.map((a) => a.text).filter((t) => /criminal|official/i.test(t))).toEqual([]);
    expect(doc.events.map((e) => `${e.source?.code} ${e.cameo} ${e.target?.code}`)).toContain(event);
  });

  it.each([
    ["Iraqi police arrested two criminals in Basra.", "criminals=IRQCRM"],
    ["The criminal was arrested by Iraqi police.", "criminal=IRQCRM"],
    ["A French criminal court sentenced the Algerian activist.", "French criminal court=FRAJUD"],
  ])("keeps the actor in %s", (text, actor) => {
    expect(actorCodes(text)).toContain(actor);
  });

  const plover = devFile("plover-relations-train.jsonl");
  it.skipIf(!plover)(
    `a tune sentence: "joined a criminal investigation" is the FBI's investigation${plover ? "" : ": SKIPPED, no plover-relations-train.jsonl"}`,
    () => {
      const item = readGoldFile(plover as string, "plover-relations").items.find(
        (i) => i.id === "plv-train-25",
      );
      const text = (item as { text: string }).text;
      expect(text).toMatch(/criminal investigation/);
      const doc = code(text);
      expect(doc.actors.map((a) => a.code)).not.toContain("USACRM");
      expect(doc.events.map((e) => `${e.source?.code} ${e.cameo}`)).toContain("USACOP 091");
    },
  );
});
