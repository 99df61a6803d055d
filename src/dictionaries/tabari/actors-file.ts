import { type DictionaryProblem, splitComment, stripHtmlComments } from "./lines.js";

/** One code of an actor, with the dates it holds between (inclusive, `YYYY-MM-DD`), when restricted. */
export interface TabariActorCode {
  /** Upper case, e.g. `AFGGOV`; `---` means the name is not an actor. */
  code: string;
  from?: string;
  to?: string;
}

/** One actor entry: its name, `+` synonyms and codes (on its line or on indented `[…]` lines). */
export interface TabariActor {
  /** Names as written (upper case, `_` between words); the first is the entry's own. */
  names: string[];
  codes: TabariActorCode[];
  file: string;
  line: number;
}

/** An actors file after reading. */
export interface TabariActorsFile {
  file: string;
  actors: TabariActor[];
  problems: DictionaryProblem[];
}

/**
 * A TABARI date: `YYYYMMDD`, or `YYMMDD` with years below 30 read as 20YY and the rest as 19YY
 * (so `011222` is 2001-12-22 and `430101` is 1943-01-01). Null when it is not a valid date.
 */
export function parseTabariDate(raw: string): string | null {
  const digits = raw.trim();
  let year: number;
  let rest: string;
  if (/^\d{8}$/.test(digits)) {
    year = Number(digits.slice(0, 4));
    rest = digits.slice(4);
  } else if (/^\d{6}$/.test(digits)) {
    const yy = Number(digits.slice(0, 2));
    year = yy < 30 ? 2000 + yy : 1900 + yy;
    rest = digits.slice(2);
  } else return null;
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2));
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${String(year).padStart(4, "0")}-${rest.slice(0, 2)}-${rest.slice(2)}`;
}

/**
 * Reads the inside of one `[…]` code: `CODE`, `CODE >DATE` (from), `CODE <DATE` (until) or
 * `CODE DATE-DATE`. Returns an error message instead when it does not fit.
 */
export function parseActorCode(inside: string): TabariActorCode | string {
  const match = /^\s*([A-Za-z0-9+/-]+)\s*(.*?)\s*$/.exec(inside);
  if (!match) return `bad code [${inside}]`;
  const code = match[1].toUpperCase();
  const restriction = match[2];
  if (restriction === "") return { code };
  const bound = /^([<>])\s*(\d+)$/.exec(restriction);
  if (bound) {
    const date = parseTabariDate(bound[2]);
    if (!date) return `bad date "${bound[2]}" in [${inside.trim()}]`;
    return bound[1] === ">" ? { code, from: date } : { code, to: date };
  }
  const range = /^(\d+)\s*-\s*(\d+)$/.exec(restriction);
  if (range) {
    const from = parseTabariDate(range[1]);
    const to = parseTabariDate(range[2]);
    if (!from || !to) return `bad date range "${restriction}" in [${inside.trim()}]`;
    return { code, from, to };
  }
  return `bad date restriction "${restriction}" in [${inside.trim()}]`;
}

/**
 * Reads a TABARI/PETRARCH actors dictionary (`Phoenix.Countries.actors.txt`,
 * `PETR.Validate.actors.txt`): an entry is a name line (`HAMID_KARZAI_`), optional `+SYNONYM`
 * lines, and codes in brackets on the name line or on following lines, each optionally dated
 * (`[AFGGOV >011222]`, `[HOB <950601]`, `[AFGELI 430101-920428]`). `#` and `<!-- -->` comments
 * are skipped. An entry without a code is null-coded (its names are no actor, as `[---]`). A
 * malformed line is reported in `problems` with its line.
 * @example readTabariActors("IRAN [IRN]\n+PERSIA\n", "a.txt").actors[0] // names IRAN, PERSIA; code IRN
 */
export function readTabariActors(text: string, file: string): TabariActorsFile {
  const result: TabariActorsFile = { file, actors: [], problems: [] };
  const problem = (line: number, message: string, raw: string) =>
    result.problems.push({ file, line, message, text: raw.trim() });
  let current: TabariActor | null = null;
  let badCode = false;
  const finish = () => {
    // An entry without a code is null-coded, as `[---]` (PETRARCH's format): its names are no
    // actor. One whose only codes were malformed is dropped instead (they are reported).
    if (current && (current.codes.length > 0 || !badCode)) result.actors.push(current);
    current = null;
    badCode = false;
  };
  const addCodes = (part: string, line: number, raw: string) => {
    for (const bracket of part.matchAll(/\[([^\]]*)\]/g)) {
      const code = parseActorCode(bracket[1]);
      if (typeof code === "string") {
        problem(line, code, raw);
        badCode = true;
      } else current?.codes.push(code);
    }
  };
  const lines = stripHtmlComments(text).split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const raw = lines[i];
    const content = splitComment(raw).trim();
    if (content === "") {
      // A blank line ends an entry still waiting for its codes; a comment line does not.
      if (raw.trim() === "" && current && current.codes.length === 0) finish();
      continue;
    }
    if (content.startsWith("[")) {
      if (!current) problem(line, "code line outside an actor entry", raw);
      else addCodes(content, line, raw);
      continue;
    }
    if (content.startsWith("+")) {
      const name = content.slice(1).trim();
      if (!current) problem(line, "synonym outside an actor entry", raw);
      else if (name === "" || name.includes("[")) problem(line, "bad synonym", raw);
      else current.names.push(name.toUpperCase());
      continue;
    }
    const bracket = content.indexOf("[");
    const name = (bracket < 0 ? content : content.slice(0, bracket)).trim();
    if (name.startsWith("<")) {
      // A comment whose opening is mistyped ("<! -- NEW ACTORS -->") is no name.
      problem(line, "malformed comment", raw);
      continue;
    }
    if (name === "") {
      problem(line, "actor without a name", raw);
      continue;
    }
    // Name lines in a row with no code between them name one actor (LEONID_BREZHNEV_, then
    // LEONID_ILYICH_BREZHNEV, then its codes).
    if (current && current.codes.length === 0) {
      current.names.push(name.toUpperCase());
      if (bracket >= 0) addCodes(content.slice(bracket), line, raw);
      continue;
    }
    finish();
    current = { names: [name.toUpperCase()], codes: [], file, line };
    if (bracket >= 0) addCodes(content.slice(bracket), line, raw);
  }
  finish();
  return result;
}
