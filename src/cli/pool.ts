/**
 * Runs conversion jobs: in this thread for small batches, on a pool of worker threads (one per core, at most
 * the job count) for large ones. Each result is handed to `onResult` as it completes.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { runConvert } from "./convert-job.js";
import type { ConvertJob, JobResult } from "./convert-job.js";

/** Below this many files a pool costs more (starting workers) than it saves. */
export const POOL_THRESHOLD = 64;

export const runJobs = async (jobs: readonly ConvertJob[], onResult: (job: ConvertJob, result: JobResult) => void): Promise<void> => {
  const threads = Math.min(availableParallelism(), jobs.length);
  if (jobs.length < POOL_THRESHOLD || threads < 2) {
    for (const job of jobs) onResult(job, await runConvert(job));
    return;
  }
  const workers = Array.from({ length: threads }, () => new Worker(new URL("./worker.js", import.meta.url)));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = (): void => {
              if (next >= jobs.length) return resolve();
              const id = next++;
              worker.postMessage({ id, job: jobs[id] });
            };
            worker.on("message", (m: { id: number; result: JobResult }) => {
              onResult(jobs[m.id] as ConvertJob, m.result);
              send();
            });
            worker.on("error", reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
};
