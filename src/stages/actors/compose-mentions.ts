import type { LexiconHit } from "../../dictionaries/actor-lexicon.js";
import type { AgentEntry, PersonEntry } from "../../dictionaries/schemas.js";
import { type ActorCode, asActorCode, asCountry } from "../../model/codes.js";
import type { ActorMention, ActorMentionKind, Doc, Sentence } from "../../model/document.js";
import { tokenRangeSpan, tokenRangeText } from "../../model/document.js";
import { POSSESSIVE_MARKERS } from "../when-where/possessive.js";
import { addAgentCodes } from "./agent-codes.js";
import type { ActorAtom } from "./find-actor-atoms.js";
import { nameEnd } from "./name-words.js";
import { distanceToDate, resolvePersonCode } from "./resolve-person.js";

export interface CompositionWords {
  /** Words that may stand between two parts of one actor phrase ("Iran's top general"). */
  modifiers: ReadonlySet<string>;
  /** Words joining a role to its country ("the foreign minister of Iran"). */
  joinOf: ReadonlySet<string>;
  /** Words joining a list of actors ("Arnor, Osgiliath and Gondor"): a role is shared across it. */
  coordinators: ReadonlySet<string>;
  /**
   * Words tying a role to a place ("soldiers from Chad", "activists in Iran"): a role that opens its
   * sentence takes the country named after one. Elsewhere the place may be where foreign forces
   * are ("Israel withdrew troops from Lebanon").
   */
  placeLinks: ReadonlySet<string>;
  /**
   * Sectors of armed or political opponents ("REB"): a role word of one is listed after a demonym's
   * role without sharing its country ("Turkish troops and rebels").
   */
  opponentSectors: ReadonlySet<string>;
  /** "bin", "al", "van": particles inside a person's name ("Omer al-Bashir"). */
  nameParticles: ReadonlySet<string>;
}

type AtomKind = "country" | "person" | "organization" | "agent";

function atomKind(atom: ActorAtom): AtomKind {
  const kinds = new Set(atom.hits.map((hit) => hit.kind));
  // A phrase both a person's alias and a role word is the person; a name both country and organisation, the organisation.
  for (const kind of ["person", "organization", "country", "agent"] as const)
    if (kinds.has(kind)) return kind;
  return "agent";
}

/** Pairs of neighbouring atom kinds that make one actor ("Iraqi" + "Foreign Ministry"). */
const MERGES: Record<AtomKind, ReadonlySet<AtomKind>> = {
  country: new Set(["agent", "organization", "person"]),
  agent: new Set(["agent", "person", "organization"]),
  organization: new Set(["agent", "person"]),
  person: new Set(),
};
/** Kinds joined by "of": "the foreign minister of Iran", "the leader of Hezbollah". */
const OF_MERGES: Record<AtomKind, ReadonlySet<AtomKind>> = {
  agent: new Set(["country", "organization"]),
  country: new Set(),
  organization: new Set(),
  person: new Set(),
};

/** A dash with space on both sides ("ALGIERS, Algeria - Police"): it ends a dateline or a clause, it never glues a name. */
function isSpacedDash(doc: Doc, t: number): boolean {
  const { text } = doc;
  return (
    /^[-\u2013\u2014]+$/.test(doc.tokens.text[t]) &&
    /\s/.test(text[doc.tokens.start[t] - 1] ?? "") &&
    /\s/.test(text[doc.tokens.end[t]] ?? "")
  );
}

function gapIsGlue(doc: Doc, from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let t = from; t < to; t++) if (!words.has(doc.tokens.lower[t]) || isSpacedDash(doc, t)) return false;
  return true;
}

/**
 * Words between a name and its role: the modifier words, and adjectives, also joined by a
 * coordinator ("Iran's hardline president", "Ithilen's awful and evil minister"). Between two role
 * words only the modifier words count: a participle tagged as an adjective would join "the
 * military" to "Mr." in "the military looted Mr. Neruda's house".
 */
function gapIsModifiers(doc: Doc, from: number, to: number, words: CompositionWords): boolean {
  const { lower, pos } = doc.tokens;
  for (let t = from; t < to; t++) {
    if ((words.modifiers.has(lower[t]) && !isSpacedDash(doc, t)) || pos[t] === "ADJ") continue;
    // "Thai F-16 jets", "Russian Su-34 bombers": a model's designation says which machine, not whose.
    if (MODEL_DESIGNATION.test(doc.tokens.text[t]) && t + 1 === to) continue;
    const betweenAdjectives = t > from && t + 1 < to && pos[t - 1] === "ADJ" && pos[t + 1] === "ADJ";
    if (!(betweenAdjectives && words.coordinators.has(lower[t]))) return false;
  }
  return true;
}

/** A weapon or vehicle model's designation: letters, a hyphen, a number ("F-16", "Su-34", "MiG-29", "S-400"). */
const MODEL_DESIGNATION = /^[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?$/;

/** Parts of speech that may come before a sentence's subject: "The two Iraqi soldiers". */
const OPENING_POS = new Set(["DET", "NUM", "ADJ", "PUNCT"]);

/** Whether only determiners, numbers and adjectives stand before `at` in its sentence. */
function opensSentence(doc: Doc, sentence: Sentence, at: number): boolean {
  for (let t = sentence.tokenStart; t < at; t++) if (!OPENING_POS.has(doc.tokens.pos[t])) return false;
  return true;
}

/** A title that a person's name may follow ("President", "Gen."). */
const isTitle = (atom: ActorAtom) => atom.hits.some((hit) => hit.kind === "agent" && hit.agent.person);

/** The most tokens a person's name after a title spans: "Abu al - Hareth al - Halabi". */
const NAME_TOKENS = 8;

/**
 * "Sweden's NATO membership bid", "Ukraine's EU accession": a country's possessive before a body of
 * states (an IGO code) that only modifies a common noun owns that noun, it is no part of the body; the
 * two stay apart. "Russia's U.N. ambassador" (a role word after the body) still makes one actor.
 */
function bodyModifiesOwnedThing(
  doc: Doc,
  previous: ActorAtom,
  atom: ActorAtom,
  atoms: readonly ActorAtom[],
): boolean {
  if (atomKind(previous) !== "country" || atomKind(atom) !== "organization") return false;
  if (
    atom.tokenStart !== previous.tokenEnd + 1 ||
    !POSSESSIVE_MARKERS.has(doc.tokens.lower[previous.tokenEnd])
  )
    return false;
  const igo = atom.hits.every(
    (hit) => hit.kind !== "organization" || hit.organization.code.startsWith("IGO"),
  );
  if (!igo) return false;
  const next = atom.tokenEnd;
  if (next >= doc.tokens.lower.length || doc.tokens.pos[next] !== "NOUN") return false;
  return !atoms.some((a) => a.tokenStart === next);
}

/** Groups atoms that form one actor phrase. */
function groupAtoms(
  doc: Doc,
  sentence: Sentence,
  atoms: readonly ActorAtom[],
  words: CompositionWords,
): ActorAtom[][] {
  const groups: ActorAtom[][] = [];
  for (const atom of atoms) {
    const group = groups[groups.length - 1];
    const previous = group?.[group.length - 1];
    if (previous) {
      const from = atomKind(previous);
      const to = atomKind(atom);
      const adjacent =
        MERGES[from].has(to) &&
        (from !== "agent" && to === "agent"
          ? gapIsModifiers(doc, previous.tokenEnd, atom.tokenStart, words)
          : gapIsGlue(doc, previous.tokenEnd, atom.tokenStart, words.modifiers));
      // "President Omer | al-Bashir": a title and the known part of a name, with the rest of the name between.
      const titledName =
        isTitle(previous) &&
        to === "person" &&
        nameEnd(doc, previous.tokenEnd, atom.tokenStart, NAME_TOKENS, words.nameParticles) ===
          atom.tokenStart;
      const joinedByOf =
        OF_MERGES[from].has(to) &&
        atom.tokenStart > previous.tokenEnd &&
        words.joinOf.has(doc.tokens.lower[previous.tokenEnd]) &&
        gapIsGlue(doc, previous.tokenEnd + 1, atom.tokenStart, words.modifiers);
      const placedAtStart =
        groups.length === 1 &&
        group.every((member) => atomKind(member) === "agent") &&
        (to === "country" || to === "organization") &&
        atom.tokenStart === previous.tokenEnd + 1 &&
        words.placeLinks.has(doc.tokens.lower[previous.tokenEnd]) &&
        opensSentence(doc, sentence, group[0].tokenStart);
      const ownedSeat = from === "country" && to === "country" && seatOfOtherCountry(doc, previous, atom);
      if (adjacent && bodyModifiesOwnedThing(doc, previous, atom, atoms)) {
        groups.push([atom]);
        continue;
      }
      if (adjacent || titledName || joinedByOf || placedAtStart || ownedSeat) {
        group.push(atom);
        continue;
      }
    }
    groups.push([atom]);
  }
  return groups;
}

/**
 * A seat of power whose name is a common institution's ("Congress") right after another country's
 * name or demonym, bare or possessive: "Brazil's Congress", "the Peruvian Congress" are that country's
 * legislature, not the one the dictionary ties the word to.
 */
function seatOfOtherCountry(doc: Doc, owner: ActorAtom, seat: ActorAtom): boolean {
  const seatHit = seat.hits.find((hit) => hit.kind === "country" && hit.form === "seat");
  if (seatHit?.kind !== "country") return false;
  const gap = seat.tokenStart - owner.tokenEnd;
  if (gap > 1 || (gap === 1 && !POSSESSIVE_MARKERS.has(doc.tokens.lower[owner.tokenEnd]))) return false;
  return owner.hits.some(
    (hit) =>
      hit.kind === "country" &&
      (hit.form === "name" || hit.form === "demonym") &&
      hit.sector === null &&
      hit.country !== seatHit.country,
  );
}

const isActorName = (atom: ActorAtom) => {
  const kind = atomKind(atom);
  return kind === "country" || kind === "organization";
};
const isDemonym = (atom: ActorAtom) =>
  atom.hits.some((hit) => hit.kind === "country" && hit.form === "demonym");
/** A country's short name that news uses as a modifier like a demonym: "U.S.", "UK" ("U.S. and Russian officials"). */
const isInitialism = (doc: Doc, atom: ActorAtom) =>
  atomKind(atom) === "country" &&
  /^(?:[A-Z]\.?){2,}$/.test(tokenRangeText(doc, atom.tokenStart, atom.tokenEnd));
/** A country named right before a role word, as its modifier: "U.S. officials", "Ukraine negotiators". */
const modifiesRole = (group: readonly ActorAtom[]) =>
  group.length > 1 &&
  atomKind(group[0]) === "country" &&
  atomKind(group[1]) === "agent" &&
  group[1].tokenStart === group[0].tokenEnd;

/**
 * Role words shared across a list of actors, per group: "the ambassadors of Arnor, Osgiliath and
 * Gondor" gives the ambassadors' role to Osgiliath and Gondor too, and "Iranian and Iraqi officials"
 * gives the officials' role to "Iranian". Only bare names joined by coordinators take part.
 */
function sharedRoles(
  doc: Doc,
  sentence: Sentence,
  groups: readonly ActorAtom[][],
  words: CompositionWords,
): ActorAtom[][] {
  const shared: ActorAtom[][] = groups.map(() => []);
  const coordinated = (left: ActorAtom[], right: ActorAtom[]) => {
    const from = left[left.length - 1].tokenEnd;
    return right[0].tokenStart > from && gapIsGlue(doc, from, right[0].tokenStart, words.coordinators);
  };
  const bare = (group: ActorAtom[]) => group.length === 1 && isActorName(group[0]);
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i];
    const roles = group.filter((atom) => atomKind(atom) === "agent");
    if (roles.length === 0 || roles.length === group.length) continue;
    // Forward: the role stands first, joined to the name by "of", or by a place link when the role
    // opens the sentence ("Officials from Serbia and Kosovo met": both sides' officials; elsewhere
    // "police in Ireland and Britain" may be Ireland's police acting on Britain).
    const name = group[group.length - 1];
    const link = doc.tokens.lower[name.tokenStart - 1];
    if (
      atomKind(group[0]) === "agent" &&
      isActorName(name) &&
      (words.joinOf.has(link) ||
        (words.placeLinks.has(link) && opensSentence(doc, sentence, group[0].tokenStart)))
    )
      for (let j = i + 1; j < groups.length && bare(groups[j]) && coordinated(groups[j - 1], groups[j]); j++)
        shared[j] = roles;
    // Backward: demonyms listed before "Iraqi officials" or "U.S. officials" ("Russian and U.S.
    // officials", "U.S. and Russian officials"); not a full name ("Russia and Iraqi officials").
    if (isDemonym(group[0]) || modifiesRole(group))
      for (
        let j = i - 1;
        j >= 0 &&
        bare(groups[j]) &&
        (isDemonym(groups[j][0]) || isInitialism(doc, groups[j][0])) &&
        coordinated(groups[j], groups[j + 1]);
        j--
      )
        shared[j] = roles;
    // Forward, a country: "Russian missiles and drones", "Israeli troops and police": role words listed
    // after a demonym's role share its country. Not armed opponents ("Turkish troops and rebels" are
    // seldom Turkey's), and a role of its own country keeps it.
    if ((isDemonym(group[0]) || isInitialism(doc, group[0])) && modifiesRole(group))
      for (
        let j = i + 1;
        j < groups.length &&
        groups[j].every((atom) => sharesCountry(atom, words.opponentSectors)) &&
        coordinated(groups[j - 1], groups[j]);
        j++
      )
        shared[j] = [group[0]];
  }
  return shared;
}

/** A role-word atom that takes the country of a demonym listed before it: not an armed opponent. */
const sharesCountry = (atom: ActorAtom, opponents: ReadonlySet<string>) =>
  atomKind(atom) === "agent" &&
  atom.hits.every((hit) => hit.kind !== "agent" || !opponents.has(hit.agent.sector));

function pickPerson(
  hits: LexiconHit[],
  date: string | undefined,
  country: string | null,
): PersonEntry | null {
  const people = hits.flatMap((hit) => (hit.kind === "person" ? [hit.person] : []));
  if (people.length === 0) return null;
  const ranked = people
    .map((person) => ({
      person,
      distance: distanceToDate(person, date),
      sameCountry: person.roles.some((r) => r.country === country),
    }))
    .sort((a, b) => Number(b.sameCountry) - Number(a.sameCountry) || a.distance - b.distance);
  return ranked[0].person;
}

interface Resolved {
  code: string;
  country: string | null;
  sector: string | null;
  kind: ActorMentionKind;
  entityId?: string;
  /** A role word alone ("the government") or a weak one ("people") that needs a country to count. */
  needsCountry: boolean;
  droppable: boolean;
  weak?: boolean;
  /** Codes of the other actors a compound name stands for (TABARI's `[ELR/GAL]`). */
  also?: string[];
}

const NOT_AN_ACTOR = "---";
const NO_ACTOR_RESOLVED = {
  code: NOT_AN_ACTOR,
  country: null,
  sector: null,
  needsCountry: false,
  droppable: true,
} as const;

/**
 * The role words of a group, in text order: each atom's first agent entry (the user's own
 * dictionaries come first in the lexicon, so theirs wins a phrase both give).
 */
function groupAgents(group: readonly ActorAtom[]): AgentEntry[] {
  const agents: AgentEntry[] = [];
  for (const atom of group) {
    const hit = atom.hits.find((h) => h.kind === "agent");
    if (hit?.kind === "agent") agents.push(hit.agent);
  }
  return agents;
}

function resolveGroup(group: ActorAtom[], date: string | undefined): Resolved {
  let country: string | null = null;
  let countrySector: string | null = null;
  let agentSector: string | null = null;
  let weak = false;
  let titleOnly = true;
  for (const atom of group) {
    for (const hit of atom.hits) {
      if (hit.kind === "country" && country === null) {
        country = hit.country;
        countrySector = hit.sector;
      }
    }
  }
  // "Brazil's Congress": the owner's country, the seat's sector.
  if (countrySector === null)
    for (const atom of group.slice(1))
      for (const hit of atom.hits)
        if (hit.kind === "country" && hit.form === "seat") countrySector ??= hit.sector;
  for (const atom of group) {
    const kind = atomKind(atom);
    if (kind === "person") {
      const person = pickPerson(atom.hits, date, country);
      const code = person ? resolvePersonCode(person, date) : null;
      if (person && code) {
        return {
          code: code.country + code.sector,
          country: code.country,
          sector: code.sector || null,
          kind: "person",
          entityId: person.id,
          needsCountry: false,
          droppable: false,
        };
      }
    }
  }
  for (const atom of group) {
    // The user's own dictionaries win a name they share with Dyad's (matched in any case, they come later).
    const organization =
      atom.hits.find((hit) => hit.kind === "organization" && hit.organization.compose_agents) ??
      atom.hits.find((hit) => hit.kind === "organization");
    if (organization?.kind === "organization") {
      const entry = organization.organization;
      const period = date ? entry.periods?.find((p) => p.from <= date && (!p.to || date <= p.to)) : undefined;
      // A dated `[---]`: the name is no actor in that period.
      if (period?.code === NOT_AN_ACTOR) return { ...NO_ACTOR_RESOLVED, kind: "organization" };
      const code = period?.code ?? entry.code;
      const agents = entry.compose_agents ? groupAgents(group.filter((other) => other !== atom)) : [];
      const also = period ? undefined : entry.compound_codes?.map((other) => addAgentCodes(other, agents));
      if (agents.length > 0) {
        const composed = addAgentCodes(code, agents);
        return {
          code: composed,
          country: entry.country,
          sector: composed.slice(3) || null,
          kind: "organization",
          entityId: entry.id,
          needsCountry: false,
          droppable: false,
          ...(also ? { also } : {}),
        };
      }
      const sector = period ? (period.sector ?? entry.sector) : entry.sector;
      return {
        code,
        country: entry.country,
        sector,
        kind: "organization",
        entityId: entry.id,
        needsCountry: false,
        droppable: false,
        ...(also ? { also } : {}),
      };
    }
  }
  let placement: AgentEntry["placement"];
  for (const agent of groupAgents(group)) {
    // The last role word is the head: "Foreign Ministry spokesman" is the spokesman's sector.
    agentSector = agent.sector;
    placement = agent.placement;
    weak = Boolean(agent.weak);
    titleOnly = titleOnly && Boolean(agent.title_only);
  }
  if (agentSector !== null) {
    if (country !== null)
      return {
        code: placement === "before" ? agentSector + country : country + agentSector,
        country,
        sector: agentSector,
        kind: "agent",
        needsCountry: false,
        droppable: false,
      };
    return {
      code: agentSector,
      country: null,
      sector: agentSector,
      kind: "agent",
      needsCountry: true,
      // A title alone ("Mr") is never an actor; a weak role word ("court") is one if context gives a country.
      droppable: titleOnly,
      weak,
    };
  }
  return {
    code: country + (countrySector ?? ""),
    country,
    sector: countrySector,
    kind: "country",
    needsCountry: false,
    droppable: false,
  };
}

/**
 * Extends a title ("President", "Gen.") over the unknown name after it: "President Barham Salih",
 * "Gen. Wissam al-Hassan", "Khalid bin Mohamed Al Attiyah".
 */
function extendOverName(
  doc: Doc,
  group: ActorAtom[],
  sentence: Sentence,
  particles: ReadonlySet<string>,
): number {
  const last = group[group.length - 1];
  if (!isTitle(last)) return last.tokenEnd;
  return Math.max(last.tokenEnd, nameEnd(doc, last.tokenEnd, sentence.tokenEnd, NAME_TOKENS, particles));
}

/**
 * Composes a sentence's atoms into actor mentions with CAMEO codes: country + role
 * ("Iraqi Foreign Ministry" → IRQGOV), named people by the article's date, organisations by their code.
 * Role words with no country keep the role alone as their code (e.g. "REB").
 */
export function composeMentions(
  doc: Doc,
  sentence: Sentence,
  atoms: readonly ActorAtom[],
  words: CompositionWords,
): ActorMention[] {
  const mentions: ActorMention[] = [];
  const groups = groupAtoms(doc, sentence, atoms, words);
  const shared = sharedRoles(doc, sentence, groups, words);
  for (const [i, group] of groups.entries()) {
    const resolved = resolveGroup(shared[i].length > 0 ? [...group, ...shared[i]] : group, doc.date);
    if (resolved.droppable) continue;
    const tokenStart = group[0].tokenStart;
    const tokenEnd = extendOverName(doc, group, sentence, words.nameParticles);
    const mention: ActorMention = {
      sentenceIndex: sentence.index,
      tokenStart,
      tokenEnd,
      span: tokenRangeSpan(doc, tokenStart, tokenEnd),
      text: tokenRangeText(doc, tokenStart, tokenEnd),
      code: asActorCode(resolved.code) as ActorCode,
      country: resolved.country === null ? null : asCountry(resolved.country),
      sector: resolved.sector,
      kind: resolved.kind,
      ...(resolved.entityId ? { entityId: resolved.entityId } : {}),
      ...(resolved.weak ? { needsCountry: true } : {}),
    };
    mentions.push(mention);
    // A compound name ("Lorien" = ELR and GAL) gives one mention per actor, on the same words:
    // the events stage fans out over mentions that share their words.
    for (const code of resolved.also ?? []) {
      const sameCountry = mention.country !== null && code.startsWith(mention.country);
      mentions.push({
        ...mention,
        code: asActorCode(code),
        country: sameCountry ? mention.country : null,
        sector: code.slice(3) || null,
      });
    }
  }
  return mentions;
}
