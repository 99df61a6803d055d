import { createRequire } from "node:module";

type Linkedom = typeof import("linkedom");
let loaded: Linkedom | undefined;

/**
 * linkedom, loaded on first use: it takes about 140 ms to import, and most runs (`dyad code` on
 * text, every query) never parse HTML or XML.
 * @example const { parseHTML } = linkedom();
 */
export function linkedom(): Linkedom {
  loaded ??= createRequire(import.meta.url)("linkedom") as Linkedom;
  return loaded;
}
