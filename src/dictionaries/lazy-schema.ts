import { createRequire } from "node:module";
import type * as Zod from "zod";

const load = createRequire(import.meta.url);
let zod: typeof Zod | undefined;

/** A schema built on first use. */
export type LazySchema<T> = () => T;

/**
 * Defers building a zod schema, and loading zod itself (about 130 ms), to its first use: data files
 * unchanged since the test suite validated them are read without it, which keeps start-up short.
 * @example const pointSchema = lazySchema((z) => z.object({ lat: z.number(), lon: z.number() }));
 */
export function lazySchema<T>(build: (z: typeof Zod.z) => T): LazySchema<T> {
  let schema: T | undefined;
  return () => {
    zod ??= load("zod") as typeof Zod;
    schema ??= build(zod.z);
    return schema;
  };
}
