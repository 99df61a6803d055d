import { PassThrough } from "node:stream";
import { runCli } from "../main.js";

/** Runs the CLI in-process with captured output, as a user would call `dyad ARGS`. */
export async function runDyad(
  args: string[],
  stdin = "",
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const input = new PassThrough();
  input.end(stdin);
  let stdout = "";
  let stderr = "";
  out.on("data", (chunk) => {
    stdout += chunk;
  });
  err.on("data", (chunk) => {
    stderr += chunk;
  });
  const code = await runCli(args, { stdout: out, stderr: err, stdin: input, exitCode: 0 });
  return { code, stdout, stderr };
}
