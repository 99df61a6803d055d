import { FilteredSet } from "./filtered-set.js";
import type { AgentEntry, CountryEntry, OrganizationEntry, PersonEntry } from "./schemas.js";

/** What one dictionary phrase can stand for. */
export type LexiconHit =
  | {
      kind: "country";
      form: "name" | "demonym" | "capital" | "seat" | "epithet";
      country: string;
      sector: string | null;
      ambiguous: boolean;
    }
  | { kind: "person"; person: PersonEntry; alias: string }
  | { kind: "organization"; organization: OrganizationEntry; contextNames: readonly string[] }
  | { kind: "agent"; agent: AgentEntry }
  /** A longer phrase that contains an actor's name but is not the actor ("New Mexico"). */
  | { kind: "blocker" };

/**
 * Phrase → meanings, keyed by the phrase's text with single spaces and ASCII apostrophes.
 * Proper names are matched with their case (`exact`); role words, seats and epithets without it (`folded`).
 */
export interface ActorLexicon {
  exact: Map<string, LexiconHit[]>;
  folded: Map<string, LexiconHit[]>;
  /** Longest key, in characters: matching stops extending past it. */
  maxKeyLength: number;
  /** Every key's prefixes that end at a word boundary: matching stops as soon as none continues. */
  exactPrefixes: FilteredSet;
  foldedPrefixes: FilteredSet;
  countries: Map<string, CountryEntry>;
}

/** Normalises a phrase the way token sequences are joined when matching. */
export function normalizePhrase(phrase: string): string {
  return phrase
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** The regular English plural of one word. */
function pluralOf(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** A former office's role phrase, and the prefix news glues to the role word instead ("ex-ministers"). */
const FORMER = "former ";
const EX_PREFIX = "ex-";

/**
 * Regular English plural and singular forms of a role word's head, so "force" finds "forces": the last
 * word, or the word before "of" ("head of state" finds "heads of state").
 */
function numberVariants(phrase: string): string[] {
  const words = phrase.split(" ");
  const of = words.indexOf("of");
  if (of > 0) {
    if (/[^s]s$/.test(words[of - 1])) return [phrase];
    const plural = [...words.slice(0, of - 1), pluralOf(words[of - 1]), ...words.slice(of)].join(" ");
    return [phrase, plural];
  }
  const last = words[words.length - 1];
  const stem = words.slice(0, -1).join(" ");
  const join = (word: string) => (stem ? `${stem} ${word}` : word);
  const variants = [phrase, join(pluralOf(last))];
  if (/ies$/.test(last)) variants.push(join(`${last.slice(0, -3)}y`));
  else if (/[^s]s$/.test(last)) variants.push(join(last.slice(0, -1)));
  return variants;
}

function add(map: Map<string, LexiconHit[]>, key: string, hit: LexiconHit): void {
  const normalized = normalizePhrase(key);
  if (normalized === "") return;
  const hits = map.get(normalized);
  if (!hits) map.set(normalized, [hit]);
  else hits.push(hit);
}

/** Builds the lexicon from validated dictionary entries. */
export function buildActorLexicon(input: {
  countries: CountryEntry[];
  people: PersonEntry[];
  organizations: OrganizationEntry[];
  agents: AgentEntry[];
  blockers?: string[];
}): ActorLexicon {
  const exact = new Map<string, LexiconHit[]>();
  const folded = new Map<string, LexiconHit[]>();
  const countries = new Map<string, CountryEntry>();
  for (const country of input.countries) {
    countries.set(country.code, country);
    const ambiguous = new Set(country.ambiguous);
    const hit = (form: "name" | "demonym" | "capital", text: string, sector: string | null): LexiconHit => ({
      kind: "country",
      form,
      country: country.code,
      sector,
      ambiguous: ambiguous.has(text),
    });
    for (const name of new Set([country.name, ...country.names])) add(exact, name, hit("name", name, null));
    for (const demonym of country.demonyms) add(exact, demonym, hit("demonym", demonym, null));
    // A capital standing as an actor means its government ("Tehran and Baghdad have common goals").
    for (const capital of country.capitals) add(exact, capital, hit("capital", capital, "GOV"));
    // Seats of power and epithets are matched without case and without a leading "the" ("Kremlin officials").
    const metonyms = [
      ...country.seats.map((entry) => ({ ...entry, form: "seat" as const })),
      ...country.epithets.map((entry) => ({ ...entry, form: "epithet" as const })),
    ];
    for (const { text, sector, form } of metonyms) {
      add(folded, text.toLowerCase().replace(/^the /, ""), {
        kind: "country",
        form,
        country: country.code,
        sector,
        ambiguous: false,
      });
    }
  }
  // "talks in Muscat": a person's short alias that is a country's capital (Joseph Muscat's "Muscat") names
  // the city; the full name still names the person.
  const isCapital = (text: string) =>
    exact.get(text)?.some((hit) => hit.kind === "country" && hit.form === "capital");
  for (const person of mergePeopleById(input.people)) {
    for (const alias of new Set([person.name, ...person.aliases]))
      if (alias === person.name || !isCapital(alias)) add(exact, alias, { kind: "person", person, alias });
  }
  const organizationsById = new Map(
    input.organizations.map((organization) => [organization.id, organization]),
  );
  for (const organization of input.organizations) {
    const fullNames = organization.alias_of
      ? (organizationsById.get(organization.alias_of)?.names ?? [])
      : organization.names;
    for (const name of organization.names) {
      const anyCase = organization.names_any_case && name.includes(" ");
      add(anyCase ? folded : exact, anyCase ? name.toLowerCase() : name, {
        kind: "organization",
        organization,
        contextNames: fullNames.filter((full) => full !== name),
      });
    }
  }
  for (const agent of input.agents) {
    const phrase = agent.phrase.toLowerCase();
    // "ex-ministers" are former ministers: the prefix glued to the role word, one token in the text.
    const former = phrase.startsWith(FORMER) ? [`${EX_PREFIX}${phrase.slice(FORMER.length)}`] : [];
    for (const variant of new Set([phrase, ...former].flatMap(numberVariants))) {
      if (variant !== phrase && folded.get(variant)?.some((hit) => hit.kind === "agent")) continue;
      add(folded, variant, { kind: "agent", agent });
    }
  }
  for (const blocker of input.blockers ?? []) add(exact, blocker, { kind: "blocker" });
  let maxKeyLength = 0;
  for (const key of exact.keys()) maxKeyLength = Math.max(maxKeyLength, key.length);
  for (const key of folded.keys()) maxKeyLength = Math.max(maxKeyLength, key.length);
  return {
    exact,
    folded,
    maxKeyLength,
    exactPrefixes: new FilteredSet(wordPrefixes(exact.keys())),
    foldedPrefixes: new FilteredSet(wordPrefixes(folded.keys())),
    countries,
  };
}

/** One entry per id: the people files may each hold some of a person's offices (national and international). */
function mergePeopleById(people: readonly PersonEntry[]): PersonEntry[] {
  const byId = new Map<string, PersonEntry>();
  for (const person of people) {
    const known = byId.get(person.id);
    if (!known) {
      byId.set(person.id, person);
      continue;
    }
    byId.set(person.id, {
      ...known,
      aliases: [...new Set([...known.aliases, ...person.aliases])],
      roles: [...known.roles, ...person.roles].sort((a, b) => a.from.localeCompare(b.from)),
    });
  }
  return [...byId.values()];
}

/** Characters where wink-nlp may split a token ("al-Qaeda" → "al", "-", "Qaeda"). */
const WORD_BOUNDARIES = new Set([" ", "-", "'", ".", ",", "&", "/", "(", ")", ":", "\u2019"]);

/** Prefixes of each key cut before and after every non-alphanumeric character ("al", "al-", "al-Qaeda"). */
function wordPrefixes(keys: Iterable<string>): Set<string> {
  const prefixes = new Set<string>();
  for (const key of keys) {
    prefixes.add(key);
    for (let i = 1; i < key.length; i++) {
      if (WORD_BOUNDARIES.has(key[i])) {
        prefixes.add(key.slice(0, i));
        prefixes.add(key.slice(0, i + 1));
      }
    }
  }
  return prefixes;
}
