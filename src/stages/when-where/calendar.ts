/** ISO calendar arithmetic on `YYYY-MM-DD` strings, in UTC so no time zone moves a day. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Midnight UTC of an ISO date, or undefined when the string is not one. */
export function parseIsoDate(iso: string | undefined): Date | undefined {
  const match = iso ? ISO_DATE.exec(iso) : null;
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** `YYYY-MM-DD` of a year, month (1–12) and day. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** `YYYY-MM-DD` of a UTC date. */
export function formatIsoDate(date: Date): string {
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The date `days` days after `date` (before, when negative). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** The Monday that starts the ISO week holding `date`. */
export function startOfWeek(date: Date): Date {
  const weekday = date.getUTCDay();
  return addDays(date, weekday === 0 ? -6 : 1 - weekday);
}

/**
 * The nearest day with the given weekday (0 Sunday … 6 Saturday) on or before `date` when
 * `direction` is -1, on or after it when 1. News writes "on Monday" for the Monday of the week
 * around publication, and AP style uses the weekday even for the publication day itself.
 * @example nearestWeekday(parseIsoDate("2022-03-20")!, 1, -1) // 2022-03-14
 */
export function nearestWeekday(date: Date, weekday: number, direction: 1 | -1): Date {
  const offset =
    direction === -1 ? -((date.getUTCDay() - weekday + 7) % 7) : (weekday - date.getUTCDay() + 7) % 7;
  return addDays(date, offset);
}
