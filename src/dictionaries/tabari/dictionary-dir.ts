import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DataFileError } from "../../model/errors.js";
import { readTabariActors, type TabariActor } from "./actors-file.js";
import { readTabariAgents, type TabariAgent } from "./agents-file.js";
import { readTabariDiscards, type TabariDiscard } from "./discards-file.js";
import type { DictionaryProblem } from "./lines.js";
import { readTabariVerbs, type TabariVerbsFile } from "./verbs-file.js";

/** The kinds of TABARI/PETRARCH dictionary file, told apart by name. */
export type DictionaryKind = "verbs" | "actors" | "agents" | "discards";

/** `X.actors.txt` → actors, `X.agents.txt` → agents, `X.discards.txt` → discards, `X.verbs.txt` or `CAMEO*.txt` → verbs. */
export function dictionaryKindOf(name: string): DictionaryKind | null {
  if (/\.actors\.txt$/i.test(name)) return "actors";
  if (/\.agents\.txt$/i.test(name)) return "agents";
  if (/\.discards\.txt$/i.test(name)) return "discards";
  if (/\.verbs\.txt$/i.test(name) || /^CAMEO.*\.txt$/i.test(name)) return "verbs";
  return null;
}

/** Two entries for the same name: a duplicate when they agree, a conflict when they do not. */
export interface DictionaryClash {
  kind: "actors" | "agents";
  /** The name or phrase, upper case, single spaces. */
  name: string;
  kept: { file: string; line: number; codes: string };
  other: { file: string; line: number; codes: string };
}

/** Everything read from a dictionary folder. */
export interface TabariDictionaries {
  dir: string;
  /** Every file of the folder, in name order; `kind: null` = not a dictionary Dyad reads (skipped). */
  files: { name: string; kind: DictionaryKind | null; entries: number }[];
  actors: TabariActor[];
  agents: TabariAgent[];
  discards: TabariDiscard[];
  verbs: TabariVerbsFile[];
  problems: DictionaryProblem[];
  duplicates: DictionaryClash[];
  conflicts: DictionaryClash[];
}

/** A TABARI name as words: upper case, `_` as spaces, PETRARCH's exact-form mark (trailing `_`) dropped. */
export function tabariWords(name: string): string {
  return name.replace(/_/g, " ").replace(/\s+/g, " ").trim().toUpperCase();
}

const describeCodes = (actor: TabariActor) =>
  actor.codes
    .map((c) => `${c.code}${c.from ? ` from ${c.from}` : ""}${c.to ? ` to ${c.to}` : ""}`)
    .join("; ");

/** Records which entry owns each name first, and the clashes of later ones. */
function findClashes<T extends { file: string; line: number }>(
  kind: DictionaryClash["kind"],
  entries: readonly T[],
  namesOf: (entry: T) => string[],
  codesOf: (entry: T) => string,
  into: Pick<TabariDictionaries, "duplicates" | "conflicts">,
): void {
  const owners = new Map<string, T>();
  for (const entry of entries) {
    for (const name of new Set(namesOf(entry))) {
      const owner = owners.get(name);
      if (!owner) {
        owners.set(name, entry);
        continue;
      }
      if (owner === entry) continue;
      const clash: DictionaryClash = {
        kind,
        name,
        kept: { file: owner.file, line: owner.line, codes: codesOf(owner) },
        other: { file: entry.file, line: entry.line, codes: codesOf(entry) },
      };
      (clash.kept.codes === clash.other.codes ? into.duplicates : into.conflicts).push(clash);
    }
  }
}

/**
 * Reads every TABARI/PETRARCH dictionary file of a folder (not its subfolders), in file-name order:
 * verbs, actors with date restrictions, agents and discards (see {@link dictionaryKindOf}). Other
 * files are listed as skipped. Malformed lines are collected, each with file and line, and reading
 * goes on. A name given twice is a duplicate (same codes) or a conflict (other codes); the first
 * file in name order keeps it. `select`, when given, picks the files to read; the others are skipped.
 * @throws DataFileError when the folder cannot be read or holds no dictionary file.
 * @example const dicts = readDictionaryDir("../shared/dictionaries/petrarch2"); dicts.actors.length
 */
export function readDictionaryDir(dir: string, select?: (name: string) => boolean): TabariDictionaries {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((name) => statSync(join(dir, name)).isFile())
      .sort();
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new DataFileError(`cannot read dictionary folder (${reason})`, { file: dir });
  }
  const result: TabariDictionaries = {
    dir,
    files: [],
    actors: [],
    agents: [],
    discards: [],
    verbs: [],
    problems: [],
    duplicates: [],
    conflicts: [],
  };
  for (const name of names) {
    const kind = select && !select(name) ? null : dictionaryKindOf(name);
    if (!kind) {
      result.files.push({ name, kind, entries: 0 });
      continue;
    }
    const path = join(dir, name);
    const text = readFileSync(path, "utf8");
    let entries = 0;
    if (kind === "actors") {
      const file = readTabariActors(text, path);
      result.actors.push(...file.actors);
      result.problems.push(...file.problems);
      entries = file.actors.length;
    } else if (kind === "agents") {
      const file = readTabariAgents(text, path);
      result.agents.push(...file.agents);
      result.problems.push(...file.problems);
      entries = file.agents.length;
    } else if (kind === "discards") {
      const discards = readTabariDiscards(text, path);
      result.discards.push(...discards);
      entries = discards.length;
    } else {
      const file = readTabariVerbs(text, path);
      result.verbs.push(file);
      result.problems.push(...file.problems);
      entries = file.blocks.reduce((n, block) => n + block.patterns.length + block.verbs.length, 0);
    }
    result.files.push({ name, kind, entries });
  }
  if (result.files.every((file) => file.kind === null))
    throw new DataFileError("no dictionary files (*.actors.txt, *.agents.txt, *.discards.txt, *.verbs.txt)", {
      file: dir,
    });
  findClashes("actors", result.actors, (a) => a.names.map(tabariWords), describeCodes, result);
  findClashes(
    "agents",
    result.agents,
    (a) => [a.phrase],
    (a) => `${a.placement === "after" ? "~" : ""}${a.code}${a.placement === "before" ? "~" : ""}`,
    result,
  );
  return result;
}
