import { featureKey } from "./hash.js";
import type { ParseState } from "./transition-system.js";
import { PAD_WORD, ROOT_WORD, type WordFeatures } from "./word-features.js";

/** Upper bound on the number of parser features per configuration. */
export const MAX_PARSER_FEATURES = 96;

const NO_TAG = 250;
const ROOT_TAG = 251;
const NO_LABEL = 252;

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
 * Zhang & Nivre (2011)-style features of a configuration, adapted to arc-hybrid: words and tags of
 * s0–s2 and b0–b2, their pairs and triples, the distance between s0 and b0, valencies, the
 * leftmost/rightmost children of s0, s1 and b0 with their labels, and the label sets of s0 and b0.
 * Those of `bufferFeatures` are not repeated here: a configuration's features are both sets.
 * Writes from `offset` and returns the end.
 */
export function movingFeatures(
  words: WordFeatures,
  tags: Uint8Array,
  st: ParseState,
  out: Uint32Array,
  offset = 0,
): number {
  const n = st.n;
  const lower = words.lower;
  const labels = st.labels;
  // Plain functions of the index (module-level helpers would need the arrays passed in every call).
  const word = (i: number) => (i < 0 ? PAD_WORD : i === n ? ROOT_WORD : lower[i]);
  const tag = (i: number) => (i < 0 ? NO_TAG : i === n ? ROOT_TAG : tags[i]);
  const label = (i: number) => (i < 0 || i === n || labels[i] < 0 ? NO_LABEL : labels[i]);
  const s0 = st.s(0);
  const s1 = st.s(1);
  const s2 = st.s(2);
  const b0 = st.buffer;
  const b1 = b0 + 1 <= n ? b0 + 1 : -1;
  const s0w = word(s0),
    s0t = tag(s0),
    s1w = word(s1),
    s1t = tag(s1),
    b0w = word(b0),
    b0t = tag(b0);
  const b1t = tag(b1),
    s2t = tag(s2);
  const s0l = s0 >= 0 ? st.left1[s0] : -1;
  const s0r = s0 >= 0 ? st.right1[s0] : -1;
  const s0l2 = s0 >= 0 ? st.left2[s0] : -1;
  const s0r2 = s0 >= 0 ? st.right2[s0] : -1;
  const s1l = s1 >= 0 ? st.left1[s1] : -1;
  const s1r = s1 >= 0 ? st.right1[s1] : -1;
  const b0l = st.left1[b0];
  const b0l2 = st.left2[b0];
  const s0lt = tag(s0l),
    s0rt = tag(s0r),
    b0lt = tag(b0l);
  const dist = s0 < 0 ? 0 : b0 === n ? 9 : Math.min(b0 - s0, 6);
  const dist1 = s1 < 0 ? 0 : Math.min(s0 - s1, 6);
  const s0vl = s0 >= 0 ? st.leftCount[s0] : 0;
  const s0vr = s0 >= 0 ? st.rightCount[s0] : 0;
  const b0vl = st.leftCount[b0];
  const s1vl = s1 >= 0 ? st.leftCount[s1] : 0;
  const s1vr = s1 >= 0 ? st.rightCount[s1] : 0;
  let k = offset;
  // Single words.
  out[k++] = featureKey(101, s0w);
  out[k++] = featureKey(102, s0t);
  out[k++] = featureKey(103, s0w, s0t);
  out[k++] = featureKey(110, s1w);
  out[k++] = featureKey(111, s1t);
  out[k++] = featureKey(112, s1w, s1t);
  out[k++] = featureKey(114, s2t);
  // Pairs.
  out[k++] = featureKey(120, s0w, s0t, featureKey(0, b0w, b0t));
  out[k++] = featureKey(121, s0w, s0t, b0w);
  out[k++] = featureKey(122, s0w, b0w, b0t);
  out[k++] = featureKey(123, s0w, s0t, b0t);
  out[k++] = featureKey(124, s0t, b0w, b0t);
  out[k++] = featureKey(125, s0w, b0w);
  out[k++] = featureKey(126, s0t, b0t);
  out[k++] = featureKey(128, s1t, s0t);
  out[k++] = featureKey(129, s1w, s0w);
  out[k++] = featureKey(130, s1w, s1t, featureKey(0, s0w, s0t));
  out[k++] = featureKey(131, s1t, b0t);
  out[k++] = featureKey(132, s1w, s0t);
  out[k++] = featureKey(133, s1t, s0w);
  out[k++] = featureKey(134, s1t, b0w);
  // Triples of tags.
  out[k++] = featureKey(141, s0t, b0t, b1t);
  out[k++] = featureKey(142, s1t, s0t, b0t);
  out[k++] = featureKey(143, s2t, s1t, s0t);
  out[k++] = featureKey(144, s0t, s0lt, b0t);
  out[k++] = featureKey(145, s0t, s0rt, b0t);
  out[k++] = featureKey(146, s0t, b0t, b0lt);
  out[k++] = featureKey(147, s1t, s0t, s0lt);
  out[k++] = featureKey(148, s1t, s0t, s0rt);
  out[k++] = featureKey(149, s1t, tag(s1r), s0t);
  out[k++] = featureKey(150, s1t, tag(s1l), s0t);
  out[k++] = featureKey(151, s1t, s0t, b1t);
  // Distance.
  out[k++] = featureKey(160, s0w, dist);
  out[k++] = featureKey(161, s0t, dist);
  out[k++] = featureKey(162, b0w, dist);
  out[k++] = featureKey(163, b0t, dist);
  out[k++] = featureKey(164, s0t, b0t, dist);
  out[k++] = featureKey(165, s0w, b0w, dist);
  out[k++] = featureKey(166, s1t, s0t, dist1);
  out[k++] = featureKey(167, s1w, s0w, dist1);
  // Valency.
  out[k++] = featureKey(170, s0w, s0vr);
  out[k++] = featureKey(171, s0t, s0vr);
  out[k++] = featureKey(172, s0w, s0vl);
  out[k++] = featureKey(173, s0t, s0vl);
  out[k++] = featureKey(174, b0w, b0vl);
  out[k++] = featureKey(175, b0t, b0vl);
  out[k++] = featureKey(176, s1w, s1vr);
  out[k++] = featureKey(177, s1t, s1vr);
  out[k++] = featureKey(178, s1t, s1vl);
  // Children.
  out[k++] = featureKey(180, word(s0l));
  out[k++] = featureKey(181, s0lt);
  out[k++] = featureKey(182, label(s0l));
  out[k++] = featureKey(183, word(s0r));
  out[k++] = featureKey(184, s0rt);
  out[k++] = featureKey(185, label(s0r));
  out[k++] = featureKey(186, word(b0l));
  out[k++] = featureKey(187, b0lt);
  out[k++] = featureKey(188, label(b0l));
  out[k++] = featureKey(189, tag(s1l), label(s1l));
  out[k++] = featureKey(190, word(s1r));
  out[k++] = featureKey(191, tag(s1r), label(s1r));
  out[k++] = featureKey(192, tag(s0l2), label(s0l2));
  out[k++] = featureKey(193, tag(s0r2), label(s0r2));
  out[k++] = featureKey(194, tag(b0l2), label(b0l2));
  out[k++] = featureKey(195, s0t, s0lt, tag(s0l2));
  out[k++] = featureKey(196, s0t, s0rt, tag(s0r2));
  out[k++] = featureKey(197, b0t, b0lt, tag(b0l2));
  out[k++] = featureKey(198, s0t, label(s0l), label(s0r));
  out[k++] = featureKey(199, s0w, label(s0l), label(s0r));
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
  const suffix = (i: number) => (i < 0 || i === n ? PAD_WORD : words.suffix3[i]);
  out[k++] = featureKey(210, s0t, suffix(s0));
  out[k++] = featureKey(212, s1t, suffix(s1));
  return k;
}

/** All features of a configuration: `bufferFeatures` then `movingFeatures` (training scores them together). */
export function parserFeatures(
  words: WordFeatures,
  tags: Uint8Array,
  st: ParseState,
  out: Uint32Array,
): number {
  return movingFeatures(words, tags, st, out, bufferFeatures(words, tags, st.buffer, out));
}
