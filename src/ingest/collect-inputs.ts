import { readdirSync, statSync } from "node:fs";
import { basename, extname, join, relative, resolve, sep } from "node:path";
import { formatFromName } from "./detect-format.js";
import { documentIdFromPath, type InputProblem } from "./read-documents.js";

/** One thing to read: a file (with the id its document gets), an http(s) URL, or standard input ("-"). */
export type IngestInput =
  | { kind: "file"; path: string; id: string; bytes: number }
  | { kind: "url"; url: string }
  | { kind: "stdin" };

/** The inputs found for a list of arguments, and the arguments that could not be used. */
export interface CollectedInputs {
  inputs: IngestInput[];
  problems: InputProblem[];
  /** Total size of the files, for progress estimates (URLs count as unknown). */
  totalBytes: number;
}

/** True for `http://` and `https://` arguments. */
export function isUrl(argument: string): boolean {
  return /^https?:\/\//i.test(argument);
}

function walk(root: string, dir: string, out: IngestInput[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(root, path, out);
    else if (entry.isFile() && formatFromName(entry.name) !== undefined) {
      // Ids name the file from the walked folder down, so a/index.html and b/index.html stay apart.
      const rel = relative(root, path).split(sep).join("/");
      const id = `${basename(resolve(root))}/${rel.slice(0, rel.length - extname(rel).length)}`;
      out.push({ kind: "file", path, id, bytes: statSync(path).size });
    }
  }
}

/**
 * Expands command-line arguments into inputs: URLs as they are, files as given, folders walked
 * recursively (sorted; hidden entries and unknown extensions skipped), "-" for standard input.
 */
export function collectInputs(args: readonly string[]): CollectedInputs {
  const inputs: IngestInput[] = [];
  const problems: InputProblem[] = [];
  for (const argument of args) {
    if (isUrl(argument)) {
      inputs.push({ kind: "url", url: argument });
      continue;
    }
    if (argument === "-") {
      inputs.push({ kind: "stdin" });
      continue;
    }
    try {
      const stat = statSync(argument);
      if (stat.isDirectory()) {
        const before = inputs.length;
        walk(argument.replace(/[/\\]+$/, "") || argument, argument, inputs);
        if (inputs.length === before)
          problems.push({ file: argument, message: "folder holds no readable files" });
      } else {
        inputs.push({ kind: "file", path: argument, id: documentIdFromPath(argument), bytes: stat.size });
      }
    } catch (error) {
      problems.push({
        file: argument,
        message: `cannot read (${(error as NodeJS.ErrnoException).code ?? error})`,
      });
    }
  }
  const totalBytes = inputs.reduce((sum, input) => sum + (input.kind === "file" ? input.bytes : 0), 0);
  return { inputs, problems, totalBytes };
}
