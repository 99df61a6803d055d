import { beforeAll, describe, expect, it } from "vitest";
import type { EventRecord } from "../model/document.js";
import { type Coder, createCoder } from "./coder.js";

let coder: Coder;
beforeAll(() => {
  // Every act: these tests read the stages' rules, one-sided acts (a speaker's statement) included.
  coder = createCoder({ oneSided: true });
});

const code = (text: string, date = "2022-03-20"): EventRecord[] => coder.code({ id: "t", text, date }).events;
const triples = (events: EventRecord[]) =>
  events.map((e) => `${e.source?.code ?? "-"} ${e.cameo} ${e.target?.code ?? "-"} ${e.status}`);

describe("coder: who did what to whom", () => {
  it.each([
    ["active voice", "Israeli jets struck Hamas positions in Gaza on Monday.", "ISRMIL", "19", "PSE"],
    [
      "passive voice",
      "Two Iraqi soldiers were killed by Islamic State militants near Mosul.",
      "IMG",
      "1",
      "IRQMIL",
    ],
    [
      "nominal event with by-agent",
      "The missile strikes by Iran's Revolutionary Guards inside Iraqi territory drew anger.",
      "IRNMIL",
      "19",
      "IRQ",
    ],
    [
      "nominal event with possessive",
      "Turkey's condemnation of Israel dominated the summit.",
      "TUR",
      "111",
      "ISR",
    ],
    ["country + role", "The Iraqi Foreign Ministry summoned the Iranian ambassador.", "IRQGOV", "", "IRNGOV"],
  ])("%s", (_label, text, source, root, target) => {
    const events = code(text);
    expect(
      events.some(
        (e) =>
          e.source?.code.startsWith(source) && e.cameo.startsWith(root) && e.target?.code.startsWith(target),
      ),
      triples(events).join("; "),
    ).toBe(true);
  });

  it("reads a participle inside a compound adjective as a description, not an act", () => {
    const events = code("Iranian-supported militias shelled Iraqi army positions near Mosul.");
    expect(
      events.some((e) => e.cameo.startsWith("05")),
      triples(events).join("; "),
    ).toBe(false);
    expect(events.some((e) => e.cameo.startsWith("19"))).toBe(true);
  });

  it("gives one event per member of a compound actor", () => {
    const events = code("Iran and Iraq condemned the attack on the embassy of Saudi Arabia.");
    const sources = events.filter((e) => e.cameo === "111").map((e) => e.source?.code);
    expect(new Set(sources)).toEqual(new Set(["IRN", "IRQ"]));
  });

  it("resolves 'his Iraqi counterpart' to Iraq's government", () => {
    const events = code("Iranian President Ebrahim Raisi met his Iraqi counterpart in Tehran.");
    expect(events[0]?.target?.code).toBe("IRQGOV");
    expect(events[0]?.source?.code).toBe("IRNGOV");
  });

  it("resolves 'both nations' to the two countries named before", () => {
    const events = code("Iran and Iraq held talks. Both nations signed an agreement on trade.");
    const signed = events.filter((e) => e.sentence_index === 1);
    expect(new Set(signed.map((e) => `${e.source?.code}>${e.target?.code}`))).toEqual(
      new Set(["IRN>IRQ", "IRQ>IRN"]),
    );
    expect(signed[0].source?.resolved_from?.text).toBeDefined();
  });

  it.each([
    ["Ebrahim Raisi", "2022-03-20", "IRNGOV"],
    ["Ebrahim Raisi", "2020-03-20", "IRNJUD"],
    ["Donald Trump", "2018-05-01", "USAGOV"],
    ["Donald Trump", "2022-05-01", "USAELI"],
  ])("codes %s by the article's date (%s → %s)", (name, date, expected) => {
    const events = code(`${name} condemned the attack on the Saudi embassy in Tehran.`, date);
    expect(events.find((e) => e.cameo === "111")?.source?.code).toBe(expected);
  });
});

describe("coder: actors from context", () => {
  it.each([
    ["a place tied to a role word", "Police in Los Angeles arrested two Iranian diplomats.", "USACOP"],
    [
      "a country named in the sentence",
      "A court in Argentina has released former Vice President Amado Boudou.",
      "ARGJUD",
    ],
    [
      "a relative clause between subject and verb",
      "The Afghan Interior Ministry, which runs the prison system, recently refused a request from Pakistan.",
      "AFGGOV",
    ],
  ])("%s", (_label, text, source) => {
    const events = code(text);
    expect(events[0]?.source?.code, triples(events).join("; ")).toBe(source);
  });

  it("records where a role word's country came from", () => {
    const [event] = code("Police in Los Angeles arrested two Iranian diplomats.");
    expect(event.source?.country_from?.text).toBe("Los Angeles");
  });

  it("does not take the news agency of a dateline for an actor", () => {
    const events = code(
      "BAGHDAD, April 9 (Xinhua) -- Iraqi troops attacked Islamic State positions near Mosul.",
    );
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => !e.source?.code.includes("MED"))).toBe(true);
  });
});

describe("coder: what speakers say", () => {
  it("codes a side's announced attack as a threat (138), keeping the announced act", () => {
    const events = code("Pakistan's army chief said Pakistan will strike militant hideouts in Afghanistan.");
    const threat = events.find((e) => e.cameo === "138");
    expect(threat, triples(events).join("; ")).toBeDefined();
    expect(threat?.status).toBe("asserted");
    expect(threat?.intended_cameo?.startsWith("19")).toBe(true);
  });

  it("codes what another actor 'must' do as the speaker's demand", () => {
    const events = code("Russia says Israel must end its air strikes on Syria.");
    expect(
      events.some((e) => e.source?.code === "RUS" && e.cameo.startsWith("10") && e.target?.code === "ISR"),
    ).toBe(true);
  });
});

describe("coder: status", () => {
  it.each([
    ["negated", "Russia did not attack Ukraine on Monday.", "negated"],
    ["never", "Israel has never threatened Egypt.", "negated"],
    ["conditional", "Iran would retaliate against Israel if attacked.", "hypothetical"],
    ["modal", "China could impose sanctions on Japan.", "hypothetical"],
    ["future", "Turkey will send troops to Syria next week.", "future"],
    ["intended", "Pakistan plans to expel Afghan diplomats.", "future"],
    ["asserted", "Russia attacked Ukraine on Monday.", "asserted"],
  ])("%s: %s", (_label, text, status) => {
    const events = code(text).filter((e) => e.cameo !== "010");
    expect(events.length, triples(code(text)).join("; ")).toBeGreaterThan(0);
    expect(events[0].status).toBe(status);
  });

  it("keeps a negated event's code: 'did not attack' is still an attack, negated", () => {
    const [asserted] = code("Russia attacked Ukraine.");
    const [negated] = code("Russia did not attack Ukraine.");
    expect(negated.cameo).toBe(asserted.cameo);
    expect(negated.status_cue?.text).toBe("not");
  });

  it("codes reported speech as the speaker's act plus a claimed event attributed to the speaker", () => {
    const events = code("Syria said that Israel attacked Lebanon.");
    const claimed = events.find((e) => e.source?.code === "ISR" && e.target?.code === "LBN");
    expect(claimed?.status).toBe("claimed");
    expect(claimed?.attributed_to?.code).toBe("SYR");
    expect(events.some((e) => e.source?.code === "SYR" && e.cameo.startsWith("01"))).toBe(true);
  });

  it("treats a trailing attribution as reported speech", () => {
    const events = code("Israeli troops shot two Palestinians in Hebron, Palestinian officials said.");
    const shooting = events.find((e) => e.source?.code === "ISRMIL");
    expect(shooting?.status).toBe("claimed");
    expect(shooting?.attributed_to?.code).toBe("PSEGOV");
  });
});
