import type { Doc } from "../../model/document.js";
import type { Place, PlacePrecision } from "./gazetteer.js";
import { followsBearing, isReferencePoint } from "./locative-phrase.js";
import type { AnchoredPlace } from "./parse-place.js";
import type { PlaceMention } from "./place-mentions.js";
import type { PlaceWords } from "./place-words.js";
import { POSSESSIVE_CLITICS } from "./possessive.js";
import { tagOf } from "./tag.js";
import type { UnknownPlace } from "./unknown-places.js";

// Choosing among the names the parse ties to an event: which names give way to others, which one
// is picked, and how it is refined. `findEventPlace` (attach-place.ts) finds the names.

/** A resolved mention: the words and the place they were read as. */
export interface ResolvedMention {
  mention: PlaceMention;
  place: Place;
  /** A name missing from the gazetteer (see `findUnknownPlaces`): no coordinates, no precision. */
  unknown?: boolean;
  /** Such a name comes with a locality word ("the Al-Rashidiyah District"), so it is a place. */
  locality?: boolean;
}

/** Precisions from coarsest to finest. */
export const RANK: Record<PlacePrecision, number> = { country: 0, region: 1, city: 2 };

/** The precision the words give ("Ghazni province" is a region) or else the place's own. */
export function precisionOf(resolved: ResolvedMention): PlacePrecision {
  return resolved.mention.precision ?? resolved.place.precision;
}

/** Tokens between a name and a locality the gazetteer lacks for it to refine the name. */
const NEAR = 4;
/** Tokens between two attached names for the more precise one to refine the other. */
const NEAR_UPGRADE = 6;

/** Words between two names that put the first inside the second. */
const CONTAINED_IN = new Set(["of", "in"]);

/**
 * Drops names that another name on the same spatial noun outranks: "the West Bank city of Hebron"
 * is Hebron ("of" names a town), but "the East Ghouta region of rural Damascus" is East Ghouta (a
 * region word is named by its modifier; "of" gives what it lies in); "Sichuan province's Aba
 * county" is Aba (the possessor contains the possessed); "Lebanon's border with Israel" is Lebanon. Linear in the number of names.
 */
export function dropOutranked(
  doc: Doc,
  anchored: readonly AnchoredPlace[],
  words: PlaceWords,
): AnchoredPlace[] {
  const byNoun = new Map<number, AnchoredPlace[]>();
  for (const a of anchored) {
    if (!a.via) continue;
    const list = byNoun.get(a.via.noun);
    if (list) list.push(a);
    else byNoun.set(a.via.noun, [a]);
  }
  const has = (list: readonly AnchoredPlace[], how: string, not?: (b: AnchoredPlace) => boolean) =>
    list.some((b) => b.via?.how === how && !(not?.(b) ?? false));
  return anchored.filter((a) => {
    const list = a.via && byNoun.get(a.via.noun);
    if (!a.via || !list || list.length < 2) return true;
    const regionWord = words.designators.has(doc.tokens.lower[a.via.noun]);
    // "the Beijing office of Yirenping": "of" after a noun that is no kind of place names its owner.
    const noun = doc.tokens.lower[a.via.noun];
    const ownerOf = !words.placeNouns.has(noun) && !words.localityWords.has(noun);
    const country = (b: AnchoredPlace) => precisionOf(b.item) === "country";
    if (a.via.how === "possessive") return !has(list, "of") && !has(list, "compound");
    // "along Lebanon's border with Israel": the border is Lebanon's; "the border with Syria" is Syria.
    if (a.via.how === "with") return !has(list, "possessive") && !has(list, "compound");
    // "Kayamla village of Konduga LGA", "the Ghat area of Doda district": when the name after "of"
    // carries a place word of its own, it is the larger place, and the compound names the smaller.
    if (a.via.how === "compound")
      return (
        !has(list, "of", (b) => endsInPlaceWord(doc, b, words)) || (regionWord && !country(a)) || ownerOf
      );
    if (a.via.how === "of" && ownerOf && has(list, "compound", country)) return false;
    return !(regionWord && has(list, "compound", country));
  });
}

/** Whether a name ends in a word of a kind of place ("Doda district", "Benin City", "Borno State"). */
function endsInPlaceWord(doc: Doc, a: AnchoredPlace, words: PlaceWords): boolean {
  return carriesPlaceWord(doc, a.item.mention, words);
}

/**
 * Drops names that only give a reference point ("160 km north of Baghdad"; a bare bearing next to
 * a name of a town or region: "attacks north of Baghdad in Samarra") or only say where another
 * attached name lies ("in Abu Ghraib, on the western edge of Baghdad"; "Khan Touman, southern
 * Aleppo") when another name is there.
 */
export function dropReferencePoints(
  doc: Doc,
  anchored: readonly AnchoredPlace[],
  words: PlaceWords,
): AnchoredPlace[] {
  // "attacks north of Baghdad in Samarra": a bearing's name yields to a name no bearing introduces.
  const bearing = (a: AnchoredPlace) => followsBearing(doc, a.item.mention.tokenStart, words);
  const unbeared = anchored.some((b) => !bearing(b) && precisionOf(b.item) !== "country");
  const kept = anchored.filter(
    (a) =>
      !isReferencePoint(doc, a.item.mention.tokenStart, words) &&
      !(unbeared && bearing(a)) &&
      !anchored.some((b) => describes(doc, a.item.mention, b.item.mention)),
  );
  return kept.length > 0 ? kept : [...anchored];
}

/** Longest stretch between a name and a name it describes ("Brighton, on the south coast of England"). */
const MAX_DESCRIPTION = 8;

/**
 * Whether the name `a` comes in a phrase set off by a comma right after the name `b`, with words
 * between and no verb or other comma ("Abu Ghraib, on the western edge of Baghdad"): it says where
 * `b` is. A bare comma ("Iraq, Syria and Lebanon") lists names; "and" or "or" also joins them.
 */
function describes(doc: Doc, a: PlaceMention, b: PlaceMention): boolean {
  const { tokens } = doc;
  const from = b.tokenEnd;
  if (from >= a.tokenStart - 1 || a.tokenStart - from > MAX_DESCRIPTION || tokens.text[from] !== ",")
    return false;
  for (let t = from + 1; t < a.tokenStart; t++) {
    const pos = tagOf(doc, t);
    if (pos === "VERB" || pos === "AUX" || pos === "CCONJ" || pos === "PUNCT") return false;
  }
  return true;
}

/**
 * One place among the attached names of one level: nearest after the trigger, else nearest before;
 * then refined (see `findEventPlace`).
 * @param event the trigger's token range
 */
export function pickPlace(
  doc: Doc,
  attached: readonly ResolvedMention[],
  inClause: readonly ResolvedMention[],
  anchoredKnown: readonly ResolvedMention[],
  unknowns: readonly UnknownPlace[],
  event: { start: number; end: number },
  words: PlaceWords,
): ResolvedMention | undefined {
  const sorted = [...attached].sort((a, b) => a.mention.tokenStart - b.mention.tokenStart);
  let chosen =
    sorted.find(({ mention }) => mention.tokenStart >= event.end) ??
    sorted.filter(({ mention }) => mention.tokenEnd <= event.start).at(-1);
  if (!chosen) return undefined;
  // "a community head in Ugbowo area of Benin City in Edo was killed": the nearest name before the
  // trigger may be the last of a chain of larger places; the first of the chain is the finest.
  // A known name in another country lies in no known place of the chain ("a prison in Cascavel in
  // the southern state of Parana in Brazil", Parana read as the Argentine town).
  for (let i = sorted.indexOf(chosen) - 1; i >= 0; i--) {
    const inner = sorted[i];
    const foreign = !inner.unknown && !chosen.unknown && inner.place.country !== chosen.place.country;
    if (foreign || !containedIn(doc, inner.mention, chosen.mention, words)) break;
    chosen = inner;
  }
  const known = attached.filter((a) => !a.unknown);
  let best: ResolvedMention = chosen;
  if (!best.unknown) {
    best = refineKnown(doc, best, inClause, known, words);
    // "Chah Ab District of Takhar Province": not the larger place the known one lies in.
    // "Russia's troubled North Caucasus": a name the gazetteer lacks, owned by the known place, lies in it.
    const locality = unknowns.find(
      (u) =>
        (u.locality &&
          gap(u.mention, best.mention) <= NEAR &&
          !containedIn(doc, best.mention, u.mention, words) &&
          !namesByPlaceNoun(doc, u.mention, best.mention, words)) ||
        ownedBy(doc, u.mention, best.mention, words),
    );
    if (locality) best = { mention: locality.mention, place: locality.place, unknown: true };
  }
  // "the Georgian capital of Tbilisi", "the Iraqi capital, Baghdad": the same place by its name.
  if (!best.unknown && words.capitalNouns.has(doc.tokens.lower[best.mention.tokenEnd - 1])) {
    const after = best.mention.tokenEnd;
    const at = doc.tokens.lower[after] === "of" || doc.tokens.text[after] === "," ? after + 1 : after;
    const named = inClause.find(
      (m) => m.mention.tokenStart === at && !m.unknown && m.place.name === best.place.name,
    );
    if (named) best = named;
  }
  // "in Sichuan province's Tibetan-populated Aba county": a name the gazetteer lacks owns the next.
  if (best.unknown) {
    const owner = best.mention;
    const owned = attached.find((m) => m !== best && ownedBy(doc, m.mention, owner, words));
    if (owned) best = owned;
  }
  if (best.unknown) {
    // The country of the nearest known place attached anywhere ("... district of Damascus").
    const nearest = [...anchoredKnown].sort(
      (a, b) => gap(a.mention, best.mention) - gap(b.mention, best.mention),
    )[0];
    if (nearest?.place.country) best = { ...best, place: { ...best.place, country: nearest.place.country } };
  }
  return best;
}

/**
 * "Chah Ab District of Takhar Province", "Gagrian area in Poonch district": the first name lies in
 * the second when only "of" or "in" (with determiners and adjectives) comes between them; "the
 * Latakia town of Kabbani" ends the first with a lower-case place word, and Kabbani lies in Latakia.
 */
function containedIn(doc: Doc, inner: PlaceMention, outer: PlaceMention, words: PlaceWords): boolean {
  if (outer.tokenStart < inner.tokenEnd) return false;
  // "the Latakia town of Kabbani": a lower-case place word ending the first name is named by "of".
  const last = inner.tokenEnd - 1;
  if (inner.tokenEnd - inner.tokenStart > 1 && doc.tokens.text[last] === doc.tokens.lower[last]) return false;
  // "Guma local government area of Benue state": place words of the first name's own, when the
  // second has its own too ("the town of Parana" or "the state of Parana" names Parana).
  const outerKind = carriesPlaceWord(doc, outer, words);
  let linked = false;
  for (let t = inner.tokenEnd; t < outer.tokenStart; t++) {
    if (CONTAINED_IN.has(doc.tokens.lower[t])) linked = true;
    else if (!linked && outerKind && isPlaceNounPhraseWord(doc, t, words)) continue;
    else if (tagOf(doc, t) !== "DET" && tagOf(doc, t) !== "ADJ") return false;
  }
  return linked;
}

/** Whether a name ends in a word of a kind of place or has one right after it ("Benue state", "Doda district"). */
function carriesPlaceWord(doc: Doc, m: PlaceMention, words: PlaceWords): boolean {
  const isKind = (t: number) =>
    t < doc.tokens.length &&
    (words.localityWords.has(doc.tokens.lower[t]) || words.placeNouns.has(doc.tokens.lower[t]));
  return isKind(m.tokenEnd - 1) || isKind(m.tokenEnd);
}

/** Lower-case nouns before "of" or "in" that end in a word of a kind of place ("local government area of"). */
function isPlaceNounPhraseWord(doc: Doc, t: number, words: PlaceWords): boolean {
  if (tagOf(doc, t) !== "NOUN" || doc.tokens.text[t] !== doc.tokens.lower[t]) return false;
  for (let u = t; u < doc.tokens.length && tagOf(doc, u) === "NOUN"; u++)
    if (CONTAINED_IN.has(doc.tokens.lower[u + 1] ?? "")) return words.localityWords.has(doc.tokens.lower[u]);
  return false;
}

/**
 * "the Basque city of San Sebastian": the first name's noun for a town names the second, which lies
 * in the first; not when the second has a place word of its own ("Kayamla village of Konduga LGA").
 */
function namesByPlaceNoun(doc: Doc, region: PlaceMention, town: PlaceMention, words: PlaceWords): boolean {
  const { lower, text } = doc.tokens;
  const noun = region.tokenEnd;
  return (
    town.tokenStart === noun + 2 &&
    words.townNouns.has(lower[noun]) &&
    text[noun] === lower[noun] &&
    lower[noun + 1] === "of" &&
    !carriesPlaceWord(doc, town, words)
  );
}

/**
 * Whether `owned` follows `owner`'s possessive marker within {@link MAX_OWNED} words, or after a
 * place noun that the possessor owns ("Iraq's third city of Mosul", "Pakistan's largest city,
 * Karachi", "Thailand's violence-plagued southern province Pattani").
 */
function ownedBy(doc: Doc, owned: PlaceMention, owner: PlaceMention, words: PlaceWords): boolean {
  // "Sichuan province's Aba county": the owner's own place noun before the marker.
  const marker = words.placeNouns.has(doc.tokens.lower[owner.tokenEnd]) ? owner.tokenEnd + 1 : owner.tokenEnd;
  if (
    marker >= doc.tokens.length ||
    !POSSESSIVE_CLITICS.has(doc.tokens.lower[marker]) ||
    owned.tokenStart <= marker ||
    owned.tokenStart - marker > MAX_OWNED_NAMED
  )
    return false;
  return (
    owned.tokenStart - marker <= MAX_OWNED ||
    namedByPlaceNoun(doc, marker + 1, owned.tokenStart, words) ||
    // "Sichuan province's Tibetan-populated Aba county": describing words, then a name with its place noun.
    (words.placeNouns.has(doc.tokens.lower[owned.tokenEnd] ?? "") &&
      allDescribing(doc, marker + 1, owned.tokenStart, words))
  );
}

/**
 * Whether tokens `[from, to)` are a noun phrase of a place noun that names what follows: words
 * that describe ("third", "largest", "violence-plagued", "southern"), then the place noun, then
 * "of", a comma or nothing ("city of", "city,", "province").
 */
function namedByPlaceNoun(doc: Doc, from: number, to: number, words: PlaceWords): boolean {
  const { lower, text } = doc.tokens;
  let end = to;
  if (end > from && (lower[end - 1] === "of" || text[end - 1] === ",")) end--;
  if (end <= from || !words.placeNouns.has(lower[end - 1])) return false;
  return allDescribing(doc, from, end - 1, words);
}

/** Whether tokens `[from, to)` only describe ("third", "largest", "violence-plagued", "southern"). */
function allDescribing(doc: Doc, from: number, to: number, words: PlaceWords): boolean {
  const { lower, text } = doc.tokens;
  for (let t = from; t < to; t++) {
    const describing =
      tagOf(doc, t) === "ADJ" ||
      tagOf(doc, t) === "NUM" ||
      text[t] === "-" ||
      text[t - 1] === "-" ||
      text[t + 1] === "-" ||
      words.nameQualifiers.has(lower[t]);
    if (!describing) return false;
  }
  return true;
}

/** Words after a possessive marker within which the owned name starts ("Iraq's northern Nineveh province"). */
const MAX_OWNED = 3;
/** The same after a place noun the possessor owns ("Thailand's violence-plagued southern province Pattani"). */
const MAX_OWNED_NAMED = 7;

/** Possessive, country-to-place and nearby more precise refinements of a known place. */
function refineKnown(
  doc: Doc,
  chosen: ResolvedMention,
  inClause: readonly ResolvedMention[],
  attached: readonly ResolvedMention[],
  words: PlaceWords,
): ResolvedMention {
  const { tokens } = doc;
  let best = chosen;
  // "Baghdad's Sadr City neighbourhood", "Iraq's northern Nineveh province": the second is inside the first.
  const owner = best.mention.tokenEnd;
  if (owner < tokens.length && POSSESSIVE_CLITICS.has(tokens.lower[owner])) {
    const owned = inClause.find(({ mention }) => ownedBy(doc, mention, best.mention, words));
    if (owned && owned.place.country === best.place.country) best = owned;
  }
  for (const other of best.place.precision === "country" ? inClause : attached) {
    if (other.place.country === null || other.place.country !== best.place.country) continue;
    if (RANK[precisionOf(other)] <= RANK[precisionOf(best)] || !sameStretch(doc, best.mention, other.mention))
      continue;
    if (
      precisionOf(best) !== "country" &&
      (gap(other.mention, best.mention) > NEAR_UPGRADE || liesIn(doc, best.mention, other.mention))
    )
      continue;
    best = other;
  }
  return best;
}

/**
 * Whether two names belong to one stretch of prepositional phrases: no verb between them, and no
 * comma unless they are side by side ("the Central African Republic, Bangui"). "rolled into
 * Georgia, officials in Tbilisi said" names two places for two different things.
 */
function sameStretch(doc: Doc, a: PlaceMention, b: PlaceMention): boolean {
  const [first, second] = a.tokenStart < b.tokenStart ? [a, b] : [b, a];
  for (let t = first.tokenEnd; t < second.tokenStart; t++) {
    const pos = tagOf(doc, t);
    if (pos === "VERB" || pos === "AUX") return false;
    if (doc.tokens.text[t] === "," && second.tokenStart - first.tokenEnd > 2) return false;
  }
  return true;
}

/** "the East Ghouta region of rural Damascus": an "of" between the two puts the first inside the second. */
function liesIn(doc: Doc, inner: PlaceMention, outer: PlaceMention): boolean {
  if (outer.tokenStart < inner.tokenEnd) return false;
  for (let t = inner.tokenEnd; t < outer.tokenStart; t++) if (doc.tokens.lower[t] === "of") return true;
  return false;
}

/** Tokens between two mentions (0 when adjacent or overlapping). */
function gap(a: PlaceMention, b: PlaceMention): number {
  return Math.max(0, a.tokenStart - b.tokenEnd, b.tokenStart - a.tokenEnd);
}
