import type { DocumentInput } from "../model/document.js";
import { htmlFragmentToText, nodeToText, type TextNodeLike } from "./html-to-text.js";
import { linkedom } from "./linkedom.js";
import { normalizePublishedDate } from "./published-date.js";
import type { InputProblem, ReadDocumentsResult } from "./read-documents.js";

/** Options for {@link readFeed}. */
export interface ReadFeedOptions {
  /** Publication date for items that carry none. */
  defaultDate?: string;
  /** Outlet for items whose feed names none. */
  defaultSource?: string;
  /** Largest item text accepted, in bytes. */
  maxDocumentBytes?: number;
}

/** The kind of feed a parsed XML root element is, or null. */
function feedKind(root: Element | null): "rss" | "atom" | null {
  const name = root?.tagName.toLowerCase() ?? "";
  if (name === "rss" || name === "rdf:rdf" || name === "rdf") return "rss";
  if (name === "feed") return "atom";
  return null;
}

function child(element: Element, ...names: string[]): Element | undefined {
  for (const node of element.children) if (names.includes(node.tagName.toLowerCase())) return node;
  return undefined;
}

function childText(element: Element, ...names: string[]): string | undefined {
  const text = child(element, ...names)?.textContent?.trim();
  return text ? text : undefined;
}

function descendants(root: Element, name: string): Element[] {
  const found: Element[] = [];
  const visit = (element: Element) => {
    for (const node of element.children) {
      if (node.tagName.toLowerCase() === name) found.push(node);
      else visit(node);
    }
  };
  visit(root);
  return found;
}

/** Text of an Atom text construct (`type` text, html or xhtml) or an RSS HTML field. */
function itemText(element: Element | undefined): string {
  if (!element) return "";
  const type = element.getAttribute("type")?.toLowerCase();
  if (type === "xhtml") return nodeToText(element as unknown as TextNodeLike);
  if (type === "text") return (element.textContent ?? "").trim();
  return htmlFragmentToText(element.textContent ?? "");
}

function atomLink(entry: Element): string | undefined {
  const links = [...entry.children].filter((node) => node.tagName.toLowerCase() === "link");
  const alternate =
    links.find((link) => (link.getAttribute("rel") ?? "alternate") === "alternate") ?? links[0];
  return alternate?.getAttribute("href")?.trim() || undefined;
}

function rssItem(item: Element) {
  return {
    id: childText(item, "guid") ?? childText(item, "link"),
    title: childText(item, "title"),
    url: childText(item, "link"),
    date: childText(item, "pubdate", "dc:date", "published", "updated"),
    source: childText(item, "source"),
    text: itemText(child(item, "content:encoded")) || itemText(child(item, "description")),
  };
}

function atomEntry(entry: Element) {
  const url = atomLink(entry);
  const source = child(entry, "source");
  return {
    id: childText(entry, "id") ?? url,
    title: childText(entry, "title"),
    url,
    date: childText(entry, "published", "updated", "dc:date"),
    source: source ? childText(source, "title") : undefined,
    text: itemText(child(entry, "content")) || itemText(child(entry, "summary")),
  };
}

/** True when the text looks like an RSS, RDF or Atom document. */
export function looksLikeFeed(text: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/.test(text);
}

/**
 * Documents from an RSS 2.0, RSS 1.0 (RDF) or Atom feed: each item's content (else description or
 * summary) as text, its publication date, link and title; the outlet is the item's `<source>`, else the
 * feed's title. Items without text are reported and skipped.
 */
export function readFeed(xml: string, name: string, options: ReadFeedOptions = {}): ReadDocumentsResult {
  const problems: InputProblem[] = [];
  const parsed = new (linkedom().DOMParser)().parseFromString(xml, "text/xml") as unknown as Document;
  const root = parsed.documentElement;
  const kind = feedKind(root);
  if (!kind) return { documents: [], problems: [{ file: name, message: "is not an RSS or Atom feed" }] };
  const channel = kind === "rss" ? (child(root, "channel") ?? root) : root;
  const feedTitle = childText(channel, "title");
  const items = descendants(root, kind === "rss" ? "item" : "entry");
  const documents: DocumentInput[] = [];
  items.forEach((element, index) => {
    const item = kind === "rss" ? rssItem(element) : atomEntry(element);
    const label = `item ${index + 1}${item.title ? ` ("${item.title.slice(0, 60)}")` : ""}`;
    if (item.text === "") {
      problems.push({ file: name, message: `${label} has no text` });
      return;
    }
    if (options.maxDocumentBytes !== undefined && Buffer.byteLength(item.text) > options.maxDocumentBytes) {
      problems.push({
        file: name,
        message: `${label} is too large (limit ${options.maxDocumentBytes} bytes)`,
      });
      return;
    }
    documents.push({
      id: item.id ?? `${name}#${index + 1}`,
      text: item.text,
      date: normalizePublishedDate(item.date) ?? options.defaultDate,
      url: item.url,
      source: item.source ?? feedTitle ?? options.defaultSource,
      title: item.title,
    });
  });
  if (items.length === 0) problems.push({ file: name, message: "feed has no items" });
  return { documents, problems };
}
