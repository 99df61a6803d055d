import type { Doc } from "../../model/document.js";

/**
 * The part-of-speech tag the place rules read for token `t`: the parse stage's own tagger (trained
 * on the treebank, and the tags the dependency arcs were built from) where the sentence was parsed,
 * else wink-nlp's. wink-nlp reads "the south coast of England" with "coast" a verb, which cut the
 * phrase that says where Brighton lies.
 * @example tagOf(doc, 3) // "NOUN"
 */
export function tagOf(doc: Doc, t: number): string {
  return doc.tokens.upos[t] || doc.tokens.pos[t];
}
