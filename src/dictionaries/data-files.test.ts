import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { DataFileError } from "../model/errors.js";
import { DEFAULT_DATA_DIR, readDataManifest } from "./data-paths.js";
import { readJsonlFolder } from "./read-jsonl.js";
import {
  agentEntrySchema,
  countryEntrySchema,
  organizationEntrySchema,
  personEntrySchema,
  verbPatternSchema,
} from "./schemas.js";

const manifest = readDataManifest(DEFAULT_DATA_DIR);

describe("data files", () => {
  it.each([
    ["countries", countryEntrySchema],
    ["people", personEntrySchema],
    ["organizations", organizationEntrySchema],
    ["agents", agentEntrySchema],
    ["verbPatterns", verbPatternSchema],
  ] as const)(
    "%s: every record passes its schema unchanged (so the loader may trust unedited files)",
    (dataSet, schema) => {
      const validator = (schema as () => z.ZodType)();
      expect(readJsonlFolder(manifest.folder(dataSet), validator).length).toBeGreaterThan(0);
      const folder = manifest.folder(dataSet);
      for (const name of readdirSync(folder).filter((file) => file.endsWith(".jsonl"))) {
        const lines = readFileSync(join(folder, name), "utf8")
          .split("\n")
          .filter((line) => line.trim() && !line.startsWith("//"));
        lines.forEach((line, index) => {
          const record = JSON.parse(line) as Record<string, unknown>;
          const parsed = validator.parse(record) as Record<string, unknown>;
          // Defaults the schema would fill in must be written out: the fast path reads records as they are.
          expect(record, `${name}:${index + 1}`).toMatchObject(parsed);
        });
      }
    },
  );

  it("MANIFEST.json holds the hash of every data file (run node scripts/write-manifest.mjs after editing data)", () => {
    const walk = (folder: string): string[] =>
      readdirSync(folder).flatMap((name) =>
        statSync(join(folder, name)).isDirectory() ? walk(join(folder, name)) : [join(folder, name)],
      );
    for (const path of walk(DEFAULT_DATA_DIR)) {
      const name = relative(DEFAULT_DATA_DIR, path);
      if (name === "MANIFEST.json" || name.startsWith("eval/") || !/\.(jsonl|json|txt|bin)$/.test(name))
        continue;
      const sha = createHash("sha256").update(readFileSync(path)).digest("hex");
      expect(manifest.trusted.has(path, sha), `${name} changed since MANIFEST.json was written`).toBe(true);
    }
  });

  it("pins each data set to a version folder: vYYYY.MM, or vYYYY.MM.N for a second release in a month", () => {
    const dir = mkdtempSync(join(tmpdir(), "dyad-manifest-"));
    const pin = (folder: string) => {
      writeFileSync(
        join(dir, "MANIFEST.json"),
        JSON.stringify({ version: "2026.12", dataSets: { syntax: folder } }),
      );
      return readDataManifest(dir).folder("syntax");
    };
    try {
      expect(pin("syntax/v2026.12")).toBe(join(dir, "syntax/v2026.12"));
      expect(pin("syntax/v2026.12.1")).toBe(join(dir, "syntax/v2026.12.1"));
      for (const folder of ["syntax/latest", "syntax/v2026.12b", "syntax/v2026.12."])
        expect(() => pin(folder)).toThrow(DataFileError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
