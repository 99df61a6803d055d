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

/** Characters normalised at a time: a 50 MB text would otherwise need several copies at once. */
const HASH_CHUNK_CHARS = 1 << 20;

/**
 * SHA-256 (hex) of the normalised text ({@link normalizeForHash}): two documents with the same hash
 * hold the same content, so re-ingesting a file, or a second copy of a wire story, stores nothing
 * new. The text is normalised piece by piece, each cut just before whitespace (NFC never composes
 * across it), so memory stays at one piece whatever the text's length; the hash is the same.
 * @example contentHash("Iran  struck\nErbil.") === contentHash("Iran struck Erbil.") // true
 */
export function contentHash(text: string, chunkChars = HASH_CHUNK_CHARS): string {
  const hash = createHash("sha256");
  const whitespace = /\s/g;
  let start = 0;
  let started = false;
  let pendingSpace = false;
  while (start < text.length) {
    let end = text.length;
    if (start + chunkChars < text.length) {
      whitespace.lastIndex = start + chunkChars;
      end = whitespace.exec(text)?.index ?? text.length;
    }
    let piece = text.slice(start, end).normalize("NFC");
    if (start === 0) piece = piece.replace(/^\uFEFF/, "");
    piece = piece.replace(/\s+/g, " ");
    if (piece.startsWith(" ")) {
      pendingSpace = true;
      piece = piece.slice(1);
    }
    if (piece.length > 0) {
      const trailing = piece.endsWith(" ");
      if (trailing) piece = piece.slice(0, -1);
      if (pendingSpace && started) hash.update(" ");
      hash.update(piece);
      started = true;
      pendingSpace = trailing;
    }
    start = end;
  }
  return hash.digest("hex");
}
