/** A conversion worker: runs the batches of jobs posted by the pool in src/cli/pool.ts, one file after another. */
import { parentPort } from "node:worker_threads";
import { convertFile } from "./convert-job.js";
import type { ConvertOptions, Job, JobResult } from "./convert-job.js";

export interface Batch {
  readonly first: number;
  readonly jobs: readonly Job[];
  readonly options: ConvertOptions;
}

export interface BatchResult {
  readonly first: number;
  readonly results: readonly JobResult[];
}

parentPort?.on("message", (batch: Batch) => {
  const results = batch.jobs.map((job): JobResult => {
    try {
      return convertFile(job, batch.options);
    } catch (e) {
      // A bug, not bad input: still one failed file, not a lost batch.
      return {
        ok: false,
        reports: [
          {
            file: job.input.shown,
            code: "cannot_read",
            message: `internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
          },
        ],
      };
    }
  });
  parentPort?.postMessage({ first: batch.first, results } satisfies BatchResult);
});
