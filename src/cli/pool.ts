/**
 * Runs conversions of regular files: in this thread for small batches or `--jobs 1`, else on worker threads
 * (one per core by default). Each worker is handed several files per message, and kept one batch ahead, so it
 * is never idle waiting for the main thread; results are handed to `onResult` as batches complete.
 */
import { availableParallelism } from "node:os";
import { setImmediate as yieldToEvents } from "node:timers/promises";
import { Worker } from "node:worker_threads";
import { convertFile } from "./convert-job.js";
import type { ConvertOptions, Job, JobResult } from "./convert-job.js";
import { onInterrupt } from "./lifecycle.js";
import type { Batch, BatchResult } from "./worker.js";

/** Below this many files a pool costs more (starting workers) than it saves. */
export const POOL_THRESHOLD = 64;
const MAX_BATCH = 32;

export const defaultThreads = (): number => availableParallelism();

type OnResult = (job: Job, result: JobResult) => void;

const inThisThread = async (jobs: readonly Job[], options: ConvertOptions, onResult: OnResult): Promise<void> => {
  for (const job of jobs) {
    onResult(job, convertFile(job, options));
    // Let signals, the progress bar and stdout errors be handled between files.
    await yieldToEvents();
  }
};

/**
 * Worker threads for a batch of this many regular files, or none when it is too small to gain from them.
 * Started as soon as the inputs are known, so that they load while the main thread plans the outputs.
 */
export const startWorkers = (files: number, threads: number): Worker[] => {
  const count = Math.min(threads, files);
  if (files < POOL_THRESHOLD || count < 2) return [];
  return Array.from({ length: count }, () => new Worker(new URL("./worker.js", import.meta.url)));
};

export const stopWorkers = async (workers: readonly Worker[]): Promise<void> =>
  void (await Promise.all(workers.map((w) => w.terminate())));

/** Runs the jobs on the workers (stopping them at the end), or in this thread when there are none. */
export const runJobs = async (
  jobs: readonly Job[],
  options: ConvertOptions,
  workers: readonly Worker[],
  onResult: OnResult,
): Promise<void> => {
  if (workers.length === 0 || jobs.length === 0) return inThisThread(jobs, options, onResult);
  // Small enough batches that the last ones finish together, large enough that messages cost little.
  const size = Math.max(1, Math.min(MAX_BATCH, Math.floor(jobs.length / (workers.length * 8))));
  const unregister = onInterrupt(() => stopWorkers(workers));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let pending = 0;
            const send = (): void => {
              if (next >= jobs.length) return;
              const batch: Batch = { first: next, jobs: jobs.slice(next, next + size), options };
              next += batch.jobs.length;
              pending++;
              worker.postMessage(batch);
            };
            worker.on("message", (m: BatchResult) => {
              pending--;
              send();
              for (const [i, result] of m.results.entries()) onResult(jobs[m.first + i] as Job, result);
              if (pending === 0) resolve();
            });
            worker.on("error", reject);
            // Two batches in hand: the worker never waits for the main thread between them.
            send();
            send();
            if (pending === 0) resolve();
          }),
      ),
    );
  } finally {
    unregister();
  }
};
