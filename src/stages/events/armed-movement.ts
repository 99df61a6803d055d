import type { Grammar } from "../../dictionaries/grammar.js";
import type { ActorMention, Doc } from "../../model/document.js";
import { phraseHead } from "./dependency-roles.js";
import type { Reading } from "./reading.js";
import { caseWord, dependents, roleOf, type SentenceTree } from "./sentence-tree.js";

/**
 * Whether a reading keeps its act under grammar `armed_movements`: a verb of moving into or out of a
 * place ("entered Kharkiv", "crossed into the Kursk region", "withdrew from Snake Island") codes force
 * or a military retreat only when an armed party moves: a source of an armed sector, a state named
 * alone, or an armed organisation. "A UN team entered the country" or "a student barred from entering
 * Israel" moves no forces. A user's verb patterns code what they say.
 */
export function movesForces(doc: Doc, reading: Reading, grammar: Grammar): boolean {
  const { verbs, roots, sectors, unarmedCodes } = grammar.armedMovements;
  const { trigger } = reading;
  if (trigger.user || !roots.some((root) => trigger.code.startsWith(root))) return true;
  const { lemma, udLemma } = doc.tokens;
  if (!verbs.has(lemma[trigger.head]) && !verbs.has(udLemma[trigger.head])) return true;
  const armed = (actor: ActorMention) =>
    (actor.sector !== null && sectors.has(actor.sector)) ||
    (actor.sector === null && (actor.kind === "country" || actor.kind === "coreference")) ||
    (actor.kind === "organization" && !unarmedCodes.some((code) => actor.code.startsWith(code)));
  return reading.source?.members.some(armed) ?? false;
}

/**
 * "Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS", "Burkina Faso withdrew from
 * ECOWAS": leaving an international body is no retreat (087) but a cut in relations with that body,
 * which is the act's target (grammar `armed_movements.leaving_bodies`).
 */
const isNominal = (tree: SentenceTree, t: number) => tree.doc.tokens.upos[t] === "NOUN";

export function withLeftBodies(tree: SentenceTree, readings: Reading[]): Reading[] {
  const { words, prepositions, bodies, code } = tree.grammar.armedMovements.leavingBodies;
  const { lemma, udLemma, lower } = tree.doc.tokens;
  return readings.map((reading) => {
    const { trigger } = reading;
    if (trigger.user || !trigger.code.startsWith("087")) return reading;
    const v = phraseHead(tree, trigger);
    if (!words.has(lemma[v]) && !words.has(udLemma[v]) && !words.has(lower[v])) return reading;
    // "announced its withdrawal from ECOWAS": the parse may hang a noun's phrase on the verb governing it.
    const governor = isNominal(tree, v) && tree.doc.tokens.deprel[v] === "obj" ? tree.doc.tokens.head[v] : -1;
    const phrases = [
      ...dependents(tree, v, "obl", "nmod"),
      ...(governor >= 0 ? dependents(tree, governor, "obl").filter((c) => c > v) : []),
    ].filter((c) => prepositions.has(caseWord(tree, c) ?? ""));
    const body = roleOf(tree, phrases);
    const isBody = (m: ActorMention) => m.kind === "organization" && bodies.some((b) => m.code.startsWith(b));
    if (!body || !body.members.every(isBody)) return reading;
    return { ...reading, target: body, guessedTarget: false, trigger: { ...trigger, code } };
  });
}
