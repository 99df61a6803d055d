import { describe, it } from "vitest";
import { expectEvent as has, expectNoEvent as hasNot } from "../../test-helpers/event-triples.js";

// Which word of a clause is the event, and which root it takes (lane "roots"): the right pair of
// parties with the root an expert coder gives the act.

// A raid is force (190), as CAMEO and PETRARCH's RAID [190] code it; raiding homes is repression (175).
describe("raids", () => {
  it("codes forces raiding a place or a group as force", () => {
    has("Israeli soldiers raided the city of Nablus in the occupied West Bank overnight.", "ISR 190 PSE");
    has("Turkish commandos raided a Kurdish militant hideout in northern Iraq on Monday.", "TUR 190 *");
    has("Russian special forces raided Ukrainian positions near Kherson, the ministry said.", "RUS 190 UKR");
  });

  it("keeps police raiding homes as repression, not force", () => {
    hasNot("Belarusian police raided the homes of opposition activists in Minsk on Tuesday.", "BLR 190 BLR");
    has("Belarusian police raided the homes of opposition activists in Minsk on Tuesday.", "BLR 175 BLR");
  });
});

// Dropping an objection or a veto yields (080) to the party it was aimed at; the noun alone is no disapproval.
describe("objections and vetoes dropped", () => {
  it("codes the objection or veto dropped as yielding to its party", () => {
    has("Greece withdrew its objection to North Macedonia's membership of NATO.", "GRC 080 MKD");
    has("Turkey lifted its veto on Sweden's bid to join NATO.", "TUR 080 SWE");
    has(
      "Hungary dropped its objections to Ukraine's accession talks with the European Union.",
      "HUN 080 UKR",
    );
    hasNot("Turkey lifted its veto on Sweden's bid to join NATO.", "TUR 12 SWE");
  });

  it("leaves an objection that stands a disapproval", () => {
    hasNot("Turkey maintained its objection to Sweden's membership of NATO.", "TUR 080 SWE");
    has("Turkey maintained its objection to Sweden's membership of NATO.", "TUR 110 SWE");
  });
});

// Charging a party with a crime is legal action (173), as CAMEO codes it, not a verbal accusation (112).
describe("charges brought", () => {
  it("codes a party charged with a named crime as charged", () => {
    has("Russian prosecutors charged a U.S. journalist with espionage on Friday.", "RUS 173 USA");
    has("A Chinese court charged two Canadian citizens with spying.", "CHN 173 CAN");
    has("Iranian prosecutors charged a French tourist with espionage.", "IRN 173 FRA");
    hasNot("Russian prosecutors charged a U.S. journalist with espionage on Friday.", "RUS 112 USA");
  });
});

// Ordering a party to leave a place expels it (174), as giving it hours to leave does; not a demand (100).
describe("parties ordered to leave", () => {
  it("codes the order to leave as an expulsion", () => {
    has("Niger's military rulers ordered the French ambassador to leave Niamey.", "NER 174 FRA");
    has("Sudan ordered the UN envoy to leave Khartoum within 72 hours.", "SDN 174 IGO");
    has("Burkina Faso's junta ordered French troops to leave its territory within a month.", "BFA 174 FRA");
    hasNot("Niger's military rulers ordered the French ambassador to leave Niamey.", "NER 100 FRA");
  });

  it("leaves other orders alone", () => {
    hasNot("The court ordered the Egyptian company to pay damages to the Libyan government.", "* 174 *");
  });
});

// Committing a crime is doing it, no commitment (030).
describe("crimes committed", () => {
  it("codes no intent to cooperate for a crime committed", () => {
    hasNot("Ukraine said Russian soldiers had committed war crimes in Bucha.", "RUS 03 *");
    hasNot(
      "Rights groups said Ethiopian soldiers had committed atrocities against Eritrean refugees.",
      "ETH 03 *",
    );
  });

  it("keeps a commitment of aid", () => {
    has("Germany committed $500 million in military aid to Ukraine on Tuesday.", "DEU 03 UKR");
  });
});

// Welcoming a party itself hosts its visit (043, and the guest's 042); welcoming a decision endorses it.
describe("guests welcomed", () => {
  it("codes a leader welcomed as a hosted visit, each way", () => {
    has("Xi Jinping welcomed Vladimir Putin to Beijing on Tuesday.", "CHN 043 RUS");
    has("Xi Jinping welcomed Vladimir Putin to Beijing on Tuesday.", "RUS 042 CHN");
    has("Putin welcomed North Korean leader Kim Jong Un to the Kremlin.", "RUS 043 PRK");
    has("Erdogan welcomed Iraq's prime minister in Ankara on Monday.", "IRQ 042 TUR");
    has("Modi welcomed the Saudi crown prince to New Delhi.", "IND 043 SAU");
  });

  it("keeps welcoming a decision an endorsement", () => {
    hasNot("Egypt welcomed the ceasefire agreement between Israel and Hamas.", "EGY 043 *");
    has("Egypt welcomed the ceasefire agreement between Israel and Hamas.", "EGY 051 ISR");
  });
});

// Closing the border with a named state restricts movement to it (191); a border closed to all is 172.
describe("borders closed", () => {
  it("codes a border shut with a named state as restricting movement", () => {
    has("Algeria closed its border with Morocco on Tuesday.", "DZA 191 MAR");
    has("Pakistan shut its border crossings with Afghanistan after clashes.", "PAK 191 AFG");
    has("Finland sealed its eastern border with Russia on Thursday.", "FIN 191 RUS");
  });

  it("leaves a border closed to all an administrative measure", () => {
    hasNot("Poland closed its borders to foreigners on Sunday.", "POL 191 *");
  });
});

// An act noun that a verb of no act of its own refers to ("citing the trial of his ally") is no act of
// that verb's subject (grammar topic_acts.verbs).
describe("acts cited", () => {
  it("codes no act of the subject for the act it cites", () => {
    hasNot("Israel suspended talks with Hamas, citing the killing of six hostages in Gaza.", "ISR 19 *");
    hasNot(
      "The United States imposed sanctions on Venezuela, citing the jailing of opposition leaders.",
      "USA 173 *",
    );
    hasNot(
      "China suspended trade talks with Canada, citing the arrest of a Huawei executive in Vancouver.",
      "CHN 173 *",
    );
  });

  it("keeps the subject's own act beside it", () => {
    has("Israel suspended talks with Hamas, citing the killing of six hostages in Gaza.", "ISR 16 PSE");
    has(
      "The United States imposed sanctions on Venezuela, citing the jailing of opposition leaders.",
      "USA 163 VEN",
    );
  });
});
