import { createHash } from "node:crypto";

/**
 * The text as compared for duplicates: Unicode NFC, byte-order mark dropped, every run of whitespace
 * collapsed to one space, trimmed. Case and punctuation are kept.
 */
export function normalizeForHash(text: string): string {
  return text
    .normalize("NFC")
    .replace(/^\uFEFF/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * SHA-256 (hex) of the normalised text: two documents with the same hash hold the same content, so
 * re-ingesting a file, or a second copy of a wire story, stores nothing new.
 * @example contentHash("Iran  struck\nErbil.") === contentHash("Iran struck Erbil.") // true
 */
export function contentHash(text: string): string {
  return createHash("sha256").update(normalizeForHash(text)).digest("hex");
}
