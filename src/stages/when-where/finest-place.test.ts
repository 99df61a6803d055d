import { describe, expect, it } from "vitest";
import { ownPlaceOf } from "./test-helpers/place-of.js";

// Which of two names of one place phrase is the event's place (issue 9, item 5): the annotators
// give the finest. Sentences from the event-location tune part.

describe("when-where: the finest of a chain of places", () => {
  it.each([
    [
      "a name before a place noun and 'of' a name with its own place word: 'the Ghat area of Doda district'",
      "Also, soldiers of the Border Security Force shot dead two suspected militants near the Ghat area of Doda district, about 160 kilometers (100 miles) northeast of Jammu.",
      "shot dead",
      "Ghat",
    ],
    [
      "the first of a chain before the trigger: 'in Ugbowo area of Benin City in Edo was killed'",
      "A Sixty-six-year old community head in Ugbowo area of Benin City in Edo was on Saturday night killed by gunmen who invaded his residence; three other people were wounded",
      "killed",
      "Ugbowo",
    ],
    [
      "a known name before a local government area: 'in Guma local government area of Benue state'",
      "At least 30 persons (also a lower estimate of 16) have been killed this morning with several communities in Guma local government area of Benue state currently in flames after suspected herders invaded the area.",
      "killed",
      "Guma",
    ],
    [
      "a place noun naming the second name still gives the second: 'a prison in Cascavel in the southern state of Parana in Brazil'",
      "Rioting inmates who took over most of a prison in Cascavel in the southern state of Parana in Brazil killed five fellow prisoners, beheading at least two of them.",
      "killed",
      "Cascavel",
    ],
    [
      "the town a region's place noun names: 'the Al-Ghaab Plains town of Khirbat Al-Naqous'",
      "The Syrian Arab Army (SAA) laid an ambush on a rebel group traveling through the Al-Ghaab Plains town of Khirbat Al-Naqous last night, killing all members of the group.",
      "killing",
      "Khirbat Al-Naqous",
    ],
    [
      "a country's place noun names the town after it: 'in Pakistan's largest city, Karachi'",
      'AP reported that "a bomb planted on a motorbike killed at least nine people and wounded 52 others […] in Pakistan\'s largest city, Karachi".',
      "wounded",
      "Karachi",
    ],
    [
      "the same with a hyphenated description: 'in Thailand's violence- plagued southern province Pattani'",
      "Suspected insurgents on Wednesday morning detonated a bomb at a bus stop in Thailand's violence- plagued southern province Pattani, only some 100 meters away from where a helicopter boarding a Thai princess would land.",
      "detonated",
      "Pattani",
    ],
    [
      "a noun for a town names the name after 'of': 'in the Basque city of San Sebastian'",
      "On 26 January 2001, a civilian cook for the Spanish navy was killed by a car bomb in the Basque city of San Sebastian, another attack authorities blamed on ETA.",
      "killed",
      "San Sebastian",
    ],
    [
      "a noun for a part of a town names the name before it: 'the Suuqa Xoolaha neighborhood of Mogadishu'",
      "Five civilians were killed in the Suuqa Xoolaha neighborhood of Mogadishu on Sunday.",
      "killed",
      "Suuqa Xoolaha",
    ],
    [
      "a capital's name after its demonym phrase: 'in the Georgian capital of Tbilisi'",
      "A U.N. worker from Poland, Maria Magdalena Wewiorska, was shot and killed in July outside her apartment in the Georgian capital of Tbilisi.",
      "shot",
      "Tbilisi",
    ],
    [
      "a name the gazetteer lacks owns the next through its place noun: 'Sichuan province's Tibetan-populated Aba county'",
      "The Tibetan Centre for Human Rights and Democracy sid on a website that People's Amed Police shot and killed at least 15 Tibetan protesters in Sichuan province's Tibetan-populated Aba county during protests by Tibetans.",
      "killed",
      "Aba",
    ],
    [
      "a courtyard keeps the locative going to its owner: 'in the courtyard of the West Bank's largest hospital'",
      "The woman was later shot to death by her relatives and militants in the courtyard of the West Bank's largest hospital.",
      "shot",
      "West Bank",
    ],
    [
      "so does a headquarters: 'in the council headquarters of Abu Saida, a town near Iraq's restive city of Baquba'",
      "The suicide bomber wearing an explosive-packed vest detonated  himself in the council headquarters of Abu Saida, a town near Iraq 's restive city of Baquba, killing six people, including four  council members, according to the police.",
      "detonated",
      "Abu Saida",
    ],
    [
      "'of' after an office names its owner, not its place: 'The Beijing office of Yirenping ... was raided'",
      "The Beijing office of Yirenping, another organization associated with the detained feminists, was raided in late March after it called for the women's release.",
      "raided",
      "Beijing",
    ],
  ])("%s", (_name, text, trigger, place) => {
    expect(ownPlaceOf(text, trigger)).toBe(place);
  });
});
