import { existsSync } from "node:fs";
import { join } from "node:path";
import {
  type CompiledTriggerPatterns,
  compileTriggerPatterns,
  loadTriggerPatterns,
} from "../stages/events/trigger-patterns.js";
import { type Gazetteer, loadGazetteer } from "../stages/when-where/index.js";
import { loadSyntaxModel, type SyntaxModel } from "../syntax/syntax-model.js";
import { type ActorLexicon, buildActorLexicon } from "./actor-lexicon.js";
import { type Codebook, loadCodebook } from "./codebook.js";
import { readDataManifest } from "./data-paths.js";
import { compileGrammar, type Grammar } from "./grammar.js";
import { lazySchema } from "./lazy-schema.js";
import { readJsonFile, readJsonlFolder } from "./read-jsonl.js";
import {
  agentEntrySchema,
  countryEntrySchema,
  grammarSchema,
  organizationEntrySchema,
  personEntrySchema,
} from "./schemas.js";
import type { TabariDictionaries } from "./tabari/dictionary-dir.js";
import { compileDiscards, type DiscardMatcher } from "./tabari/discard-matcher.js";
import { toLexiconAdditions } from "./tabari/to-lexicon.js";
import { loadVerbLemmas } from "./verb-lemmas.js";
import { type CompiledVerbPatterns, compileVerbPatterns } from "./verb-patterns/compile.js";
import { loadVerbPatterns } from "./verb-patterns/load.js";
import { userVerbPatterns } from "./verb-patterns/user-patterns.js";

/** Everything the coding stages read, loaded and validated once per coder. */
export interface CoderResources {
  lexicon: ActorLexicon;
  grammar: Grammar;
  codebook: Codebook;
  triggers: CompiledTriggerPatterns;
  /** Verb patterns for the parse: the built-in ones and the user's (`--dictionaries`). */
  verbPatterns: CompiledVerbPatterns;
  gazetteer: Gazetteer;
  /** Tagger, parser and lemma tables trained on UD English EWT. */
  syntax: SyntaxModel;
  /** WordNet's verb lemmas, which the parse stage checks verb lemmas against. */
  verbLemmas: ReadonlySet<string>;
  /** The user's discard phrases (`--dictionaries`): sentences holding one are not coded. */
  discards?: DiscardMatcher;
}

/** The syntax model's file name inside its data-set folder. */
export const SYNTAX_MODEL_FILE = "en-ewt.bin";

/** The built-in verb patterns' file name inside their data-set folder. */
export const VERB_PATTERNS_FILE = "verb-patterns.jsonl";

/** Path of the syntax model pinned by the data folder's manifest. */
export function syntaxModelPath(dataDir: string): string {
  return join(readDataManifest(dataDir).folder("syntax"), SYNTAX_MODEL_FILE);
}

const blockersSchema = lazySchema((z) => z.object({ blockers: z.array(z.string()).default([]) }));

/** Options for {@link loadCoderResources}. */
export interface LoadResourcesOptions {
  /**
   * The user's own TABARI/PETRARCH dictionaries (`--dictionaries`): their actors and agents (see
   * `toLexiconAdditions`) and verb patterns are added before the built-in ones (`add`: they win a
   * shared name, and a verb pattern of theirs that fits wins over the built-in ones) or used instead of
   * the built-in countries, people, organisations, agents, verb patterns and trigger patterns
   * (`replace`). Their discard phrases are used either way.
   */
  dictionaries?: { dicts: TabariDictionaries; mode: "add" | "replace" };
}

/**
 * Loads the data sets pinned by `data/MANIFEST.json`.
 * @throws DataFileError naming the file and line of any invalid record.
 */
export function loadCoderResources(dataDir: string, options: LoadResourcesOptions = {}): CoderResources {
  const manifest = readDataManifest(dataDir);
  const countriesDir = manifest.folder("countries");
  const curated = join(countriesDir, "curated.json");
  // Phrases that contain a country's name but are not the country ("New Mexico", "Indian Ocean").
  const blockers = existsSync(curated)
    ? readJsonFile(curated, blockersSchema, manifest.trusted).blockers
    : [];
  const builtIn = {
    countries: readJsonlFolder(countriesDir, countryEntrySchema, manifest.trusted),
    people: readJsonlFolder(manifest.folder("people"), personEntrySchema, manifest.trusted),
    organizations: readJsonlFolder(
      manifest.folder("organizations"),
      organizationEntrySchema,
      manifest.trusted,
    ),
    agents: readJsonlFolder(manifest.folder("agents"), agentEntrySchema, manifest.trusted),
    blockers,
  };
  const lexicon = buildActorLexicon(withDictionaries(builtIn, options.dictionaries));
  const grammar = compileGrammar(
    readJsonFile(join(manifest.folder("grammar"), "grammar.json"), grammarSchema, manifest.trusted),
  );
  const patternsFile = join(manifest.folder("patterns"), "events.jsonl");
  const replace = options.dictionaries?.mode === "replace";
  const triggers =
    existsSync(patternsFile) && !replace
      ? loadTriggerPatterns(patternsFile, manifest.trusted)
      : compileTriggerPatterns({ file: patternsFile, entries: [] });
  const verbsFolder = manifest.folder("verbPatterns");
  const verbPatterns = compileVerbPatterns({
    user: options.dictionaries
      ? userVerbPatterns(options.dictionaries.dicts, verbsFolder, grammar, manifest.trusted)
      : [],
    builtIn: replace ? [] : loadVerbPatterns(join(verbsFolder, VERB_PATTERNS_FILE), manifest.trusted).entries,
  });
  return {
    lexicon,
    grammar,
    codebook: loadCodebook(dataDir, manifest.trusted),
    triggers,
    verbPatterns,
    gazetteer: loadGazetteer({ dataDir }),
    syntax: loadSyntaxModel(syntaxModelPath(dataDir)),
    verbLemmas: loadVerbLemmas(dataDir),
    ...(options.dictionaries && options.dictionaries.dicts.discards.length > 0
      ? { discards: compileDiscards(options.dictionaries.dicts.discards) }
      : {}),
  };
}

type LexiconInput = Parameters<typeof buildActorLexicon>[0];

/** The lexicon input with the user's dictionaries added (first, so they win a shared name) or instead. */
function withDictionaries(builtIn: LexiconInput, user: LoadResourcesOptions["dictionaries"]): LexiconInput {
  if (!user) return builtIn;
  const countryCodes = new Set(builtIn.countries.map((country) => country.code));
  const { organizations, agents, blockers } = toLexiconAdditions(user.dicts, countryCodes);
  if (user.mode === "replace") return { countries: [], people: [], organizations, agents, blockers };
  return {
    ...builtIn,
    organizations: [...organizations, ...builtIn.organizations],
    agents: [...agents, ...builtIn.agents],
    blockers: [...blockers, ...(builtIn.blockers ?? [])],
  };
}
