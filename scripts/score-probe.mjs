#!/usr/bin/env node
// Scores Dyad on a probe of news sentences with expected events, the way the held-out evaluation
// scores it: an event matches when its CAMEO root (2 digits), source country and target country
// equal the expected event's; statements (root 01) with no addressee are left out on both sides.
//
// Probe: JSONL, one sentence a line: {"date","domain"?,"text","events":[{"source","cameo","target",
// "status","alt"?}],"also"?:[...]}. "also" lists events an expert may or may not code (an act only
// mentioned as background, the content of an accusation): Dyad coding one is neither found nor extra. An actor's country is the first three letters of its code ("RUSMIL" -> RUS,
// "IGOUNO" -> IGO); a null target is none. "alt" lists other CAMEO codes an expert could give the
// same event (their roots match too). Only factual events (asserted, claimed) are scored, unless
// --all-statuses.
//
// It scores what `dyad code` prints: by default the events with a source and a target; with
// --one-sided, every act (the flag is passed to `dyad code`).
//
// Usage: node scripts/score-probe.mjs [PROBE] [--cli dist/cli/main.js] [--json] [--details] [--all-statuses] [--one-sided]
// The library use is `scoreProbe(probe, eventsById)` (no coder needed): the test codes in process.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const FACTUAL = new Set(["asserted", "claimed"]);

/** Reads a probe file: one {"date","text","events"} a line. */
export function readProbe(path) {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, i) => ({ id: `p${i}`, ...JSON.parse(line) }));
}

/** The id each probe sentence is coded under. */
export function probeDocuments(probe) {
  return probe.map((p) => ({ id: p.id, text: p.text, date: p.date }));
}

const root = (cameo) => String(cameo).slice(0, 2);
const goldCountry = (code) => (code ? code.slice(0, 3) : "-");
// An actor with no country is an international or non-governmental body ("IGOUNO" -> IGO) or one
// whose country Dyad did not find ("MIL", "CVL"): "?", which matches nothing.
const dyadCountry = (actor) => {
  if (!actor) return "-";
  if (actor.country) return actor.country;
  return /^(IGO|NGO|IMG|MNC)/.test(actor.code) ? actor.code.slice(0, 3) : "?";
};
const ignoredStatement = (r, target) => r === "01" && target === "-";

/** Dyad's events of one sentence as unique "root source target" tuples (scored ones only). */
function dyadTuples(events, allStatuses) {
  const tuples = new Map();
  for (const e of events) {
    if (!allStatuses && !FACTUAL.has(e.status)) continue;
    const t = { root: root(e.cameo), source: dyadCountry(e.source), target: dyadCountry(e.target), event: e };
    if (ignoredStatement(t.root, t.target)) continue;
    const key = `${t.root} ${t.source} ${t.target}`;
    if (!tuples.has(key)) tuples.set(key, { ...t, key });
  }
  return [...tuples.values()];
}

/** The expected events of one sentence that are scored, each with the roots it accepts. */
function goldEvents(events, allStatuses) {
  return events
    .filter((g) => allStatuses || FACTUAL.has(g.status))
    .map((g) => ({
      roots: new Set([g.cameo, ...(g.alt ?? [])].map(root)),
      source: goldCountry(g.source),
      target: goldCountry(g.target),
      gold: g,
    }))
    .filter((g) => !(g.roots.size === 1 && ignoredStatement([...g.roots][0], g.target)))
    .sort((a, b) => a.roots.size - b.roots.size);
}

function f1(tp, fp, fn) {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1: f };
}

/** Greedy matching of expected events to Dyad's tuples; `same` says when a pair matches. */
function match(gold, found, same) {
  const used = new Set();
  const missed = [];
  for (const g of gold) {
    const hit = found.findIndex((t, i) => !used.has(i) && same(g, t));
    if (hit < 0) missed.push(g);
    else used.add(hit);
  }
  return { tp: gold.length - missed.length, missed, extra: found.filter((_, i) => !used.has(i)) };
}

/**
 * Scores Dyad's events (by probe id) against the probe. Returns the root+country figures, the
 * root-only figures, the share of Dyad's scored events with no target, the sentences expecting no
 * event that got an asserted one, and per sentence the misses and extras.
 */
export function scoreProbe(probe, eventsById, options = {}) {
  const allStatuses = options.allStatuses ?? false;
  const full = { tp: 0, fp: 0, fn: 0 };
  const rootOnly = { tp: 0, fp: 0, fn: 0 };
  const byDomain = {};
  let dyadEvents = 0;
  let dyadNoTarget = 0;
  let dyadNoCountry = 0;
  let goldEventsN = 0;
  let goldNoTarget = 0;
  const noEventSentences = [];
  const details = [];
  for (const p of probe) {
    const events = eventsById.get(p.id) ?? [];
    const found = dyadTuples(events, allStatuses);
    const gold = goldEvents(p.events, allStatuses);
    dyadEvents += found.length;
    dyadNoTarget += found.filter((t) => t.target === "-").length;
    dyadNoCountry += found.filter((t) => t.target === "?" || t.source === "?").length;
    goldEventsN += gold.length;
    goldNoTarget += gold.filter((g) => g.target === "-").length;
    const same = (g, t) => g.roots.has(t.root) && g.source === t.source && g.target === t.target;
    const m = match(gold, found, same);
    const tolerated = goldEvents(p.also ?? [], true);
    m.extra = m.extra.filter((t) => !tolerated.some((g) => same(g, t)));
    const r = match(gold, found, (g, t) => g.roots.has(t.root));
    const domain = p.domain ?? "all";
    byDomain[domain] ??= { tp: 0, fp: 0, fn: 0 };
    const d = byDomain[domain];
    for (const acc of [full, d]) {
      acc.tp += m.tp;
      acc.fp += m.extra.length;
      acc.fn += m.missed.length;
    }
    rootOnly.tp += r.tp;
    rootOnly.fp += r.extra.length;
    rootOnly.fn += r.missed.length;
    if (p.events.length === 0) {
      const asserted = events.filter(
        (e) => e.status === "asserted" && !ignoredStatement(root(e.cameo), dyadCountry(e.target)),
      );
      noEventSentences.push({ id: p.id, domain: p.domain, asserted: asserted.length });
    }
    if (m.missed.length > 0 || m.extra.length > 0) {
      details.push({
        id: p.id,
        text: p.text,
        missed: m.missed.map(
          (g) => `${g.gold.source} ${g.gold.cameo} ${g.gold.target ?? "-"} ${g.gold.status}`,
        ),
        extra: m.extra.map(
          (t) =>
            `${t.event.source?.code ?? "-"} ${t.event.cameo} ${t.event.target?.code ?? "-"} ${t.event.status} "${t.event.trigger.text}"`,
        ),
      });
    }
  }
  const noEvent = noEventSentences.filter((s) => s.domain === "none" || s.domain === undefined);
  return {
    sentences: probe.length,
    goldEvents: goldEventsN,
    dyadEvents,
    rootCountry: f1(full.tp, full.fp, full.fn),
    rootOnly: f1(rootOnly.tp, rootOnly.fp, rootOnly.fn),
    byDomain: Object.fromEntries(
      Object.entries(byDomain)
        .filter(([, v]) => v.tp + v.fp + v.fn > 0)
        .map(([k, v]) => [k, f1(v.tp, v.fp, v.fn)]),
    ),
    dyadNoTargetShare: dyadEvents === 0 ? 0 : dyadNoTarget / dyadEvents,
    dyadUnknownCountryShare: dyadEvents === 0 ? 0 : dyadNoCountry / dyadEvents,
    goldNoTargetShare: goldEventsN === 0 ? 0 : goldNoTarget / goldEventsN,
    noEventSentences: noEventSentences.length,
    noEventWithAsserted: noEventSentences.filter((s) => s.asserted > 0).length,
    noPoliticsSentences: noEvent.length,
    noPoliticsWithAsserted: noEvent.filter((s) => s.asserted > 0).length,
    details,
  };
}

/** Codes the probe with a built Dyad CLI (`node CLI code`, with `--one-sided` when asked), returning events by probe id. */
export function codeWithCli(probe, cli, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), "dyad-probe-"));
  try {
    const input = join(dir, "probe.jsonl");
    writeFileSync(
      input,
      `${probeDocuments(probe)
        .map((d) => JSON.stringify(d))
        .join("\n")}\n`,
    );
    const out = execFileSync(
      process.execPath,
      [cli, "code", input, "--input", "jsonl", "--format", "jsonl", ...(options.oneSided ? ["--one-sided"] : [])],
      {
        encoding: "utf8",
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    const byId = new Map();
    for (const line of out.split("\n")) {
      if (line.trim() === "") continue;
      const e = JSON.parse(line);
      if (!byId.has(e.doc_id)) byId.set(e.doc_id, []);
      byId.get(e.doc_id).push(e);
    }
    return byId;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function pct(x) {
  return x.toFixed(3);
}

function main(argv) {
  const args = argv.slice(2);
  const flag = (name) => args.includes(name);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const positional = args.filter((a, i) => !a.startsWith("--") && !(i > 0 && args[i - 1] === "--cli"));
  const here = fileURLToPath(new URL("..", import.meta.url));
  const probePath = positional[0] ?? join(here, "test", "fixtures", "fresh-probe.jsonl");
  const cli = resolve(option("--cli", join(here, "dist", "cli", "main.js")));
  const probe = readProbe(probePath);
  const oneSided = flag("--one-sided");
  const score = scoreProbe(probe, codeWithCli(probe, cli, { oneSided }), { allStatuses: flag("--all-statuses") });
  if (flag("--json")) {
    if (!flag("--details")) delete score.details;
    process.stdout.write(`${JSON.stringify(score, null, 2)}\n`);
    return;
  }
  const line = (name, s) =>
    `${name.padEnd(14)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (tp ${s.tp} fp ${s.fp} fn ${s.fn})`;
  console.log(
    `${score.sentences} sentences, ${score.goldEvents} expected events, ${score.dyadEvents} coded (${cli}${oneSided ? " --one-sided" : ""})`,
  );
  console.log(line("root+country", score.rootCountry));
  console.log(line("root only", score.rootOnly));
  for (const [k, v] of Object.entries(score.byDomain)) console.log(line(`  ${k}`, v));
  console.log(
    `no-target share: Dyad ${pct(score.dyadNoTargetShare)}, expected ${pct(score.goldNoTargetShare)}; Dyad events with an actor of no country: ${pct(score.dyadUnknownCountryShare)}`,
  );
  console.log(
    `sentences expecting no event with an asserted event: ${score.noEventWithAsserted}/${score.noEventSentences} (no politics at all: ${score.noPoliticsWithAsserted}/${score.noPoliticsSentences})`,
  );
  if (flag("--details")) {
    for (const d of score.details) {
      console.log(`\n${d.id}: ${d.text}`);
      for (const m of d.missed) console.log(`  missed ${m}`);
      for (const x of d.extra) console.log(`  extra  ${x}`);
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv);
