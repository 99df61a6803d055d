import { type ChildProcess, fork } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { DocumentInput } from "../model/document.js";
import type { CodeDocumentResult } from "./code-document.js";

/** A document sent to a coder worker; `seq` pairs it with the reply. */
export interface WorkerRequest {
  seq: number;
  document: DocumentInput;
  /** The document's time budget (default: {@link defaultBudgetMs} of its length). */
  budgetMs?: number;
  /** Keep one-sided acts too (`CodeOptions.oneSided`). */
  oneSided?: boolean;
}

/** A coder worker's reply: events or an error for `seq`, or (seq -1) a warning or the ready signal. */
export interface WorkerReply {
  seq: number;
  /** The document's events and totals, coded chunk by chunk within its time budget. */
  result?: CodeDocumentResult;
  error?: string;
  warning?: string;
  ready?: boolean;
}

/** The dictionaries a worker adds to (or puts in place of) the built-in actors. */
export interface WorkerDictionaries {
  dir: string;
  mode: "add" | "replace";
}

/** Options for {@link createCoderPool}. */
export interface CoderPoolOptions {
  /** Number of workers (each loads its own dictionaries: about 200 MB and 1 s). */
  size: number;
  /** Worker threads in this process (default) or child processes. */
  kind?: "thread" | "process";
  /** A TABARI/PETRARCH dictionary folder each worker reads too (as `--dictionaries` does). */
  dictionaries?: WorkerDictionaries;
  onWarning?: (message: string) => void;
}

/**
 * Codes documents in N workers; `code` resolves with one document's events, coded in chunks within
 * its time budget as {@link codeDocument} does (`cutShort` says the budget ran out).
 */
export interface CoderPool {
  readonly size: number;
  code(
    document: DocumentInput,
    options?: { budgetMs?: number; oneSided?: boolean },
  ): Promise<CodeDocumentResult>;
  /** Resolves when every worker has loaded its coder (benchmarks time coding without start-up). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The worker script: the compiled `coder-worker.js` beside this module. Under the TypeScript test
 * runner this module is a .ts file, and the worker then comes from the build in dist/.
 */
function workerScript(): string {
  const sibling = fileURLToPath(new URL("./coder-worker.js", import.meta.url));
  if (existsSync(sibling)) return sibling;
  return fileURLToPath(new URL("../../dist/coder/coder-worker.js", import.meta.url));
}

interface Channel {
  send(request: WorkerRequest): void;
  onReply(handler: (reply: WorkerReply) => void): void;
  onExit(handler: (why: string) => void): void;
  stop(): Promise<void>;
}

function threadChannel(script: string, dictionaries: WorkerDictionaries | undefined): Channel {
  const worker = new Worker(script, { workerData: { dictionaries } });
  return {
    send: (request) => worker.postMessage(request),
    onReply: (handler) => worker.on("message", handler),
    onExit: (handler) => {
      worker.on("error", (error) => handler(error.message));
      worker.on("exit", (code) => handler(`exited with status ${code}`));
    },
    stop: async () => {
      await worker.terminate();
    },
  };
}

function processChannel(script: string, dictionaries: WorkerDictionaries | undefined): Channel {
  const child: ChildProcess = fork(script, [JSON.stringify({ dictionaries })], {
    serialization: "advanced",
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  return {
    send: (request) => child.send(request),
    onReply: (handler) => child.on("message", (reply) => handler(reply as WorkerReply)),
    onExit: (handler) => child.on("exit", (code, signal) => handler(`exited (${signal ?? code})`)),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill();
      await exited;
    },
  };
}

/**
 * Starts `size` coder workers. Each document goes to the worker with the fewest in flight; replies
 * come back in any order (use {@link mapOrdered} to restore input order). A worker that dies fails
 * the documents it held, with its exit status.
 */
export function createCoderPool(options: CoderPoolOptions): CoderPool {
  const script = workerScript();
  let seq = 0;
  let closing = false;
  const workers = Array.from({ length: Math.max(1, options.size) }, () => {
    const channel =
      options.kind === "process"
        ? processChannel(script, options.dictionaries)
        : threadChannel(script, options.dictionaries);
    const pending = new Map<
      number,
      { resolve: (r: CodeDocumentResult) => void; reject: (e: Error) => void }
    >();
    let markReady: () => void = () => undefined;
    let failReady: (error: Error) => void = () => undefined;
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      failReady = reject;
    });
    ready.catch(() => undefined);
    channel.onReply((reply) => {
      if (reply.seq === -1) {
        if (reply.ready) markReady();
        if (reply.warning) options.onWarning?.(reply.warning);
        return;
      }
      const waiter = pending.get(reply.seq);
      pending.delete(reply.seq);
      if (reply.error !== undefined) waiter?.reject(new Error(reply.error));
      else if (reply.result) waiter?.resolve(reply.result);
    });
    channel.onExit((why) => {
      const error = new Error(`coder worker ${why}`);
      failReady(error);
      if (!closing) for (const waiter of pending.values()) waiter.reject(error);
      pending.clear();
    });
    return { channel, pending, ready };
  });
  return {
    size: workers.length,
    code(document, codeOptions = {}) {
      const worker = workers.reduce((best, w) => (w.pending.size < best.pending.size ? w : best));
      const id = seq++;
      return new Promise((resolve, reject) => {
        worker.pending.set(id, { resolve, reject });
        worker.channel.send({
          seq: id,
          document,
          budgetMs: codeOptions.budgetMs,
          oneSided: codeOptions.oneSided,
        });
      });
    },
    async ready() {
      await Promise.all(workers.map((worker) => worker.ready));
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((worker) => worker.channel.stop()));
    },
  };
}
