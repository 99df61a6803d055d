/** A Markdown file as text plus what its front matter says. */
export interface MarkdownDocument {
  text: string;
  title?: string;
  date?: string;
  source?: string;
  url?: string;
}

function frontMatter(markdown: string): { fields: Map<string, string>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(markdown);
  const fields = new Map<string, string>();
  if (!match) return { fields, body: markdown };
  for (const line of match[1].split(/\r?\n/)) {
    const field = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (field) fields.set(field[1].toLowerCase(), field[2].trim().replace(/^(["'])(.*)\1$/, "$2"));
  }
  return { fields, body: markdown.slice(match[0].length) };
}

function stripInline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1") // images: keep the alt text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1") // links: keep the words
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1") // reference links
    .replace(/<\/?[A-Za-z][^>]*>/g, "") // inline HTML
    .replace(/`([^`]+)`/g, "$1")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(\*|_)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/~~(.+?)~~/g, "$1");
}

/**
 * Markdown reduced to plain prose: front matter read (title, date, source, url) and removed; fenced
 * code, reference definitions and rules dropped; heading, quote and list markers, emphasis, links and
 * images reduced to their words; table pipes turned into spaces. Paragraph breaks are kept.
 * @example markdownToText("# Strike\n\n**Iran** hit [Erbil](https://x).").text // "Strike\n\nIran hit Erbil."
 */
export function markdownToText(markdown: string): MarkdownDocument {
  const { fields, body } = frontMatter(markdown.replace(/^\uFEFF/, ""));
  const out: string[] = [];
  let inFence = false;
  let firstHeading: string | undefined;
  for (const raw of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    if (/^\s*\[[^\]]+\]:\s+\S/.test(raw)) continue;
    if (
      /^\s*([-*_])(\s*\1){2,}\s*$/.test(raw) ||
      /^\s*\|?\s*:?-{3,}/.test(raw) ||
      /^\s*(=+|-+)\s*$/.test(raw)
    ) {
      out.push("");
      continue;
    }
    let line = raw
      .replace(/^\s{0,3}#{1,6}\s+/, "")
      .replace(/\s+#+\s*$/, "")
      .replace(/^\s*(>\s?)+/, "")
      .replace(/^\s*([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?/, "");
    if (/^\s*\|/.test(line))
      line = line
        .replace(/^\s*\||\|\s*$/g, "")
        .trim()
        .replace(/\s*\|\s*/g, "  ");
    line = stripInline(line).trimEnd();
    if (firstHeading === undefined && /^\s{0,3}#\s/.test(raw)) firstHeading = line.trim();
    out.push(line);
  }
  const text = out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return {
    text,
    title: fields.get("title") ?? firstHeading,
    date: fields.get("date"),
    source: fields.get("source") ?? fields.get("publisher"),
    url: fields.get("url") ?? fields.get("link"),
  };
}
