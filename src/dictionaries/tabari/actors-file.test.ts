import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { petrarchDictionaryFile } from "../../test-helpers/dev-data.js";
import { parseActorCode, parseTabariDate, readTabariActors } from "./actors-file.js";

describe("readTabariActors", () => {
  const file = readTabariActors(
    [
      "<!-- fictional actors, after PETR.Validate -->",
      "GONDOR [GON]",
      "+MINAS_TIRITH",
      "",
      "GOLLUM  # a comment",
      "+SMEAGOL",
      "\t[HOB <950601]",
      "\t[HOBGOV 19950601 - 19990815]",
      "\t[HOBREB > 990816]",
      "DENETHOR_",
      "STEWARD_DENETHOR",
      "\t[GONGOV]",
      "ORPHAN_NAME",
      "",
      "+STRAY_SYNONYM",
      "BOROMIR [GONMIL 9908223-991221]",
      "<! -- NEW ACTORS -->",
    ].join("\n"),
    "fictional.actors.txt",
  );

  it("readTabariActors reads names, synonyms and an inline code", () => {
    expect(file.actors[0]).toMatchObject({
      names: ["GONDOR", "MINAS_TIRITH"],
      codes: [{ code: "GON" }],
      line: 2,
    });
  });

  it("readTabariActors reads dated codes: until, range with spaces, from", () => {
    expect(file.actors[1].codes).toEqual([
      { code: "HOB", to: "1995-06-01" },
      { code: "HOBGOV", from: "1995-06-01", to: "1999-08-15" },
      { code: "HOBREB", from: "1999-08-16" },
    ]);
  });

  it("readTabariActors joins name lines in a row with no code between them", () => {
    expect(file.actors[2]).toMatchObject({
      names: ["DENETHOR_", "STEWARD_DENETHOR"],
      codes: [{ code: "GONGOV" }],
    });
  });

  it("readTabariActors names the line of each malformed entry", () => {
    expect(file.problems.map((p) => [p.line, p.message])).toEqual([
      [15, "synonym outside an actor entry"],
      [16, 'bad date range "9908223-991221" in [GONMIL 9908223-991221]'],
      [17, "malformed comment"],
    ]);
  });

  it("readTabariActors reads an entry without a code as null-coded, and drops one whose code is malformed", () => {
    expect(file.actors.find((actor) => actor.names[0] === "ORPHAN_NAME")?.codes).toEqual([]);
    expect(file.actors.some((actor) => actor.names[0] === "BOROMIR")).toBe(false);
  });

  it.each([
    ["011222", "2001-12-22"],
    ["430101", "1943-01-01"],
    ["19280101", "1928-01-01"],
    ["201005011", null],
    ["991301", null],
  ])("parseTabariDate reads %s as %s", (raw, date) => {
    expect(parseTabariDate(raw)).toBe(date);
  });

  it("parseActorCode rejects a bare date without > or <", () => {
    expect(parseActorCode("MNEGOV 20121204")).toBe('bad date restriction "20121204" in [MNEGOV 20121204]');
  });

  const phoenix = petrarchDictionaryFile("Phoenix.Countries.actors.txt");
  it.skipIf(!phoenix)("readTabariActors reads Phoenix's country actors with their dated offices", () => {
    const real = readTabariActors(readFileSync(phoenix ?? "", "utf8"), "Phoenix.Countries.actors.txt");
    expect(real.actors.length).toBeGreaterThan(18000);
    const karzai = real.actors.find((actor) => actor.names[0] === "HAMID_KARZAI_");
    expect(karzai?.names).toContain("PRESIDENT_KARZAI_");
    expect(karzai?.codes).toContainEqual({ code: "AFGGOV", from: "2001-12-22" });
    expect(real.problems.length).toBeLessThan(20);
  });
});
