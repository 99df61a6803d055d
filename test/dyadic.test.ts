import { describe, expect, it } from "vitest";
import { codeDocument, createCoder } from "../src/coder/index.js";
import type { EventRecord } from "../src/model/document.js";
import { runDyad } from "../src/cli/test-helpers/run-in-process.js";

// The output policy: Dyad returns by default the events with a source AND a target (CAMEO is
// dyadic); the acts that lack one are kept on request (`oneSided`, `dyad code --one-sided`).
const coder = createCoder();
const triples = (events: readonly EventRecord[]) =>
  events.map((e) => `${e.source?.code ?? "-"} ${e.cameo.slice(0, 2)} ${e.target?.code ?? "-"}`);
const code = (text: string, oneSided?: boolean) =>
  triples(coder.code({ id: "t", text, date: "2024-05-01" }, oneSided === undefined ? {} : { oneSided }).events);

// One-sided acts, written for this test: a resignation, an agentless killing, a bare statement, an
// emergency declared at home.
const ONE_SIDED = [
  { text: "Ukraine's defence minister resigned on Thursday.", act: "08" },
  { text: "A Pakistani opposition leader was shot dead at a rally in Lahore on Saturday.", act: "19" },
  { text: "Polish Prime Minister Donald Tusk said on Tuesday that the budget would be passed by March.", act: "01" },
  // A state of emergency with no target binds the state's own country (home-restrictions.ts); rebels' does not.
  { text: "Houthi rebels imposed a curfew on Sunday.", act: "17" },
];

describe("dyadic events by default", () => {
  for (const { text, act } of ONE_SIDED) {
    it(`leaves out the one-sided act of "${text.slice(0, 40)}…" unless asked (${act})`, () => {
      const all = code(text, true);
      expect(all.some((t) => t.split(" ")[1] === act && t.includes("-")), all.join("; ")).toBe(true);
      expect(code(text).filter((t) => t.split(" ").includes("-"))).toEqual([]);
    });
  }

  it("keeps the dyadic events of the same text", () => {
    const text = "Turkey's foreign minister met his Greek counterpart in Athens on Friday. Tusk said the budget would pass.";
    // A meeting is coded both ways (grammar mutual_acts.both_ways).
    expect(code(text)).toEqual(["TURGOV 04 GRCGOV", "GRCGOV 04 TURGOV"]);
    expect(code(text, true)).toEqual(expect.arrayContaining(["TURGOV 04 GRCGOV", "POLGOV 01 -"]));
  });

  // A bare role word whose country the text never gives is no side of a dyad; an international body,
  // a transnational militant group or a dictionary's own code is. Sentences written for this test.
  it("leaves out events with a party nobody can chart (a role word of no country), unless asked", () => {
    const text = "Police arrested dozens of protesters on Saturday.";
    const all = code(text, true);
    expect(all.some((t) => /^COP 17 /.test(t)), all.join("; ")).toBe(true);
    expect(code(text)).toEqual([]);
  });

  it("keeps events with an international body or a militant group as a party", () => {
    expect(code("The United Nations condemned Israel on Monday.")).toContain("IGOUNO 11 ISR");
    expect(code("Islamic State militants attacked Iraqi troops near Mosul on Sunday.")).toEqual(
      expect.arrayContaining([expect.stringMatching(/^IMG\w* 1[89] IRQMIL$/)]),
    );
  });

  it("takes the coder's default from createCoder and lets a call override it", () => {
    const text = ONE_SIDED[2].text;
    const allActs = createCoder({ resources: coder.resources, oneSided: true });
    expect(triples(allActs.code({ id: "t", text }).events)).toEqual(["POLGOV 01 -"]);
    expect(triples(allActs.code({ id: "t", text }, { oneSided: false }).events)).toEqual([]);
  });

  it("applies the policy in codeDocument too, chunked or not", () => {
    const text = ONE_SIDED.map((s) => s.text).join("\n");
    const whole = codeDocument(coder, { id: "d", text });
    const chunked = codeDocument(coder, { id: "d", text, date: "2024-05-01" }, { chunkChars: 80, oneSided: true });
    expect(whole.events).toEqual([]);
    expect(chunked.events.length).toBeGreaterThanOrEqual(ONE_SIDED.length);
  });

  it("prints only dyadic events from `dyad code`, and every act with --one-sided", async () => {
    const text = `${ONE_SIDED[0].text}\nTurkey's foreign minister met his Greek counterpart in Athens on Friday.`;
    const run = async (extra: string[]) => {
      const { code: exit, stdout } = await runDyad(["code", "-", "--date", "2024-05-01", "--format", "jsonl", ...extra], text);
      expect(exit).toBe(0);
      return triples(
        stdout
          .trim()
          .split("\n")
          .filter((line) => line !== "")
          .map((line) => JSON.parse(line) as EventRecord),
      );
    };
    expect(await run([])).toEqual(["TURGOV 04 GRCGOV", "GRCGOV 04 TURGOV"]);
    const all = await run(["--one-sided"]);
    expect(all).toContain("TURGOV 04 GRCGOV");
    expect(all.length).toBeGreaterThan(1);
  });
});

// CAMEO's convention: a domestic demonstration with no named target is aimed at the government of the
// crowd's country (grammar `protest_targets`).
const countries = (text: string) =>
  coder
    .code({ id: "t", text, date: "2024-05-01" })
    .events.map((e) => `${e.source?.country ?? "-"} ${e.cameo.slice(0, 2)} ${e.target?.code ?? "-"}`);

describe("demonstrations with no named target are aimed at the crowd's government", () => {
  it.each([
    ["Opposition supporters protested in Kinshasa on Friday.", "COD 14 CODGOV"],
    ["Thousands of Peruvian farmers blocked highways on Thursday.", "PER 14 PERGOV"],
  ])("%s", (text, expected) => {
    expect(countries(text)).toContain(expected);
  });

  it.each([
    ["Protests erupted in Tbilisi on Thursday after the vote.", "GEO 14 GEOGOV"],
    ["Thousands rallied in Nairobi on Tuesday against a proposed tax increase.", "KEN 14 KENGOV"],
    ["Riots broke out in several Senegalese cities overnight.", "SEN 14 SENGOV"],
  ])("finds the civilians of the place when no actor is named: %s", (text, expected) => {
    expect(countries(text)).toContain(expected);
    const [event] = coder.code({ id: "t", text, date: "2024-05-01" }).events;
    expect(event.source?.code).toBe(`${expected.slice(0, 3)}CVL`);
  });

  it("keeps a named target, and aims nothing at a host government or at a market", () => {
    expect(countries("Protests against Israel erupted in Amman on Friday.")).toEqual(["JOR 14 ISR"]);
    expect(
      countries("Hundreds of protesters gathered outside the Israeli embassy in London on Saturday.").filter((t) =>
        t.endsWith("GBRGOV"),
      ),
    ).toEqual([]);
    expect(countries("Shares rallied in Tokyo on Monday.")).toEqual([]);
    // A protest about another country is not aimed at home.
    expect(
      countries("Pro-Palestinian students marched in London on Friday to demand an arms embargo on Israel.").filter(
        (t) => t.endsWith("GBRGOV"),
      ),
    ).toEqual([]);
    // The people beaten are the protesters, not whom the protest is against.
    expect(
      countries("Egyptian police beat students during a protest in Cairo on Sunday.").filter((t) =>
        /^\S+ 14 \S+EDU$/.test(t),
      ),
    ).toEqual([]);
    expect(
      countries("Ecuador's president spoke at a campaign rally in Quito on Wednesday.").filter((t) =>
        t.includes(" 14 "),
      ),
    ).toEqual([]);
  });
});
