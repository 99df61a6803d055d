import { beforeAll, describe, expect, it } from "vitest";
import { type Coder, createCoder } from "../../coder/coder.js";
import { buildActorSlots } from "./actor-slots.js";

let coder: Coder;
beforeAll(() => {
  coder = createCoder({ oneSided: true });
});

/** The slots of `text`'s first sentence, each as its members' codes. */
function slots(text: string): string[] {
  const doc = coder.code({ id: "t", text, date: "2024-05-01" });
  return buildActorSlots(doc, doc.sentences[0], doc.actors, coder.resources.grammar.coordinators).map(
    (slot) => slot.members.map((m) => m.code).join("+"),
  );
}

describe("buildActorSlots", () => {
  it.each([
    ["Iran, Iraq and Syria condemned the attack by Israel.", ["IRN+IRQ+SYR", "ISR"]],
    ["Egypt welcomed the resumption of ties with Iran, Iraq, and Syria.", ["EGY", "IRN+IRQ+SYR"]],
  ])("a comma list ending in 'and' is one coordination: %j", (text, expected) => {
    expect(slots(text)).toEqual(expected);
  });

  it("a bare comma without a closing 'and' joins nothing", () => {
    expect(slots("According to Iran, Iraq attacked Syria.")).toEqual(["IRN", "IRQ", "SYR"]);
  });

  it("a comma before a pointer to two ('both nations') joins nothing", () => {
    const text = "Iran and Iraq met. According to Iran, both nations agreed.";
    const doc = coder.code({ id: "t", text, date: "2024-05-01" });
    const second = buildActorSlots(doc, doc.sentences[1], doc.actors, coder.resources.grammar.coordinators);
    expect(second[0].members.map((m) => m.code)).toEqual(["IRN"]);
  });
});
