import type { Grammar } from "../../dictionaries/grammar.js";
import type { ActorMention, Doc } from "../../model/document.js";
import type { Reading } from "./reading.js";

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
