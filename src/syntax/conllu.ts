import { InputError } from "../model/errors.js";

/** One sentence of a CoNLL-U file: syntactic words only (multi-word token lines and empty nodes are skipped). */
export interface ConlluSentence {
  /** `# sent_id`, when given. */
  id?: string;
  /** `# text`, when given. */
  text?: string;
  form: string[];
  lemma: string[];
  upos: string[];
  xpos: string[];
  /** Head of each word as a 0-based word index, -1 for the root. */
  head: number[];
  deprel: string[];
  /** A second tagger's tag per word, added by the caller (wink-nlp's UPOS, `addWinkHints`); not in the file. */
  hint?: string[];
  /** Each word's WordNet class, added by the caller (`sentenceWordClasses`); not in the file. */
  wordClass?: Uint32Array;
}

/**
 * Reads CoNLL-U text. Multi-word token ranges (`3-4`) and empty nodes (`8.1`) are skipped: the
 * treebank's syntactic words are the units tagged and parsed.
 * @throws InputError naming the file and line of a malformed word line.
 */
export function parseConllu(text: string, file = "<conllu>"): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current = emptySentence();
  const lines = text.split("\n");
  const flush = () => {
    if (current.form.length > 0) sentences.push(current);
    current = emptySentence();
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, "");
    if (line === "") {
      flush();
      continue;
    }
    if (line.startsWith("#")) {
      const meta = /^#\s*(sent_id|text)\s*=\s?(.*)$/.exec(line);
      if (meta?.[1] === "sent_id") current.id = meta[2];
      else if (meta?.[1] === "text") current.text = meta[2];
      continue;
    }
    const cols = line.split("\t");
    if (cols.length !== 10)
      throw new InputError(`expected 10 tab-separated columns, got ${cols.length}`, { file, line: i + 1 });
    if (!/^\d+$/.test(cols[0])) continue;
    const id = Number(cols[0]);
    if (id !== current.form.length + 1)
      throw new InputError(`word id ${id} out of sequence`, { file, line: i + 1 });
    const head = cols[6] === "_" ? 0 : Number(cols[6]);
    if (!Number.isInteger(head) || head < 0)
      throw new InputError(`bad head "${cols[6]}"`, { file, line: i + 1 });
    current.form.push(cols[1]);
    current.lemma.push(cols[2]);
    current.upos.push(cols[3]);
    current.xpos.push(cols[4]);
    current.head.push(head - 1);
    current.deprel.push(cols[7]);
  }
  flush();
  return sentences;
}

function emptySentence(): ConlluSentence {
  return { form: [], lemma: [], upos: [], xpos: [], head: [], deprel: [] };
}

/** Writes sentences as CoNLL-U (ID, FORM, LEMMA, UPOS, XPOS, HEAD and DEPREL; the other columns `_`). */
export function formatConllu(sentences: readonly ConlluSentence[]): string {
  const out: string[] = [];
  for (const s of sentences) {
    if (s.id !== undefined) out.push(`# sent_id = ${s.id}`);
    if (s.text !== undefined) out.push(`# text = ${s.text}`);
    for (let i = 0; i < s.form.length; i++) {
      const cols = [String(i + 1), s.form[i], s.lemma[i] ?? "_", s.upos[i] ?? "_", s.xpos[i] ?? "_", "_"];
      cols.push(String(s.head[i] + 1), s.deprel[i] ?? "_", "_", "_");
      out.push(cols.join("\t"));
    }
    out.push("");
  }
  return `${out.join("\n")}\n`;
}
