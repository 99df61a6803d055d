import { type Command, Option } from "commander";
import { DEFAULT_DATA_DIR } from "../dictionaries/data-paths.js";
import { type CoderResources, loadCoderResources } from "../dictionaries/load-resources.js";
import { readDictionaryDir, type TabariDictionaries } from "../dictionaries/tabari/dictionary-dir.js";
import { type CliContext, reportError } from "./context.js";

/** The options {@link addDictionaryOptions} adds. */
export interface DictionaryOptions {
  dictionaries?: string;
  dictionariesMode?: "add" | "replace";
}

/** Adds `--dictionaries DIR` and `--dictionaries-mode add|replace` to a command that codes text. */
export function addDictionaryOptions(command: Command): Command {
  return command
    .option("--dictionaries <dir>", "also read TABARI/PETRARCH actor, agent and verb dictionaries from DIR")
    .addOption(
      new Option("--dictionaries-mode <mode>", "add to the built-in actors, or replace them")
        .choices(["add", "replace"])
        .default("add"),
    );
}

/**
 * The coder's resources with the user's dictionaries, or undefined (the built-in ones) without
 * `--dictionaries`. Malformed lines are counted on stderr (`dyad dict check` lists them); verbs
 * files become verb patterns matched on the parse; discards drop the events of their sentences.
 * `read` reads the folder (`eval` picks the files a gold set was written for).
 * @throws DataFileError when DIR cannot be read or holds no dictionary.
 */
export function loadResourcesWithDictionaries(
  options: DictionaryOptions,
  ctx: CliContext,
  read: (dir: string) => TabariDictionaries = readDictionaryDir,
): CoderResources | undefined {
  if (!options.dictionaries) return undefined;
  const dicts = read(options.dictionaries);
  if (dicts.problems.length > 0)
    reportError(
      ctx,
      `warning: ${dicts.problems.length} malformed dictionary lines skipped (dyad dict check ${options.dictionaries} lists them)`,
    );
  return loadCoderResources(DEFAULT_DATA_DIR, {
    dictionaries: { dicts, mode: options.dictionariesMode ?? "add" },
  });
}
