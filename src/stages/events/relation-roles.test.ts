import { beforeAll, describe, expect, it } from "vitest";
import { type Coder, createCoder } from "../../coder/coder.js";
import type { EventRecord } from "../../model/document.js";

// Roles the parse gives the marked relations of plover-relations tune sentences (issue 9), through the
// whole coder.
let coder: Coder;
beforeAll(() => {
  coder = createCoder({ oneSided: true });
});

const code = (text: string, date = "2024-05-01"): EventRecord[] => coder.code({ id: "t", text, date }).events;
const show = (events: EventRecord[]) =>
  events
    .map((e) => `${e.source?.code ?? "-"} ${e.cameo} ${e.target?.code ?? "-"} "${e.trigger.text}"`)
    .join("; ");
const find = (events: EventRecord[], source: string, root: string, target: string) =>
  events.find(
    (e) => e.source?.code.startsWith(source) && e.cameo.startsWith(root) && e.target?.code.startsWith(target),
  );

describe("roles the parse gives (issue 9, plover-relations tune)", () => {
  it("takes a passive agent whose name the parse heads with a place word ('by Delhi Police')", () => {
    const events = code(
      "Disha Ravi was arrested by Delhi Police for collaborating with a pro-Khalistani outfit to spread disaffection against India.",
    );
    expect(find(events, "INDCOP", "17", "UNK"), show(events)).toBeDefined();
  });

  // plv-train-467: a bare participle after an ordering verb's object is a passive small clause.
  it("makes the object of 'ordered X jailed' the one jailed, by the one who ordered it", () => {
    const events = code(
      "A Spanish judge has ordered nine ex-members of the government in Catalonia jailed while they are investigated on possible charges of sedition, rebellion and embezzlement.",
    );
    expect(find(events, "ESPJUD", "17", "ESPGOV"), show(events)).toBeDefined();
  });

  // plv-train-239: the parse hangs the destination on the verb as a loose dependent after the inclusion.
  it("aims a deployment of troops, including officers, at where they go", () => {
    const events = code(
      "Nigeria on Saturday announced the deployment of 230 troops, including 19 officers, to Liberia on a peacekeeping mission.",
    );
    expect(find(events, "NGA", "074", "LBR"), show(events)).toBeDefined();
  });

  // plv-train-258: the purpose infinitive of an act noun names whom the help is for, by its place.
  it("aims assistance 'to help people in Somalia, Ethiopia and Kenya' at those countries", () => {
    const events = code(
      "The European Commission has announced additional humanitarian assistance of €60 million to help people in Somalia, Ethiopia and Kenya, who have been facing critical levels of food insecurity due to severe drought.",
    );
    for (const country of ["SOM", "ETH", "KEN"])
      expect(find(events, "IGOEUREEC", "07", country), show(events)).toBeDefined();
  });

  it("does not read a country inside a person's name as the party ('Michael Israel')", () => {
    const events = code(
      "Michael Israel from California and Anton Leschek from Bielefeld were killed in a Turkish airstrike on November 24.",
    );
    expect(
      events.some((e) => e.target?.code === "ISR"),
      show(events),
    ).toBe(false);
  });

  it("makes coordinated parties signing an agreement each other's target", () => {
    const events = code(
      "The United Kingdom and the United States signed a landmark data sharing agreement to give law enforcement agencies in one country faster access to digital evidence held by service providers.",
    );
    expect(find(events, "GBR", "057", "USA"), show(events)).toBeDefined();
    expect(find(events, "USA", "057", "GBR"), show(events)).toBeDefined();
  });

  it("reads a noun pattern matched across a subject and its verb as the verb's act ('missiles have struck')", () => {
    const events = code(
      "Syrian government missiles have struck a rebel-held area near the frontier with the Israeli-occupied Golan Heights.",
    );
    expect(find(events, "SYRGOV", "19", "REB"), show(events)).toBeDefined();
  });

  it("aims forces sent for a purpose at the object of its infinitive ('send troops to help X')", () => {
    const events = code(
      "Australia has offered to send troops to help the Philippines army in its pretty brutal fight against Islamic State, Foreign Minister Julie Bishop has revealed.",
    );
    expect(find(events, "AUS", "03", "PHLMIL"), show(events)).toBeDefined();
  });
});

describe("places a withdrawal leaves (issue 9, plover-relations tune)", () => {
  it("aims a withdrawal of peacekeepers at the place it leaves, not at the peacekeepers", () => {
    const events = code(
      "The UN withdrew peacekeepers from Sinai allowing Nasser to mass his divisions on Israels border.",
    );
    expect(find(events, "IGOUNO", "166", "EGY"), show(events)).toBeDefined();
    expect(
      events.some((e) => e.target?.text === "peacekeepers"),
      show(events),
    ).toBe(false);
  });

  it("aims a withdrawal at the owner of the place it leaves ('from the West Bank cities')", () => {
    const events = code(
      "Israel was willing to withdraw its troops from the West Bank cities if the PA assumed strong control of the areas.",
    );
    expect(find(events, "ISR", "087", "PSE"), show(events)).toBeDefined();
  });
});

describe("refusals (issue 9, plover-relations tune)", () => {
  it("codes an act the source says it will not do as a rejection of its target (12x)", () => {
    const events = code(
      "The Taliban has said it will not begin talks with the Afghan government as envisaged in the agreement until the prisoner release takes place.",
      "2020-03-10",
    );
    const refusal = find(events, "AFGREBTAL", "125", "AFGGOV");
    expect(refusal, show(events)).toBeDefined();
    expect(refusal?.status, show(events)).not.toBe("negated");
  });

  it("keeps an act that only did not happen negated, not a rejection", () => {
    const events = code("Iraqi officials did not hold talks with Iran on Monday.");
    expect(
      events.some((e) => e.cameo.startsWith("12")),
      show(events),
    ).toBe(false);
  });
});

describe("the purpose of a call (issue 9, plover-relations tune)", () => {
  it("gives a call's infinitive to the caller, aimed at the one called", () => {
    const events = code(
      "On Nov. 18, NATO Secretary General Jens Stoltenberg called Erdogan to apologize for the case during the alliance's exercises held in Norway.",
    );
    const apology = events.find((e) => e.trigger.text === "apologize");
    expect(apology?.source?.text, show(events)).toBe("NATO Secretary General Jens Stoltenberg");
    expect(apology?.target?.text, show(events)).toBe("Erdogan");
  });

  it("keeps 'called on X to' an appeal to X", () => {
    const events = code("Iran called on Iraq to release the prisoners.");
    expect(find(events, "IRN", "02", "IRQ"), show(events)).toBeDefined();
  });
});

describe("actor phrases (issue 9, plover-relations tune)", () => {
  it("does not join a place to the role word after a spaced dash ('ALGIERS, Algeria - Police')", () => {
    const { actors } = coder.code({
      id: "t",
      text: "ALGIERS, Algeria - Police have arrested a handful of journalists during a demonstration by reporters in Algiers.",
    });
    const police = actors.find((a) => a.text.endsWith("Police"));
    expect(police?.text).toBe("Police");
    expect(police?.code).toBe("DZACOP");
  });
});
