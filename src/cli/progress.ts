import type { CliContext } from "./context.js";

/** Progress appears only on a terminal, and only once a run has lasted this long. */
export const PROGRESS_AFTER_MS = 2000;
const REDRAW_EVERY_MS = 250;

/** A one-line progress display on standard error (see {@link createProgress}). */
export interface Progress {
  /** Redraws the line with `text()` when it is due; cheap to call often. */
  update(text: () => string): void;
  /** Removes the line before other output. */
  clear(): void;
}

/**
 * A progress line for long runs: shown on standard error when it is a terminal and the run has
 * lasted {@link PROGRESS_AFTER_MS}, redrawn at most every 250 ms, never written into pipes or logs.
 * @example const progress = createProgress(ctx, true); progress.update(() => "12 documents");
 */
export function createProgress(ctx: CliContext, enabled: boolean, now = () => performance.now()): Progress {
  const started = now();
  const active = enabled && (ctx.stderr as { isTTY?: boolean }).isTTY === true;
  let lastDrawn = Number.NEGATIVE_INFINITY;
  let shown = false;
  return {
    update(text) {
      if (!active) return;
      const time = now();
      if (time - started < PROGRESS_AFTER_MS || time - lastDrawn < REDRAW_EVERY_MS) return;
      lastDrawn = time;
      shown = true;
      ctx.stderr.write(`\r\x1b[2K${text()}`);
    },
    clear() {
      if (shown) ctx.stderr.write("\r\x1b[2K");
      shown = false;
    },
  };
}

/** Lets Ctrl-C reach its handler during a long synchronous run: call between documents or chunks. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
