import type { Grammar } from "../../dictionaries/grammar.js";
import type { ActorMention } from "../../model/document.js";
import type { EventDraft } from "./build-event.js";
import type { TriggerMatch } from "./match-triggers.js";

/**
 * "A suicide bomber killed ...", "car bombers": an unconventional means (18x) named inside an actor's
 * own name, mention by mention. The trigger is no act of its own there (it is part of the actor), but it
 * says how that actor's generic act of force was done.
 */
export function actorMeans(
  matches: readonly TriggerMatch[],
  mentions: readonly ActorMention[],
): ReadonlyMap<ActorMention, string> {
  const means = new Map<ActorMention, string>();
  for (const match of matches) {
    if (!match.code.startsWith("18")) continue;
    const owner = mentions.find((m) => m.tokenStart <= match.head && match.head < m.tokenEnd);
    if (owner && !means.has(owner)) means.set(owner, match.code);
  }
  return means;
}

/**
 * CAMEO's 18 and 19: conventional force by organised armed forces is 19x; the same act by gunmen,
 * assailants, suicide bombers or gangs, or by rebels or jihadist groups against civilians, is
 * unconventional violence (18x). A generic act of force ("gunmen killed", "militants attacked a
 * village, killing 11 civilians") by such a source takes the 18 code, or the means its source's name
 * gives ("a suicide bomber killed" → 1831, whoever sent the bomber); rebels or gunmen fighting soldiers or police,
 * means-specific military codes (artillery, aircraft, blockade) and a user's verb codes stay as they are.
 */
export function violenceByActor(
  draft: EventDraft,
  grammar: Grammar,
  means: ReadonlyMap<ActorMention, string>,
): EventDraft {
  const { sectors, armedGroups, noncombatants, codes, combatants } = grammar.unconventionalViolence;
  const code = codes.get(draft.code);
  if (!code || draft.trigger.user || !draft.source) return draft;
  const source = draft.source.sector;
  const target = draft.target?.sector;
  const fighting = target != null && combatants.has(target);
  const named = means.get(draft.source);
  // "Serb gunmen attacked Kosovo police": a name giving only generic violence ("gunmen", 180) says
  // no more than its sector; a means ("a suicide bomber", 1831) is the code whoever is hit.
  if (named && !(fighting && code === named)) return { ...draft, code: named };
  const unconventional =
    source !== null &&
    // "gunmen attacked Kosovo police": fighting a state's forces is force (19x) whoever does it.
    ((sectors.has(source) && !fighting) ||
      (armedGroups.has(source) && target != null && noncombatants.has(target)));
  return unconventional ? { ...draft, code } : draft;
}

/**
 * An act whose kind depends on who does it (grammar `source_recodes`): peacekeepers "arriving in"
 * a country are not visiting it (042) but sent to keep the peace there (074); police storming a building
 * raid it (171; only told by a verb, `verbal`: grammar `source_recode_verbs`). A user's verb codes
 * stay as they are.
 */
export function recodeBySource(draft: EventDraft, grammar: Grammar, verbal: boolean): EventDraft {
  const sector = draft.source?.sector;
  if (!sector || draft.trigger.user) return draft;
  // "police stormed the embassy" is a raid; "unrest" the clause rules gave the police is no raid of theirs.
  if (grammar.sourceRecodeVerbs.has(draft.code) && !verbal) return draft;
  const code = grammar.sourceRecodes.get(draft.code)?.get(sector);
  return code ? { ...draft, code } : draft;
}

/**
 * CAMEO's 145: force, assault or destruction of property (grammar `protest_targets.riot_codes`) by a
 * crowd out protesting ("protesters set fire to parliament", "rioters torched cars", "clashes with Serb
 * protesters") is a violent protest, a riot, not an attack; its source's name says it is such a crowd
 * (`riot_crowds`). A user's verb codes stay as they are.
 */
export function riotByCrowd(draft: EventDraft, grammar: Grammar): EventDraft {
  if (!draft.source || draft.trigger.user || !isRiot(draft.code, [draft.source], grammar)) return draft;
  return { ...draft, code: grammar.protestTargets.riotCode };
}

/** Whether an act of `code` by `sources` is a riot: force or destruction by a crowd out protesting. */
export function isRiot(code: string, sources: readonly ActorMention[], grammar: Grammar): boolean {
  const { riotCrowds, riotCodes } = grammar.protestTargets;
  return (
    riotCodes.has(code) &&
    sources.some((m) =>
      m.text
        .toLowerCase()
        .split(/[^a-z]+/)
        .some((word) => riotCrowds.has(word)),
    )
  );
}
