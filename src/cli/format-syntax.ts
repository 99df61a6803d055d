import type { Doc } from "../model/document.js";

/** Head of a token as a 1-based position in its sentence (0 for the root), as CoNLL-U writes it. */
function sentenceHead(doc: Doc, token: number, tokenStart: number): number {
  const head = doc.tokens.head[token];
  return head < 0 ? 0 : head - tokenStart + 1;
}

/** A parsed Doc as CoNLL-U: ID, FORM, LEMMA, UPOS, HEAD, DEPREL and SpaceAfter=No in MISC. */
export function formatDocConllu(doc: Doc): string {
  const { tokens } = doc;
  const lines: string[] = [];
  for (const sentence of doc.sentences) {
    lines.push(`# sent_id = ${doc.id}-${sentence.index + 1}`);
    lines.push(`# text = ${doc.text.slice(sentence.span.start, sentence.span.end).replace(/\s+/g, " ")}`);
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      const spaceAfter = t + 1 < sentence.tokenEnd && tokens.spaceBefore[t + 1] === 0 ? "SpaceAfter=No" : "_";
      const cols = [
        t - sentence.tokenStart + 1,
        tokens.text[t],
        tokens.udLemma[t] || "_",
        tokens.upos[t] || "_",
        "_",
        "_",
      ];
      cols.push(sentenceHead(doc, t, sentence.tokenStart), tokens.deprel[t] || "_", "_", spaceAfter);
      lines.push(cols.join("\t"));
    }
    lines.push("");
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

/** A parsed Doc as an aligned table, one sentence after another. */
export function formatDocSyntaxTable(doc: Doc): string {
  const { tokens } = doc;
  const out: string[] = [];
  for (const sentence of doc.sentences) {
    const rows: string[][] = [["ID", "WORD", "LEMMA", "UPOS", "HEAD", "DEPREL", "HEAD WORD"]];
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      const head = tokens.head[t];
      rows.push([
        String(t - sentence.tokenStart + 1),
        tokens.text[t],
        tokens.udLemma[t],
        tokens.upos[t],
        String(sentenceHead(doc, t, sentence.tokenStart)),
        tokens.deprel[t],
        head < 0 ? "-" : tokens.text[head],
      ]);
    }
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
    for (const row of rows)
      out.push(
        row
          .map((cell, c) => cell.padEnd(widths[c]))
          .join("  ")
          .trimEnd(),
      );
    out.push("");
  }
  return out.length > 0 ? `${out.join("\n")}\n` : "";
}
