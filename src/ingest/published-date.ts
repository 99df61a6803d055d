const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  if (year < 1800 || year > 2200) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * A publication date as `YYYY-MM-DD`, from the forms found in meta tags and feeds: ISO 8601
 * (`2022-03-13T23:00:00-05:00`), RFC 822 (`Sun, 13 Mar 2022 23:00:00 -0500`), `March 13, 2022`,
 * `13 March 2022`, `20220313`. The calendar date is the one written, not converted to UTC: a story
 * published late on the 13th in New York is dated the 13th.
 * @returns undefined when the value holds no recognisable date.
 */
export function normalizePublishedDate(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(text);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})/.exec(text);
  if (match && MONTHS[match[2].toLowerCase()]) {
    return isoDate(Number(match[3]), MONTHS[match[2].toLowerCase()], Number(match[1]));
  }
  match = /([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/.exec(text);
  if (match && MONTHS[match[1].toLowerCase()]) {
    return isoDate(Number(match[3]), MONTHS[match[1].toLowerCase()], Number(match[2]));
  }
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}
