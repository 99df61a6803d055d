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

/** Appends the text of `root` to `out`, depth-first with its own stack: deeply nested pages must not overflow the call stack. */
function walk(root: TextNodeLike, out: string[]): void {
  // A string on the stack is text to emit after a block's children (its closing break).
  const stack: (TextNodeLike | string)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as TextNodeLike | string;
    if (typeof node === "string") {
      out.push(node);
      continue;
    }
    if (node.nodeType === 3) {
      out.push((node.textContent ?? "").replace(/\s+/g, " "));
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    if (tag === "BR") {
      out.push("\n");
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      out.push("\n\n");
      stack.push("\n\n");
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]);
  }
}

/** How deeply the elements under `root` nest (counted without recursion). */
export function nestingDepth(root: TextNodeLike): number {
  let deepest = 0;
  const stack: [TextNodeLike, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [TextNodeLike, number];
    if (depth > deepest) deepest = depth;
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i];
      if (child.nodeType === 1) stack.push([child, depth + 1]);
    }
  }
  return deepest;
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
