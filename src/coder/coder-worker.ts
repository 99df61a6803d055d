import { parentPort } from "node:worker_threads";
import { codeDocument } from "./code-document.js";
import { createCoder } from "./coder.js";
import type { WorkerReply, WorkerRequest } from "./coder-pool.js";

/**
 * A coder in a worker thread or a child process (see {@link createCoderPool}): it loads the
 * dictionaries once, then codes each document it is sent and posts back the events (or the error).
 */
const post: (reply: WorkerReply) => void = parentPort
  ? (reply) => parentPort?.postMessage(reply)
  : (reply) => process.send?.(reply);
const coder = createCoder({ onWarning: (message) => post({ seq: -1, warning: message }) });

function handle(request: WorkerRequest): void {
  try {
    post({ seq: request.seq, result: codeDocument(coder, request.document, { budgetMs: request.budgetMs }) });
  } catch (error) {
    post({ seq: request.seq, error: error instanceof Error ? error.message : String(error) });
  }
}

if (parentPort) parentPort.on("message", handle);
else process.on("message", (request) => handle(request as WorkerRequest));
post({ seq: -1, ready: true });
