import type { Parser, ParsingContext } from "chrono-node";
import { addDays } from "./calendar.js";

/**
 * chrono-node parsers for what casual English parsing lacks or does too slowly for news at volume.
 * Each result is tagged `dyad/...` so `toMention` (date-mentions.ts) knows its precision.
 */

/** "in recent days", "over the past few days", "in the past week": the seven days before publication. */
export const recentDaysParser: Parser = {
  pattern: () =>
    /\b(?:in|over|during|within)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+|couple\s+of\s+)?(?:days|week)\b/i,
  extract: (context: ParsingContext) => {
    const start = addDays(context.refDate, -7);
    return context
      .createParsingComponents({
        year: start.getUTCFullYear(),
        month: start.getUTCMonth() + 1,
        day: start.getUTCDate(),
      })
      .addTags(["dyad/recent-days"]);
  },
};

/** "in 2019", "by 2022", "since 2011", "in early 2019": a bare year, which chrono leaves alone. */
export const yearParser: Parser = {
  pattern: () =>
    /\b(?:in|during|throughout|since|by|until|before|after|of|early|late|mid-?)\s+(?:early\s+|late\s+|mid-?)?((?:19|20)\d\d)\b(?![-/]\d|,\d)/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) =>
    context.createParsingComponents({ year: Number(match[1]) }).addTags(["dyad/year"]),
};

/** chrono-node 2.10 parsers (by class name) this finder leaves out. */
export const UNUSED_PARSERS = new Set([
  "ENTimeUnitWithinFormatParser",
  "ENTimeUnitLaterFormatParser",
  "ENTimeUnitAgoFormatParser",
  "ENTimeExpressionParser",
]);

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  few: 3,
  several: 3,
  "a few": 3,
  "a couple of": 2,
  "couple of": 2,
};

/** "two years ago", "3 weeks ago", "a few days ago": that far back from publication. */
export const agoParser: Parser = {
  pattern: () =>
    /\b(\d{1,3}|a couple of|couple of|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)\s+(day|week|month|year|decade)s?\s+ago\b/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const count = NUMBER_WORDS[match[1].toLowerCase()] ?? Number(match[1]);
    const unit = match[2].toLowerCase();
    const date = new Date(context.refDate.getTime());
    if (unit === "day" || unit === "week")
      date.setUTCDate(date.getUTCDate() - count * (unit === "week" ? 7 : 1));
    else if (unit === "month") date.setUTCMonth(date.getUTCMonth() - count, 1);
    else date.setUTCFullYear(date.getUTCFullYear() - count * (unit === "decade" ? 10 : 1), 0, 1);
    const year = date.getUTCFullYear();
    const components =
      unit === "year" || unit === "decade"
        ? { year }
        : unit === "month"
          ? { year, month: date.getUTCMonth() + 1 }
          : { year, month: date.getUTCMonth() + 1, day: date.getUTCDate() };
    return context.createParsingComponents(components).addTags(["dyad/ago"]);
  },
};
