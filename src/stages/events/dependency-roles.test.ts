import { beforeAll, describe, expect, it } from "vitest";
import { type Coder, createCoder } from "../../coder/coder.js";
import type { EventRecord } from "../../model/document.js";

// Roles and status scope read from the dependency parse, tested through the whole coder on news-style sentences.
let coder: Coder;
beforeAll(() => {
  coder = createCoder();
});

const code = (text: string): EventRecord[] => coder.code({ id: "t", text, date: "2024-05-01" }).events;
const show = (events: EventRecord[]) =>
  events
    .map(
      (e) =>
        `${e.source?.code ?? "-"} ${e.cameo} ${e.target?.code ?? "-"} ${e.status}${e.attributed_to ? ` by ${e.attributed_to.code}` : ""}`,
    )
    .join("; ");
const find = (events: EventRecord[], source: string, root: string, target: string | null) =>
  events.find(
    (e) =>
      e.source?.code.startsWith(source) &&
      e.cameo.startsWith(root) &&
      (target === null ? !e.target : e.target?.code.startsWith(target)),
  );

describe("roles from dependency relations", () => {
  it("takes a passive verb's by-agent as source and its passive subject as target", () => {
    const events = code("The Iraqi embassy in Tehran was attacked by Iranian protesters on Sunday.");
    expect(find(events, "IRN", "19", "IRQ"), show(events)).toBeDefined();
    expect(find(events, "IRQ", "19", "IRN"), show(events)).toBeUndefined();
  });

  it("gives each coordinated subject its own event", () => {
    const events = code("Egypt and Jordan condemned Israel on Monday.");
    expect(find(events, "EGY", "111", "ISR"), show(events)).toBeDefined();
    expect(find(events, "JOR", "111", "ISR"), show(events)).toBeDefined();
  });

  it("makes a control verb's object the subject of its complement", () => {
    const events = code("France asked Germany to condemn Russia.");
    expect(find(events, "FRA", "02", "DEU"), show(events)).toBeDefined();
    const complement = find(events, "DEU", "111", "RUS");
    expect(complement, show(events)).toBeDefined();
    expect(complement?.status).not.toBe("asserted");
  });

  it("takes a nominal event's possessive or adjectival actor as its agent", () => {
    const possessive = code("Iran's condemnation of Israel drew praise from Syria.");
    expect(find(possessive, "IRN", "111", "ISR"), show(possessive)).toBeDefined();
    const adjectival = code("Israeli tank shelling killed three Palestinians in Gaza.");
    expect(find(adjectival, "ISR", "19", "PSE"), show(adjectival)).toBeDefined();
  });
});

describe("reported speech", () => {
  it("codes the report as claimed, attributed to the speaker, who is no party to it", () => {
    const events = code("Iranian forces shelled Kurdish rebels in Iraq, Iraqi officials said.");
    const shelling = events.find((e) => e.cameo.startsWith("19"));
    expect(shelling?.source?.code, show(events)).toBe("IRNMIL");
    expect(shelling?.status).toBe("claimed");
    expect(shelling?.attributed_to?.code).toBe("IRQGOV");
    expect(events.some((e) => e.cameo.startsWith("19") && e.target?.code === "IRQGOV")).toBe(false);
  });

  it("does not make the reported actor the speaker's addressee", () => {
    const events = code("Japan's Coast Guard said Chinese ships entered Japanese waters.");
    const statement = events.find((e) => e.cameo === "010");
    expect(statement?.source?.code, show(events)).toBe("JPNCOP");
    expect(statement?.target ?? null).toBeNull();
    expect(events.some((e) => e.source?.code === "CHN" && e.attributed_to?.code === "JPNCOP")).toBe(true);
  });
});

describe("status scope from the parse", () => {
  it("negates the verb the negation depends on, not the verb of saying after it", () => {
    const events = code("Turkey will not attack Syria, Erdogan said.");
    expect(find(events, "TUR", "19", "SYR")?.status, show(events)).toBe("negated");
    const statement = events.find((e) => e.cameo === "010");
    expect(statement?.status, show(events)).toBe("asserted");
  });
});
