import { describe, expect, it } from "vitest";
import { asActorCode, asCountry } from "../../model/codes.js";
import { createDoc } from "../../model/document.js";
import { tokenizeDoc } from "../tokenize/tokenize.js";
import { loadGazetteer } from "./gazetteer.js";
import { docWithEvent, makeEvent } from "./test-helpers/make-doc.js";
import { parseTestDoc } from "./test-helpers/parse-doc.js";
import { createWhenWhereStage } from "./when-where-stage.js";

const stage = createWhenWhereStage({ gazetteer: loadGazetteer() });
const ctx = { resources: {}, warn: () => {} };

function locationOf(text: string, trigger: string, occurrence = 0) {
  const doc = docWithEvent(text, trigger, { date: "2022-03-20", occurrence });
  stage.run(doc, ctx);
  const location = doc.events[0].location;
  return (
    location && {
      text: location.text,
      country: location.country,
      precision: location.precision,
      basis: location.basis,
    }
  );
}

describe("when-where event places", () => {
  it.each([
    [
      "a place after a locative preposition",
      "A roadside bomb exploded in Kirkuk on Monday.",
      "exploded",
      "Kirkuk",
      "IRQ",
      "city",
    ],
    [
      "the nearest place after the trigger, not the first of the sentence",
      "Officials in Baghdad said a bomb exploded in Basra.",
      "exploded",
      "Basra",
      "IRQ",
      "city",
    ],
    [
      "a place before the trigger when none follows",
      "In the West Bank city of Nablus, a man was shot and killed.",
      "shot",
      "Nablus",
      "PSE",
      "city",
    ],
    [
      "a demonym with territory names the country",
      "Iraq condemned the presence of Israeli agents on Iraqi soil.",
      "condemned",
      "Iraqi soil",
      "IRQ",
      "country",
    ],
    [
      "near the border with a country",
      "Troops clashed near the border with Syria.",
      "clashed",
      "Syria",
      "SYR",
      "country",
    ],
    ["north of a town", "Gunmen ambushed a convoy north of Baghdad.", "ambushed", "Baghdad", "IRQ", "city"],
    [
      "a town that is the verb's object",
      "Government forces recaptured Palmyra on Sunday.",
      "recaptured",
      "Palmyra",
      "SYR",
      "city",
    ],
    ["an alternate spelling", "A car bomb exploded in Arbil on Monday.", "exploded", "Arbil", "IRQ", "city"],
    ["a region", "Fighting flared in Darfur again.", "flared", "Darfur", "SDN", "region"],
    [
      "a town's name used for its province, at region precision",
      "Taliban fighters attacked a checkpoint in Ghazni province.",
      "attacked",
      "Ghazni province",
      "AFG",
      "region",
    ],
    [
      "a more precise place of the same country in the clause",
      "Iran fired missiles inside Iraqi territory at targets in Erbil.",
      "fired",
      "Erbil",
      "IRQ",
      "city",
    ],
    [
      "a locality the gazetteer lacks, with the country of its town",
      "A bomb exploded in the Sayidda Zaynab district of Damascus.",
      "exploded",
      "Sayidda Zaynab",
      "SYR",
      undefined,
    ],
    [
      "a known district, not the province it lies in that the gazetteer lacks",
      "Unidentified gunmen have shot dead a doctor in the centre of Chah Ab District of Takhar Province.",
      "shot",
      "Chah Ab District",
      "AFG",
      "region",
    ],
  ])("%s", (_name, text, trigger, words, country, precision) => {
    expect(locationOf(text, trigger)).toEqual({ text: words, country, precision, basis: "event" });
  });

  it.each([
    ["a nominal event's compound", "Iran denied any role in the Erbil attack.", "attack", "Erbil", "IRQ"],
    ["a nominal event's locative", "Iran's attack in Erbil killed two people.", "attack", "Erbil", "IRQ"],
    [
      "the place of the clause a participle hangs from",
      "Troops clashed with rebels in Mosul, killing 12 fighters.",
      "killing",
      "Mosul",
      "IRQ",
    ],
    [
      "the place of an infinitive's own phrase",
      "Rebels tried to seize the airport near Idlib.",
      "seize",
      "Idlib",
      "SYR",
    ],
    [
      "the event's own place, not that of the speakers",
      "Officials in Baghdad said a bomb exploded in Basra.",
      "exploded",
      "Basra",
      "IRQ",
    ],
    [
      "the place of the name named by 'the city of', not the region modifying 'city'",
      "Israeli soldiers shot dead a man in the West Bank city of Hebron.",
      "shot",
      "Hebron",
      "PSE",
    ],
    [
      "a locative in the event's own phrase over the place of the clause it hangs from",
      "The Syrian Arab Army continued their offensive in the eastern countryside of Aleppo on Friday, targeting the remaining villages under the Islamic State's control south of Al-Bab city.",
      "targeting",
      "Al-Bab city",
      "SYR",
    ],
    [
      "a town the gazetteer lacks after 'at', not joined to the noun before it",
      "Around the same time, militants detonated another IED at Kulgam Chowk in Anantnag district, injuring eight civilians.",
      "detonated",
      "Kulgam Chowk",
      "IND",
    ],
    [
      "a small town in apposition with a place noun",
      "ISIS routed rebel groups last month to seize control of Azaz, a strategic city near the Turkish border, leading to a tense cease-fire.",
      "seize",
      "Azaz",
      "SYR",
    ],
    [
      "the name, not the place a phrase after its comma says it lies in",
      "Meanwhile, in Abu Ghraib, on the western edge of Baghdad, U.S. troops clashed with townspeople Sunday for the second time in three days.",
      "clashed",
      "Abu Ghraib",
      "IRQ",
    ],
    [
      "'downtown' used as a preposition",
      "Liberian troops patrolled downtown Monrovia in a show of force.",
      "patrolled",
      "Monrovia",
      "LBR",
    ],
    [
      "a town the gazetteer lacks, in a part of it that a place verb acts on",
      "Militias on Thursday patrolled the streets of Cap-Haitien, Haiti's second important city with 500,000 inhabitants.",
      "patrolled",
      "Cap-Haitien",
      null,
    ],
    [
      "a village the gazetteer lacks after a settlement word and 'of'",
      "In the province of Latakia, Ahrar al-Sham groups shelled the settlement of Mortlu and positions of government forces on Mount Abu Ali.",
      "shelled",
      "Mortlu",
      "SYR",
    ],
    [
      "a landmark the gazetteer lacks, named with its locality word",
      "The Syrian Arab Army stormed the jihadist-held Al-Fijah Springs in Wadi Barada, resulting in a long battle on Monday.",
      "stormed",
      "Al-Fijah Springs",
      "SYR",
    ],
    [
      "a country owning the noun of a locative phrase",
      "Insurgents detonated a roadside bomb in Thailand's restive South Saturday, killing two soldiers.",
      "detonated",
      "Thailand",
      "THA",
    ],
    [
      "a district the gazetteer lacks that a neighbouring clause acts on",
      "ISIS launched another offensive in the Deir Ezzor Governorate on Friday, targeting the Syrian Arab Army controlled Al-Rashidiyah District inside the provincial capital.",
      "targeting",
      "Al-Rashidiyah District",
      "SYR",
    ],
    [
      "the village an offensive is launched to take, over the region it is launched in",
      "On Wednesday morning in the Homs Governorate's southeastern countryside, ISIS launched a surprise counter-offensive to recapture the strategic village of Maheen from the Syrian Arab Army.",
      "launched",
      "Maheen",
      "SYR",
    ],
    [
      "a town named by a stronghold word and 'of'",
      "The military had captured the rebel stronghold of Jaffna last year.",
      "captured",
      "Jaffna",
      "LKA",
    ],
    [
      "the towns named by a resort word and 'of', not the region modifying it",
      "On Oct. 7, 2004, Islamic militants detonated bombs in the Sinai resorts of Taba and Ras Shitan, killing 34 people.",
      "detonated",
      "Taba",
      "EGY",
    ],
    [
      "a town after a sector of it",
      "Minutes ago, the Syrian Arab Army's Republican Guard, backed by Hezbollah, began a new assault in the southern sector of Aleppo, striking the southern portion of the 1070 Al-Hamdaniyah Housing Project.",
      "began",
      "Aleppo",
      "SYR",
    ],
    [
      "a town the gazetteer lacks whose name starts with an ayn sign",
      "The jihadist rebels launched a major offensive at the abandoned military base near the Dara’a Governorate town of ‘Ibta on Sunday.",
      "launched",
      "Ibta",
      "SYR",
    ],
    [
      "districts the gazetteer lacks, named before a shared locality word",
      "The Syrian Arab Army (SAA) continued their large-scale offensive in the northern districts of Aleppo on Saturday, targeting both the Shuqayf and Bustan Al-Basha districts that were under the control of Fatah Halab.",
      "targeting",
      "Shuqayf",
      "SYR",
    ],
    [
      "the owner of a border, not the country on its other side",
      "On Oct. 7, Hezbollah captured three Israeli soldiers along Lebanon's border with Israel and said it wanted to swap them for Arab prisoners.",
      "captured",
      "Lebanon",
      "LBN",
    ],
    [
      "the event's place, not its source's",
      "According to an Al-Masdar correspondent in Damascus, the Syrian opposition forces executed and kidnapped approximately 120 people at Zara, making this massacre the deadliest attack against a civilian population in Syria this year.",
      "executed",
      "Zara",
      "SYR",
    ],
    [
      "a small town of a country the text never names, with the country of the place it lies in",
      "Fighters of the illegal armed organization Free Syrian Army shelled the Aziziyah district in the city of Aleppo.",
      "shelled",
      "Aziziyah district",
      "SYR",
    ],
    [
      "an airport the gazetteer lacks, with five words",
      "The Syrian Army captured the Marj Al-Sultan Military Airport after a two week long battle with the Islamist rebels.",
      "captured",
      "Marj Al-Sultan Military Airport",
      null,
    ],
  ])("reads the parse: %s", (_name, text, trigger, words, country) => {
    expect(locationOf(text, trigger)).toMatchObject({ text: words, country, basis: "event" });
  });

  it("reads a locative phrase with a possessive determiner when the parse misses it: 'on the doorstep of his Moscow apartment'", () => {
    const text =
      "Unidentified gunmen shot Oleg Slabynko, 34, to death on the doorstep of his Moscow apartment on Thursday.";
    expect(locationOf(text, "shot")).toMatchObject({ text: "Moscow", country: "RUS" });
  });

  it("reads a complement clause right under a material verb as a misparse, not reported speech", () => {
    const text =
      "Israeli soldiers shot dead a Palestinian policeman and an 18-year-old boy in the West Bank town of Tulkarm and eight people were wounded, according to the town's governor.";
    expect(locationOf(text, "shot")).toMatchObject({ text: "Tulkarm", country: "PSE" });
  });

  it("puts an event in its own clause's place, not the dateline's: Putin spoke in Pyongyang", () => {
    const doc = docWithEvent("MOSCOW (Reuters) - Putin spoke in Pyongyang on Wednesday.", "spoke", {
      cameo: "010",
    });
    stage.run(doc, ctx);
    expect(doc.dateline).toMatchObject({ name: "Moscow", basis: "dateline" });
    expect(doc.events[0].location).toMatchObject({ name: "Pyongyang", country: "PRK", basis: "event" });
  });

  it("reads names after 'between' as parties, not places: relations between Tehran and Baghdad", () => {
    const text = "The two nations will deepen the cooperation and relations between Tehran and Baghdad.";
    const doc = docWithEvent(text, "cooperation", { cameo: "060" });
    stage.run(doc, ctx);
    expect(doc.events[0].location?.basis).not.toBe("event");
  });

  it("does not place a statement at its subject's home: 'Tulkarm's governor said'", () => {
    const text =
      "Tulkarm's governor said the Palestinians were killed at a peaceful protest on the outskirts of the town.";
    const doc = docWithEvent(text, "said", { cameo: "010" });
    stage.run(doc, ctx);
    expect(doc.events[0].location?.basis).not.toBe("event");
  });

  it("does not place a protest where what it opposes happened, but places an attack at its target", () => {
    const protest = docWithEvent(
      "Several hundred communist activists demonstrated outside the US embassy Saturday against a US-led war on Iraq.",
      "demonstrated",
      { cameo: "141" },
    );
    stage.run(protest, ctx);
    expect(protest.events[0].location?.name).not.toBe("Iraq");
    const attack = locationOf(
      "Early on Saturday, PKK militants launched a major offensive against a Turkish military base in the Hakkari province located in southeast Turkey.",
      "launched",
    );
    expect(attack).toMatchObject({ text: "Hakkari province", basis: "event" });
  });

  it.each([
    [
      "what the thing protested against acts on",
      "At midnight, tens of demonstrators outside the vice consulate protested against Spanish support for the US-led attack on Iraq.",
      "protested",
      "141",
      "Iraq",
    ],
    [
      "what a statement's 'on' is about",
      "Radical students, dissidents and farmers here have demonstrated against the Uruguay Round of global trade negotiations, slamming Washington for alleged trade pressure on South Korea.",
      "slamming",
      "111",
      "South Korea",
    ],
  ])("does not place a protest or a statement at %s", (_name, text, trigger, cameo, topic) => {
    const doc = docWithEvent(text, trigger, { cameo });
    stage.run(doc, ctx);
    const location = doc.events[0].location;
    expect(location?.basis === "event" && location.text === topic).toBe(false);
  });

  it("places a protest at the setting the parse hung inside its topic: 'against a war on Iraq at a park in Tokyo'", () => {
    const protest = docWithEvent(
      "Some 5,000 people protested against a possible war on Iraq at a park in Tokyo on Saturday.",
      "protested",
      { cameo: "141" },
    );
    stage.run(protest, ctx);
    expect(protest.events[0].location).toMatchObject({ text: "Tokyo", country: "JPN", basis: "event" });
  });

  it("does not put a saying in the place of what was said", () => {
    const doc = docWithEvent("The minister said the army shelled Mosul.", "said", { cameo: "010" });
    stage.run(doc, ctx);
    expect(doc.events[0].location?.basis).not.toBe("event");
  });

  it.each([
    ["a platform", "The Houthis said on Telegram that they had fired missiles.", "fired"],
    ["a ship", "The missile was intercepted by the USS Laboon on Tuesday.", "intercepted"],
    ["a clock time", "The Houthis attacked a ship at 10 p.m. Yemen time.", "attacked"],
  ])("reads %s as no place", (_name, text, trigger) => {
    const doc = docWithEvent(text, trigger);
    stage.run(doc, ctx);
    expect(doc.events[0].location).toBeUndefined();
  });

  it.each([
    [
      "an adjective of a people before a common word",
      "Scores of Turkish soldiers were killed during clashes with rebels of the Kurdistan Workers Party (PKK) in the Kurdish southeast, according to security sources.",
      "killed",
    ],
    [
      "a person owning a thing",
      "Also Wednesday, gunmen shot at Chalabi's convoy as he returned to attend the first meeting of the National Council.",
      "shot",
    ],
    [
      "a battle's name, though a town bears its first word",
      "More than 275 ISIS militants were killed at the hands of the SDF fighters in the Battle for Shaddadi, SDF spokesman Talal Silo told ARA News.",
      "killed",
    ],
    [
      "a place's name joined by a hyphen to another",
      "It was captured by Israel from Syria in the 1967 Arab-Israeli war and is now claimed by Lebanon.",
      "captured",
    ],
    [
      "a country a coordinated verb acts on as a party",
      "A dozen protestors demonstrated Thursday outside the Japanese embassy, burning a Japanese flag and urging South Korea to expel Takano.",
      "burning",
    ],
  ])("does not read %s as the event's own place", (_name, text, trigger) => {
    const doc = docWithEvent(text, trigger);
    stage.run(doc, ctx);
    expect(["event", "clause"]).not.toContain(doc.events[0].location?.basis);
  });

  it("does not read a person's name after a nationality as a place: 'over American Diego Corrales'", () => {
    const text =
      "Cuba's Joel Casamayor captured the World Boxing Council lightweight title here Saturday with a 12-round split decision over American Diego Corrales.";
    expect(locationOf(text, "captured")?.text).not.toBe("Diego Corrales");
  });

  it("matches a gazetteer name only when it covers the whole name: Puerto Jordan is not El Puerto", () => {
    const location = locationOf("Gunmen attacked a bus in Puerto Jordan on Monday.", "attacked");
    expect(location).toMatchObject({ text: "Puerto Jordan", country: null, basis: "event" });
  });

  it("does not place a statement at its object: 'Iraq condemned Iran's assertion' is not in Iran", () => {
    const doc = docWithEvent("Iraq condemned Iran's assertion on Monday.", "condemned", { cameo: "111" });
    stage.run(doc, ctx);
    expect(doc.events[0].location?.basis).not.toBe("event");
  });

  it("reads a place used as a modifier as no place: the U.S. embassy", () => {
    expect(locationOf("Protesters stormed the U.S. embassy compound.", "stormed")?.basis).not.toBe("event");
  });

  it("falls back to the dateline and sets doc.dateline", () => {
    const doc = docWithEvent(
      "BAGHDAD (Reuters) - A bomb exploded near a market on Monday, police said.",
      "exploded",
    );
    stage.run(doc, ctx);
    expect(doc.dateline).toMatchObject({
      name: "Baghdad",
      country: "IRQ",
      basis: "dateline",
      text: "BAGHDAD",
    });
    expect(doc.events[0].location).toMatchObject({ name: "Baghdad", basis: "dateline", precision: "city" });
  });

  it("falls back to the document's most mentioned place", () => {
    const text = "Fighting raged in Aleppo. Aleppo residents fled. Rebels attacked government positions.";
    const doc = docWithEvent(text, "attacked");
    stage.run(doc, ctx);
    expect(doc.events[0].location).toMatchObject({ name: "Aleppo", country: "SYR", basis: "document" });
  });

  it("does not place an event where a country names an actor: Tehran and Baghdad have goals", () => {
    const text = "Tehran and Baghdad have many common goals in the region.";
    const doc = createDoc({ id: "actors", text, date: "2022-03-20" });
    tokenizeDoc(doc);
    parseTestDoc(doc);
    const at = text.indexOf("have");
    doc.events.push(makeEvent(doc, { start: at, end: at + 4 }));
    for (const [name, country] of [
      ["Tehran", "IRN"],
      ["Baghdad", "IRQ"],
    ] as const) {
      const start = text.indexOf(name);
      const token = doc.tokens.start.indexOf(start);
      doc.actors.push({
        sentenceIndex: 0,
        tokenStart: token,
        tokenEnd: token + 1,
        span: { start, end: start + name.length },
        text: name,
        code: asActorCode(`${country}GOV`),
        country: asCountry(country),
        sector: "GOV",
        kind: "country",
      });
    }
    stage.run(doc, ctx);
    expect(doc.events[0].location?.basis).not.toBe("event");
  });

  it("codes the other events when one cannot be placed (a warning, no throw)", () => {
    const doc = docWithEvent("A bomb exploded in Mosul.", "exploded");
    doc.events.unshift({ ...doc.events[0], id: "broken", sentence_index: 99 });
    const warnings: string[] = [];
    stage.run(doc, { resources: {}, warn: (message) => warnings.push(message) });
    expect(warnings).toHaveLength(1);
    expect(doc.events[1].location?.name).toBe("Mosul");
  });
});
