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

/** Whether token `t` lies in the phrase headed by `top` (following heads up). */
function within(tree: SentenceTree, t: number, top: number): boolean {
  const { head } = tree.doc.tokens;
  for (let k = t, steps = 0; k >= 0 && steps < 50; k = head[k], steps++) if (k === top) return true;
  return false;
}

/**
 * Forces sent to or arriving in another state protect it (grammar `armed_movements.deployments_abroad`,
 * 074): "North Korea has sent thousands of troops to Russia", "Rwanda began deploying soldiers to
 * Mozambique's Cabo Delgado province", "Kenyan police officers arrived in Haiti". Forces sent to a
 * frontier ("deployed extra troops to the frontier") or within their own state still mass (154), and an
 * officer's arrival ("the Army chief arrived in Tokyo") is a visit. A vehicle arriving or landing ("a
 * Turkish cargo plane landed in Kabul") makes no visit: it is dropped.
 */
export function withForcesAbroad(tree: SentenceTree, readings: Reading[]): Reading[] {
  const rule = tree.grammar.armedMovements.deploymentsAbroad;
  const { lemma, udLemma, head, lower, deprel } = tree.doc.tokens;
  const told = (words: ReadonlySet<string>, t: number) => words.has(lemma[t]) || words.has(udLemma[t]);
  const foreign = (reading: Reading) => {
    const from = reading.source?.members[0]?.country ?? null;
    const to = reading.target?.members ?? [];
    return from !== null && to.length > 0 && to.every((m) => m.country !== null && m.country !== from);
  };
  // A noun's words, and those of its "of" phrase for a quantity ("hundreds of British troops").
  const nounWords = (n: number): string[] => [
    lower[n],
    lemma[n],
    ...dependents(tree, n, "nmod")
      .filter((c) => caseWord(tree, c) === "of")
      .flatMap((c) => [lower[c], lemma[c]]),
  ];
  // The mover: the verb's subject, else (up to two steps) the noun a participle above it describes or
  // the object of the verb above it ("forced a plane flying from Karachi to land in Jaipur").
  const subjectWord = (v: number): string[] => {
    for (let t = v, steps = 0; t >= 0 && steps < 3; t = head[t], steps++) {
      const subject =
        dependents(tree, t, "nsubj")[0] ?? (t !== v ? dependents(tree, t, "obj")[0] : undefined);
      if (subject !== undefined) return nounWords(subject);
      if (deprel[t].startsWith("acl")) return head[t] >= 0 ? nounWords(head[t]) : [];
      if (!["xcomp", "advcl", "acl"].includes(deprel[t])) return [];
    }
    return [];
  };
  const vehicleArrival = (reading: Reading) => {
    const { trigger } = reading;
    if (trigger.user || !rule.arrivalCodes.some((c) => trigger.code.startsWith(c))) return false;
    const v = phraseHead(tree, trigger);
    return told(rule.arrivalWords, v) && subjectWord(v).some((w) => rule.nonVisitors.has(w));
  };
  return readings
    .filter((reading) => !vehicleArrival(reading))
    .map((reading) => {
      const { trigger, target } = reading;
      if (trigger.user || !target || !foreign(reading)) return reading;
      const v = phraseHead(tree, trigger);
      if (rule.codes.some((c) => trigger.code.startsWith(c)) && told(rule.words, v)) {
        // The "to" phrase, on the verb or on its object ("sent troops to Russia").
        const objects = dependents(tree, v, "obj");
        const phrases = [v, ...objects]
          .flatMap((t) => dependents(tree, t, "obl", "nmod"))
          .filter((p) => rule.prepositions.has(caseWord(tree, p) ?? ""));
        const reached = phrases.find(
          (p) => !rule.notHeads.has(lemma[p]) && within(tree, target.tokenStart, p) && head[p] >= 0,
        );
        // Personnel sent ("troops", "soldiers and police"), not warships or missiles sent to show force;
        // with no object, the personnel deploying ("U.S. soldiers deployed to Nigeria").
        const personnel =
          objects.length > 0
            ? objects.some((o) =>
                [o, ...dependents(tree, o, "conj")].some((n) => nounWords(n).some((w) => rule.movers.has(w))),
              )
            : subjectWord(v).some((w) => rule.movers.has(w));
        return reached === undefined || !personnel
          ? reading
          : { ...reading, trigger: { ...trigger, code: rule.code } };
      }
      if (rule.arrivalCodes.some((c) => trigger.code.startsWith(c)) && told(rule.arrivalWords, v)) {
        const source = reading.source;
        const movers =
          source !== null &&
          source.members.every((m) => m.sector !== null && rule.sectors.has(m.sector)) &&
          subjectWord(v).some((w) => rule.movers.has(w));
        return movers ? { ...reading, trigger: { ...trigger, code: rule.code } } : reading;
      }
      return reading;
    });
}
