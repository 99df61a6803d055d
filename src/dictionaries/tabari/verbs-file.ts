import { createHash } from "node:crypto";
import { type DictionaryProblem, splitComment, stripHtmlComments } from "./lines.js";

/** A PETRARCH synonym set (`&NAME` then `+MEMBER` lines); members may name other sets. */
export interface TabariSynset {
  name: string;
  /** Members as written, upper case, `_` and spaces kept; `&X` members refer to other sets. */
  members: string[];
  line: number;
}

/** One verb of a block: `WORD [CODE] {FORM FORM}` or a multi-word `+WORD_WORD` / `WORD_+WORD`. */
export interface TabariVerb {
  /** The words of the verb phrase, upper case; `head` indexes the verb itself. */
  words: string[];
  head: number;
  /** Irregular forms given in braces. */
  forms: string[];
  /** The verb's own code (`[CODE]`), overriding the block's; `null` for `[---]`. */
  code?: string | null;
  /** The verb's own reverse code (`[032:033]`), with its own code. */
  reverseCode?: string;
  line: number;
}

/** One pattern line: `- WORDS * WORDS [CODE] # comment`. */
export interface TabariPattern {
  /** The pattern's text between `-` and the code, e.g. `* WARRANT (FOR ARREST)`. */
  text: string;
  /** Event code, `null` for `[---]` (the phrase codes no event). */
  code: string | null;
  /** The code of the reverse event (`[042:043]`: the target visits… the source hosts). */
  reverseCode?: string;
  line: number;
}

/** A verb block: `--- NAME [CODE] ---`, its verbs and its patterns. */
export interface TabariVerbBlock {
  name: string;
  /** The block's default code; `null` for `[---]`. */
  code: string | null;
  /** The block's default reverse code (`--- VISIT [042:043] ---`). */
  reverseCode?: string;
  verbs: TabariVerb[];
  patterns: TabariPattern[];
  line: number;
}

/** A whole verbs file after reading. */
export interface TabariVerbsFile {
  file: string;
  /** SHA-256 of the file's text: tells the dictionary Dyad's built-in patterns were imported from. */
  sha256: string;
  synsets: Map<string, TabariSynset>;
  blocks: TabariVerbBlock[];
  problems: DictionaryProblem[];
}

// Some headers in CAMEO.2.0 have a stray `---` glued to the code (`[110]---  ---`).
const BLOCK_HEADER = /^---+\s*(\S.*?)\s*\[([^\]]*)\][\s-]*$/;
const CODE = /\[([^\]]*)\]/;

/** `---` → null; `042:043` → code and reverse code; `:173` → reverse only. */
function parseCode(raw: string): { code: string | null; reverseCode?: string } | null {
  const text = raw.trim();
  if (/^-+$/.test(text)) return { code: null };
  const [forward, reverse] = text.split(":").map((part) => part.trim());
  // Test dictionaries use made-up codes (`075A`, `def`, `+++`); only the converter insists on CAMEO.
  const valid = (code: string | undefined) =>
    code === undefined || code === "" || /^[0-9A-Za-z+]{1,6}$/.test(code);
  if (!valid(forward) || !valid(reverse)) return null;
  return { code: forward || null, ...(reverse ? { reverseCode: reverse } : {}) };
}

function parseVerb(text: string, line: number): TabariVerb | null {
  const codeMatch = CODE.exec(text);
  const code = codeMatch ? parseCode(codeMatch[1]) : undefined;
  if (code === null) return null;
  const formsMatch = /\{([^}]*)\}/.exec(text);
  const main = text
    .replace(CODE, "")
    .replace(/\{[^}]*\}/, "")
    .trim();
  if (!/^[+A-Z0-9_'&. -]+$/i.test(main)) return null;
  // Words are joined by `_` (PETRARCH) or spaces (older validation files: `LASH OUT`).
  const words = main.split(/[_ ]+/).filter((word) => word !== "");
  let head = words.findIndex((word) => word.startsWith("+"));
  if (head < 0) head = 0;
  const clean = words.map((word) => word.replace(/^\+/, "").toUpperCase());
  if (clean.length === 0 || clean.some((word) => word === "")) return null;
  const forms = (formsMatch?.[1] ?? "")
    .split(/\s+/)
    .filter((form) => form !== "")
    .map((form) => form.replace(/\+/g, "").toUpperCase());
  return {
    words: clean,
    head,
    forms,
    ...(code ? { code: code.code } : {}),
    ...(code?.reverseCode ? { reverseCode: code.reverseCode } : {}),
    line,
  };
}

/**
 * Reads a TABARI/PETRARCH verbs dictionary (`CAMEO.2.0.txt`, `PETR.Validate.verbs.txt`):
 * synonym sets (`&NAME` + `+MEMBER` lines, anywhere in the file), verb blocks
 * (`--- NAME [CODE] ---`), their verbs (`WORD [CODE] {FORMS}`, multi-word verbs with `_` and the
 * verb marked by `+`) and patterns (`- WORDS * WORDS [CODE]`). `#` and `<!-- -->` comments are
 * skipped; the `TRANSFORMATIONS` section (`~` lines) is left out. A line that fits none of these
 * is reported in `problems` with its line number, and reading goes on.
 * @example const verbs = readTabariVerbs(readFileSync(path, "utf8"), path); verbs.blocks.length
 */
export function readTabariVerbs(text: string, file: string): TabariVerbsFile {
  const result: TabariVerbsFile = {
    file,
    sha256: createHash("sha256").update(text).digest("hex"),
    synsets: new Map(),
    blocks: [],
    problems: [],
  };
  const problem = (line: number, message: string, raw: string) =>
    result.problems.push({ file, line, message, text: raw.trim() });
  let synset: TabariSynset | null = null;
  let block: TabariVerbBlock | null = null;
  const lines = stripHtmlComments(text).split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const raw = lines[i];
    if (/^#+\s*TRANSFORMATIONS/i.test(raw.trim())) break;
    const content = splitComment(raw).trim();
    if (content === "") {
      // A blank line ends a synonym set; a comment line inside one does not.
      if (raw.trim() === "") synset = null;
      continue;
    }
    if (content.startsWith("&")) {
      synset = { name: content.split(/\s+/)[0].toUpperCase(), members: [], line };
      result.synsets.set(synset.name, synset);
      continue;
    }
    if (synset && content.startsWith("+")) {
      synset.members.push(content.slice(1).trim().toUpperCase());
      continue;
    }
    synset = null;
    const header = BLOCK_HEADER.exec(content);
    if (header) {
      const code = parseCode(header[2]);
      if (!code) problem(line, `bad code [${header[2]}] in block header`, raw);
      block = {
        name: header[1].replace(/\s+/g, "_").toUpperCase(),
        code: code?.code ?? null,
        ...(code?.reverseCode ? { reverseCode: code.reverseCode } : {}),
        verbs: [],
        patterns: [],
        line,
      };
      result.blocks.push(block);
      continue;
    }
    if (!block) {
      problem(line, "line outside any verb block", raw);
      continue;
    }
    if (content.startsWith("-")) {
      const codeMatch = CODE.exec(content);
      const code = codeMatch ? parseCode(codeMatch[1]) : null;
      const body = content.slice(1, codeMatch ? codeMatch.index : undefined).trim();
      if (!code) problem(line, codeMatch ? `bad code [${codeMatch[1]}]` : "pattern without a [CODE]", raw);
      else if (!body.includes("*")) problem(line, "pattern without a * for the verb", raw);
      else block.patterns.push({ text: body, ...code, line });
      continue;
    }
    const verb = parseVerb(content, line);
    if (verb) block.verbs.push(verb);
    else problem(line, "not a verb, a pattern or a synonym set", raw);
  }
  return result;
}

/**
 * The members of a synonym set with nested sets expanded (`&TIETYPES` inside `&ACCORDSYN`); a
 * set that refers to itself, directly or not, is expanded once.
 */
export function expandSynset(synsets: ReadonlyMap<string, TabariSynset>, name: string): string[] {
  const seen = new Set<string>();
  const walk = (set: string): string[] => {
    if (seen.has(set)) return [];
    seen.add(set);
    // A set is named with or without PETRARCH's trailing `_` ("&PREPOSIT1" for "&PREPOSIT1_").
    const found = synsets.get(set) ?? synsets.get(`${set}_`) ?? synsets.get(set.replace(/_+$/, ""));
    return (found?.members ?? []).flatMap((member) =>
      member.startsWith("&") ? walk(member.split(/\s+/)[0]) : [member],
    );
  };
  return walk(name.toUpperCase());
}
