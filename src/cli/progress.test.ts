import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { CliContext } from "./context.js";
import { createProgress } from "./progress.js";

function context(isTTY: boolean) {
  const stderr = Object.assign(new PassThrough(), { isTTY });
  let written = "";
  stderr.on("data", (chunk) => {
    written += chunk;
  });
  const ctx: CliContext = { stdout: new PassThrough(), stderr, stdin: new PassThrough(), exitCode: 0 };
  return { ctx, written: () => written };
}

describe("createProgress", () => {
  it("stays quiet for the first 2 s, then redraws one line on a terminal", () => {
    const { ctx, written } = context(true);
    let clock = 0;
    const progress = createProgress(ctx, true, () => clock);
    clock = 1500;
    progress.update(() => "12 documents");
    expect(written()).toBe("");
    clock = 2500;
    progress.update(() => "40 documents");
    expect(written()).toBe("\r\x1b[2K40 documents");
    progress.clear();
    expect(written().endsWith("\r\x1b[2K")).toBe(true);
  });

  it.each([
    ["standard error is not a terminal", false, true],
    ["--no-progress", true, false],
  ])("writes nothing when %s", (_label, isTTY, enabled) => {
    const { ctx, written } = context(isTTY);
    let clock = 0;
    const progress = createProgress(ctx, enabled, () => clock);
    clock = 10_000;
    progress.update(() => "40 documents");
    progress.clear();
    expect(written()).toBe("");
  });
});
