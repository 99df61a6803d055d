/** A malformed entry of a TABARI/PETRARCH dictionary file, named by file and line. */
export interface DictionaryProblem {
  file: string;
  /** 1-based line number. */
  line: number;
  message: string;
  /** The offending line, trimmed. */
  text: string;
}

/**
 * The part of a line before its comment: PETRARCH files put coder notes after `#`
 * (`BROADCAST   # jw 11/13/91`), older TABARI entries after `;` (`RIP {RIPS};shan 7/11/93`).
 * @example splitComment("ABANDON  # pas 15 Jul 2003") // "ABANDON  "
 */
export function splitComment(line: string): string {
  const end = line.search(/[#;]/);
  return end < 0 ? line : line.slice(0, end);
}

/**
 * Blanks out `<!-- … -->` comments (PETR.Validate files use them), keeping their newlines so line
 * numbers still match the file.
 */
export function stripHtmlComments(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, " "));
}

/** Formats a problem as `file:line: message: text`, the way Dyad's errors name places. */
export function formatProblem(problem: DictionaryProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}: ${problem.text}`;
}
