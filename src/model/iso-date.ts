/**
 * True when `value` is a calendar date written `YYYY-MM-DD` that exists: "2022-02-29" and
 * "2022-13-45" are not dates, and letting them through makes relative dates roll over.
 * @example isIsoDate("2024-02-29") // true
 */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

/**
 * A `YYYY-MM-DD` date at the start of a file name (`2022-03-20-iran-iraq.txt`, `20220320_report.md`),
 * or undefined: many archives name articles by their publication date.
 * @example dateFromFileName("news/2022-03-20-iran.txt") // "2022-03-20"
 */
export function dateFromFileName(path: string): string | undefined {
  const name = path.split(/[/\\]/).pop() ?? "";
  const match = /^(\d{4})[-_]?(\d{2})[-_]?(\d{2})(?:\D|$)/.exec(name);
  if (!match) return undefined;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  return isIsoDate(date) ? date : undefined;
}
