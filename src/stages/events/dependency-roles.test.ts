import { beforeAll, describe, expect, it } from "vitest";
import { type Coder, createCoder } from "../../coder/coder.js";
import type { EventRecord } from "../../model/document.js";

// Roles and status scope read from the dependency parse, tested through the whole coder on news-style sentences.
let coder: Coder;
beforeAll(() => {
  coder = createCoder({ oneSided: true });
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
    // Protesters' attack is a riot (145, violence-kind.ts riotByCrowd); the roles are what is tested.
    const events = code("The Iraqi embassy in Tehran was attacked by Iranian protesters on Sunday.");
    expect(find(events, "IRN", "145", "IRQ"), show(events)).toBeDefined();
    expect(find(events, "IRQ", "14", "IRN"), show(events)).toBeUndefined();
  });

  it("takes a by-agent the parse hangs on an adverb ('criticised earlier by Iran')", () => {
    const events = code("Iraq was sharply criticised earlier by Iran for the raid.");
    expect(find(events, "IRN", "11", "IRQ"), show(events)).toBeDefined();
  });

  // plover-relations tune sentence: the dateline is parsed as a second, farther subject.
  it("takes the owner of an act noun as the subject's actor ('A U.S. military airstrike has killed')", () => {
    const events = code(
      "MOGADISHU, Somalia -- A U.S. military airstrike has killed a worker for a telecom company in Somalia, officials in the country said Tuesday.",
    );
    const killed = events.find((e) => e.trigger.text === "killed");
    expect(killed?.source?.text, show(events)).toBe("U.S. military");
  });

  // plover-relations tune sentence: "opponent" is a role word like "critic".
  it("takes political opponents as a party", () => {
    const events = code(
      "Political opponents of the Maldives government clashed with police on the streets of the capital early Friday after the Supreme Court ordered the release of imprisoned politicians.",
    );
    const clash = events.find((e) => e.trigger.text === "clashed");
    expect(clash?.source?.text.startsWith("Political opponents"), show(events)).toBe(true);
    expect(clash?.target?.text, show(events)).toBe("police");
  });

  it("gives each coordinated subject its own event", () => {
    const events = code("Egypt and Jordan condemned Israel on Monday.");
    expect(find(events, "EGY", "111", "ISR"), show(events)).toBeDefined();
    expect(find(events, "JOR", "111", "ISR"), show(events)).toBeDefined();
  });

  it("makes a control verb's object the subject of its complement", () => {
    const events = code("France persuaded Germany to condemn Russia.");
    const complement = find(events, "DEU", "111", "RUS");
    expect(complement, show(events)).toBeDefined();
    expect(complement?.status).not.toBe("asserted");
  });

  it("gives an infinitive or participle adjunct the subject of the verb it modifies (ConfliBERT tune)", () => {
    const hosting = code(
      "French President Emmanuel Macron is hosting a United Nations (UN) climate summit in Paris on Tuesday to discuss financing issues for a landmark climate deal clinched two years ago.",
    );
    expect(find(hosting, "FRA", "040", null), show(hosting)).toBeDefined();
    expect(find(hosting, "IGOUNO", "040", null), show(hosting)).toBeUndefined();
    const heading = code(
      "During the one-day visit, Obama will hold talks with President Uhuru Kenyatta at State House, Nairobi, before heading to his ancestral home of Kogelo, Siaya, to visit his relatives.",
    );
    // The visit is planned, so it may be coded as the visit (042) or as the intent to meet (036).
    const visit = (source: string) =>
      find(heading, source, "042", "CVL") ??
      find(heading, source, "042", null) ??
      find(heading, source, "036", "CVL");
    expect(visit("USA"), show(heading)).toBeDefined();
    expect(visit("KEN"), show(heading)).toBeUndefined();
  });

  it("takes a nominal event's possessive or adjectival actor as its agent", () => {
    const possessive = code("Iran's condemnation of Israel drew praise from Syria.");
    expect(find(possessive, "IRN", "111", "ISR"), show(possessive)).toBeDefined();
    const adjectival = code("Israeli tank shelling killed three Palestinians in Gaza.");
    expect(find(adjectival, "ISR", "19", "PSE"), show(adjectival)).toBeDefined();
  });
});

describe("a subordinate clause's own subject (issue 9)", () => {
  it("does not lend the main clause's actor to a verb whose subject names no actor", () => {
    const events = code(
      "Iran restored diplomatic ties with Saudi Arabia seven years after crowds attacked the Saudi embassy.",
    );
    expect(find(events, "IRN", "05", "SAU"), show(events)).toBeDefined();
    expect(
      events.filter((e) => e.source?.code === "IRN" && e.trigger.text !== "restored diplomatic ties"),
      show(events),
    ).toEqual([]);
  });
});

describe("targets from dependency relations (issue 9)", () => {
  it("makes the subject of 'was shot and killed by' the target of both verbs", () => {
    const events = code("An Israeli man was shot and killed by Palestinian militants near Nablus on Monday.");
    expect(find(events, "PSE", "18", "ISRCVL"), show(events)).toBeDefined();
    expect(
      events.some((e) => e.source?.code === "ISRCVL"),
      show(events),
    ).toBe(false);
  });

  it("gives 'shot and killed X' the shared object as the target of both verbs", () => {
    const events = code("Israeli soldiers shot and killed a Hamas commander in Gaza on Monday.");
    expect(find(events, "ISRMIL", "19", "PSEREBHMS"), show(events)).toBeDefined();
    expect(find(events, "ISRMIL", "193", null), show(events)).toBeUndefined();
  });

  it("takes the target a verb's noun object names ('launched an attack on X')", () => {
    const events = code("The Syrian army launched an attack on Islamic State fighters near Palmyra.");
    expect(find(events, "SYRMIL", "19", "IMG"), show(events)).toBeDefined();
  });

  it("takes the owner of what was hit as the target ('killed ISIS' top commander')", () => {
    const events = code("Iraqi troops killed ISIS' top commander in Mosul.");
    expect(find(events, "IRQMIL", "18", "IMGMUSISI"), show(events)).toBeDefined();
  });

  it("never makes the victims of a passive verb the source of the attack that killed them", () => {
    const events = code("Five Iraqi soldiers were killed in a bomb attack near Baghdad.");
    expect(
      events.some((e) => e.source?.code === "IRQMIL"),
      show(events),
    ).toBe(false);
  });

  it("takes no place or time as a target ('near the Algerian border', 'Yemen time')", () => {
    const border = code("Gunmen attacked a gas plant near the Algerian border on Wednesday.");
    expect(
      border.some((e) => e.target?.country === "DZA"),
      show(border),
    ).toBe(false);
    const time = code("Houthi rebels fired a missile at 3 a.m. Yemen time on Sunday.");
    expect(find(time, "YEMREB", "19", null), show(time)).toBeDefined();
  });

  it("makes the noun a noun event modifies its target when a by-phrase names the agent", () => {
    const events = code("Two Palestinian men shot by Israeli troops were buried in Gaza.");
    expect(find(events, "ISRMIL", "19", "PSE"), show(events)).toBeDefined();
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

describe("verb frames", () => {
  const roots = (events: EventRecord[]) => events.map((e) => e.cameo.slice(0, 2));

  it("codes a protest with a direct object as verbal criticism (11x), not a demonstration", () => {
    const events = code("Egypt protested Israel's decision to expand settlements.");
    expect(find(events, "EGY", "11", "ISR"), show(events)).toBeDefined();
    expect(roots(events), show(events)).not.toContain("14");
  });

  it("keeps an intransitive protest and a crowd's protest a demonstration (14x)", () => {
    const against = code("Thousands of Egyptians protested against Israel in Cairo on Friday.");
    expect(find(against, "EGY", "14", "ISR"), show(against)).toBeDefined();
    const crowd = code(
      "Thousands of people in Pakistan protested the killing of an activist by Pakistani police.",
    );
    expect(roots(crowd), show(crowd)).toContain("14");
    expect(roots(crowd), show(crowd)).not.toContain("11");
  });

  it("codes inciting or pressing an actor to act as an appeal to that actor (02x), not the incitement", () => {
    const incite = code("Iran incited Iraq to expel American troops.");
    expect(find(incite, "IRN", "02", "IRQ"), show(incite)).toBeDefined();
    expect(roots(incite), show(incite)).not.toContain("11");
  });

  it("keeps incitement against a target without an infinitive as rallying opposition (113)", () => {
    const events = code("Syria incited Lebanese groups against Israel.");
    expect(
      events.some((e) => e.source?.code === "SYR" && e.cameo === "113"),
      show(events),
    ).toBe(true);
    expect(roots(events), show(events)).not.toContain("02");
  });
});

describe("conversation frame", () => {
  const CALL =
    "Russian President Vladimir Putin spoke by telephone with Turkish President Recep Tayyip Erdogan on Monday.";

  it("addresses a party's later statement with no addressee to the other party of the call", () => {
    const events = code(`${CALL} Erdogan said the two countries share many goals.`);
    expect(find(events, "RUSGOV", "041", "TURGOV"), show(events)).toBeDefined();
    expect(find(events, "TURGOV", "010", "RUSGOV"), show(events)).toBeDefined();
  });

  it("leaves a statement unaddressed without a conversation, or by a third party", () => {
    const alone = code("Turkish President Recep Tayyip Erdogan said the two countries share many goals.");
    expect(find(alone, "TURGOV", "010", null), show(alone)).toBeDefined();
    const third = code(`${CALL} French President Emmanuel Macron said the war must end soon.`);
    expect(find(third, "FRAGOV", "010", null), show(third)).toBeDefined();
  });

  it("keeps the speaker out of the event reported inside the conversation", () => {
    const events = code(`${CALL} Putin said Chinese ships entered Japanese waters.`);
    const reported = events.find((e) => e.source?.code === "CHN");
    expect(reported?.attributed_to?.code, show(events)).toBe("RUSGOV");
    expect(events.some((e) => e.source?.code === "CHN" && e.target?.code.startsWith("RUS"))).toBe(false);
  });
});

describe("targets of moved forces, complements and possessions (issue 9)", () => {
  it.each([
    ["Canada has offered to send troops to Mali.", "CAN", "03", "MLI"],
    ["Australia withdrew its troops from Iraq last year.", "AUS", "087", "IRQ"],
    ["Russia agreed to lift sanctions against Turkey.", "RUS", "03", "TUR"],
    ["The United Nations withdrew peacekeepers from Lebanon.", "IGOUNO", "16", "LBN"],
    ["The United States reduced military aid to Egypt.", "USA", "16", "EGY"],
    ["Australia is willing to withdraw its troops from Iraq.", "AUS", "03", "IRQ"],
    ["Nigeria announced the deployment of 230 troops to Liberia.", "NGA", "15", "LBR"],
    // plover-relations tune sentences: a partitive's noun, a phrase the parse hangs on the verb.
    [
      "Russia has begun withdrawing some of its troops from Syria, Defence Minister Sergei Shoigu said on Monday.",
      "RUS",
      "087",
      "SYR",
    ],
    ["The United States completed its withdrawal of troops from Iraq in December 2011.", "USA", "087", "IRQ"],
    [
      // Dated 2024 the title names no sitting president: any source.
      "In the fall of 1990, President George Herbert Walker Bush mobilized troops for the first Gulf War against Iraq.",
      "",
      "15",
      "IRQ",
    ],
  ])("aims %s at the place the act is directed to", (text, source, root, target) => {
    const events = code(text);
    expect(find(events, source, root, target), show(events)).toBeDefined();
    expect(
      events.some((e) => e.target?.code === "MIL"),
      show(events),
    ).toBe(false);
  });

  // plover-relations tune sentences.
  it.each([
    [
      "Action Against Hunger says it is currently providing food assistance every month to approximately 300,000 people in northeast Nigeria who have no access to livelihoods and food.",
      "070",
      "Nigeria",
    ],
    [
      "The US military sent 200 troops in Syria to serve as a peacekeeping force after it pulls out most of its soldiers, the White House says.",
      "074",
      "Syria",
    ],
    [
      "The NATO alliance has agreed to a expansion of its peacekeeping force in Afghanistan beyond the capital, Kabul.",
      "03",
      "Afghanistan",
    ],
  ])("aims help to a bare group at the place it is in: %s", (text, root, place) => {
    const events = code(text);
    const help = events.find((e) => e.cameo.startsWith(root));
    expect(help?.target?.text, show(events)).toBe(place);
  });

  it("aims a verb at the party whose request, offer or decision is its object", () => {
    const events = code("Germany rejected a request by Turkey to hold a rally.");
    expect(find(events, "DEU", "12", "TUR"), show(events)).toBeDefined();
  });

  // plover-relations tune sentences.
  it("aims a verb at the owner of the act it names, not at that act's victims", () => {
    const events = code(
      "Tehran, March 15, IRNA - Secretary-General of the Permanent Secretariat of the International Conference of Support for Palestinian People in the Iranian Parliament condemned the Zionist regime's brutal attacks on the Palestinian people in Gaza.",
    );
    const condemned = events.find((e) => e.cameo.startsWith("11"));
    expect(condemned?.target?.text, show(events)).toBe("Zionist regime");
  });

  it("does not aim a verb at the subject's own side owning its object", () => {
    const events = code(
      "Maduro has now closed Venezuela's land borders with Brazil and Colombia, and severed diplomatic ties with Colombia.",
    );
    expect(find(events, "VENGOV", "172", "BRA"), show(events)).toBeDefined();
    expect(find(events, "VENGOV", "172", "VEN"), show(events)).toBeUndefined();
  });

  it("aims an act noun at the owner of the thing it is aimed at", () => {
    const events = code(
      "A Russia-backed Syrian regime offensive on the last major opposition bastion in the country's northwest has displaced more than 800,000 people since December, the United Nations said on Thursday.",
    );
    expect(find(events, "SYRGOV", "19", "OPP"), show(events)).toBeDefined();
  });

  // plover-relations tune sentences: the parse reads "by X" as an agent, hangs "by" on a title, or
  // hangs "from X" on the verb.
  it.each([
    [
      "On Thursday, the German government rejected a request by Mr. Erdogan to hold a rally while he is in the country for the summit.",
      "Mr. Erdogan",
    ],
    [
      "Egypt's highest appeals court has rejected a motion by former president Hosni Mubarak to overturn the conviction on corruption charges.",
      "former president Hosni Mubarak",
    ],
    [
      "Romania's president on Friday refused a request from the justice minister to dismiss the county's top prosecutor, who has clashed with the government over its commitment to fight corruption.",
      "justice minister",
    ],
    [
      "Immediately after the 9/11 attacks, then US President George W. Bush swiftly rejected every offer made by the Taliban to discuss handing over wanted terrorist Osama bin Laden to a third country and ordered an invasion.",
      "Taliban",
    ],
  ])("aims a refusal at whose request it is: %s", (text, whose) => {
    const events = code(text);
    expect(events.find((e) => e.cameo.startsWith("12"))?.target?.text, show(events)).toBe(whose);
  });

  it("aims a mediation at both parties it is between", () => {
    const events = code("Egypt has launched a mediation effort between Turkey and Syria.");
    expect(find(events, "EGY", "04", "TUR"), show(events)).toBeDefined();
    expect(find(events, "EGY", "04", "SYR"), show(events)).toBeDefined();
  });

  it("lets one person act on another of the same code", () => {
    const events = code(
      "Israeli Defence Minister Yoav Gallant blamed Benjamin Netanyahu's policies for the crisis.",
    );
    const blame = find(events, "ISRGOV", "112", "ISRGOV");
    expect(blame?.target?.text, show(events)).toBe("Benjamin Netanyahu");
  });

  it("still codes a country named again as its own target with no target", () => {
    const events = code("Iran promised Iran's support for the talks.");
    expect(
      events.some((e) => e.source?.code === "IRN" && e.target?.code === "IRN"),
      show(events),
    ).toBe(false);
  });
});

describe("a weapon noun is the means of its verb's act (issue 9)", () => {
  it("codes one attack for a verb and the weapons it names", () => {
    const events = code(
      "The Syrian army is targeting the town of Umm Batna with a barrage of mortar shells and rockets.",
    );
    const attacks = events.filter((e) => e.source?.code === "SYRMIL" && /^(18|19|20)/.test(e.cameo));
    expect(attacks.length, show(events)).toBe(1);
  });

  it("gives a verb with no target the target of the act it leads to", () => {
    const events = code(
      "Hezbollah guerrillas detonated two bombs near the border, killing two Israeli soldiers.",
    );
    expect(find(events, "LBNREBHEZ", "18", "ISRMIL"), show(events)).toBeDefined();
  });
});

describe("a mediation's parties (issue 9)", () => {
  // plover-relations tune sentence: the dispute is named in the mediation's purpose, not beside it.
  it("aims a mediation at the parties of the dispute its purpose names", () => {
    const events = code(
      "Egypt already has launched a mediation effort to try to prevent a military confrontation between Turkey and Syria, over Turkish allegations that Syria is harboring Turkish Kurdish rebels.",
    );
    const mediation = events.filter((e) => e.cameo === "045" && e.source?.text === "Egypt");
    expect(mediation.map((e) => e.target?.text).sort(), show(events)).toEqual(["Syria", "Turkey"]);
  });
});

describe("a thing moved by a passive verb (issue 9)", () => {
  // plover-relations tune sentence: the parse hangs the "to" phrase on the agent.
  it("makes the actor a passive verb's thing goes to its target", () => {
    const events = code(
      "An 18-carat gold bookmark, a gift from Eva Braun to Adolf Hitler and the property of a Spanish museum, was returned by US officials to Spanish authorities in June 2010.",
    );
    const returned = events.find((e) => e.trigger.text === "returned");
    expect(returned?.source?.text, show(events)).toBe("US officials");
    expect(returned?.target?.text, show(events)).toBe("Spanish authorities");
  });
});

describe("an act named as the cause of a passive verb (issue 9)", () => {
  it("makes the passive subject the patient of the attack, never its agent", () => {
    const events = code(
      "At least 35 Kurdish fighters of the YPG were killed in a car bomb attack conducted by the Islamic State group.",
    );
    expect(
      events.some((e) => e.source?.code.startsWith("SYRREBYPG")),
      show(events),
    ).toBe(false);
    expect(find(events, "IMGMUSISI", "1", "SYRREBYPG"), show(events)).toBeDefined();
  });
});

// plover-relations and event-location tune sentences.
describe("phrasal verbs and verbs of blame (issue 9)", () => {
  it("reads 'took over X' as occupying X, not the object of the verb coordinated after it", () => {
    const events = code(
      "In October 2017 the Iraqi army took over Kirkuk and pushed the Kurdish Peshmerga out of the city, threatening to move against Erbil in retaliation for the referendum.",
    );
    const taken = events.find((e) => e.cameo === "192");
    expect(taken?.target?.text, show(events)).toBe("Kirkuk");
  });

  it("reads 'took over' as a phrasal verb too, and not when nothing is taken", () => {
    const events = code("Hamas took over the Gaza Strip in 2007.");
    expect(find(events, "PSEREBHMS", "192", "PSE"), show(events)).toBeDefined();
    for (const text of [
      "The general took over as chief of the Kenyan army in May.",
      "Kenya's defence minister took over the job in May.",
    ]) {
      const succession = code(text);
      expect(
        succession.some((e) => e.cameo === "192"),
        show(succession),
      ).toBe(false);
    }
  });

  it("reads an order to a party as a demand on it, and an ordered inquiry as none", () => {
    const events = code(
      "The Metropolitan Police Bureau has ordered Abhisit and former deputy prime minister Suthep Thaungsuban to appear for questioning on Friday.",
    );
    expect(events.find((e) => e.cameo === "100")?.target?.text, show(events)).toBe("Abhisit");
    const inquiry = code(
      "President Gloria Arroyo has ordered an investigation against Education Secretary Raul Roco amid allegations of early politicking ahead of the 2004 presidential elections.",
    );
    expect(
      inquiry.some((e) => e.cameo === "100"),
      show(inquiry),
    ).toBe(false);
  });

  it("reads 'faulted X's decision' as criticism of X", () => {
    const events = code(
      "The Senate President's aide faulted Buhari's decision to allow Tinubu run his re-election campaign.",
    );
    expect(events.find((e) => e.cameo.startsWith("11"))?.target?.text, show(events)).toBe("Buhari");
  });
});

// plover-relations tune sentences.
describe("coordinated parties agree and meet with each other (issue 9)", () => {
  it("codes an agreement between the coordinated subjects, not toward a role word in the object", () => {
    const events = code(
      "Jordan and Britain have agreed to undertake joint military exercises this month but insisted that the maneuvers were in no way linked to neighbouring Iraq.",
    );
    expect(find(events, "JOR", "030", "GBR"), show(events)).toBeDefined();
    expect(find(events, "GBR", "030", "JOR"), show(events)).toBeDefined();
  });

  it("does not make a place in a later phrase the party met", () => {
    const events = code(
      "Russia and Turkey's foreign ministers met briefly today following a spate of tensions over clashes in Syria's Idlib.",
    );
    expect(find(events, "RUS", "04", "TUR"), show(events)).toBeDefined();
    expect(find(events, "RUS", "04", "SYR"), show(events)).toBeUndefined();
  });
});

// plover-relations tune sentences.
describe("a planned meeting is its parties' announced intent (issue 9)", () => {
  it.each([
    "During the one-day visit, Obama will hold talks with President Uhuru Kenyatta at State House, Nairobi, before heading to his ancestral home of Kogelo, Siaya, to visit his relatives.",
    "French President Emmanuel Macron will host Japan's Crown Prince Naruhito next Wednesday as part of a week-long state visit by the emperor-in-waiting to mark 160 years of diplomatic relations between the two nations.",
  ])("codes 036 with the meeting kept as the intended act: %s", (text) => {
    const events = code(text);
    const plan = events.find((e) => e.cameo === "036");
    expect(plan?.status, show(events)).toBe("asserted");
    expect(plan?.intended_cameo?.startsWith("04"), show(events)).toBe(true);
    expect(plan?.target, show(events)).toBeTruthy();
  });
});

describe("an act noun under a light verb is the subject's act (issue 9)", () => {
  it("codes 'ordered the tanker's release' as the court's release", () => {
    const events = code(
      "A Gibraltar court ordered the Iranian tanker's release on August 15 despite an 11th-hour US legal bid to keep it in detention.",
    );
    const release = events.find((e) => e.cameo.startsWith("084"));
    expect(release?.source?.code, show(events)).toBe("GIBJUD");
    expect(release?.trigger.text, show(events)).toBe("release");
  });

  it("leaves an unknown name's act noun to the clause rules, which find a charted source", () => {
    const events = code(
      "Agnes Callamard, the special rapporteur for the U.N.'s Office of the High Commissioner for Human Rights, conducted a five-month investigation into Khashoggi's death last fall at the Saudi consulate in Istanbul.",
    );
    const inquiry = events.find((e) => e.cameo.startsWith("09"));
    expect(inquiry?.source?.code.startsWith("IGOUNO"), show(events)).toBe(true);
  });
});
