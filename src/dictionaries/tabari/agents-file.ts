import { type DictionaryProblem, splitComment, stripHtmlComments } from "./lines.js";

/** One agent phrase with its code. */
export interface TabariAgent {
  /** Upper case, spaces between words (`_` and `!MACRO!` expanded). */
  phrase: string;
  /** The agent code without its `~`, e.g. `GOVFRM`. */
  code: string;
  /** `~GOV`: the code follows the actor's country (`IRNGOV`); `NGO~`: it comes first. */
  placement: "after" | "before";
  file: string;
  line: number;
}

/** An agents file after reading. */
export interface TabariAgentsFile {
  file: string;
  agents: TabariAgent[];
  problems: DictionaryProblem[];
}

const words = (raw: string) => raw.replace(/_/g, " ").replace(/\s+/g, " ").trim().toUpperCase();

/** Expands `!NAME!` substitutions: `CATTLE!PERSON!` → CATTLEMAN, CATTLEMEN, CATTLEWOMAN… */
function expandMacros(phrase: string, macros: ReadonlyMap<string, string[]>): string[] | string {
  const match = /!([A-Z]+)!/i.exec(phrase);
  if (!match) return [phrase];
  const values = macros.get(match[1].toUpperCase());
  if (!values) return `unknown substitution !${match[1]}!`;
  const expanded: string[] = [];
  for (const value of values) {
    const rest = expandMacros(phrase.replace(match[0], value), macros);
    if (typeof rest === "string") return rest;
    expanded.push(...rest);
  }
  return expanded;
}

/**
 * Reads a TABARI/PETRARCH agents dictionary (`Phoenix.agents.txt`, `PETR.Validate.agents.txt`):
 * substitutions `!NAME! = A, B`, then `PHRASE {PLURALS} [~CODE]` lines (`[CODE~]` puts the code
 * before the actor's). Explicit plurals in braces become phrases of their own. A line that does
 * not fit is reported in `problems` with its line number.
 * @example readTabariAgents("FOREIGN_MINISTER [~GOVFRM]\n", "a.txt").agents[0].code // "GOVFRM"
 */
export function readTabariAgents(text: string, file: string): TabariAgentsFile {
  const result: TabariAgentsFile = { file, agents: [], problems: [] };
  const macros = new Map<string, string[]>();
  const lines = stripHtmlComments(text).split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const raw = lines[i];
    const content = splitComment(raw).trim();
    if (content === "") continue;
    const problem = (message: string) => result.problems.push({ file, line, message, text: raw.trim() });
    const macro = /^!([A-Z]+)!\s*=\s*(.+)$/i.exec(content);
    if (macro) {
      macros.set(
        macro[1].toUpperCase(),
        macro[2].split(",").map((value) => value.trim().toUpperCase()),
      );
      continue;
    }
    const entry = /^([^[{]+?)\s*(?:\{([^}]*)\})?\s*\[\s*(~?)([A-Za-z0-9]+)(~?)\s*\]$/.exec(content);
    if (!entry || (entry[3] === "") === (entry[5] === "")) {
      problem("not an agent line (PHRASE {PLURALS} [~CODE])");
      continue;
    }
    const phrases = [entry[1], ...(entry[2] ?? "").split(/\s+/).filter((plural) => plural !== "")];
    for (const phrase of phrases) {
      const expanded = expandMacros(phrase, macros);
      if (typeof expanded === "string") {
        problem(expanded);
        break;
      }
      for (const form of expanded)
        result.agents.push({
          phrase: words(form),
          code: entry[4].toUpperCase(),
          placement: entry[3] === "~" ? "after" : "before",
          file,
          line,
        });
    }
  }
  return result;
}
