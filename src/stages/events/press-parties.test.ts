import { describe, expect, it } from "vitest";
import { codeEvents as code, showEvents as show } from "../../test-helpers/event-triples.js";

// The press that reports or relays an act is no party to it (act-drafts.ts, event-status.ts).
describe("the press is no party", () => {
  // cameo-annotated-news tune sentence (news-164).
  it("does not make the outlet of 'according to local media reports' a target", () => {
    const events = code(
      "SEOUL, Nov. 26 (Xinhua) -- South Korea's ICT ministry decided Monday to inspect all telecommunication facilities after a fire paralyzed communication devices and Internet services in a large part of the capital, according to local media reports.",
    );
    const inspect = events.find((e) => e.trigger.text === "inspect");
    expect(inspect?.source?.code, show(events)).toBe("KORGOV");
    expect(inspect?.target, show(events)).toBeNull();
    expect(inspect?.attributed_to?.text, show(events)).toBe("local media");
  });

  // ConfliBERT tune sentence (train-167).
  it("does not make the media a statement is sent to its target", () => {
    const events = code(
      "Zabihullah Mujahid, the Taliban spokesman, claimed responsibility for both the Farah and the Ghazni attacks in messages to the media.",
    );
    const claim = events.find((e) => e.cameo === "015");
    expect(claim?.source?.text, show(events)).toBe("Zabihullah Mujahid");
    expect(claim?.target, show(events)).toBeNull();
  });

  it("keeps an outlet that is acted on ('Iran banned the BBC')", () => {
    const events = code("Iran's government criticized the BBC on Monday.");
    expect(show(events)).toMatch(/^IRNGOV 11\d \w*MED/);
  });
});
