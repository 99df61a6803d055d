/** What a CLI command needs from the outside world, so tests can run commands in-process. */
export interface CliContext {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  /** Exit status the command asks for; only main.ts turns it into process.exit. */
  exitCode: number;
  /** Says what a command has kept so far, for the message printed on Ctrl-C. */
  onInterrupt?: () => string;
}

/** Writes one line to standard error, prefixed so users know who is talking. */
export function reportError(ctx: CliContext, message: string): void {
  ctx.stderr.write(`dyad: ${message}\n`);
}
