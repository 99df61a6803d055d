import { extname } from "node:path";
import { looksLikeFeed } from "./read-feed.js";

/** The kinds of input `dyad ingest` reads. */
export type IngestFormat = "text" | "markdown" | "html" | "jsonl" | "feed";

/** Every {@link IngestFormat}, for option validation. */
export const INGEST_FORMATS: readonly IngestFormat[] = ["text", "markdown", "html", "jsonl", "feed"];

const BY_EXTENSION: Readonly<Record<string, IngestFormat>> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".rss": "feed",
  ".atom": "feed",
  ".xml": "feed",
};

/** The format a file name's extension announces, or undefined for unknown extensions. */
export function formatFromName(name: string): IngestFormat | undefined {
  return BY_EXTENSION[extname(name).toLowerCase()];
}

/**
 * The format of a text judged by its first characters: a feed root, an HTML document, JSON records
 * one per line, or else plain text.
 */
export function sniffFormat(text: string): IngestFormat {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, "");
  if (looksLikeFeed(head)) return "feed";
  if (/^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head)) return "html";
  if (/^\s*\{/.test(head)) return "jsonl";
  return "text";
}
