import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Coder, createCoder } from "../../index.js";

/** The reference article (examples/), coded by every server test. */
export const ARTICLE = readFileSync(
  join(import.meta.dirname, "..", "..", "..", "examples", "iran-iraq-2022.txt"),
  "utf8",
);
export const ARTICLE_DATE = "2022-03-20";

/** Short reports dated in other weeks, so a dyad series has more than one bar. */
export const OTHER_REPORTS = [
  {
    id: "feb-talks",
    date: "2022-02-07",
    text: "Iran's foreign minister met Iraq's prime minister in Baghdad on Monday.",
  },
  {
    id: "jan-strike",
    date: "2022-01-17",
    text: "Iranian forces shelled Kurdish villages in northern Iraq on Sunday, Iraqi officials said.",
  },
];

let coder: Coder | undefined;
/** One coder for all server tests: loading the dictionaries takes about a second. */
export function sharedCoder(): Coder {
  coder ??= createCoder();
  return coder;
}
