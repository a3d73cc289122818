/**
 * One conversion, the unit of work of `cfxml convert`: read, migrate, encode and write one input, all
 * synchronously (in a worker thread, or between awaits in the main thread). Problems come back as reports.
 */
import { migrate } from "../migrations/migrate.js";
import type { Decoded, Loss, MigrationFailure, VersionId } from "../index.js";
import type { JsonShape, ReadResult } from "./documents.js";
import type { Input } from "./inputs.js";
import { WriteRefused, writeOutput } from "./output.js";
import type { FsPath } from "./paths.js";
import { readFile } from "./read.js";
import type { InputOptions } from "./reading.js";
import { decodingWarnings, describeError, fromIssue, ioReport } from "./report.js";
import type { Report } from "./report.js";
import { writeDocument } from "./writing.js";

export interface ConvertOptions {
  readonly read: InputOptions;
  readonly to: VersionId | undefined;
  readonly format: "xml" | "json" | undefined;
  readonly jsonShape: JsonShape;
  readonly pretty: boolean;
  readonly lossy: boolean;
  readonly accountId: string | undefined;
}

export type Output =
  | { readonly kind: "stdout" }
  /** `direct`: the one output the user named, which may be a FIFO or device such as /dev/stdout. */
  | { readonly kind: "file"; readonly path: FsPath; readonly shown: string; readonly direct: boolean };

export interface Job {
  readonly input: Input;
  readonly output: Output;
}

export type JobResult =
  /** `text`: the result for stdout. `notes`: the input's warnings, what --lossy dropped, what the migration assumed. */
  | { readonly ok: true; readonly text?: string; readonly notes: readonly Report[] }
  | { readonly ok: false; readonly reports: readonly Report[] };

const describeLoss = (l: Loss): string => {
  const outcome = "replacement" in l ? ` → ${JSON.stringify(l.replacement)}` : l.kind === "required" ? "" : " dropped";
  return `${l.kind} ${l.path} (${l.introducedIn})${outcome}`;
};

/** Needs the account to build an ARN, and none was given. */
const needsAccount = (path: string, options: ConvertOptions): boolean =>
  options.accountId === undefined && /\/ARN$/.test(path);

export const failureReports = (file: string, f: MigrationFailure, options: ConvertOptions): Report[] => {
  switch (f.kind) {
    case "unsupported":
      return [{ file, code: "unsupported", message: f.message }];
    case "upgrade":
      return f.issues.map((i) =>
        fromIssue(
          file,
          { ...i, message: `cannot upgrade to ${f.version}: ${i.message}` },
          needsAccount(i.path, options) ? "give --account-id ID: the ARN is derived from the AWS account" : undefined,
        ),
      );
    case "downgrade":
      return f.losses.map((l, n) => ({
        file,
        code: "lossy_downgrade",
        message: l.message,
        path: l.path,
        ...(n === 0
          ? {
              hint:
                `${options.to ?? "the target version"} cannot hold ${f.losses.length} part(s) of this document; ` +
                `--lossy converts anyway, dropping them`,
            }
          : {}),
      }));
    case "invalid":
      return f.issues.map((i) =>
        fromIssue(file, { ...i, message: `even a lossy downgrade to ${f.version} is invalid: ${i.message}` }),
      );
  }
};

/** Migrates, encodes and writes a document that has been read. */
export const finishConvert = (job: Job, read: ReadResult, o: ConvertOptions): JobResult => {
  if (!read.ok) return { ok: false, reports: read.reports };
  const file = job.input.shown;
  let decoded: Decoded = read.decoded;
  const notes: Report[] = decodingWarnings(file, decoded);
  if (o.to !== undefined && o.to !== decoded.version) {
    const r = migrate(decoded, o.to, {
      lossy: o.lossy,
      ...(o.accountId === undefined ? {} : { accountId: o.accountId }),
    });
    if (r._tag === "Left") return { ok: false, reports: failureReports(file, r.left, o) };
    decoded = r.right;
    for (const l of r.right.losses)
      notes.push({ file, code: "lost", message: `lost: ${describeLoss(l)}`, path: l.path, level: "note" });
    // An upgrade that fills in a value, or a downgrade that drops one meaning what absence means, says so.
    for (const a of r.right.assumptions)
      notes.push({
        file,
        code: "assumed",
        message: `assumed ${a.path} = ${JSON.stringify(a.value)} (required from ${a.introducedIn}): ${a.why}`,
        path: a.path,
        level: "note",
      });
    for (const e of r.right.equivalents)
      notes.push({
        file,
        code: "equivalent",
        message: `dropped ${e.path} = ${JSON.stringify(e.value)}: ${e.why}`,
        path: e.path,
        level: "note",
      });
  }
  const text = writeDocument(
    decoded,
    { format: o.format ?? (read.json ? "json" : "xml"), jsonShape: o.jsonShape, pretty: o.pretty },
    file,
  );
  if (typeof text !== "string") return { ok: false, reports: [text] };
  if (job.output.kind === "stdout") return { ok: true, text, notes };
  try {
    writeOutput(job.output.path, text, job.output.direct);
  } catch (e) {
    const reason = e instanceof WriteRefused ? e.message : describeError(e);
    return { ok: false, reports: [ioReport(file, "cannot_write", `${job.output.shown}: ${reason}`)] };
  }
  return { ok: true, notes };
};

/** A whole conversion of a regular file. */
export const convertFile = (job: Job, o: ConvertOptions): JobResult =>
  finishConvert(job, readFile(job.input, o.read), o);
