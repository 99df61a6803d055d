import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Coder, createCoder } from "../../index.js";

/** The reference article (examples/), coded by every server test. */
export const ARTICLE = readFileSync(
  join(import.meta.dirname, "..", "..", "..", "examples", "iran-iraq-2022.txt"),
  "utf8",
);
export const ARTICLE_DATE = "2022-03-20";

/** Short reports of other days and dyads (some with a dateline), so charts have several bars and the map fallback places. */
export const OTHER_REPORTS = [
  {
    id: "feb-talks",
    date: "2022-02-07",
    text: "BAGHDAD (Reuters) - Iran's foreign minister met Iraq's prime minister in Baghdad on Monday.",
  },
  {
    id: "jan-shelling",
    date: "2022-01-17",
    text: "Iranian forces shelled Kurdish villages in northern Iraq on Sunday, Iraqi officials said.",
  },
  {
    id: "jan-summons",
    date: "2022-01-18",
    text: "ERBIL, Iraq (AP) - Iraq summoned Iran's ambassador on Tuesday to protest the shelling.",
  },
  {
    id: "apr-agreement",
    date: "2022-04-13",
    text: "TEHRAN (Reuters) - Iran and Iraq signed an agreement on electricity supplies on Wednesday.",
  },
  {
    id: "may-praise",
    date: "2022-05-10",
    text: "Iraq's prime minister praised Iran's support in the fight against Islamic State.",
  },
  {
    id: "jun-strikes",
    date: "2022-06-03",
    text: "ANKARA (Reuters) - Turkish warplanes bombed Kurdish militants in northern Syria on Friday.",
  },
  {
    id: "jun-condemn",
    date: "2022-06-04",
    text: "DAMASCUS (AP) - Syria condemned the Turkish air strikes and accused Ankara of violating its sovereignty.",
  },
  {
    id: "jun-sanctions",
    date: "2022-06-16",
    text: "WASHINGTON (AP) - The United States imposed new sanctions on Iran's oil exports on Thursday.",
  },
  {
    id: "jun-denounce",
    date: "2022-06-17",
    text: "Iran's foreign ministry denounced the American sanctions as economic terrorism.",
  },
  {
    id: "jul-visit",
    date: "2022-07-02",
    text: "Iraqi President Barham Salih visited Tehran on Saturday for talks with Iranian President Ebrahim Raisi.",
  },
];

let coder: Coder | undefined;
/** One coder for all server tests: loading the dictionaries takes about a second. */
export function sharedCoder(): Coder {
  coder ??= createCoder();
  return coder;
}
