import { parentPort, workerData } from "node:worker_threads";
import { DEFAULT_DATA_DIR } from "../dictionaries/data-paths.js";
import { loadCoderResources } from "../dictionaries/load-resources.js";
import { readDictionaryDir } from "../dictionaries/tabari/dictionary-dir.js";
import { codeDocument } from "./code-document.js";
import { createCoder } from "./coder.js";
import type { WorkerDictionaries, WorkerReply, WorkerRequest } from "./coder-pool.js";
import { createHeapCeiling, HEAP_CEILING_BYTES } from "./heap-ceiling.js";

/**
 * A coder in a worker thread or a child process (see {@link createCoderPool}): it loads the
 * dictionaries once, then codes each document it is sent and posts back the events (or the error).
 */
const post: (reply: WorkerReply) => void = parentPort
  ? (reply) => parentPort?.postMessage(reply)
  : (reply) => process.send?.(reply);
// A thread gets its settings as workerData, a child process as its first argument.
const { dictionaries } = (parentPort ? workerData : JSON.parse(process.argv[2] ?? "{}")) as {
  dictionaries?: WorkerDictionaries;
};
const coder = createCoder({
  resources: dictionaries
    ? loadCoderResources(DEFAULT_DATA_DIR, {
        dictionaries: { dicts: readDictionaryDir(dictionaries.dir), mode: dictionaries.mode },
      })
    : undefined,
  onWarning: (message) => post({ seq: -1, warning: message }),
});

// Without it V8 lets a long run's heap grow well past what is live (see HEAP_CEILING_BYTES).
const heapCeiling = createHeapCeiling(HEAP_CEILING_BYTES);

function handle(request: WorkerRequest): void {
  try {
    post({
      seq: request.seq,
      result: codeDocument(coder, request.document, {
        budgetMs: request.budgetMs,
        oneSided: request.oneSided,
      }),
    });
  } catch (error) {
    post({ seq: request.seq, error: error instanceof Error ? error.message : String(error) });
  }
  heapCeiling();
}

if (parentPort) parentPort.on("message", handle);
else process.on("message", (request) => handle(request as WorkerRequest));
post({ seq: -1, ready: true });
