import { createDefaultStages } from "../coder/coder.js";
import type { CoderResources } from "../dictionaries/load-resources.js";
import { createDoc, type Doc, type DocumentInput, type Sentence } from "../model/document.js";
import { createPipeline } from "../pipeline/pipeline.js";
import type { Stage } from "../pipeline/stage.js";

/**
 * The two ways a parser attaches a trailing attribution ("Arnor will restore ties with Gondor, a
 * senior official said."): `ccomp` as UD English EWT does (the verb of saying is the head, the
 * reported clause its ccomp), `parataxis` as Dyad's greedy parser mostly does (the reported clause
 * is the head, the verb of saying its parataxis).
 */
export type AttributionShape = "ccomp" | "parataxis";

/** The lemmas of the built-in verbs of saying (patterns marked `speech` with a verb head). */
export function speechLemmas(resources: CoderResources): Set<string> {
  const lemmas = new Set<string>();
  for (const [head, patterns] of resources.triggers.byHead)
    if (patterns.some((p) => p.speech && p.pos === "verb")) lemmas.add(head);
  return lemmas;
}

function childrenOf(doc: Doc, sentence: Sentence, t: number): number[] {
  const out: number[] = [];
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) if (doc.tokens.head[k] === t) out.push(k);
  return out;
}

/** Makes `child` the head of `parent`'s place, `parent` its dependent by `relation`; moves the final punctuation along. */
function swap(doc: Doc, sentence: Sentence, parent: number, child: number, relation: string): void {
  const { head, deprel } = doc.tokens;
  head[child] = head[parent];
  deprel[child] = deprel[parent];
  head[parent] = child;
  deprel[parent] = relation;
  const last = Math.max(parent, child);
  for (const k of childrenOf(doc, sentence, parent)) if (k > last && deprel[k] === "punct") head[k] = child;
}

/**
 * Re-attaches the attributions of a parsed Doc in the given shape, in place, and returns how many it
 * moved. Only the clean cases move, a root verb of saying with a subject of its own (not a relative
 * pronoun) and the reported clause:
 * - sentence-final ("..., a senior official said"): the clause as the verb's ccomp, or the verb as
 *   the clause's parataxis (the verb, hung on the root clause by any relation, moves to ccomp);
 * - sentence-initial ("X said Y will ...", "X said: Y will ..."): the clause stays below the verb,
 *   as its ccomp or its parataxis.
 */
export function reshapeAttributions(
  doc: Doc,
  shape: AttributionShape,
  speech: ReadonlySet<string>,
  relative: ReadonlySet<string>,
): number {
  const { head, deprel, udLemma, upos, lower } = doc.tokens;
  const other = shape === "ccomp" ? "parataxis" : "ccomp";
  let moved = 0;
  for (const sentence of doc.sentences) {
    if (deprel[sentence.tokenStart] === "") continue;
    for (let p = sentence.tokenStart; p < sentence.tokenEnd; p++) {
      if (upos[p] !== "VERB" || !speech.has(udLemma[p])) continue;
      const kids = childrenOf(doc, sentence, p);
      const subjects = kids.filter((k) => deprel[k] === "nsubj");
      if (subjects.length === 0 || subjects.some((k) => relative.has(lower[k]))) continue;
      const later = kids.find((k) => k > p && deprel[k] === other);
      if (later !== undefined && deprel[p] === "root") {
        deprel[later] = shape;
        moved++;
      } else if (shape === "ccomp" && head[p] >= 0 && head[p] < p && deprel[head[p]] === "root") {
        // However the parser hung it on the clause (parataxis, advcl, conj, ...).
        swap(doc, sentence, head[p], p, "ccomp");
        moved++;
      } else if (shape === "parataxis" && deprel[p] === "root") {
        const clause = kids.find((k) => k < p && deprel[k] === "ccomp");
        if (clause === undefined) continue;
        swap(doc, sentence, p, clause, "parataxis");
        moved++;
      }
    }
  }
  return moved;
}

/**
 * A coder like the default one whose parse is reshaped ({@link reshapeAttributions}) before the
 * later stages read it: the events a better parser's attachment would give, on the same words.
 */
export function createReshapingCoder(
  resources: CoderResources,
  shape: AttributionShape,
): { code(input: DocumentInput): Doc; moved(): number } {
  const speech = speechLemmas(resources);
  let moved = 0;
  const reshape: Stage<CoderResources> = {
    name: "reshape-attributions",
    requires: ["syntax"],
    provides: [],
    run: (doc) => {
      moved += reshapeAttributions(doc, shape, speech, resources.grammar.relativePronouns);
    },
  };
  const stages = createDefaultStages(resources);
  stages.splice(stages.findIndex((stage) => stage.name === "parse") + 1, 0, reshape);
  const pipeline = createPipeline(stages);
  const ctx = { resources, warn: () => {} };
  return { code: (input) => pipeline.run(createDoc(input), ctx), moved: () => moved };
}
