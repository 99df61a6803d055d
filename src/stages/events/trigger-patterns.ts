import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { z } from "zod";
import { lazySchema } from "../../dictionaries/lazy-schema.js";
import type { TrustedHashes } from "../../dictionaries/read-jsonl.js";
import { DataFileError } from "../../model/errors.js";

/**
 * One line of an event trigger pattern file (`data/patterns/<version>/events.jsonl`).
 *
 * `pattern` is a space-separated list of elements:
 * - `a|b|c` matches one token whose lemma or lower-cased surface equals one alternative;
 * - `?a|b` is an optional element (tried first, dropped when the rest fails to match);
 * - `~N` skips 0..N tokens, lazily, never across a clause barrier (see `match-triggers.ts`);
 * - `+` (after the verb) is the verb's object, which must be an actor ("call +": a telephone call to
 *   someone, not "called for talks" or "called the move illegal"). Only the parse knows objects, so
 *   such a pattern is matched as a verb pattern alone (`fromTriggerPattern`), never on the surface.
 * `parse_only` does the same for a pattern whose words alone say too little ("take over X", not
 * "took over as chairman").
 *
 * The first element is the head: the trigger word whose span is reported; `pos` constrains it.
 */
export const TriggerPatternLineSchema = lazySchema((z) =>
  z
    .strictObject({
      /** `null` (parse_only lines): the phrase codes no event and silences a looser pattern ("signed X into law"). */
      code: z
        .string()
        .regex(/^(0[1-9]|1\d|20)\d{0,2}$/, "a CAMEO event code (2 to 4 digits, root 01-20)")
        .nullable(),
      pattern: z.string().trim().min(1),
      pos: z.enum(["verb", "noun"]).optional(),
      speech: z.boolean().optional(),
      target_after: z.array(z.string().min(1)).min(1).optional(),
      /** Matched on the parse alone (as a verb pattern), never on the surface: "took over *as* chairman" is no seizure. */
      parse_only: z.boolean().optional(),
      /** The act needs something it is done to: with no target (actor or place), the phrase codes nothing. */
      needs_target: z.boolean().optional(),
      note: z.string().optional(),
    })
    .refine((line) => line.code !== null || line.parse_only === true, {
      message: "a null code (no event) needs parse_only",
      path: ["code"],
    }),
);

export type TriggerPatternLine = z.infer<ReturnType<typeof TriggerPatternLineSchema>>;

/** Part of speech the head token must carry; `any` places no constraint. */
export type TriggerPos = "verb" | "noun" | "any";

/** A compiled pattern element: one token out of a set of words, or a bounded gap. */
export type PatternElement =
  | { kind: "word"; words: ReadonlySet<string>; optional: boolean }
  | { kind: "skip"; max: number };

/** A validated, compiled trigger pattern. */
export interface CompiledTriggerPattern {
  code: string;
  /** The pattern source, reported with each match as evidence. */
  pattern: string;
  /** Elements after the head; the head itself is the index key. */
  rest: readonly PatternElement[];
  /** The word sets of the required elements after the head, smallest first: a cheap pre-check. */
  required: readonly ReadonlySet<string>[];
  pos: TriggerPos;
  speech: boolean;
  targetAfter?: string[];
  /** Where the pattern was read from, for error messages and debugging. */
  origin: { file: string; line: number };
}

/**
 * Patterns indexed by every head alternative, so matching a token costs two map look-ups
 * (lemma and surface) rather than a scan of all patterns.
 */
export interface CompiledTriggerPatterns {
  byHead: ReadonlyMap<string, readonly CompiledTriggerPattern[]>;
  size: number;
}

/** Raw pattern lines with their source, as read from a JSONL file or built in a test. */
export interface TriggerPatternSource {
  file: string;
  entries: unknown[];
  /** 1-based line number of each entry; defaults to `index + 1`. */
  lines?: number[];
  /** The entries were already checked against {@link TriggerPatternLineSchema}. */
  validated?: boolean;
}

/** The element that stands for the verb's object as an actor (parse only). */
const ACTOR_SLOT = "+";

/** Longest gap a `~N` element may declare; wider gaps make triggers span unrelated clauses. */
const MAX_SKIP = 12;

/**
 * Validates and compiles trigger pattern lines.
 *
 * @param source - file name (for errors) and the parsed JSON value of each line
 * @returns patterns indexed by head word
 * @throws DataFileError naming the file and line of the first invalid entry
 * @example
 * compileTriggerPatterns({ file: "x.jsonl", entries: [{ code: "111", pattern: "condemn", pos: "verb" }] });
 */
export function compileTriggerPatterns(source: TriggerPatternSource): CompiledTriggerPatterns {
  const byHead = new Map<string, CompiledTriggerPattern[]>();
  let size = 0;
  source.entries.forEach((entry, index) => {
    const line = source.lines?.[index] ?? index + 1;
    const parsed = source.validated
      ? { success: true as const, data: entry as TriggerPatternLine }
      : TriggerPatternLineSchema().safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
      throw new DataFileError(`invalid trigger pattern: ${field}${issue.message}`, {
        file: source.file,
        line,
      });
    }
    const data = parsed.data;
    const { head, rest } = parsePattern(data.pattern, source.file, line);
    if (
      data.code === null ||
      data.parse_only ||
      rest.some((element) => element.kind === "word" && element.words.has(ACTOR_SLOT))
    )
      return;
    const compiled: CompiledTriggerPattern = {
      code: data.code,
      pattern: data.pattern,
      rest,
      required: rest
        .flatMap((element) => (element.kind === "word" && !element.optional ? [element.words] : []))
        .sort((a, b) => a.size - b.size),
      pos: data.pos ?? "any",
      speech: data.speech ?? false,
      targetAfter: data.target_after,
      origin: { file: source.file, line },
    };
    for (const word of head) {
      const list = byHead.get(word);
      if (list) list.push(compiled);
      else byHead.set(word, [compiled]);
    }
    size++;
  });
  return { byHead, size };
}

/**
 * Reads and compiles a JSONL trigger pattern file; blank lines are skipped.
 *
 * @param path - the file to read
 * @returns the compiled patterns
 * @throws DataFileError for unreadable JSON or an invalid entry, with its line number
 * @example
 * const patterns = loadTriggerPatterns("data/patterns/v2026.11/events.jsonl");
 */
export function loadTriggerPatterns(path: string, trusted?: TrustedHashes): CompiledTriggerPatterns {
  const content = readFileSync(path, "utf8");
  const entries: unknown[] = [];
  const lines: number[] = [];
  content.split(/\r?\n/).forEach((text, index) => {
    if (text.trim() === "") return;
    try {
      entries.push(JSON.parse(text));
    } catch (error) {
      throw new DataFileError(`not valid JSON: ${(error as Error).message}`, { file: path, line: index + 1 });
    }
    lines.push(index + 1);
  });
  // A file unchanged since the test suite validated it skips schema validation (start-up time).
  const validated = trusted?.has(path, createHash("sha256").update(content).digest("hex")) ?? false;
  return compileTriggerPatterns({ file: path, entries, lines, validated });
}

/** Splits a pattern into its head alternatives and the compiled elements that follow. */
function parsePattern(
  pattern: string,
  file: string,
  line: number,
): { head: string[]; rest: PatternElement[] } {
  const fail = (why: string): never => {
    throw new DataFileError(`invalid trigger pattern "${pattern}": ${why}`, { file, line });
  };
  const elements = pattern.split(/\s+/).map((raw): PatternElement => {
    const skip = /^~(\d+)$/.exec(raw);
    if (skip) {
      const max = Number(skip[1]);
      if (max < 1 || max > MAX_SKIP) fail(`gap ${raw} must be ~1 to ~${MAX_SKIP}`);
      return { kind: "skip", max };
    }
    const optional = raw.startsWith("?");
    const words = (optional ? raw.slice(1) : raw).split("|");
    if (words.some((w) => w === "" || /[~?\s]/.test(w))) fail(`bad element "${raw}"`);
    return { kind: "word", words: new Set(words.map((w) => w.toLowerCase())), optional };
  });
  const first = elements[0];
  if (first.kind !== "word" || first.optional) fail("the first element (the head) must be a required word");
  const last = elements[elements.length - 1];
  if (last.kind === "skip") fail("a pattern cannot end with a gap");
  for (let i = 1; i < elements.length; i++) {
    if (elements[i].kind === "skip" && elements[i - 1].kind === "skip") fail("two gaps in a row");
  }
  const head = first.kind === "word" ? [...first.words] : [];
  return { head, rest: elements.slice(1) };
}
