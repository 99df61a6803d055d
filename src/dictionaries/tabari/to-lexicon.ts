import type { AgentEntry, OrganizationEntry } from "../schemas.js";
import { type TabariDictionaries, tabariWords } from "./dictionary-dir.js";

/** Actors and agents from TABARI/PETRARCH dictionaries, in the shape of Dyad's own entries. */
export interface LexiconAdditions {
  organizations: OrganizationEntry[];
  agents: AgentEntry[];
  /** Names coded `[---]`: they are not actors, and block shorter names inside them. */
  blockers: string[];
}

const NOT_AN_ACTOR = "---";
const ACTOR_CODE = /^[A-Z]{3,}$/;
/** Function words kept in lower case when a TABARI name is title-cased ("Islamic Republic of Iran"). */
/** An acronym: two to five capitals or digits, with dots or not ("AU", "K.U.", "DRC"). */
const ACRONYM = /^(?:[A-Z0-9]\.?){2,5}$/;
const LOWER_WORDS = new Set(["of", "the", "and", "for", "in", "on", "at", "to", "de", "del", "la", "le"]);

function titleWord(word: string): string {
  // Abbreviations with dots stay as written ("U.N.", "K.U.").
  if (word.includes(".")) return word;
  return word
    .split("-")
    .map((part) => part.charAt(0) + part.slice(1).toLowerCase())
    .join("-");
}

/**
 * The forms of a TABARI name Dyad matches, since Dyad matches proper names with their case: the
 * name title-cased ("HAMID_KARZAI_" → "Hamid Karzai"), a hyphenated name also with only its first
 * part capitalised ("BARAD-DUR" → "Barad-Dur", "Barad-dur"), and a one-word name also as written,
 * for acronyms ("ANSF"). A leading "THE" is dropped before an acronym ("THE_AU" → "AU" only) or
 * several words ("THE_HUNGER_PROJECT" → "Hunger Project"): Dyad's actor phrases never start with
 * an article. Longer names in capitals are left out: news rarely writes them so, and
 * each form costs start-up time.
 */
export function tabariNameForms(name: string): string[] {
  const written = tabariWords(name);
  const rest = written.slice(4);
  // "THE_AU" is written "the AU": the acronym alone, never "Au". One other word ("THE_PEOPLE") stays
  // whole: alone it would be any capitalised word.
  // A word of four or five letters may be a name as well ("THE_SHIRE": "The Shire", which only a
  // user's dictionary name may open with).
  if (written.startsWith("THE ") && ACRONYM.test(rest))
    return /^[A-Z]{4,5}$/.test(rest) ? [rest, `The ${titleWord(rest)}`] : [rest];
  const upper = written.startsWith("THE ") && rest.includes(" ") ? rest : written;
  const words = upper.split(" ");
  const title = words
    .map((word, i) => (i > 0 && LOWER_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : titleWord(word)))
    .join(" ");
  const forms = [title];
  if (upper.includes("-") && !upper.includes(".")) {
    forms.push(title.replace(/-([A-Z])/g, (_hyphen, letter: string) => `-${letter.toLowerCase()}`));
  }
  if (!upper.includes(" ")) forms.push(upper);
  return [...new Set(forms)];
}

/** `ELR/GAL` names two actors: the first is the entry's code, the others its `compound_codes`. */
const firstCode = (code: string) => code.split("/")[0];

function splitCode(
  code: string,
  countries: ReadonlySet<string>,
): { country: string | null; sector: string | null } {
  const country = countries.has(code.slice(0, 3)) ? code.slice(0, 3) : null;
  const rest = code.slice(3);
  return { country, sector: rest.length >= 3 ? rest : null };
}

/**
 * Turns TABARI/PETRARCH actors and agents into Dyad organization and agent entries. An actor's
 * undated code is its code; dated codes become periods (`<DATE` runs from the beginning of time,
 * `>DATE` to now); with no undated code, the latest dated one stands outside its periods. A code
 * whose first three letters are a country Dyad knows gives the country; the rest is the sector.
 * A name already taken by an earlier entry (the first file in name order wins) is left out; an
 * actor coded only `[---]`, or with no code at all, becomes a blocker, and a dated `[---]` makes the
 * name no actor in its period. Actors compose with the agents next to them, PETRARCH's way
 * (`compose_agents`), and their names of several words match in any case (`names_any_case`). Agents give their code as the sector, and `NGO~` its placement before the actor's.
 * @example toLexiconAdditions(readDictionaryDir(dir), new Set(["AFG"])).organizations.length
 */
export function toLexiconAdditions(
  dicts: TabariDictionaries,
  countries: ReadonlySet<string>,
): LexiconAdditions {
  const additions: LexiconAdditions = { organizations: [], agents: [], blockers: [] };
  const taken = new Set<string>();
  for (const actor of dicts.actors) {
    const names = actor.names.map(tabariWords).filter((name) => !taken.has(name));
    if (names.length === 0) continue;
    for (const name of names) taken.add(name);
    const forms = [...new Set(names.flatMap(tabariNameForms))];
    // `[---]` in a period makes the name no actor then ("PRINCE OF DOL AMROTH [--- <950630] [DOL]").
    const codes = actor.codes
      .map((code) => ({ ...code, code: firstCode(code.code) }))
      .filter((code) => code.code === NOT_AN_ACTOR || ACTOR_CODE.test(code.code));
    const actorCodes = codes.filter((code) => code.code !== NOT_AN_ACTOR);
    if (actorCodes.length === 0) {
      // An entry with no code at all is null-coded too (PETRARCH's format).
      if (actor.codes.every((code) => code.code === NOT_AN_ACTOR)) additions.blockers.push(...forms);
      continue;
    }
    const dated = codes.filter((code) => code.from || code.to);
    const main = actorCodes.find((code) => !code.from && !code.to) ?? actorCodes[actorCodes.length - 1];
    // `LORIEN [ELR/GAL]`: the name stands for several actors at once.
    const written = actor.codes.find((code) => firstCode(code.code) === main.code && !code.from && !code.to);
    const compound = (written?.code.split("/").slice(1) ?? []).filter((code) => ACTOR_CODE.test(code));
    const split = splitCode(main.code, countries);
    // Several actors are no one country ("THE_SHIRE [FRO/BIL/SAM]": FRO is Frodo, not the Faroes).
    const { sector } = split;
    const country = compound.length > 0 ? null : split.country;
    const id = `${actor.file}:${actor.line}`;
    additions.organizations.push({
      id,
      code: main.code,
      names: forms,
      country,
      sector,
      kind: "dictionary",
      compose_agents: true,
      names_any_case: true,
      ...(compound.length > 0 ? { compound_codes: compound } : {}),
      ...(dated.length > 0
        ? {
            periods: dated.map((code) => ({
              from: code.from ?? "0001-01-01",
              to: code.to ?? null,
              code: code.code,
              sector: code.code === NOT_AN_ACTOR ? null : splitCode(code.code, countries).sector,
            })),
          }
        : {}),
    });
  }
  const takenPhrases = new Set<string>();
  for (const agent of dicts.agents) {
    const phrase = agent.phrase.toLowerCase();
    if (takenPhrases.has(phrase) || !ACTOR_CODE.test(agent.code)) continue;
    takenPhrases.add(phrase);
    additions.agents.push({
      phrase,
      sector: agent.code,
      ...(agent.placement === "before" ? { placement: "before" as const } : {}),
    });
  }
  return additions;
}
