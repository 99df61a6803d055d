import { linkedom } from "./linkedom.js";

/** Elements that end a paragraph: their text is separated from what follows by a blank line. */
const BLOCK_TAGS = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TR",
  "UL",
]);
/** Elements whose content is never article text. */
const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "BUTTON", "FORM"]);

/** The minimal DOM node shape this module walks (linkedom's and the browser's both fit). */
export interface TextNodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<TextNodeLike>;
}

function walk(node: TextNodeLike, out: string[]): void {
  if (node.nodeType === 3) {
    out.push((node.textContent ?? "").replace(/\s+/g, " "));
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const tag = node.nodeName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return;
  if (tag === "BR") {
    out.push("\n");
    return;
  }
  const block = BLOCK_TAGS.has(tag);
  if (block) out.push("\n\n");
  for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i], out);
  if (block) out.push("\n\n");
}

/**
 * Plain text of a DOM subtree: paragraphs and other blocks separated by blank lines, runs of
 * whitespace collapsed, scripts and styles dropped.
 */
export function nodeToText(node: TextNodeLike): string {
  const out: string[] = [];
  walk(node, out);
  return out
    .join("")
    .split(/\n{2,}/)
    .map((paragraph) =>
      paragraph
        .split("\n")
        .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
        .filter((line) => line !== "")
        .join("\n"),
    )
    .filter((paragraph) => paragraph !== "")
    .join("\n\n");
}

/**
 * Plain text of an HTML fragment (feed descriptions, `content:encoded`).
 * @example htmlFragmentToText("<p>Iran <b>struck</b> Erbil.</p><p>Iraq protested.</p>") // "Iran struck Erbil.\n\nIraq protested."
 */
export function htmlFragmentToText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  const { document } = linkedom().parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeToText(document.body as unknown as TextNodeLike);
}
