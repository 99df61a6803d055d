import type { ConfusionTable } from "./confusion.js";
import type { SplitEvalReport, SplitFigure } from "./evaluate.js";
import { EVENT_FIELDS } from "./fields.js";
import type { Miss } from "./misses.js";
import type { EvalReport } from "./score.js";

const TEXT_WIDTH = 160;

/** A ratio as a fixed three-decimal number, or `—` when undefined. */
export function formatRatio(value: number | null): string {
  return value === null ? "    —" : value.toFixed(3);
}

/** A signed gap in points (hundredths), e.g. `+4.2`, or `—` when undefined. */
export function formatGap(gap: number | null | undefined): string {
  if (gap === null || gap === undefined) return "    —";
  const points = (gap * 100).toFixed(1);
  return (gap >= 0 ? `+${points}` : points).padStart(5);
}

function formatFigure(figure: SplitFigure, width: number, split: boolean): string {
  const counts = figure.total !== undefined ? `  (${figure.hits}/${figure.total})` : "";
  const parts = split
    ? `  ${formatRatio(figure.tune ?? null)}  ${formatRatio(figure.check ?? null)}  ${formatGap(figure.gap)}`
    : "";
  return `  ${figure.label.padEnd(width)}  ${formatRatio(figure.value)}${parts}${counts}`;
}

function formatHeadline(report: EvalReport | SplitEvalReport): string[] {
  const split = "parts" in report && report.parts !== null;
  const width = Math.max(...report.headline.map((figure) => figure.label.length));
  const title = split ? `Headline${" ".repeat(width - 6)}    all   tune  check    gap` : "Headline";
  return [title, ...report.headline.map((figure) => formatFigure(figure, width, split))];
}

function describeParts(report: EvalReport | SplitEvalReport): string {
  if (!("part" in report)) return "";
  if (report.parts) return ` (tune ${report.parts.tune.items}, check ${report.parts.check.items})`;
  return ` (${report.part} part only)`;
}

function formatFields(report: EvalReport): string[] {
  const rows = EVENT_FIELDS.filter((field) => report.fields[field.name]);
  if (rows.length === 0) return [];
  const width = Math.max(...rows.map((field) => field.label.length));
  const lines = [`Fields${" ".repeat(width - 4)}    P      R      F1    matched/predicted/gold`];
  for (const field of rows) {
    const score = report.fields[field.name];
    if (!score) continue;
    const ratios = [score.precision, score.recall, score.f1].map(formatRatio).join("  ");
    lines.push(
      `  ${field.label.padEnd(width)}  ${ratios}  ${score.matched}/${score.predicted}/${score.gold}`,
    );
  }
  return lines;
}

/**
 * The confusion matrix as a text table: gold roots down, Dyad's roots across (only those it gave),
 * `none` for no event; zero cells print as `.` so the real counts stand out.
 */
export function formatConfusion(table: ConfusionTable): string[] {
  const cell = Math.max(5, ...table.columns.map((label) => label.length + 1));
  const lines = [`  ${"gold\\dyad".padEnd(9)}${table.columns.map((label) => label.padStart(cell)).join("")}`];
  table.rows.forEach((gold, i) => {
    const cells = table.counts[i].map((n) => (n === 0 ? "." : String(n)).padStart(cell));
    lines.push(`  ${gold.padEnd(9)}${cells.join("")}`);
  });
  return lines;
}

function formatMiss(miss: Miss): string[] {
  const text = miss.text.length > TEXT_WIDTH ? `${miss.text.slice(0, TEXT_WIDTH - 1)}…` : miss.text;
  const dyad = miss.dyad.length > 0 ? miss.dyad.join(" ") : "no event";
  return [
    `  ${miss.id} (line ${miss.line}, ${miss.kind})`,
    `    ${text}`,
    `    gold: ${miss.gold.join(" ")}   dyad: ${dyad}`,
  ];
}

/**
 * The human-readable report: headline figures (with tune, check and gap when split), per-field
 * scores, root confusion and worst misses.
 * @example ctx.stdout.write(formatReport(scoreGold(gold, predict)));
 */
export function formatReport(report: EvalReport | SplitEvalReport): string {
  const skipped = report.skipped.map((entry) => `; skipped ${entry.count} ${entry.reason}`).join("");
  const lines = [
    `${report.file}: ${report.format} gold, ${report.items} texts${describeParts(report)}${skipped}; Dyad gave ${report.events} events`,
    "",
    ...formatHeadline(report),
  ];
  const fields = formatFields(report);
  if (fields.length > 0) lines.push("", ...fields);
  if (report.confusion)
    lines.push("", "Root confusion (rows: gold, columns: Dyad)", ...formatConfusion(report.confusion));
  if ("missesFrom" in report && report.missesFrom === null)
    lines.push("", "Misses are not listed for the check part: rules are written from tune sentences only.");
  else if (report.missCount > 0) {
    const from = "missesFrom" in report ? ", tune part" : "";
    lines.push("", `Worst misses (${report.misses.length} of ${report.missCount}${from})`);
    for (const miss of report.misses) lines.push(...formatMiss(miss));
  }
  return `${lines.join("\n")}\n`;
}
