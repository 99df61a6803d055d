import {
  B0T,
  B0VL,
  configurationValues,
  DIST,
  DIST1,
  FEATURE_GROUPS,
  groupFeatures,
  NO_TAG,
  ROOT_TAG,
  S0LL,
  S0RL,
  S0T,
  S0VL,
  S0VR,
  S1T,
  S1VR,
} from "./feature-groups.js";
import { featureKey } from "./hash.js";
import type { ParseState } from "./transition-system.js";
import { supersenses } from "./word-classes.js";
import { PAD_WORD, ROOT_WORD, type WordFeatures } from "./word-features.js";

/**
 * Template sets: the buffer-front and lexical templates each set leaves out (the grouped ones are
 * always read). A lexical template costs a key hash and a table probe per configuration; each left
 * out one was worth next to nothing on EWT dev (see docs/syntax.md, "Speed"). A model records its
 * set in its header (`SyntaxHeader.parserTemplates`; absent: the full set).
 */
export const TEMPLATE_SETS: Readonly<Record<string, readonly number[]>> = {
  "zn2011-hybrid.2": [],
  "lean.1": [121, 122, 124, 132, 134, 162, 165, 172, 174, 176, 183, 199, 200, 202, 204, 206, 210],
  "lean.2": [
    ...[121, 122, 124, 132, 134, 162, 165, 172, 174, 176, 183, 199, 200, 202, 204, 206, 210],
    ...[104, 120, 130, 167, 201, 203],
  ],
  "lean.3": [121, 122, 124, 172, 183, 199, 200, 202, 204, 206, 210],
};

/** The full template set's name (a model without `parserTemplates`). */
export const FULL_TEMPLATES = "zn2011-hybrid.2";

/**
 * Templates that read WordNet's word classes (`WordFeatures.wordClass`), read only by a set that
 * adds them by name ("zn2011-hybrid.2+wordnet.1"): the supersenses of s0, s1 and b0, paired with
 * each other, a tag, and the word of a candidate's leftmost child (in UD a prepositional phrase is
 * headed by its noun, so that child is the preposition: "fired shells at the village").
 */
const WORD_CLASS_TEMPLATES: Readonly<Record<string, readonly number[]>> = {
  "wordnet.1": [220, 221, 222, 223, 224, 225, 226],
};
/** Every template that reads word classes: off in a set that does not add it. */
const ALL_WORD_CLASS_TEMPLATES = [...new Set(Object.values(WORD_CLASS_TEMPLATES).flat())];

/** Per template id, 1 when template set `name` reads it (undefined for an unknown set). */
export function templateFlags(name: string): Uint8Array | undefined {
  const [base, extra, ...more] = name.split("+");
  const left = TEMPLATE_SETS[base];
  const added = extra === undefined ? [] : WORD_CLASS_TEMPLATES[extra];
  if (!left || !added || more.length > 0) return undefined;
  const on = new Uint8Array(256).fill(1);
  for (const t of ALL_WORD_CLASS_TEMPLATES) on[t] = 0;
  for (const t of left) on[t] = 0;
  for (const t of added) on[t] = 1;
  return on;
}

/** Whether template set `name` reads WordNet's word classes. */
export function templatesReadClasses(name: string): boolean {
  const on = templateFlags(name);
  return on !== undefined && ALL_WORD_CLASS_TEMPLATES.some((t) => on[t] === 1);
}

const ALL_TEMPLATES = templateFlags(FULL_TEMPLATES) as Uint8Array;

/** Upper bound on the number of parser features per configuration. */
export const MAX_PARSER_FEATURES = 112;

/** The supersenses of word `i` (`PAD_WORD` outside the sentence, `ROOT_WORD` for the root, 0 without classes). */
function classAt(words: WordFeatures, i: number): number {
  if (i < 0) return PAD_WORD;
  if (i === words.length) return ROOT_WORD;
  return words.wordClass === undefined ? 0 : supersenses(words.wordClass[i]);
}

/**
 * The features that depend on nothing but the front of the buffer (b0–b2 and a bias): the parser
 * scores them once per buffer position, as b0 stays in place over several moves.
 */
export function bufferFeatures(
  words: WordFeatures,
  tags: Uint8Array,
  b0: number,
  out: Uint32Array,
  on: Uint8Array = ALL_TEMPLATES,
): number {
  const n = words.length;
  const b1 = b0 + 1 <= n ? b0 + 1 : -1;
  const b2 = b0 + 2 <= n ? b0 + 2 : -1;
  const word = (i: number) => (i < 0 ? PAD_WORD : i === n ? ROOT_WORD : words.lower[i]);
  const tag = (i: number) => (i < 0 ? NO_TAG : i === n ? ROOT_TAG : tags[i]);
  const suffix = (i: number) => (i < 0 || i === n ? PAD_WORD : words.suffix3[i]);
  const b0w = word(b0),
    b0t = tag(b0),
    b1w = word(b1),
    b1t = tag(b1),
    b2t = tag(b2);
  let k = 0;
  if (on[100]) out[k++] = featureKey(100, 0);
  if (on[104]) out[k++] = featureKey(104, b0w);
  if (on[105]) out[k++] = featureKey(105, b0t);
  if (on[106]) out[k++] = featureKey(106, b0w, b0t);
  if (on[107]) out[k++] = featureKey(107, b1w);
  if (on[108]) out[k++] = featureKey(108, b1t);
  if (on[109]) out[k++] = featureKey(109, b1w, b1t);
  if (on[113]) out[k++] = featureKey(113, b2t);
  if (on[115]) out[k++] = featureKey(115, word(b2));
  if (on[127]) out[k++] = featureKey(127, b0t, b1t);
  if (on[140]) out[k++] = featureKey(140, b0t, b1t, b2t);
  if (on[211]) out[k++] = featureKey(211, b0t, suffix(b0));
  if (on[213]) out[k++] = featureKey(213, b1t, suffix(b1));
  return k;
}

/**
 * The templates that read words (so cannot be grouped): words of s0, s1, b0 and of the children,
 * pairs with tags, distances and valencies, label sets and suffixes. Needs `configurationValues`
 * filled for the same configuration. Writes from `offset` and returns the end.
 */
export function lexicalFeatures(
  words: WordFeatures,
  st: ParseState,
  v: Int32Array,
  out: Uint32Array,
  offset = 0,
  on: Uint8Array = ALL_TEMPLATES,
): number {
  return frontFeatures(words, st, v, out, stackPairFeatures(words, st.s(1), st.s(0), v, out, offset, on), on);
}

/**
 * The lexical templates that read only s1 and s0 (their words, tags, suffixes and distance), so
 * their scores depend only on which two words they are: after a reduction the same pair is on top
 * of the stack again, and the parser reuses their summed row (`DenseScorer.queuePair`).
 */
export function stackPairFeatures(
  words: WordFeatures,
  s1: number,
  s0: number,
  v: Int32Array,
  out: Uint32Array,
  offset = 0,
  on: Uint8Array = ALL_TEMPLATES,
): number {
  const lower = words.lower;
  const s0w = s0 < 0 ? PAD_WORD : lower[s0],
    s1w = s1 < 0 ? PAD_WORD : lower[s1];
  const s0t = v[S0T],
    s1t = v[S1T],
    dist1 = v[DIST1];
  let k = offset;
  if (on[101]) out[k++] = featureKey(101, s0w);
  if (on[103]) out[k++] = featureKey(103, s0w, s0t);
  if (on[110]) out[k++] = featureKey(110, s1w);
  if (on[112]) out[k++] = featureKey(112, s1w, s1t);
  if (on[129]) out[k++] = featureKey(129, s1w, s0w);
  if (on[130]) out[k++] = featureKey(130, s1w, s1t, featureKey(0, s0w, s0t));
  if (on[132]) out[k++] = featureKey(132, s1w, s0t);
  if (on[133]) out[k++] = featureKey(133, s1t, s0w);
  if (on[167]) out[k++] = featureKey(167, s1w, s0w, dist1);
  // Suffixes with tags: stand in for fine tags (-ed/-ing/-s) and help with rare words.
  if (on[210]) out[k++] = featureKey(210, s0t, s0 < 0 ? PAD_WORD : words.suffix3[s0]);
  if (on[212]) out[k++] = featureKey(212, s1t, s1 < 0 ? PAD_WORD : words.suffix3[s1]);
  if (on[220]) out[k++] = featureKey(220, classAt(words, s1), classAt(words, s0));
  if (on[221]) out[k++] = featureKey(221, s1t, classAt(words, s0));
  return k;
}

/** The other lexical templates: those that read b0 or the children, valencies and label sets. */
export function frontFeatures(
  words: WordFeatures,
  st: ParseState,
  v: Int32Array,
  out: Uint32Array,
  offset = 0,
  on: Uint8Array = ALL_TEMPLATES,
): number {
  const n = st.n;
  const lower = words.lower;
  const word = (i: number) => (i < 0 ? PAD_WORD : i === n ? ROOT_WORD : lower[i]);
  const s0 = st.s(0);
  const s1 = st.s(1);
  const b0 = st.buffer;
  const s0w = word(s0),
    s1w = word(s1),
    b0w = word(b0);
  const s0t = v[S0T],
    s1t = v[S1T],
    b0t = v[B0T],
    dist = v[DIST];
  let k = offset;
  if (on[120]) out[k++] = featureKey(120, s0w, s0t, featureKey(0, b0w, b0t));
  if (on[121]) out[k++] = featureKey(121, s0w, s0t, b0w);
  if (on[122]) out[k++] = featureKey(122, s0w, b0w, b0t);
  if (on[123]) out[k++] = featureKey(123, s0w, s0t, b0t);
  if (on[124]) out[k++] = featureKey(124, s0t, b0w, b0t);
  if (on[125]) out[k++] = featureKey(125, s0w, b0w);
  if (on[134]) out[k++] = featureKey(134, s1t, b0w);
  if (on[160]) out[k++] = featureKey(160, s0w, dist);
  if (on[162]) out[k++] = featureKey(162, b0w, dist);
  if (on[165]) out[k++] = featureKey(165, s0w, b0w, dist);
  if (on[170]) out[k++] = featureKey(170, s0w, v[S0VR]);
  if (on[172]) out[k++] = featureKey(172, s0w, v[S0VL]);
  if (on[174]) out[k++] = featureKey(174, b0w, v[B0VL]);
  if (on[176]) out[k++] = featureKey(176, s1w, v[S1VR]);
  if (on[180]) out[k++] = featureKey(180, word(s0 >= 0 ? st.left1[s0] : -1));
  if (on[183]) out[k++] = featureKey(183, word(s0 >= 0 ? st.right1[s0] : -1));
  if (on[186]) out[k++] = featureKey(186, word(st.left1[b0]));
  if (on[190]) out[k++] = featureKey(190, word(s1 >= 0 ? st.right1[s1] : -1));
  if (on[199]) out[k++] = featureKey(199, s0w, v[S0LL], v[S0RL]);
  // Label sets.
  const s0ls = s0 >= 0 ? st.leftLabels[s0] : 0;
  const s0rs = s0 >= 0 ? st.rightLabels[s0] : 0;
  const b0ls = st.leftLabels[b0];
  if (on[200]) out[k++] = featureKey(200, s0w, s0ls);
  if (on[201]) out[k++] = featureKey(201, s0t, s0ls);
  if (on[202]) out[k++] = featureKey(202, s0w, s0rs);
  if (on[203]) out[k++] = featureKey(203, s0t, s0rs);
  if (on[204]) out[k++] = featureKey(204, b0w, b0ls);
  if (on[205]) out[k++] = featureKey(205, b0t, b0ls);
  if (on[206]) out[k++] = featureKey(206, s1t, s1 >= 0 ? st.rightLabels[s1] : 0);
  if (on[207]) out[k++] = featureKey(207, s1t, s1 >= 0 ? st.leftLabels[s1] : 0);
  if (on[222]) {
    // Word classes (222–226 come together): the candidate heads' supersenses with a phrase's and its preposition.
    const s0c = classAt(words, s0),
      s1c = classAt(words, s1),
      b0c = classAt(words, b0);
    const s0lw = word(s0 >= 0 ? st.left1[s0] : -1);
    const b0lw = word(st.left1[b0]);
    out[k++] = featureKey(222, s0c, b0c);
    out[k++] = featureKey(223, s0c, s0lw, s1c);
    out[k++] = featureKey(224, b0c, b0lw, s0c);
    out[k++] = featureKey(225, s0c, s0lw, b0c);
    out[k++] = featureKey(226, b0c, s0t);
  }
  return k;
}

/**
 * All features of a configuration but the buffer front's: the lexical ones, then every group
 * expanded (training scores them together; inference caches the groups). Fills `values` on the way.
 */
export function movingFeatures(
  words: WordFeatures,
  tags: Uint8Array,
  st: ParseState,
  values: Int32Array,
  out: Uint32Array,
  offset = 0,
  on: Uint8Array = ALL_TEMPLATES,
): number {
  configurationValues(tags, st, values);
  let k = lexicalFeatures(words, st, values, out, offset, on);
  for (let g = 0; g < FEATURE_GROUPS.length; g++) k = groupFeatures(g, values, out, k);
  return k;
}

/** All features of a configuration: `bufferFeatures` then `movingFeatures`. */
export function parserFeatures(
  words: WordFeatures,
  tags: Uint8Array,
  st: ParseState,
  values: Int32Array,
  out: Uint32Array,
  on: Uint8Array = ALL_TEMPLATES,
): number {
  return movingFeatures(words, tags, st, values, out, bufferFeatures(words, tags, st.buffer, out, on), on);
}
