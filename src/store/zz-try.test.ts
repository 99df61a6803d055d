import { it } from "vitest";
import { createCoder } from "../coder/index.js";
it("try", () => {
  const coder = createCoder();
  const texts = [
    "Iran's Revolutionary Guards launched missiles at Erbil in northern Iraq on Sunday.",
    "Iran's Revolutionary Guards launched a dozen ballistic missiles at Iraq early on Sunday, hitting the city of Erbil.",
    "Early on Sunday, Iran's Revolutionary Guards launched several missiles at the Iraqi city of Erbil.",
    "Iran's Revolutionary Guards launched a barrage of missiles at Iraq on Sunday.",
    "Iran's Revolutionary Guards launched ballistic missiles at Iraq on Sunday.",
    "The blasts shattered windows across the city before dawn.",
    "Damage was reported near a residential compound.",
    "Footage shared online showed smoke rising over the city.",
    "It was the first such strike in years.",
  ];
  for (const [i, text] of texts.entries()) {
    const d = coder.code({ id: `t${i}`, text, date: "2022-03-13" });
    process.stdout.write(`${i} ${d.events.map((e) => `${e.source?.code}>${e.cameo}>${e.target?.code} ${e.status} ${e.date} ${e.location?.name}@${e.location?.lat} [${e.trigger.text}]`).join(" | ")}\n`);
  }
});
