#!/usr/bin/env node
// Syntax benchmark (run by bench/run.js): model size and load time, then tokenize + tag + parse
// throughput in tokens/s on the development texts, on one core, and this process's peak RSS.
import { statSync } from "node:fs";
import { join } from "node:path";
import { devTexts } from "./dev-texts.mjs";

const root = join(import.meta.dirname, "..");
const devDir = process.env.DYAD_DEV_DIR ?? join(root, "..", "shared", "dev");
const targetTokens = Number(process.env.BENCH_TOKENS ?? 500000);
const dist = (path) => join(root, "dist", path);

const { DEFAULT_DATA_DIR } = await import(dist("dictionaries/data-paths.js"));
const { syntaxModelPath } = await import(dist("dictionaries/load-resources.js"));
const { loadSyntaxModel } = await import(dist("syntax/syntax-model.js"));
const { SyntaxAnalyzer } = await import(dist("syntax/analyzer.js"));
const { createParseStage } = await import(dist("stages/parse/index.js"));
const { tokenizeStage } = await import(dist("stages/tokenize/index.js"));
const { createPipeline } = await import(dist("pipeline/pipeline.js"));
const { createDoc } = await import(dist("model/document.js"));

const modelPath = syntaxModelPath(DEFAULT_DATA_DIR);
const loadRuns = [];
let model;
for (let run = 0; run < 5; run++) {
  const t0 = performance.now();
  model = loadSyntaxModel(modelPath);
  loadRuns.push(performance.now() - t0);
}
const analyzer = new SyntaxAnalyzer(model);

const texts = devTexts(root, devDir);

const tokenizeOnly = createPipeline([tokenizeStage]);
const full = createPipeline([tokenizeStage, createParseStage(analyzer)]);
const ctx = { resources: {}, warn: () => {} };
// Tokens per second of wall time and of this process's CPU time (the second holds up better on a
// machine shared with other work).
const run = (pipeline) => {
  let tokens = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (let i = 0; tokens < targetTokens; i++)
    tokens += pipeline.run(createDoc({ id: `b${i}`, text: texts[i % texts.length] }), ctx).tokens.length;
  const cpu = process.cpuUsage(cpu0);
  return { wall: tokens / ((performance.now() - t0) / 1000), cpu: tokens / ((cpu.user + cpu.system) / 1e6) };
};
// Warm up the JIT and wink's caches before timing.
for (const text of texts.slice(0, 1000)) full.run(createDoc({ id: "warm", text }), ctx);
const tokenizeRate = run(tokenizeOnly);
const fullRate = run(full);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(
  `  model on disk       ${(statSync(modelPath).size / 1e6).toFixed(1)} MB (${modelPath.slice(root.length + 1)})`,
);
console.log(`  model load          ${Math.round(median(loadRuns))} ms (median of 5)`);
const rates = (key) =>
  `${Math.round(fullRate[key])} tokens/s (tag+parse alone ${Math.round(1 / (1 / fullRate[key] - 1 / tokenizeRate[key]))}, derived)`;
console.log(
  `  tokenize            ${Math.round(tokenizeRate.wall)} tokens/s (${Math.round(tokenizeRate.cpu)} per CPU second)`,
);
console.log(`  tokenize+tag+parse  ${rates("wall")} on one core`);
console.log(`  same, per CPU second ${rates("cpu")}`);
console.log(`  peak memory (RSS)   ${Math.round(process.resourceUsage().maxRSS / 1024)} MB (syntax process)`);
