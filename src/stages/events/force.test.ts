import { describe, expect, it } from "vitest";
import {
  codeEvents as code,
  expectEvent as has,
  expectNoEvent as hasNot,
  showEvents as show,
} from "../../test-helpers/event-triples.js";

// A show of force is aimed at the state it is staged around (place_targets.display).
describe("shows of force staged around a state", () => {
  it("reads the noun a modifier opens, and the phrase of the noun or verb governing it", () => {
    has("China kicked off a week of joint military drills around Taiwan, state media said.", "CHN 150 TWN");
    has("China staged a fresh round of military drills near the Philippines on Saturday.", "CHN 150 PHL");
    has(
      "China held a new round of joint military exercises near the Philippines on Saturday.",
      "CHN 150 PHL",
    );
  });

  it("never aims it at the source's own country", () => {
    hasNot("China began two days of large-scale military drills around Hainan island.", "CHN 150 CHN");
  });
});

// Aircraft, drones or ships entering another state's airspace or waters show force to it (150).
describe("airspace and waters incursions", () => {
  it("codes an armed mover entering, crossing or intruding into airspace as 150 toward its owner", () => {
    has("Two Russian Su-27 jets entered Finnish airspace for several minutes on Tuesday.", "RUS 150 FIN");
    has("A Chinese military drone intruded into Japanese airspace near Yonaguni, Tokyo said.", "CHN 150 JPN");
    has("Russian attack drones crossed into Romanian airspace overnight, Bucharest said.", "RUS 150 ROU");
  });

  it("keeps crossing into a region an attack, and moves no forces for an unarmed mover", () => {
    has("Ukrainian troops crossed into Russia's Kursk region on Tuesday.", "UKR 190 RUS");
    hasNot("Ukrainian troops crossed into Russia's Kursk region on Tuesday.", "UKR 150 RUS");
    hasNot("A United Nations aircraft entered Sudanese airspace on Monday.", "* 150 SDN");
  });
});

// A missile launch with no other target over or near a state shows force to it (display.launches).
describe("launches over another state", () => {
  it("codes a missile flying over or landing near a state as 150 toward it", () => {
    has("North Korea sent an intermediate-range missile flying over Japan on Tuesday.", "PRK 150 JPN");
    has(
      "North Korea fired a ballistic missile that soared over Japan before falling into the Pacific.",
      "PRK 150 JPN",
    );
  });

  it("keeps missiles fired at a state an attack", () => {
    has("Iran fired dozens of ballistic missiles at Israel late on Tuesday.", "IRN 195 ISR");
    hasNot("Iran fired dozens of ballistic missiles at Israel late on Tuesday.", "IRN 150 ISR");
  });
});

// Sinking or torpedoing a ship is force against its owner (190).
describe("sinking ships", () => {
  it("codes a sunk ship as force against its owner", () => {
    has("Ukrainian forces sank a Russian landing ship off the coast of Crimea overnight.", "UKR 190 RUS");
    has("The Houthis said they had sunk a Liberian-flagged cargo ship in the Red Sea.", "YEM 190 LBR");
  });

  it("does not read sinking prices or hopes as force", () => {
    expect(show(code("Oil prices sank on Monday after Saudi Arabia raised output."))).not.toMatch(/ 19\d /);
  });
});

// Forces boarding or storming another party's ship seize it (171).
describe("boarding ships", () => {
  it("codes boarding a foreign vessel as a seizure aimed at its owner", () => {
    has("Iranian commandos boarded a British-flagged oil tanker in the Strait of Hormuz.", "IRN 171 GBR");
    has(
      "Chinese coast guard officers boarded Vietnamese fishing boats near the Paracel Islands.",
      "CHN 171 VNM",
    );
  });

  it("codes no seizure for passengers boarding a ship", () => {
    expect(show(code("Hundreds of passengers boarded the ship in Piraeus on Monday."))).not.toMatch(/ 171 /);
  });
});

// A subject role word owned by a resolved possessive pronoun is its antecedent's party.
describe("forces owned by a pronoun", () => {
  it("gives 'its' or 'their' forces the speaker's country", () => {
    has(
      "Ukraine's navy said on Friday that its drones had hit a Russian warship near Sevastopol.",
      "UKR 190 RUS",
    );
    has("Hamas said on Monday that its fighters had attacked Israeli troops in Khan Younis.", "PSE 19 ISR");
  });

  it("leaves a moved object alone: withdrawing its own envoy is no act on itself", () => {
    hasNot("France said it would withdraw its ambassador from Niger in the coming days.", "FRA * FRA");
  });
});

// A hostile act prompted by another side's act is aimed at that side (responses.prompted).
describe("acts prompted by another side", () => {
  it("aims the prompted act at the source of the act that prompted it", () => {
    has(
      "Russian warplanes violated Finnish airspace on Friday, prompting Helsinki to scramble fighter jets.",
      "FIN 15 RUS",
    );
    has(
      "Russia massed troops near the border, prompting Poland to deploy additional soldiers.",
      "POL 15 RUS",
    );
    has(
      "North Korea fired a missile over Japan on Tuesday, prompting Tokyo to issue an alert.",
      "JPN 152 PRK",
    );
  });

  it("keeps a prompted act's own target", () => {
    hasNot(
      "Russia massed troops near the border, prompting Poland to expel three Belarusian diplomats.",
      "POL * RUS",
    );
  });
});

// Verb phrases whose existing patterns missed a common wording.
describe("verb phrases", () => {
  it("declares a party's envoy persona non grata (161)", () => {
    has("Poland declared Belarus's top envoy in Warsaw persona non grata on Friday.", "POL 161 BLR");
  });

  it("suspends financing or lending to a country (162)", () => {
    has("The African Development Bank said it was suspending all lending to Mali.", "* 162 MLI");
  });

  it("seeks financial support from a lender (0231, not 022)", () => {
    has("Sri Lanka will seek financial assistance from the International Monetary Fund.", "LKA 0231 IGO");
  });

  it("imposes export controls on a country (163, not 172)", () => {
    has("The United States imposed new export controls on Russia on Friday.", "USA 163 RUS");
    hasNot("The United States imposed new export controls on Russia on Friday.", "USA 172 RUS");
  });

  it("extradites a person to the receiving state (063 toward it, not the person)", () => {
    has(
      "Mexico extradited former security chief Genaro Garcia Luna to the United States in 2019.",
      "MEX 063 USA",
    );
    has(
      "Colombian authorities extradited Otoniel, a Colombian drug lord, to the United States on Wednesday.",
      "COL 063 USA",
    );
  });

  it("disconnects a power grid from another state's (160)", () => {
    has("Moldova decoupled its electricity network from Russia on Sunday.", "MDA 160 RUS");
    has(
      "Ukraine disconnected its power grid from the Russian and Belarusian systems in February 2022.",
      "UKR 160 RUS",
    );
  });
});
