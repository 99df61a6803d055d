import type { ParsedResult } from "chrono-node";
import { casual } from "chrono-node/en";
import type { Span } from "../../model/document.js";
import { addDays, formatIsoDate, isoDate, nearestWeekday, parseIsoDate, startOfWeek } from "./calendar.js";
import { agoParser, recentDaysParser, UNUSED_PARSERS, yearParser } from "./date-parsers.js";

/** Precision of a date found in the text (`publication` is only ever a fallback). */
export type MentionPrecision = "day" | "week" | "month" | "year";

/** A date expression in the text, resolved against the publication date where it is relative. */
export interface DateMention {
  span: Span;
  text: string;
  /** First day of the period the words name (`YYYY-MM-DD`); absent for a bare weekday. */
  date?: string;
  precision: MentionPrecision;
  /** A bare weekday ("on Monday", 0 Sunday … 6 Saturday): past or coming depends on the event. */
  weekday?: number;
  /** The word that makes this a bound, not a date: "by 2022" (deadline), "since Monday". */
  bound?: string;
  /** A month or day named without its year ("in February", "Oct. 7"): its year depends on the event. */
  yearless?: true;
}

/** Finds the date expressions of one sentence. */
export interface DateFinder {
  /**
   * @param text the sentence's text
   * @param offset character offset of `text` in the document, added to every span
   * @param publication the document's publication date (`YYYY-MM-DD`); without it, only
   *   expressions that name their year are kept
   */
  find(text: string, offset: number, publication: string | undefined): DateMention[];
}

/**
 * Cheap test run before chrono: only the stretch of a sentence around words that can start a date
 * is parsed. Month and day names count only capitalised, as news writes them ("may" and "march"
 * are mostly verbs); digits count only as four-digit years (casualty counts are everywhere).
 */
const DATE_CUES =
  /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Ww]eekend|January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|ago|(?:[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Rr]ecent|[Cc]oming|[Ee]arlier|[Ll]ater)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|morning|afternoon|evening|night)|(?:1[89]|20)\d\d)\b/g;

const YEAR_CUE = /\b(?:1[89]|20)\d\d\b/;
/** A month's name or abbreviation in any case; one written in lower case is a word ("halt the march"). */
const MONTH_NAME =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/i;

const WEEK = /\bweeks?\b/i;
const PAST_WEEK = /\bpast\s+week\b/i;
const MONTH = /\bmonths?\b/i;
const YEAR = /\b(?:years?|decades?)\b/i;
const WEEKEND = /\bweekend\b/i;
const RELATIVE_WEEKDAY = /\b(?:last|next|this|coming|past)\s+\w+day\b/i;
const SAME_DAY = /\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/i;
/** Words that may sit between a bound and its date: "by the end of 2022", "until early March". */
const BOUND_FILLER = new Set(["the", "end", "of", "early", "late", "mid", "middle", "start", "beginning"]);

/**
 * Builds a finder around a chrono instance extended with parsers for what chrono lacks ("in recent
 * days", bare years). Construct once per stage; chrono instances hold no per-parse state.
 * @param dateBounds lower-case words that make a following date a bound ("by", "since", ...)
 * @example createDateFinder(new Set(["by"])).find("It happened last week.", 0, "2022-03-20")[0].date // "2022-03-07"
 */
export function createDateFinder(dateBounds: ReadonlySet<string>): DateFinder {
  const parser = casual.clone();
  // Times of day and spans counted from another event ("within 5 days", "3 days later") never date
  // an event here, and chrono's unit parsers cost more than all the others together: drop them and
  // parse "N units ago" with a cheaper parser of our own.
  parser.parsers = parser.parsers.filter((p) => !UNUSED_PARSERS.has(p.constructor.name));
  parser.parsers.push(recentDaysParser, yearParser, agoParser);
  return {
    find(text, offset, publication) {
      const windows = cueWindows(text);
      if (windows.length === 0) return [];
      const published = parseIsoDate(publication);
      // Without a publication date only dates that name their year are kept: skip chrono without one.
      if (!published && !YEAR_CUE.test(text)) return [];
      // Noon UTC, so "yesterday" never slips a day in any time-zone arithmetic.
      const instant = published
        ? new Date(published.getTime() + 43_200_000)
        : new Date(Date.UTC(2000, 0, 1, 12));
      const out: DateMention[] = [];
      // One chrono call over the stretch from the first cue to the last: each call has a fixed cost
      // (context, refiners) larger than scanning a few more words.
      const from = windows[0][0];
      const to = windows[windows.length - 1][1];
      for (const result of parser.parse(text.slice(from, to), { instant, timezone: 0 })) {
        const mention = toMention(result, published);
        if (!mention) continue;
        const index = from + result.index;
        const bound = boundBefore(text, index, result.text, dateBounds);
        out.push({
          span: { start: offset + index, end: offset + index + result.text.length },
          text: result.text,
          ...mention,
          ...(bound ? { bound } : {}),
        });
      }
      return out;
    },
  };
}

/** Characters of context kept around a date cue: enough for "in the past few days", "by the end of". */
const CONTEXT = 40;

/**
 * The stretches of a sentence around its date cues, merged where they overlap: chrono's cost grows
 * with the text and its ~30 patterns, and most of a news sentence holds no date.
 */
function cueWindows(text: string): [number, number][] {
  const windows: [number, number][] = [];
  for (const match of text.matchAll(DATE_CUES)) {
    let from = Math.max(0, match.index - CONTEXT);
    let to = Math.min(text.length, match.index + match[0].length + CONTEXT);
    // Widen to whole words so no word is cut in two.
    while (from > 0 && /\S/.test(text[from - 1])) from--;
    while (to < text.length && /\S/.test(text[to])) to++;
    const last = windows.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

/** Precision and first day of the period a chrono result names; undefined for times and noise. */
function toMention(
  result: ParsedResult,
  published: Date | undefined,
): Omit<DateMention, "span" | "text" | "bound"> | undefined {
  const { start, text } = result;
  // The cue window is case-blind around its cue: "Later on Saturday, Prigozhin agreed to halt the
  // march" holds a verb or noun "march", never a month.
  const monthName = MONTH_NAME.exec(text)?.[0];
  if (monthName && monthName === monthName.toLowerCase()) return undefined;
  const tags = result.tags();
  const year = start.get("year") ?? 0;
  const month = start.get("month") ?? 1;
  const day = start.get("day") ?? 1;
  // Without a publication date nothing relative can be resolved: keep only dates that name a year.
  if (!published) {
    if (!start.isCertain("year")) return undefined;
  }
  // "3/4 of them" is a fraction far more often than the 4th of March.
  if (tags.has("parser/SlashDateFormatParser") && !start.isCertain("year")) return undefined;
  if (tags.has("dyad/recent-days")) return { date: isoDate(year, month, day), precision: "week" };
  if (tags.has("dyad/year")) return { date: isoDate(year, 1, 1), precision: "year" };
  if (published && WEEK.test(text)) {
    if (PAST_WEEK.test(text)) return { date: formatIsoDate(addDays(published, -7)), precision: "week" };
    if (/\bthis\s+week\b/i.test(text))
      return { date: formatIsoDate(startOfWeek(published)), precision: "week" };
    if (/\blast\s+week\b/i.test(text))
      return { date: formatIsoDate(addDays(startOfWeek(published), -7)), precision: "week" };
    if (/\bnext\s+week\b/i.test(text))
      return { date: formatIsoDate(addDays(startOfWeek(published), 7)), precision: "week" };
    return { date: isoDate(year, month, day), precision: "week" };
  }
  if (MONTH.test(text) && start.isCertain("month"))
    return { date: isoDate(year, month, 1), precision: "month" };
  if (YEAR.test(text) && start.isCertain("year")) return { date: isoDate(year, 1, 1), precision: "year" };
  if (published && WEEKEND.test(text)) {
    return { date: isoDate(year, month, day), precision: "week" };
  }
  // chrono gives a month or day without a year the year nearest publication; the event's tense
  // decides it later ("invaded Ukraine in February", published in October, is this year's).
  const yearless = start.isCertain("month") && !start.isCertain("year") ? ({ yearless: true } as const) : {};
  if (start.isCertain("day")) return { date: isoDate(year, month, day), precision: "day", ...yearless };
  if (published && SAME_DAY.test(text)) return { date: formatIsoDate(published), precision: "day" };
  if (start.isCertain("weekday")) {
    // "last Monday", "next Friday": chrono already picked the week.
    if (RELATIVE_WEEKDAY.test(text)) return { date: isoDate(year, month, day), precision: "day" };
    return { weekday: start.get("weekday") ?? 0, precision: "day" };
  }
  if (start.isCertain("month")) return { date: isoDate(year, month, 1), precision: "month", ...yearless };
  if (start.isCertain("year")) return { date: isoDate(year, 1, 1), precision: "year" };
  return undefined;
}

/** The bound word right before (or opening) a result: "by 2022", "until the end of March". */
function boundBefore(
  text: string,
  index: number,
  resultText: string,
  bounds: ReadonlySet<string>,
): string | undefined {
  const first = /^[a-z]+/i.exec(resultText)?.[0].toLowerCase();
  if (first && bounds.has(first)) return first;
  const words =
    text
      .slice(Math.max(0, index - 40), index)
      .toLowerCase()
      .match(/[a-z]+/g) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    if (bounds.has(words[i])) return words[i];
    if (!BOUND_FILLER.has(words[i])) return undefined;
  }
  return undefined;
}

/** Days a past event's yearless date may run past publication (a schedule whose tense was missed). */
const YEARLESS_SLACK_DAYS = 7;

/**
 * The year of a month or day named without one, for an event: a past event's is the latest on or
 * before publication (a week's slack), a future event's the next on or after it. "the Hamas attack
 * of Oct. 7" in an article of 2024-09-28 is 2023-10-07; "will vote in September" in October is next
 * year's.
 * @example resolveYearless("2023-02-01", "month", "2022-10-10", false) // "2022-02-01"
 */
export function resolveYearless(
  date: string,
  precision: MentionPrecision,
  publication: string | undefined,
  future: boolean,
): string {
  const published = parseIsoDate(publication);
  const named = parseIsoDate(date);
  if (!published || !named) return date;
  // A month counts from its first day: "in October" published on 2022-10-10 is this October.
  const reference =
    precision === "month"
      ? new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth(), 1))
      : published;
  // February 29th of a year without one is the 28th.
  const shift = (years: number) => {
    const year = named.getUTCFullYear() + years;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const day = named.getUTCMonth() === 1 && named.getUTCDate() === 29 && !leap ? 28 : named.getUTCDate();
    return isoDate(year, named.getUTCMonth() + 1, day);
  };
  if (!future && named > addDays(reference, YEARLESS_SLACK_DAYS)) return shift(-1);
  if (future && named < reference) return shift(1);
  return date;
}

/** The day a bare weekday names for an event: the past one, or the coming one for future events. */
export function resolveWeekday(
  weekday: number,
  publication: string | undefined,
  future: boolean,
): string | undefined {
  const published = parseIsoDate(publication);
  if (!published) return undefined;
  return formatIsoDate(nearestWeekday(published, weekday, future ? 1 : -1));
}
