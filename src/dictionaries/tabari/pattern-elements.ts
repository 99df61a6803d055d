/**
 * One element of a PETRARCH pattern's text: a word (or `_`-joined words), a synonym set, a
 * `{…}` noun phrase, a `(…)` prepositional phrase, the verb `*`, or a marker: `$` source,
 * `+` target, `^` skip to the end of a phrase, `%` compound actor.
 */
export type PatternElement =
  | { kind: "word"; words: string[] }
  | { kind: "synset"; name: string }
  | { kind: "group"; elements: PatternElement[] }
  | { kind: "phrase"; elements: PatternElement[] }
  | { kind: "verb" }
  | { kind: "marker"; marker: "$" | "+" | "^" | "%" };

/** Splits `A {B C} (D E)` into top-level tokens, keeping brackets together. */
function splitTopLevel(text: string): string[] {
  const tokens: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of text) {
    if (char === "{" || char === "(") depth++;
    if (char === "}" || char === ")") depth = Math.max(0, depth - 1);
    if (/\s/.test(char) && depth === 0) {
      if (current) tokens.push(current);
      current = "";
    } else current += char;
  }
  if (current) tokens.push(current);
  return tokens;
}

function parseToken(token: string): PatternElement[] {
  if (token === "*") return [{ kind: "verb" }];
  if (token === "$" || token === "+" || token === "^" || token === "%")
    return [{ kind: "marker", marker: token }];
  if (token.startsWith("{") && token.endsWith("}"))
    return [{ kind: "group", elements: parsePatternText(token.slice(1, -1)) }];
  if (token.startsWith("(") && token.endsWith(")"))
    return [{ kind: "phrase", elements: parsePatternText(token.slice(1, -1)) }];
  // `IN_*`, `SUGGESTED_+`, `NEW_&TIETYPES_RELATIONS`: `_` joins words that must be adjacent.
  const parts = token.split("_").filter((part) => part !== "");
  const elements: PatternElement[] = [];
  let words: string[] = [];
  const flush = () => {
    if (words.length > 0) elements.push({ kind: "word", words });
    words = [];
  };
  for (const part of parts) {
    if (part === "*" || part === "+" || part === "$" || part === "^" || part === "%") {
      flush();
      elements.push(...parseToken(part));
    } else if (part.startsWith("&")) {
      flush();
      elements.push({ kind: "synset", name: part.toUpperCase() });
    } else words.push(part.toLowerCase());
  }
  flush();
  return elements;
}

/**
 * Parses the text of a PETRARCH pattern (between `-` and the code) into elements.
 * @example parsePatternText("* WARRANT (FOR ARREST)") // verb, word warrant, phrase [for, arrest]
 */
export function parsePatternText(text: string): PatternElement[] {
  return splitTopLevel(text.trim()).flatMap(parseToken);
}
