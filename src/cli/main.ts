#!/usr/bin/env node
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Command, CommanderError } from "commander";
import { DyadError } from "../model/errors.js";
import { actorsCommand } from "./commands/actors.js";
import { codeCommand } from "./commands/code.js";
import { dyadCommand } from "./commands/dyad.js";
import { evalCommand } from "./commands/eval.js";
import { eventsCommand } from "./commands/events.js";
import { exportCommand } from "./commands/export.js";
import { ingestCommand } from "./commands/ingest.js";
import type { CliContext } from "./context.js";

/** Builds the `dyad` program; each command lives in its own file under commands/. */
export function buildProgram(ctx: CliContext): Command {
  const program = new Command("dyad")
    .description("Code news text into CAMEO/PLOVER political events, with evidence for every field")
    .version("0.1.0")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
    });
  program.addCommand(codeCommand(ctx));
  program.addCommand(evalCommand(ctx));
  program.addCommand(ingestCommand(ctx));
  program.addCommand(dyadCommand(ctx));
  program.addCommand(eventsCommand(ctx));
  program.addCommand(actorsCommand(ctx));
  program.addCommand(exportCommand(ctx));
  // Commander does not pass these settings on to subcommands: without them a bad option would exit the process.
  for (const command of program.commands) {
    command.exitOverride().configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
    });
  }
  return program;
}

/** Runs the CLI in-process and returns the exit status. */
export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
  try {
    await buildProgram(ctx).parseAsync(argv, { from: "user" });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof DyadError) {
      ctx.stderr.write(`dyad: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function isMain(): boolean {
  try {
    return realpathSync(process.argv[1] ?? "") === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  const ctx: CliContext = {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    exitCode: 0,
  };
  runCli(process.argv.slice(2), ctx).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `dyad: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exit(70);
    },
  );
}
