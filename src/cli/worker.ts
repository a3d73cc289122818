/** A conversion worker: runs jobs posted by the pool in src/cli/pool.ts. */
import { parentPort } from "node:worker_threads";
import { runConvert } from "./convert-job.js";
import type { ConvertJob } from "./convert-job.js";

parentPort?.on("message", (message: { readonly id: number; readonly job: ConvertJob }) => {
  runConvert(message.job).then(
    (result) => parentPort?.postMessage({ id: message.id, result }),
    (e: unknown) => parentPort?.postMessage({ id: message.id, result: { ok: false, message: `${message.job.input.path}: ${String(e)}` } }),
  );
});
