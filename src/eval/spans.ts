import type { Span } from "../model/document.js";

/**
 * Whether two half-open character spans share at least one character.
 * @example spansOverlap({ start: 0, end: 5 }, { start: 4, end: 9 }) // true
 */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether `span` overlaps any of `spans`. */
export function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((other) => spansOverlap(span, other));
}

/**
 * Finds a phrase in a text: exact match first, then case-insensitive; null when absent.
 * Gold files that give phrases without offsets (ConfliBERT, annotated news) are located this way.
 * @example locatePhrase("Iraq struck Iran.", "Iran") // { start: 12, end: 16 }
 */
export function locatePhrase(text: string, phrase: string): Span | null {
  const needle = phrase.trim();
  if (needle === "") return null;
  let start = text.indexOf(needle);
  if (start < 0) start = text.toLowerCase().indexOf(needle.toLowerCase());
  return start < 0 ? null : { start, end: start + needle.length };
}

/** Locates every phrase it can, dropping those not found in the text. */
export function locatePhrases(text: string, phrases: readonly string[] | null | undefined): Span[] {
  const spans: Span[] = [];
  for (const phrase of phrases ?? []) {
    const span = locatePhrase(text, phrase);
    if (span) spans.push(span);
  }
  return spans;
}
