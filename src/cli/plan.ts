/**
 * Before anything is written, every input is given its output, and the batch is refused (usage error, exit 2,
 * naming both inputs) when two inputs would meet on one output, or when an output is itself an input and
 * `--in-place` was not asked for: a run must never overwrite its own inputs, including when `-o DIR` lies
 * inside the input tree. Then each output folder is created once, and temporary files a killed run left there
 * are removed.
 */
import { mkdirSync, statSync } from "node:fs";
import { UsageError } from "./args.js";
import type { Job, Output } from "./convert-job.js";
import { fileIdentity } from "./inputs.js";
import type { Input } from "./inputs.js";
import { destination, removeTemporaries } from "./output.js";
import { bytes, dirname, join, resolve, shown, withExtension } from "./paths.js";
import type { FsPath } from "./paths.js";
import { describeError, ioReport } from "./report.js";
import type { Report } from "./report.js";

export interface PlanOptions {
  /** `-o`: a file for one input, a folder for several. */
  readonly output: FsPath | undefined;
  readonly inPlace: boolean;
  /** The output format when converting; undefined keeps each input's. */
  readonly format: "xml" | "json" | undefined;
  /** Whether the inputs go to a folder (several inputs, or a folder was named). */
  readonly several: boolean;
}

const outputOf = (input: Input, o: PlanOptions): Output => {
  if (o.inPlace) return { kind: "file", path: input.path, shown: input.shown, direct: false };
  if (o.output === undefined || (o.several && input.path === "-")) return { kind: "stdout" };
  if (!o.several) return { kind: "file", path: o.output, shown: shown(o.output), direct: true };
  const path = join(o.output, o.format === undefined ? input.relative : withExtension(input.relative, o.format));
  return { kind: "file", path, shown: shown(path), direct: false };
};

/**
 * The same input named twice (a file and its folder) is converted once. With --in-place, also the same file
 * under two names (a link and its target), which would otherwise be converted twice over itself.
 */
const inputKey = (input: Input, inPlace: boolean): string =>
  input.path === "-" ? "-" : ((inPlace ? fileIdentity(input.path) : undefined) ?? `path:${resolve(input.path)}`);

export interface Plan {
  readonly jobs: readonly Job[];
  /** Jobs whose output file exists already (through links): replaced, keeping what it is. */
  readonly replacing: ReadonlySet<Job>;
}

export const planJobs = (inputs: readonly Input[], o: PlanOptions): Plan => {
  if (o.inPlace && inputs.some((i) => i.kind === "stream"))
    throw new UsageError("--in-place needs files, not stdin or a stream", "write the result with -o FILE or to stdout");
  if (o.several && !o.inPlace && o.output === undefined)
    throw new UsageError("several inputs need -o DIR (or --in-place)", "run cfxml convert --help");
  if (o.several && o.output !== undefined) {
    const s = statOrUndefined(o.output);
    if (s !== undefined && !s.isDirectory())
      throw new UsageError(
        `-o ${shown(o.output)} is not a folder, and several inputs need one`,
        "give -o a folder (it is created if missing)",
      );
  }
  const jobs: Job[] = [];
  const seen = new Set<string>();
  const byOutput = new Map<string, Job>();
  /** Outputs that exist already, by file identity: they may be inputs. */
  const existing = new Map<string, Job>();
  for (const input of inputs) {
    const key = inputKey(input, o.inPlace);
    if (seen.has(key)) continue;
    seen.add(key);
    const job: Job = { input, output: outputOf(input, o) };
    if (job.output.kind === "file") {
      // Outputs meet if they are one path, or (existing) one file through links.
      const identity = fileIdentity(job.output.path);
      const where = identity ?? `path:${resolve(job.output.path)}`;
      const other = byOutput.get(where);
      if (other !== undefined) {
        throw new UsageError(
          `${other.input.shown} and ${input.shown} would both be written to ${job.output.shown}; nothing was written`,
          "convert them in separate runs, or to separate folders",
        );
      }
      byOutput.set(where, job);
      if (identity !== undefined) existing.set(identity, job);
    }
    jobs.push(job);
  }
  if (!o.inPlace && existing.size > 0) refuseOverwritingInputs(jobs, existing);
  return { jobs, replacing: new Set(existing.values()) };
};

const statOrUndefined = (path: FsPath): ReturnType<typeof statSync> | undefined => {
  try {
    return statSync(bytes(path));
  } catch {
    return undefined;
  }
};

/** An existing output that is one of the inputs (through links too) would be lost: refuse. */
const refuseOverwritingInputs = (jobs: readonly Job[], existing: ReadonlyMap<string, Job>): void => {
  for (const victim of jobs) {
    if (victim.input.kind !== "file") continue;
    const identity = fileIdentity(victim.input.path);
    const job = identity === undefined ? undefined : existing.get(identity);
    if (job === undefined) continue;
    throw new UsageError(
      victim === job
        ? `${job.input.shown} would be overwritten by its own conversion; nothing was written`
        : `${victim.input.shown} is an input, and the output of ${job.input.shown} would overwrite it; nothing was ` +
            `written`,
      victim === job
        ? "use --in-place to mean it"
        : "choose an -o folder outside the inputs, or convert with --in-place",
    );
  }
};

export interface Prepared {
  /** Every folder this run may leave a temporary file in: where it looks on Ctrl-C. */
  readonly folders: readonly FsPath[];
  /** Jobs whose output folder could not be created, with the reason. */
  readonly unwritable: ReadonlyMap<Job, Report>;
}

/** Creates each output folder once and removes the temporary files a killed run left in it. */
export const prepareFolders = ({ jobs, replacing }: Plan): Prepared => {
  const folders = new Map<FsPath, unknown>();
  const unwritable = new Map<Job, Report>();
  for (const job of jobs) {
    if (job.output.kind !== "file") continue;
    let folder = dirname(job.output.path);
    // A link is written through: the temporary file goes beside its target.
    if (replacing.has(job)) {
      try {
        const d = destination(job.output.path, job.output.direct);
        if (d.kind === "file") folder = dirname(d.path);
      } catch {
        // Refused at write time, with its reason.
      }
    }
    if (!folders.has(folder)) {
      try {
        mkdirSync(bytes(folder), { recursive: true });
        removeTemporaries(folder, "stale");
        folders.set(folder, undefined);
      } catch (e) {
        folders.set(folder, e);
      }
    }
    const problem = folders.get(folder);
    if (problem !== undefined)
      unwritable.set(job, ioReport(job.input.shown, "cannot_write", `${shown(folder)}: ${describeError(problem)}`));
  }
  return { folders: [...folders].filter(([, e]) => e === undefined).map(([f]) => f), unwritable };
};
