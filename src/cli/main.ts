#!/usr/bin/env node
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Command, CommanderError } from "commander";
import type { CliContext } from "./context.js";

/** The exit codes of every command (documented in the README). */
export const EXIT = {
  /** Everything was read and done. */
  ok: 0,
  /** Some inputs were rejected (reported on stderr); the others were processed. */
  rejected: 1,
  /** Bad usage: an unknown command or option, an invalid option value, a missing store or gold file. */
  usage: 2,
  /** Ctrl-C: stopped on request, after saying what was kept. */
  interrupted: 130,
  /** A bug in Dyad (EX_SOFTWARE). */
  internal: 70,
} as const;

/** Each command's module, loaded only when it runs: `dyad code` need not load the store, HTML readers or eval. */
const COMMANDS: Record<string, () => Promise<(ctx: CliContext) => Command>> = {
  code: async () => (await import("./commands/code.js")).codeCommand,
  eval: async () => (await import("./commands/eval.js")).evalCommand,
  ingest: async () => (await import("./commands/ingest.js")).ingestCommand,
  dyad: async () => (await import("./commands/dyad.js")).dyadCommand,
  events: async () => (await import("./commands/events.js")).eventsCommand,
  actors: async () => (await import("./commands/actors.js")).actorsCommand,
  export: async () => (await import("./commands/export.js")).exportCommand,
  serve: async () => (await import("./commands/serve.js")).serveCommand,
  dict: async () => (await import("./commands/dict.js")).dictCommand,
  worker: async () => (await import("./commands/worker.js")).workerCommand,
  status: async () => (await import("./commands/status.js")).statusCommand,
  parse: async () => (await import("./commands/parse.js")).parseCommand,
};

/**
 * Builds the `dyad` program with the command `argv` names, or with every command (for help and for
 * unknown names); each command lives in its own file under commands/.
 */
export async function buildProgram(ctx: CliContext, argv: readonly string[] = []): Promise<Command> {
  const program = new Command("dyad")
    .description("Code news text into CAMEO/PLOVER political events, with evidence for every field")
    .version("0.1.0")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
    });
  const requested = argv.find((arg) => !arg.startsWith("-"));
  const names = requested !== undefined && requested in COMMANDS ? [requested] : Object.keys(COMMANDS);
  for (const name of names) program.addCommand((await COMMANDS[name]())(ctx));
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
    await (await buildProgram(ctx, argv)).parseAsync(argv, { from: "user" });
    return ctx.exitCode;
  } catch (error) {
    // --help and --version end with code 0; every other commander error is bad usage.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT.usage;
    // A bad option value, a missing store or gold file: the command cannot run as asked.
    // Loaded here, not at start-up: `dyad --help` need not load the library.
    const { DyadError } = await import("../index.js");
    if (error instanceof DyadError) {
      ctx.stderr.write(`dyad: ${error.message}\n`);
      return EXIT.usage;
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
  // `dyad code ... | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  const ctx: CliContext = {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    exitCode: 0,
  };
  // Say what was kept: commands that write as they go tell ctx.onInterrupt what is done.
  // `on`, not `once`: a second Ctrl-C arriving while the first is handled must not fall through to
  // the default action, which kills the process before it says what was kept.
  let interrupted = false;
  process.on("SIGINT", () => {
    if (interrupted) return;
    interrupted = true;
    process.stderr.write(`\ndyad: interrupted: ${ctx.onInterrupt?.() ?? "nothing was written"}\n`);
    process.exit(EXIT.interrupted);
  });
  runCli(process.argv.slice(2), ctx).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `dyad: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exit(EXIT.internal);
    },
  );
}
