import { featureKey } from "./hash.js";
import type { ParseState } from "./transition-system.js";

/** Tag and label ids standing for "no word", "the root" and "no child". */
export const NO_TAG = 250;
export const ROOT_TAG = 251;
export const NO_LABEL = 252;

/**
 * Slots of the small values of a configuration (tags, labels, distances, valencies; each < 256)
 * that the grouped templates read. `configurationValues` fills them.
 */
export const S0T = 0,
  S1T = 1,
  S2T = 2,
  B0T = 3,
  B1T = 4,
  DIST = 5,
  DIST1 = 6,
  S0LT = 7,
  S0RT = 8,
  S0L2T = 9,
  S0R2T = 10,
  S1LT = 11,
  S1RT = 12,
  B0LT = 13,
  B0L2T = 14,
  S0LL = 15,
  S0RL = 16,
  B0LL = 17,
  S1LL = 18,
  S1RL = 19,
  S0L2L = 20,
  S0R2L = 21,
  B0L2L = 22,
  S0VL = 23,
  S0VR = 24,
  B0VL = 25,
  S1VL = 26,
  S1VR = 27;
/** Number of value slots. */
export const VALUE_SLOTS = 28;

/**
 * A group of templates that read nothing but up to five small values of the configuration, so the
 * summed scores of the whole group depend only on those values: inference caches them per value
 * tuple (`DenseScorer`), training expands the group into its feature keys. Each template is
 * `[template id, slot, slot?, slot?]`.
 */
export interface FeatureGroup {
  slots: readonly number[];
  templates: readonly (readonly number[])[];
}

/** The grouped templates (Zhang & Nivre 2011 tag, label, distance and valency templates). */
export const FEATURE_GROUPS: readonly FeatureGroup[] = [
  {
    slots: [S0T, B0T, DIST],
    templates: [
      [102, S0T],
      [126, S0T, B0T],
      [161, S0T, DIST],
      [163, B0T, DIST],
      [164, S0T, B0T, DIST],
    ],
  },
  {
    slots: [S1T, S0T, B0T, B1T],
    templates: [
      [111, S1T],
      [128, S1T, S0T],
      [131, S1T, B0T],
      [141, S0T, B0T, B1T],
      [142, S1T, S0T, B0T],
      [151, S1T, S0T, B1T],
    ],
  },
  {
    slots: [S2T, S1T, S0T, DIST1],
    templates: [
      [114, S2T],
      [143, S2T, S1T, S0T],
      [166, S1T, S0T, DIST1],
    ],
  },
  {
    slots: [S0T, S0LT, S0RT, B0T],
    templates: [
      [144, S0T, S0LT, B0T],
      [145, S0T, S0RT, B0T],
      [181, S0LT],
      [184, S0RT],
    ],
  },
  {
    slots: [S1T, S0T, S0LT, S0RT],
    templates: [
      [147, S1T, S0T, S0LT],
      [148, S1T, S0T, S0RT],
    ],
  },
  {
    slots: [S1T, S1LT, S1RT, S0T],
    templates: [
      [149, S1T, S1RT, S0T],
      [150, S1T, S1LT, S0T],
    ],
  },
  {
    slots: [B0T, B0LT, B0L2T, S0T, B0L2L],
    templates: [
      [146, S0T, B0T, B0LT],
      [187, B0LT],
      [197, B0T, B0LT, B0L2T],
      [194, B0L2T, B0L2L],
    ],
  },
  {
    slots: [S0T, S0LT, S0L2T, S0LL],
    templates: [
      [195, S0T, S0LT, S0L2T],
      [182, S0LL],
    ],
  },
  {
    slots: [S0T, S0RT, S0R2T, S0RL],
    templates: [
      [196, S0T, S0RT, S0R2T],
      [185, S0RL],
    ],
  },
  {
    slots: [S0T, S0VL, S0VR, S0LL, S0RL],
    templates: [
      [171, S0T, S0VR],
      [173, S0T, S0VL],
      [198, S0T, S0LL, S0RL],
    ],
  },
  {
    slots: [B0T, B0VL, B0LL],
    templates: [
      [175, B0T, B0VL],
      [188, B0LL],
    ],
  },
  {
    slots: [S1T, S1VR, S1VL],
    templates: [
      [177, S1T, S1VR],
      [178, S1T, S1VL],
    ],
  },
  {
    slots: [S1LT, S1LL, S1RT, S1RL],
    templates: [
      [189, S1LT, S1LL],
      [191, S1RT, S1RL],
    ],
  },
  {
    slots: [S0L2T, S0L2L, S0R2T, S0R2L],
    templates: [
      [192, S0L2T, S0L2L],
      [193, S0R2T, S0R2L],
    ],
  },
];

/** Fills the value slots (`VALUE_SLOTS` long) the grouped templates read. */
export function configurationValues(tags: Uint8Array, st: ParseState, v: Int32Array): void {
  const n = st.n;
  const labels = st.labels;
  const tag = (i: number) => (i < 0 ? NO_TAG : i === n ? ROOT_TAG : tags[i]);
  const label = (i: number) => (i < 0 || i === n || labels[i] < 0 ? NO_LABEL : labels[i]);
  const s0 = st.s(0);
  const s1 = st.s(1);
  const b0 = st.buffer;
  const s0l = s0 >= 0 ? st.left1[s0] : -1;
  const s0r = s0 >= 0 ? st.right1[s0] : -1;
  const s0l2 = s0 >= 0 ? st.left2[s0] : -1;
  const s0r2 = s0 >= 0 ? st.right2[s0] : -1;
  const s1l = s1 >= 0 ? st.left1[s1] : -1;
  const s1r = s1 >= 0 ? st.right1[s1] : -1;
  const b0l = st.left1[b0];
  const b0l2 = st.left2[b0];
  v[S0T] = tag(s0);
  v[S1T] = tag(s1);
  v[S2T] = tag(st.s(2));
  v[B0T] = tag(b0);
  v[B1T] = tag(b0 + 1 <= n ? b0 + 1 : -1);
  v[DIST] = s0 < 0 ? 0 : b0 === n ? 9 : Math.min(b0 - s0, 6);
  v[DIST1] = s1 < 0 ? 0 : Math.min(s0 - s1, 6);
  v[S0LT] = tag(s0l);
  v[S0RT] = tag(s0r);
  v[S0L2T] = tag(s0l2);
  v[S0R2T] = tag(s0r2);
  v[S1LT] = tag(s1l);
  v[S1RT] = tag(s1r);
  v[B0LT] = tag(b0l);
  v[B0L2T] = tag(b0l2);
  v[S0LL] = label(s0l);
  v[S0RL] = label(s0r);
  v[B0LL] = label(b0l);
  v[S1LL] = label(s1l);
  v[S1RL] = label(s1r);
  v[S0L2L] = label(s0l2);
  v[S0R2L] = label(s0r2);
  v[B0L2L] = label(b0l2);
  v[S0VL] = s0 >= 0 ? st.leftCount[s0] : 0;
  v[S0VR] = s0 >= 0 ? st.rightCount[s0] : 0;
  v[B0VL] = st.leftCount[b0];
  v[S1VL] = s1 >= 0 ? st.leftCount[s1] : 0;
  v[S1VR] = s1 >= 0 ? st.rightCount[s1] : 0;
}

/** Writes the feature keys of group `g` for the values `v` from `offset`; returns the end. */
export function groupFeatures(g: number, v: Int32Array, out: Uint32Array, offset: number): number {
  let k = offset;
  for (const t of FEATURE_GROUPS[g].templates)
    out[k++] = featureKey(t[0], v[t[1]], t.length > 2 ? v[t[2]] : 0, t.length > 3 ? v[t[3]] : 0);
  return k;
}
