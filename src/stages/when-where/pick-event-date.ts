import type { DatePrecision, Span } from "../../model/document.js";
import { type DateMention, resolveWeekday, resolveYearless } from "./date-mentions.js";

/** The date fields of an EventRecord. */
export interface EventDateFields {
  date: string;
  date_precision: DatePrecision;
  date_text?: { text: string; span: Span };
}

/** Where the event sits in its sentence, and what kind of event it is. */
export interface DateTarget {
  trigger: Span;
  /** Character range of the trigger's clause. */
  clause: Span;
  /** Future events read a bare weekday forward ("will meet on Monday" is the coming Monday). */
  future: boolean;
  publication: string | undefined;
}

/**
 * Chooses the event's date among its sentence's date expressions: the nearest one after the trigger
 * in its clause, else the nearest before it in the clause, else the nearest in the sentence. Bounds
 * ("by 2022", "since Monday") are never the event's date: a future event "by 2022" keeps the
 * publication fallback. With nothing found the date is the publication date, at `publication`
 * precision and without `date_text`; with no publication date either, undefined.
 * @example pickEventDate(mentions, { trigger, clause, future: false, publication: "2022-03-20" })
 */
export function pickEventDate(
  mentions: readonly DateMention[],
  target: DateTarget,
): EventDateFields | undefined {
  const usable = mentions.filter((m) => !m.bound);
  const inClause = usable.filter(
    (m) => m.span.start >= target.clause.start && m.span.end <= target.clause.end,
  );
  const after = inClause.filter((m) => m.span.start >= target.trigger.end);
  const before = inClause.filter((m) => m.span.end <= target.trigger.start);
  const nearest = (list: readonly DateMention[]) => {
    let best: DateMention | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const m of list) {
      const distance =
        m.span.start >= target.trigger.end
          ? m.span.start - target.trigger.end
          : target.trigger.start - m.span.end;
      if (distance < bestDistance) {
        best = m;
        bestDistance = Math.abs(distance);
      }
    }
    return best;
  };
  const chosen = nearest(after) ?? nearest(before) ?? nearest(usable);
  const date = !chosen
    ? undefined
    : chosen.date === undefined
      ? chosen.weekday === undefined
        ? undefined
        : resolveWeekday(chosen.weekday, target.publication, target.future)
      : chosen.yearless
        ? resolveYearless(chosen.date, chosen.precision, target.publication, target.future)
        : chosen.date;
  if (chosen && date) {
    return { date, date_precision: chosen.precision, date_text: { text: chosen.text, span: chosen.span } };
  }
  if (target.publication) return { date: target.publication, date_precision: "publication" };
  return undefined;
}
