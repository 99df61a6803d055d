import { basename } from "node:path";
import { Command } from "commander";
import {
  type DictionaryClash,
  type DictionarySummary,
  formatProblem,
  readDictionaryDir,
  summariseDictionaries,
} from "../../dictionaries/tabari/index.js";
import type { CliContext } from "../context.js";

function formatClash(clash: DictionaryClash): string {
  const where = (side: DictionaryClash["kept"]) => `${basename(side.file)}:${side.line} [${side.codes}]`;
  return `    ${clash.kind} ${clash.name}: ${where(clash.kept)} kept, ${where(clash.other)}`;
}

/** The readable `dict check` report. */
export function formatDictionarySummary(summary: DictionarySummary): string {
  const { counts } = summary;
  const lines = [`${summary.dir}: ${summary.files.length} files`];
  const width = Math.max(...summary.files.map((file) => file.name.length));
  for (const file of summary.files)
    lines.push(
      `  ${file.name.padEnd(width)}  ${file.kind ? `${file.kind.padEnd(8)} ${file.entries} entries` : "skipped (not a dictionary kind Dyad reads)"}`,
    );
  lines.push(
    "",
    "Loaded",
    `  actors    ${counts.actors} entries, ${counts.actorNames} names, ${counts.datedActors} with dated codes, ${counts.notActors} not actors ([---] or no code)`,
    `  agents    ${counts.agents}`,
    `  discards  ${counts.discards}`,
    `  verbs     ${counts.verbBlocks} verb blocks, ${counts.verbPatterns} patterns, ${counts.synonymSets} synonym sets`,
    "",
    `Duplicates (same name, same code; the first file keeps it): actors ${summary.duplicates.actors}, agents ${summary.duplicates.agents}`,
    ...summary.duplicates.examples.map(formatClash),
    `Conflicts (same name, another code; the first file keeps it): actors ${summary.conflicts.actors}, agents ${summary.conflicts.agents}`,
    ...summary.conflicts.examples.map(formatClash),
    `Malformed lines: ${summary.malformed.length}`,
    ...summary.malformed.map((problem) => `  ${formatProblem(problem)}`),
  );
  return `${lines.join("\n")}\n`;
}

/** `dyad dict check DIR`: read a TABARI/PETRARCH dictionary folder and report what it holds. */
export function dictCommand(ctx: CliContext): Command {
  const dict = new Command("dict").description("work with TABARI/PETRARCH dictionary files");
  dict
    .command("check")
    .description(
      "report what a dictionary folder holds: counts per kind, duplicates, conflicts, malformed lines",
    )
    .argument("<dir>", "folder of *.actors.txt, *.agents.txt, *.discards.txt and verbs files")
    .option("--json", "print one JSON object")
    .option("--examples <n>", "how many duplicates and conflicts to show", "10")
    .action((dir: string, options: { json?: boolean; examples: string }) => {
      const summary = summariseDictionaries(readDictionaryDir(dir), Number(options.examples) || 0);
      ctx.stdout.write(options.json ? `${JSON.stringify(summary)}\n` : formatDictionarySummary(summary));
      // Exit 1 tells scripts that some lines were skipped, as `dyad code` does for bad input.
      ctx.exitCode = summary.malformed.length > 0 ? 1 : 0;
    });
  return dict;
}
