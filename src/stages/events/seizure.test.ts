import { describe, it } from "vitest";
import { expectEvent as has, expectNoEvent as hasNot } from "../../test-helpers/event-triples.js";

// A capital occupied whose government code is the taker's own (a dated code that starts the day the
// capital falls) is the country taken, not the source as its own target (place_targets.holding_roots).
describe("a capital taken by the group that becomes its government", () => {
  it("aims the occupation at the capital's country", () => {
    has(
      "Taliban insurgents entered Kabul on Sunday after government forces melted away.",
      "AFG 192 AFG",
      "2021-08-15",
    );
    has(
      "Taliban forces captured Kabul as President Ashraf Ghani left the country.",
      "AFG 192 AFG",
      "2021-08-15",
    );
    has("Hayat Tahrir al-Sham fighters seized Damascus early on Sunday.", "SYR 192 SYR", "2024-12-08");
  });

  it("leaves other acts of a government toward its own capital without a target", () => {
    hasNot("Taliban leaders returned to Kabul on Tuesday.", "AFG * AFG", "2022-08-15");
  });
});

// Taking control of a thing that names no party takes the place it is held in, also in the taker's
// own country (a mutiny, an insurgency).
describe("things taken in a place", () => {
  it("aims the occupation at the country of the place the thing taken is in", () => {
    has(
      "Wagner fighters took control of military facilities in Voronezh, the group said.",
      "RUS 192 RUS",
      "2023-06-24",
    );
    has("Mutinous Malian soldiers took control of a military camp in Kati near Bamako.", "MLI 192 MLI");
    has("Armed men took control of military sites in Bamako overnight, witnesses said.", "* 192 MLI");
  });

  it("reads no seizure of goods in a place as territory taken", () => {
    hasNot("Police seized large quantities of weapons in a raid in Kabul.", "* 192 *");
    hasNot("Police seized large quantities of weapons in a raid in Kabul.", "* * AFG");
  });
});

// Gunmen, gangs or armed men fighting a state's soldiers or police use force (19x), as rebels do;
// against civilians it stays unconventional violence (18x), and a named means keeps its code.
describe("armed men fighting a state's forces", () => {
  it("keeps their force on soldiers or police conventional", () => {
    has("Armed men attacked Nigerien soldiers near the border with Mali on Tuesday.", "* 190 NERMIL");
    has("Gunmen killed three Pakistani soldiers in North Waziristan on Sunday.", "PAK 190 PAKMIL");
    has("Gunmen opened fire on Haitian police officers on Monday.", "HTI 193 HTICOP");
    has("Bandits ambushed a convoy of Nigerian soldiers in Zamfara state, killing seven.", "NGA 190 NGAMIL");
  });

  it("leaves their violence on civilians and a named means as they were", () => {
    has("Gunmen killed five civilians at a market in Kaduna on Sunday.", "NGA 180 NGACVL");
    has("A suicide bomber killed six Afghan policemen in Kandahar on Friday.", "AFG 1831 AFGCOP");
    hasNot("Gunmen killed three Pakistani soldiers in North Waziristan on Sunday.", "* 180 *");
  });
});

// "after Iraqi soldiers seized ...", parsed with "after" as a preposition on the subject: an actor right
// before a verb trigger, after a word that opens clauses, is that verb's subject, not the main clause's.
describe("the subject of a clause opened by 'after'", () => {
  it("takes the actor right before the verb, not the main clause's subject", () => {
    has(
      "Kuwait expelled Iraq's ambassador after Iraqi soldiers seized a Kuwaiti border post.",
      "IRQ 192 KWT",
    );
    has(
      "Spain recalled its ambassador from Venezuela after Venezuelan police raided the Spanish embassy in Caracas.",
      "VEN 190 ESP",
    );
    has("Moscow summoned the U.S. ambassador after American drones attacked Crimea.", "USA 19 UKR");
  });

  it("never gives the main clause's subject the subordinate act", () => {
    hasNot(
      "Kuwait expelled Iraq's ambassador after Iraqi soldiers seized a Kuwaiti border post.",
      "KWT 19 *",
    );
  });
});

// A state's police, soldiers or agents storming a building raid it: they seize its owner's property
// (171, grammar source_recodes); a crowd storming one riots (145).
describe("security forces storming a building", () => {
  it("codes a raid on another state's embassy as a seizure of its property", () => {
    has(
      "Britain summoned Iran's envoy after Iranian security forces stormed the British embassy in Tehran.",
      "IRN 171 GBR",
    );
    has("Iraqi soldiers stormed the Turkish consulate in Mosul on Tuesday.", "IRQ 171 TUR");
    has("Ecuadorean police stormed the Mexican embassy on Friday night.", "ECU 171 MEX");
  });

  it("keeps a crowd's storming a riot", () => {
    has("Hundreds of protesters stormed the French embassy in Niamey on Sunday.", "NER 145 FRA");
    hasNot("Hundreds of protesters stormed the French embassy in Niamey on Sunday.", "* 171 *");
  });
});

// "An alliance of X", "a coalition of X" name who they are by their "of" phrase (grammar partitives).
describe("an alliance or coalition of parties", () => {
  it("acts as the parties its 'of' phrase names", () => {
    has(
      "An alliance of rebel groups launched an offensive against Congolese soldiers near Goma.",
      "COD 190 CODMIL",
    );
    has(
      "A coalition of opposition parties rejected the Ugandan government's election results.",
      "UGAOPP 12 UGAGOV",
    );
    has(
      "An alliance of Islamist militias attacked Malian army posts near Timbuktu on Monday.",
      "MLI 190 MLIMIL",
    );
  });

  it("makes no actor of an alliance of no named party", () => {
    hasNot("An alliance of states condemned Iran.", "* * IRN");
  });
});

// Forces walking, marching or sweeping into a place take it, as entering it does (192, an armed mover
// only); meeting resistance is fighting or an advance, no meeting with anyone.
describe("forces sweeping into a place", () => {
  it("codes walking, marching or sweeping into a place as occupying it", () => {
    has("Taliban fighters swept into Kabul on Sunday.", "AFG 192 AFG", "2021-08-15");
    has("Islamist fighters swept into the northern Malian town of Gao on Sunday.", "MLI 192 MLI");
    has("M23 fighters walked into the centre of Goma after government troops fled.", "COD 192 COD");
  });

  it("moves no forces for a crowd, and meets no one in resistance", () => {
    hasNot("Thousands of protesters marched into the capital of Kenya on Monday.", "* 192 *");
    hasNot(
      "Russian soldiers pushed into the Kharkiv region, meeting little resistance from Ukrainian troops.",
      "* 04 *",
    );
  });
});

// A part of a place in a phrase of the verb names the place ("into the centre of Goma").
describe("a part of a place moved into", () => {
  it("reads the place of a spatial noun's 'of' phrase", () => {
    has("Syrian rebels swept into the heart of Aleppo on Saturday.", "SYR 192 SYR");
    has("Sudanese rebels walked into the centre of Omdurman on Friday.", "SDN 192 SDN");
    has("M23 fighters walked into the centre of Goma after government troops fled.", "COD 192 COD");
  });
});

// Victims with no country held in the states their own phrase names: one party for each state listed.
describe("victims held in the states listed", () => {
  it("gives the victims the country of each state their phrase holds them in", () => {
    has("Iran fired missiles at militant hideouts in Iraq and Syria on Monday.", "IRN 195 IRQREB");
    has("Iran fired missiles at militant hideouts in Iraq and Syria on Monday.", "IRN 195 SYRREB");
    has("The United States bombed jihadist camps in Somalia and Yemen overnight.", "USA 195 SOMREB");
    has("The United States bombed jihadist camps in Somalia and Yemen overnight.", "USA 195 YEMREB");
    has("Turkey launched air strikes on Kurdish rebel bases in Iraq and Syria on Sunday.", "TUR 195 IRQREB");
  });

  it("reads no state listed beside the victims as where they are", () => {
    hasNot("Israel captured the hills, home to thousands of settlers and Palestinians.", "ISR 192 PSESET");
  });
});
