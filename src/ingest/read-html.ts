import { Readability } from "@mozilla/readability";
import type { DocumentInput } from "../model/document.js";
import { nestingDepth, nodeToText, type TextNodeLike } from "./html-to-text.js";
import { linkedom } from "./linkedom.js";
import { normalizePublishedDate } from "./published-date.js";

/** What an HTML page says about itself in its head. */
export interface HtmlMetadata {
  title?: string;
  date?: string;
  source?: string;
  url?: string;
}

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
];

function metaContent(document: Document, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute("content")?.trim();
    if (value) return value;
  }
  return undefined;
}

/** `datePublished` from JSON-LD blocks, which many news sites use instead of meta tags. */
function jsonLdDate(document: Document): string | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const found = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? "");
    if (found) return found[1];
  }
  return undefined;
}

/** Title, publication date, outlet and canonical URL from an HTML page's meta tags. */
export function readHtmlMetadata(document: Document): HtmlMetadata {
  const title =
    metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
    (document.querySelector("title")?.textContent?.trim() || undefined);
  const rawDate =
    metaContent(document, DATE_META) ??
    jsonLdDate(document) ??
    document.querySelector("time[datetime]")?.getAttribute("datetime") ??
    undefined;
  const source = metaContent(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  const url =
    document.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim() ||
    metaContent(document, ['meta[property="og:url"]']);
  return {
    title,
    date: normalizePublishedDate(rawDate),
    source,
    url: url && /^https?:/.test(url) ? url : undefined,
  };
}

/** Options for {@link readHtml}. */
export interface ReadHtmlOptions {
  /** Where the page came from, when it does not name its canonical URL. */
  url?: string;
  /** Publication date for pages that carry none. */
  defaultDate?: string;
  /** Outlet for pages that do not name theirs. */
  defaultSource?: string;
}

/** Deeper than news pages nest (they stay under about 40 levels); deeper pages skip Readability. */
const MAX_READABILITY_DEPTH = 120;

/** The page as a DOM; a fragment without an <html> element ("!", "<p>text") is read as a body. */
function parsePage(html: string): Document {
  const { document } = linkedom().parseHTML(html);
  if (document.documentElement) return document;
  return linkedom().parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

/**
 * One document from an HTML page: the main text as found by Readability (paragraphs kept), falling
 * back to the whole body; title, date, outlet and URL from the meta tags.
 * @returns null when the page holds no text.
 */
export function readHtml(html: string, id: string, options: ReadHtmlOptions = {}): DocumentInput | null {
  const document = parsePage(html);
  const meta = readHtmlMetadata(document);
  // Readability rewrites the DOM it reads, so the metadata is taken first. Its time grows with the
  // square of the nesting depth, so a page nested deeper than any real article is read whole.
  const article =
    nestingDepth(document as unknown as TextNodeLike) > MAX_READABILITY_DEPTH
      ? null
      : new Readability(document, {
          serializer: (node) => nodeToText(node as unknown as TextNodeLike),
        }).parse();
  let text = article?.content ?? "";
  if (text.trim() === "") {
    const fresh = parsePage(html);
    text = fresh.body ? nodeToText(fresh.body as unknown as TextNodeLike) : "";
  }
  if (text.trim() === "") return null;
  return {
    id,
    text,
    date: meta.date ?? normalizePublishedDate(article?.publishedTime) ?? options.defaultDate,
    url: meta.url ?? options.url,
    source: meta.source ?? article?.siteName ?? options.defaultSource,
    title: meta.title ?? article?.title ?? undefined,
  };
}
