import { describe, expect, it } from "vitest";
import { codeEvents, eventFits, expectEvent as has, expectNoEvent as hasNot, showEvents } from "../src/test-helpers/event-triples.js";

// Grammar armed_movements.deployments_abroad: forces sent to or arriving in another state protect it (074).
describe("forces sent abroad", () => {
  it("codes troops sent or deployed to another state as military protection of it", () => {
    has("Chad sent 1,000 soldiers to Mali on Sunday, the army said.", "TCD 074 MLI");
    has("Egypt has deployed two battalions of troops to Somalia, officials said on Monday.", "EGY 074 SOM");
    has("Iran dispatched hundreds of troops to Syria last year.", "IRN 074 SYR");
    has("Kenya began deploying 400 police officers and soldiers to Haiti on Tuesday.", "KEN 074 HTI");
    has("Two hundred French soldiers deployed to Estonia on Monday.", "FRA 074 EST");
  });

  it("codes a police contingent or paratroopers arriving or landing in another state as protection", () => {
    has("Rwandan police officers arrived in the Central African Republic on Wednesday.", "RWA 074 CAF");
    has("A contingent of Burundian soldiers landed in Somalia on Friday.", "BDI 074 SOM");
    has("Russian paratroopers arrived in Armenia on Tuesday.", "RUS 074 ARM");
    has("Hundreds of Egyptian soldiers arrived in Somalia on Sunday.", "EGY 074 SOM");
  });

  it("keeps forces massed at a frontier and an officer's arrival as they were", () => {
    hasNot("Russia deployed tens of thousands of troops to its border with Ukraine.", "RUS 074 UKR");
    hasNot("China sent warships and fighter jets to the waters around Taiwan.", "CHN 074 TWN");
    has("Russia deployed tens of thousands of troops to its border with Ukraine.", "RUS 154 UKR");
    hasNot("The U.S. Army chief of staff arrived in Japan on Monday.", "USA 074 JPN");
    has("The U.S. Army chief of staff arrived in Japan on Monday.", "USA 042 JPN");
  });
});

describe("arrivals by landing", () => {
  it("codes a leader landing in a country as a visit", () => {
    has("Putin landed in Beijing on Tuesday for a two-day visit.", "RUS 042 CHN");
    has("Modi landed in Washington late on Wednesday.", "IND 042 USA");
    has("The German chancellor landed in Kyiv on a surprise trip.", "DEU 042 UKR");
  });

  it("codes no visit for a landing that names no place or party, nor for a vehicle or a weapon landing", () => {
    hasNot("The opposition leader landed in jail after the vote.", "* 042 *");
    hasNot("A Turkish cargo plane landed in Kabul on Sunday.", "* 042 *");
    hasNot("A Russian missile landed in Moldova on Monday.", "* 042 *");
    const forced = codeEvents("Iranian jets forced a Georgian cargo plane flying to Delhi to land in Tabriz.");
    expect(
      forced.filter((e) => e.trigger.text.startsWith("land")),
      showEvents(forced),
    ).toEqual([]);
  });
});

describe("collisions of armed forces", () => {
  it("codes an armed aircraft or ship colliding with another state's as a military encounter (190)", () => {
    has("A Chinese fighter jet collided with a U.S. spy plane over the South China Sea.", "CHN 190 USA");
    has("A Russian warplane collided with an American surveillance drone over the Black Sea.", "RUS 190 USA");
    has("An Iranian navy vessel collided with a British warship in the Gulf on Sunday.", "IRN 190 GBR");
  });

  it("codes no attack for a collision of unarmed vehicles", () => {
    hasNot("A Kenyan bus collided with a truck near Nairobi on Monday.", "* 190 *");
  });
});

describe("exercises begun around a state", () => {
  it("codes exercises or drills begun around or near another state as a show of force (150)", () => {
    has("China's army began three days of large-scale drills around Taiwan on Monday.", "CHN 150 TWN");
    has("The Chinese navy started a week of live-fire exercises off the Philippines.", "CHN 150 PHL");
    has("North Korea began artillery drills off the coast of South Korea.", "PRK 150 KOR");
  });

  it("keeps joint exercises begun by partners as military cooperation", () => {
    has("China and Russia began joint naval exercises on Monday.", "CHN 062 RUS");
    hasNot("China and Russia began joint naval exercises on Monday.", "CHN 150 *");
  });
});

describe("talks extended or on a ceasefire, and clashes in a meeting", () => {
  it("codes extended talks and ceasefire talks as negotiation (046)", () => {
    has("Sudan's army and the RSF extended their talks in Jeddah by a week.", "SDN 046 SDN");
    has("Pakistan and the Taliban extended talks in Istanbul on Tuesday.", "PAK 046 AFG");
    has("Israel and Hamas began ceasefire talks in Cairo on Sunday, officials said.", "ISR 046 PSE");
  });

  it("codes leaders clashing in a meeting as a verbal dispute (111), each way", () => {
    has("Macron and Orban clashed in a tense meeting in Brussels on Thursday.", "FRA 111 HUN");
    has("Macron and Orban clashed in a tense meeting in Brussels on Thursday.", "HUN 111 FRA");
    has("Blinken and Wang Yi clashed in a closed-door session in Anchorage.", "USA 111 CHN");
  });

  it("keeps fighting in a place as force, and a ceasefire talks are about as no ceasefire", () => {
    has("Sudanese troops and RSF fighters clashed in the city of Omdurman on Friday.", "SDN 190 SDN");
    hasNot("Israel and Hamas began ceasefire talks in Cairo on Sunday, officials said.", "ISR 0871 PSE");
  });
});

describe("addressing a body", () => {
  it("codes a leader addressing a parliament, an assembly or a meeting of one as a statement to it (010)", () => {
    has("Zelenskiy addressed the European Parliament by video link on Tuesday.", "UKR 010 IGO");
    has("Macron addressed the U.N. General Assembly in New York.", "FRA 010 IGO");
    has("Japan's prime minister addressed a joint session of the U.S. Congress on Thursday.", "JPN 010 USA");
  });

  it("codes no consultation with the body addressed, and no statement for addressing an issue", () => {
    hasNot("Japan's prime minister addressed a joint session of the U.S. Congress on Thursday.", "JPN 040 USA");
    hasNot("The minister addressed the issue of refugees on Monday.", "* 010 *");
  });
});
