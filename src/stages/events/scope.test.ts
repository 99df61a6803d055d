import { beforeAll, describe, expect, it } from "vitest";
import { type Coder, createCoder } from "../../coder/coder.js";
import type { Doc, EventRecord } from "../../model/document.js";
import { tokenRangeText } from "../../model/document.js";
import { inClause, predicateOf, treeClause } from "./scope.js";
import { buildTree } from "./sentence-tree.js";

// Status scope read from the parse, tested through the whole coder on news-style sentences.
let coder: Coder;
beforeAll(() => {
  coder = createCoder({ oneSided: true });
});

const parse = (text: string): Doc => coder.code({ id: "t", text, date: "2024-05-01" });
const code = (text: string): EventRecord[] => parse(text).events;
const show = (events: EventRecord[]) =>
  events
    .map(
      (e) =>
        `${e.source?.code ?? "-"} ${e.cameo} ${e.target?.code ?? "-"} ${e.status}` +
        `${e.status_cue ? ` [${e.status_cue.text}]` : ""}${e.attributed_to ? ` by ${e.attributed_to.code}` : ""}`,
    )
    .join("; ");
const at = (events: EventRecord[], trigger: string) => events.filter((e) => e.trigger.text === trigger);

describe("status cues scoped by the parse", () => {
  it.each([
    ["negated", "Israeli warplanes did not strike targets in Gaza overnight.", "strike targets", "not"],
    [
      "hypothetical",
      "Turkey could launch a military operation against Kurdish militants in northern Syria.",
      "launch",
      "could",
    ],
    // A planned meeting is coded as the parties' intent (036, asserted): an act of another kind stays future.
    ["future", "Iran will send aid to the European Union next week.", "send aid", "will"],
    ["future", "Turkey plans to attack Syria next week.", "attack", "plans to"],
    [
      "hypothetical",
      "If Israel attacks Iranian nuclear sites, Iran would retaliate against Israel.",
      "attacks",
      "If",
    ],
    ["negated", "Iran refused to attack Israel.", "attack", "refused"],
  ])("codes a %s event: %s", (status, text, trigger, cue) => {
    const events = at(code(text), trigger);
    expect(events.length, show(code(text))).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.status, show(events)).toBe(status);
      expect(event.status_cue?.text).toBe(cue);
    }
  });

  it("treats an infinitive of purpose as intended, not done, and leaves the main verb asserted", () => {
    const events = code("Egyptian police fired tear gas to disperse protesters in Cairo on Friday.");
    expect(
      at(events, "disperse").map((e) => e.status),
      show(events),
    ).toEqual(["future"]);
    expect(
      at(events, "fired tear gas").map((e) => e.status),
      show(events),
    ).toEqual(["asserted"]);
  });

  it("keeps a conditional to its own clause: the main clause takes its own modal", () => {
    const events = code("If Israel attacks Iranian nuclear sites, Iran would retaliate against Israel.");
    const retaliation = events.find((e) => e.source?.code === "IRN");
    expect(retaliation?.status_cue?.text, show(events)).toBe("would");
  });

  it("does not extend a modal to the subject's event: the strikes happened, the escalation may not", () => {
    const events = code("Israel's strikes could escalate the war with Hezbollah.");
    expect(
      at(events, "strikes").map((e) => e.status),
      show(events),
    ).toEqual(["asserted"]);
  });

  it("codes an event reported by a speaker as claimed and attributed to the speaker", () => {
    const events = code(
      "Ukrainian forces shelled Russian positions near Donetsk, Russia's defence ministry said.",
    );
    const [shelling] = at(events, "shelled");
    expect(shelling?.status, show(events)).toBe("claimed");
    expect(shelling?.attributed_to?.code).toBe("RUSGOV");
    expect(shelling?.status_cue?.text).toBe("said");
  });
});

describe("demand content", () => {
  it("codes the appeal, not the act it asks for, and keeps that act as the appeal's intended code", () => {
    const events = code("France asked Germany to condemn Russia.");
    expect(
      events.map((e) => e.cameo.slice(0, 2)),
      show(events),
    ).toEqual(["02"]);
    expect(events[0].target?.code).toBe("DEU");
    expect(events[0].intended_cameo).toMatch(/^11/);
  });

  it("codes no event for the act a speaker says another side must do", () => {
    const events = code("Russia's foreign minister said Israel must end its attacks on Gaza.");
    expect(
      events.some((e) => e.source?.code === "RUSGOV" && e.cameo === "100"),
      show(events),
    ).toBe(true);
    expect(
      events.some((e) => e.source?.code === "ISR"),
      show(events),
    ).toBe(false);
  });
});

describe("attribution", () => {
  it("codes no event for the report an attribution names", () => {
    const events = code(
      "Executions fell by a third in 2018, according to a report published by Amnesty International.",
    );
    expect(events, show(events)).toEqual([]);
  });

  it("claims what an attribution reports even when its source is no actor", () => {
    const events = code(
      "The exchange may include Russian nationals incarcerated in American prisons, according to the attorney.",
    );
    expect(events.length, show(events)).toBeGreaterThan(0);
    expect(
      events.every((e) => e.status !== "asserted"),
      show(events),
    ).toBe(true);
  });
});

describe("a gerund clause of reason", () => {
  it("codes no event for the act a 'for' clause gives as the reason for another (news-023, plv-train-447)", () => {
    const merkel = code(
      "Angela Merkel kicks off her re-election drive on Tuesday at a congress of her conservative Christian Democrats (CDU), where the chancellor will be feted like a star for defending German interests in the euro zone crisis.",
    );
    expect(merkel, show(merkel)).toEqual([]);
    const arrest = code("Serb population was arrested in Tarcin for collaborating with enemy forces.");
    expect(
      arrest.map((e) => e.cameo.slice(0, 2)),
      show(arrest),
    ).toEqual(["17"]);
  });

  it("still codes the act after 'responsible for'", () => {
    const events = code("The army is responsible for killing 20 protesters.");
    expect(
      events.some((e) => e.cameo.startsWith("19")),
      show(events),
    ).toBe(true);
  });
});

describe("clauses from the parse", () => {
  it("gives a verb its clause without the adverbial clause it embeds", () => {
    const doc = parse("Iraqi troops attacked the village after militants fired rockets at a base.");
    const tree = buildTree(doc, doc.sentences[0], [], coder.resources.grammar);
    const word = (w: string) => doc.tokens.lower.indexOf(w);
    expect(predicateOf(tree, word("village"))).toBe(word("attacked"));
    expect(predicateOf(tree, word("base"))).toBe(word("fired"));
    const clause = treeClause(tree, word("attacked"));
    expect(tokenRangeText(doc, clause.start, clause.end)).toBe(
      "Iraqi troops attacked the village after militants fired rockets at a base.",
    );
    expect(inClause(clause, word("troops"))).toBe(true);
    expect(inClause(clause, word("village"))).toBe(true);
    expect(inClause(clause, word("militants"))).toBe(false);
    expect(inClause(treeClause(tree, word("fired")), word("militants"))).toBe(true);
  });
});
