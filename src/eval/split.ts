import { createHash } from "node:crypto";
import type { GoldItem, GoldSet } from "./gold.js";

/**
 * The two parts every dev set is split into: rules are written only from `tune` sentences;
 * `check` is read only as a figure, so it estimates how Dyad does on news no rule was written from.
 */
export const SPLIT_PARTS = ["tune", "check"] as const;

/** One part of a dev set's split. */
export type SplitPart = (typeof SPLIT_PARTS)[number];

/** Share of texts that go to the tune part; the rest (about 30%) go to check. */
export const TUNE_SHARE = 0.7;

/**
 * Normalises a text before hashing, so the same sentence lands in the same part whatever its
 * formatting: Unicode NFKC, lower case, runs of whitespace as one space, trimmed.
 * @example normaliseSplitText("  Iran  SAID\n") // "iran said"
 */
export function normaliseSplitText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * The part a text belongs to (split v1): the first four bytes of the SHA-256 of the normalised
 * text, read as an unsigned big-endian integer and divided by 2³², below {@link TUNE_SHARE} → tune.
 * It depends on the text alone (not on ids, order or file), so duplicates always share a part and
 * the split never changes when a set grows.
 * @example splitPartOf("Iran condemned the strike.") // "tune" or "check", the same on every run
 */
export function splitPartOf(text: string): SplitPart {
  const digest = createHash("sha256").update(normaliseSplitText(text)).digest();
  return digest.readUInt32BE(0) / 2 ** 32 < TUNE_SHARE ? "tune" : "check";
}

/**
 * The items of a gold set in one part.
 * @example const check = goldPart(gold, "check").items.length;
 */
export function goldPart(gold: GoldSet, part: SplitPart): GoldSet {
  return { ...gold, items: gold.items.filter((item: GoldItem) => splitPartOf(item.text) === part) };
}
