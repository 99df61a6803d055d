/** The possessive clitic as the tokenizer splits it: "Baghdad|'s Sadr City". */
export const POSSESSIVE_CLITICS: ReadonlySet<string> = new Set(["'s", "\u2019s"]);

/** The clitic or a bare apostrophe after a plural: "the Communists' support". */
export const POSSESSIVE_MARKERS: ReadonlySet<string> = new Set([...POSSESSIVE_CLITICS, "'", "\u2019"]);
