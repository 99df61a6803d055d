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
import { PAD_WORD, ROOT_WORD, type WordFeatures } from "./word-features.js";

/** Upper bound on the number of parser features per configuration. */
export const MAX_PARSER_FEATURES = 96;

/**
 * The features that depend on nothing but the front of the buffer (b0–b2 and a bias): the parser
 * scores them once per buffer position, as b0 stays in place over several moves.
 */
export function bufferFeatures(words: WordFeatures, tags: Uint8Array, b0: number, out: Uint32Array): number {
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
  out[k++] = featureKey(100, 0);
  out[k++] = featureKey(104, b0w);
  out[k++] = featureKey(105, b0t);
  out[k++] = featureKey(106, b0w, b0t);
  out[k++] = featureKey(107, b1w);
  out[k++] = featureKey(108, b1t);
  out[k++] = featureKey(109, b1w, b1t);
  out[k++] = featureKey(113, b2t);
  out[k++] = featureKey(115, word(b2));
  out[k++] = featureKey(127, b0t, b1t);
  out[k++] = featureKey(140, b0t, b1t, b2t);
  out[k++] = featureKey(211, b0t, suffix(b0));
  out[k++] = featureKey(213, b1t, suffix(b1));
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
): number {
  const n = st.n;
  const lower = words.lower;
  const word = (i: number) => (i < 0 ? PAD_WORD : i === n ? ROOT_WORD : lower[i]);
  const suffix = (i: number) => (i < 0 || i === n ? PAD_WORD : words.suffix3[i]);
  const s0 = st.s(0);
  const s1 = st.s(1);
  const b0 = st.buffer;
  const s0w = word(s0),
    s1w = word(s1),
    b0w = word(b0);
  const s0t = v[S0T],
    s1t = v[S1T],
    b0t = v[B0T],
    dist = v[DIST],
    dist1 = v[DIST1];
  let k = offset;
  out[k++] = featureKey(101, s0w);
  out[k++] = featureKey(103, s0w, s0t);
  out[k++] = featureKey(110, s1w);
  out[k++] = featureKey(112, s1w, s1t);
  out[k++] = featureKey(120, s0w, s0t, featureKey(0, b0w, b0t));
  out[k++] = featureKey(121, s0w, s0t, b0w);
  out[k++] = featureKey(122, s0w, b0w, b0t);
  out[k++] = featureKey(123, s0w, s0t, b0t);
  out[k++] = featureKey(124, s0t, b0w, b0t);
  out[k++] = featureKey(125, s0w, b0w);
  out[k++] = featureKey(129, s1w, s0w);
  out[k++] = featureKey(130, s1w, s1t, featureKey(0, s0w, s0t));
  out[k++] = featureKey(132, s1w, s0t);
  out[k++] = featureKey(133, s1t, s0w);
  out[k++] = featureKey(134, s1t, b0w);
  out[k++] = featureKey(160, s0w, dist);
  out[k++] = featureKey(162, b0w, dist);
  out[k++] = featureKey(165, s0w, b0w, dist);
  out[k++] = featureKey(167, s1w, s0w, dist1);
  out[k++] = featureKey(170, s0w, v[S0VR]);
  out[k++] = featureKey(172, s0w, v[S0VL]);
  out[k++] = featureKey(174, b0w, v[B0VL]);
  out[k++] = featureKey(176, s1w, v[S1VR]);
  out[k++] = featureKey(180, word(s0 >= 0 ? st.left1[s0] : -1));
  out[k++] = featureKey(183, word(s0 >= 0 ? st.right1[s0] : -1));
  out[k++] = featureKey(186, word(st.left1[b0]));
  out[k++] = featureKey(190, word(s1 >= 0 ? st.right1[s1] : -1));
  out[k++] = featureKey(199, s0w, v[S0LL], v[S0RL]);
  // Label sets.
  const s0ls = s0 >= 0 ? st.leftLabels[s0] : 0;
  const s0rs = s0 >= 0 ? st.rightLabels[s0] : 0;
  const b0ls = st.leftLabels[b0];
  out[k++] = featureKey(200, s0w, s0ls);
  out[k++] = featureKey(201, s0t, s0ls);
  out[k++] = featureKey(202, s0w, s0rs);
  out[k++] = featureKey(203, s0t, s0rs);
  out[k++] = featureKey(204, b0w, b0ls);
  out[k++] = featureKey(205, b0t, b0ls);
  out[k++] = featureKey(206, s1t, s1 >= 0 ? st.rightLabels[s1] : 0);
  out[k++] = featureKey(207, s1t, s1 >= 0 ? st.leftLabels[s1] : 0);
  // Suffixes with tags: stand in for fine tags (-ed/-ing/-s) and help with rare words.
  out[k++] = featureKey(210, s0t, suffix(s0));
  out[k++] = featureKey(212, s1t, suffix(s1));
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
): number {
  configurationValues(tags, st, values);
  let k = lexicalFeatures(words, st, values, out, offset);
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
): number {
  return movingFeatures(words, tags, st, values, out, bufferFeatures(words, tags, st.buffer, out));
}
