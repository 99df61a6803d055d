import { readFileSync } from "node:fs";
import { DataFileError } from "../model/errors.js";
import type { LemmaTables } from "./lemmatizer.js";
import { LinearModel } from "./linear-model.js";
import { type ModelContent, type ModelHeader, readModelFile } from "./model-file.js";
import type { ParserModel } from "./parser.js";
import { FULL_TEMPLATES, templateFlags, templatesReadClasses } from "./parser-features.js";
import type { TaggerModel } from "./tagger.js";
import { WORD_CLASSES, WordClasses } from "./word-classes.js";

/** The header of a syntax model file. */
export interface SyntaxHeader extends ModelHeader {
  tags: string[];
  labels: string[];
  lemmas: LemmaTables;
  /** Beam width of the parser (absent = 1, greedy): it decodes with the width it was trained for. */
  beamWidth?: number;
  /**
   * What the tagger reads as hint tags (`WordFeatures.hint`): "wink-pos.2", wink-nlp's UPOS of the
   * word's token, read by the features of `hintTaggerFeatures` (version 2: prepositions and
   * subordinators also read what follows their noun phrase; version 3: a word in -s after a
   * capitalised word reads its left tag with its hint, `afterName`); absent, none.
   */
  taggerHints?: typeof TAGGER_HINTS;
  /**
   * The WordNet word classes the model holds (arrays `wordClasses.keys` and `wordClasses.codes`)
   * and the features reading them (`WORD_CLASSES`); absent, none.
   */
  wordClasses?: string;
  /** Whether the tagger reads the word classes (`wordClassTaggerFeatures`). */
  taggerWordClasses?: boolean;
  /** The parser's template set (`TEMPLATE_SETS` in parser-features.ts); absent, the full set. */
  parserTemplates?: string;
  /** Training settings and data, for the record. */
  training: Record<string, unknown>;
}

/** The hint features this build reads (`SyntaxHeader.taggerHints`). */
export const TAGGER_HINTS = "wink-pos.3";

/** A loaded tagger, parser and lemma tables. */
export interface SyntaxModel {
  header: SyntaxHeader;
  tagger: TaggerModel;
  parser: ParserModel;
  /** The WordNet word classes, when the tagger or the parser reads them. */
  wordClasses?: WordClasses;
}

/** Features with at least this many class weights are added as dense rows (see RowScorer). */
const HEAVY_FROM = 24;
/**
 * The tagger's rows are 17 classes wide, so a feature with 8 or more weights is cheaper added as
 * a dense row (five SIMD additions) than weight by weight; about 9,000 rows, 0.7 MB (tag + parse
 * about 10% faster, same tags).
 */
const TAGGER_HEAVY_FROM = 8;

/** Widest beam a model may ask for (decoding time grows with it). */
const MAX_BEAM_WIDTH = 64;

/** Builds the runtime models from a model file's content. */
export function syntaxModelFromContent(content: ModelContent): SyntaxModel {
  const header = content.header as SyntaxHeader;
  const dictKeys = content.arrays["tagDictionary.keys"] as Uint32Array;
  const dictTags = content.arrays["tagDictionary.tags"] as Uint8Array;
  const dictionary = new Map<number, number>();
  for (let i = 0; i < dictKeys.length; i++) dictionary.set(dictKeys[i], dictTags[i]);
  const second = content.classifiers.tagger2;
  const templateSet = header.parserTemplates ?? FULL_TEMPLATES;
  const templates = templateFlags(templateSet);
  if (!templates)
    throw new DataFileError(
      `syntax model's parser reads unknown templates "${templateSet}": retrain it or update Dyad`,
    );
  const classKeys = content.arrays["wordClasses.keys"] as Uint32Array | undefined;
  const classCodes = content.arrays["wordClasses.codes"] as Int16Array | undefined;
  return {
    header,
    ...(classKeys && classCodes
      ? { wordClasses: new WordClasses({ keys: classKeys, codes: classCodes }) }
      : {}),
    tagger: {
      tags: header.tags,
      first: new LinearModel(content.classifiers.tagger, TAGGER_HEAVY_FROM),
      second: second ? new LinearModel(second, TAGGER_HEAVY_FROM) : null,
      dictionary,
      hints: header.taggerHints === TAGGER_HINTS,
      wordClasses: header.taggerWordClasses === true,
    },
    parser: {
      labels: header.labels,
      rootLabel: header.labels.indexOf("root"),
      classifier: new LinearModel(content.classifiers.parser, HEAVY_FROM),
      beamWidth: header.beamWidth ?? 1,
      templateSet,
      templates,
    },
  };
}

/**
 * Loads a syntax model file (arrays are viewed in place; only the lookup indexes are built).
 * @throws DataFileError when the file is missing or malformed.
 */
export function loadSyntaxModel(file: string): SyntaxModel {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new DataFileError(`cannot read the syntax model: ${(error as Error).message}`, { file });
  }
  const content = readModelFile(bytes, file);
  const header = content.header as SyntaxHeader;
  if (!Array.isArray(header.tags) || !content.classifiers.parser)
    throw new DataFileError("syntax model lacks tags or parser", { file });
  const width = header.beamWidth ?? 1;
  if (!Number.isInteger(width) || width < 1 || width > MAX_BEAM_WIDTH)
    throw new DataFileError(`syntax model has a bad beam width: ${header.beamWidth}`, { file });
  // A tagger trained on other hint features would read wrong keys without failing: refuse it.
  if (header.taggerHints !== undefined && header.taggerHints !== TAGGER_HINTS)
    throw new DataFileError(
      `syntax model's tagger reads hints "${header.taggerHints}", this build only "${TAGGER_HINTS}": retrain it`,
      { file },
    );
  if (header.wordClasses !== undefined && header.wordClasses !== WORD_CLASSES)
    throw new DataFileError(
      `syntax model reads word classes "${header.wordClasses}", this build only "${WORD_CLASSES}": retrain it`,
      { file },
    );
  // Features that read word classes without the table would read class 0 everywhere, silently.
  const readsClasses =
    header.taggerWordClasses === true || templatesReadClasses(header.parserTemplates ?? FULL_TEMPLATES);
  if ((header.wordClasses !== undefined || readsClasses) && !content.arrays["wordClasses.keys"])
    throw new DataFileError("syntax model reads word classes but lacks their table", { file });
  return syntaxModelFromContent(content);
}

/** Assembles model file content from trained parts (used by training). */
export function syntaxModelContent(model: SyntaxModel): ModelContent {
  const entries = [...model.tagger.dictionary].sort((a, b) => a[0] - b[0]);
  const classifiers: ModelContent["classifiers"] = {
    tagger: model.tagger.first.arrays,
    parser: model.parser.classifier.arrays,
  };
  if (model.tagger.second) classifiers.tagger2 = model.tagger.second.arrays;
  return {
    header: model.header,
    classifiers,
    arrays: {
      "tagDictionary.keys": Uint32Array.from(entries.map((e) => e[0])),
      "tagDictionary.tags": Uint8Array.from(entries.map((e) => e[1])),
      ...(model.wordClasses
        ? {
            "wordClasses.keys": model.wordClasses.arrays.keys,
            "wordClasses.codes": model.wordClasses.arrays.codes,
          }
        : {}),
    },
  };
}
