import { describe, expect, it } from "vitest";
import { loadGazetteer } from "./gazetteer.js";
import { docWithEvent } from "./test-helpers/make-doc.js";
import { ownPlaceOf, placeOf } from "./test-helpers/place-of.js";
import { createWhenWhereStage } from "./when-where-stage.js";

// Whose place a name is (issue 9, item 5): the event's own, another clause's, an actor's or a
// topic's. Sentences from the event-location tune part and news of the same kind.

const stage = createWhenWhereStage({ gazetteer: loadGazetteer() });
const ctx = { resources: {}, warn: () => {} };

describe("when-where: the event's own place", () => {
  it.each([
    [
      "a name that says where another lies yields to it: 'in Brighton, on the south coast of England'",
      "The Irish Republican Army bombed the main hotel used by the then-governing Conservative Party at their 1984 conference in Brighton, on the south coast of England, killing five people.",
      "bombed",
      "Brighton",
    ],
    [
      "a bearing's name yields to a name no bearing introduces: 'north of Baghdad in Samarra'",
      "Four Iraqi soldiers and four civilians were killed in separate attacks north of Baghdad in Samarra, Balad and Al-Ishaki.",
      "killed",
      "Samarra",
    ],
    [
      "a name the gazetteer lacks, before a bearing: 'a market in Debis west of Kirkuk'",
      "Jawdat Hussein was killed as he patrolled a market in Debis west of Kirkuk.",
      "patrolled",
      "Debis",
    ],
    [
      "a name the gazetteer lacks ending in -i is no demonym: 'Jibwhiwhui village'",
      "Fourteen people were killed in Jibwhiwhui village of Hawul Local Government Area of Borno State and its surrounding villages, when gunmen invaded the area.",
      "killed",
      "Jibwhiwhui",
    ],
    [
      "a known town's place noun names a part of it: 'the south Baghdad neighbourhood of Zafaraniya'",
      "A policeman was killed and four others wounded when a roadside bomb ripped through their patrol in the south Baghdad neighbourhood of Zafaraniya.",
      "killed",
      "Zafaraniya",
    ],
    [
      "a name a known place owns lies in it: 'Russia's troubled North Caucasus'",
      "One journalist was shot and killed and another was left with a fractured skull after a beating in Russia's troubled North Caucasus.",
      "shot",
      "North Caucasus",
    ],
    [
      "a participle modifying a noun is no clause of its own: 'a pipe bomb found near the venue ... in Darwin'",
      "Australian police on Monday detonated a pipe bomb found near the venue of Asia Pacific Economic Cooperation (APEC) energy ministers' meeting in Darwin, capital city of Australia's Northern Territory.",
      "detonated",
      "Darwin",
    ],
    [
      "'close to' locates: 'destroyed 14 rebel bunkers close to Jaffna'",
      "Backed by MiG-27 warplanes, government troops destroyed 14 rebel bunkers close to Jaffna on Sept. 10, killing 70 guerrillas and 17 soldiers.",
      "destroyed",
      "Jaffna",
    ],
    [
      "an object of a verb coordinated with a place verb: 'stormed and captured Surjah Kabira'",
      "Immediately after Tanbour village, the Syrian forces stormed and captured Surjah Kabira and Surjah Saghira.",
      "captured",
      "Surjah Kabira",
    ],
    [
      "a title opens a place's name right after a locative preposition: 'inside Sheikh Hadeed'",
      "Yesterday, the Turkish Army had killed as many as 8 civilians inside Sheikh Hadeed after shelling residential sites around this predominately Kurdish area.",
      "killed",
      "Sheikh Hadeed",
    ],
    [
      "names before a shared plural locality word: 'the northern Parwan and Kapisa provinces'",
      "In their much expected summer offensive starting July 28, the Taliban captured the northern Parwan and Kapisa provinces.",
      "captured",
      "Parwan",
    ],
    [
      "a way's 'to' names its place: 'on the road to Ariel'",
      "A 24-year-old Israeli was shot dead on the road to Ariel on Tuesday.",
      "shot",
      "Ariel",
    ],
  ])("%s", (_name, text, trigger, place) => {
    expect(ownPlaceOf(text, trigger)).toBe(place);
  });

  it("ties two clauses of one report on the parse: 'police said a bomb exploded in X, killing 7'", () => {
    const text =
      "A car bomb exploded in a village in northern Iraq mainly populated by members of the Shabak minority on Wednesday, killing seven people, police and a morgue employee said.";
    expect(placeOf(text, "killing")).toEqual({ text: "Iraq", basis: "event" });
  });

  it.each([
    [
      "a statement is not placed by the clause beside it: 'a bomb killed five in Hakkari, and the authorities blamed the PKK'",
      "In the meantime, a roadside bomb in the Semdinli district of Hakkari killed five Turkish soldiers, and the authorities blamed the PKK for the attack.",
      "blamed",
      "1124",
    ],
    [
      "a statement is not placed at its speaker's post: 'another senior policeman in Kirkuk, said'",
      "Brigadier-General Sarhat Qader, another senior policeman in Kirkuk, said seven people were killed and 50 wounded in the attack.",
      "said",
      "010",
    ],
    [
      "a victim is not shot where her employer is: 'a reporter for La Prensa in southeastern Nicaragua, was shot'",
      "Maria Jose Bravo, a reporter for La Prensa in southeastern Nicaragua, was shot and killed by a former mayor during municipal elections in November 2004.",
      "shot",
      "193",
    ],
    [
      "an act a protest is about is not placed where the protest is: 'protested in Baghdad against the arrest'",
      "Hundreds of Iraqi officials protested Tuesday in Baghdad against the arrest of an Iraqi woman who refused to let sniffer dogs search her.",
      "arrest",
      "173",
    ],
    [
      "a report the parse hung on a noun is still reported: 'a suicide bomber attacked a court in ... Mardan Friday, police said'",
      "At least 14 people were killed and more than 50 wounded after a suicide bomber attacked a court in the Pakistani city of Mardan Friday, police said.",
      "said",
      "010",
    ],
    [
      "a person's home town is not where he was shot: 'Erland T. Almaas, 18, of Norway was accidentally shot'",
      "Erland T. Almaas, 18, of Norway was accidentally shot fatally Feb. 9 while a friend from France was trying to unload a pistol in the suburban Scottsdale home of the French youth's host family.",
      "shot",
      "193",
    ],
  ])("%s", (_name, text, trigger, cameo) => {
    expect(ownPlaceOf(text, trigger, cameo)).toBeUndefined();
  });

  it("reads AP's '__' dateline as the dateline, never the event's own place", () => {
    const text =
      "BOULOGNE-SUR-MER, France (AP) __ Two Iraqi Kurds staying at the Sangatte refugee center were shot and wounded by three assailants.";
    const doc = docWithEvent(text, "shot", { date: "2022-03-20", cameo: "180" });
    stage.run(doc, ctx);
    expect(doc.dateline).toMatchObject({ text: "BOULOGNE-SUR-MER", basis: "dateline" });
    expect(doc.events[0].location).toMatchObject({ text: "Sangatte", basis: "event" });
  });

  it("still places a statement in its own clause: 'Putin spoke in Pyongyang'", () => {
    expect(placeOf("Putin spoke in Pyongyang on Wednesday.", "spoke", "010")).toEqual({
      text: "Pyongyang",
      basis: "event",
    });
  });

  it("still places an event at its subject's place when both are the same happening: 'an explosion in a Myanmar town killed five'", () => {
    const text =
      "An explosion in a Myanmar town near the Thai border killed five people and injured about 30 others, witnesses said.";
    expect(ownPlaceOf(text, "killed")).toBe("Myanmar");
  });
});
