import { describe, expect, it } from "vitest";
import { eventTriples as triples } from "../../test-helpers/event-triples.js";

const threat = expect.stringMatching(/ 13\d* /);

describe("a warning about a danger is a pessimistic comment (012), a warning of one's own act a threat", () => {
  it.each([
    "The UN warned that the war could spread to Lebanon.",
    "Aid agencies in Sudan warned that famine could hit the Darfur region within weeks.",
    "The IMF warned that Argentina faced a deep recession.",
    "The World Bank warned that the drought in Somalia could push millions into hunger and war.",
  ])("%s", (text) => {
    const coded = triples(text);
    expect(coded).not.toContainEqual(threat);
    expect(coded.some((triple) => triple.includes(" 012"))).toBe(true);
  });

  it.each([
    ["China warned the United States that it would take strong measures over Taiwan.", "CHN 130 USA"],
    ["Iran warned Israel against any attack on its nuclear sites.", "IRN 138 ISR"],
    ["Russia warned NATO that sending troops to Ukraine would mean direct war.", "RUS 130 IGOWSTNAT"],
  ])("a threat stays a threat: %s", (text, expected) => {
    expect(triples(text)).toContain(expected);
  });

  it("the speaker's own side or an answer keeps the threat", () => {
    expect(triples("North Korea warned that the drills would trigger a nuclear response.")).toContainEqual(
      threat,
    );
    expect(
      triples("Hamas warned that Israeli hostages would be killed if the bombing continued."),
    ).toContainEqual(threat);
  });
});
