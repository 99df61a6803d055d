import { existsSync } from "node:fs";
import { join } from "node:path";
import { readDictionaryDir, type TabariDictionaries } from "../dictionaries/tabari/dictionary-dir.js";
import type { GoldFormat } from "./gold.js";

/**
 * The files of PETRARCH's validation environment: its unit-test file names
 * `<Verbfile>PETR.Validate.verbs.txt`, `<Actorfile>PETR.Validate.actors.txt` and
 * `<Agentfile>PETR.Validate.agents.txt`; the discard tests use `PETR.Validate.discards.txt`.
 */
const VALIDATION_PREFIX = "PETR.Validate.";
const VALIDATION_FILES = ["verbs", "actors", "agents"].map((kind) => `${VALIDATION_PREFIX}${kind}.txt`);

/**
 * The dictionaries a gold set is coded with under `--dictionaries DIR`. PETRARCH's unit suite
 * (`petrarch-unit`) was written for its validation environment: when DIR holds those files, only
 * the `PETR.Validate.*` files are read, as PETRARCH read them for the suite; the folder's other sets
 * (Phoenix's actors, agents and discards, CAMEO.2.0's verbs) are skipped. Any other format, or a
 * folder without them, reads the whole folder.
 * @example readEvalDictionaries("../shared/dictionaries/petrarch2", "petrarch-unit").files
 */
export function readEvalDictionaries(dir: string, format: GoldFormat): TabariDictionaries {
  const validation =
    format === "petrarch-unit" && VALIDATION_FILES.every((name) => existsSync(join(dir, name)));
  return validation
    ? readDictionaryDir(dir, (name) => name.startsWith(VALIDATION_PREFIX))
    : readDictionaryDir(dir);
}
