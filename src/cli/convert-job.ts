/** One conversion, the unit of work of `cfxml convert` (run in the main thread or in a worker). */
import { formatFailure, migrate } from "../index.js";
import type { Decoded, DecodeOptions, Loss, MigrationFailure, VersionId } from "../index.js";
import { InputError, isJsonInput, readDocument, writeDocument } from "./documents.js";
import type { JsonShape } from "./documents.js";
import { readInput } from "./inputs.js";
import type { Input } from "./inputs.js";
import { writeAtomic } from "./output.js";

export interface ConvertOptions {
  readonly from: VersionId;
  readonly to: VersionId | undefined;
  readonly format: "xml" | "json" | undefined;
  readonly jsonShape: JsonShape;
  readonly pretty: boolean;
  readonly lossy: boolean;
  readonly accountId: string | undefined;
  readonly unknown: NonNullable<DecodeOptions["unknown"]>;
}

export interface ConvertJob {
  readonly input: Input;
  /** Where to write; undefined: return the text (for stdout). */
  readonly output: string | undefined;
  readonly options: ConvertOptions;
}

export type JobResult =
  | { readonly ok: true; readonly text: string | undefined; readonly notes: readonly string[] }
  | { readonly ok: false; readonly message: string };

const describeLoss = (l: Loss): string =>
  `${l.kind} ${l.path} (${l.introducedIn})${"replacement" in l ? ` → ${JSON.stringify(l.replacement)}` : l.kind === "required" ? "" : " dropped"}`;

export const describeFailure = (file: string, f: MigrationFailure): string => {
  switch (f.kind) {
    case "unsupported":
      return `${file}: error[unsupported]: ${f.message}`;
    case "upgrade":
      return `${file}: cannot upgrade to ${f.version}:\n${formatFailure({ issues: f.issues }, file)}`;
    case "downgrade":
      return [`${file}: error[lossy_downgrade]: the target version cannot hold ${f.losses.length} part(s) of this document (--lossy drops them):`, ...f.losses.map((l) => `  ${l.path}: ${l.message}`)].join("\n");
    case "invalid":
      return `${file}: even a lossy downgrade is invalid in ${f.version}:\n${formatFailure({ issues: f.issues }, file)}`;
  }
};

export const runConvert = async (job: ConvertJob): Promise<JobResult> => {
  const file = job.input.path;
  const o = job.options;
  try {
    const bytes = await readInput(job.input);
    let decoded: Decoded = readDocument(bytes, file, { from: o.from, unknown: o.unknown });
    const notes: string[] = [];
    if (o.to !== undefined && o.to !== decoded.version) {
      const r = migrate(decoded, o.to, { lossy: o.lossy, ...(o.accountId === undefined ? {} : { accountId: o.accountId }) });
      if (r._tag === "Left") return { ok: false, message: describeFailure(file, r.left) };
      decoded = r.right;
      for (const l of r.right.losses) notes.push(`${file}: lost: ${describeLoss(l)}`);
    }
    const format = o.format ?? (isJsonInput(bytes) ? "json" : "xml");
    const text = writeDocument(decoded, { format, jsonShape: o.jsonShape, pretty: o.pretty }, file);
    if (job.output === undefined) return { ok: true, text, notes };
    await writeAtomic(job.output, text);
    return { ok: true, text: undefined, notes };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, message: e.message };
    if (e instanceof Error && "code" in e && typeof e.code === "string") return { ok: false, message: `${file}: ${e.message}` };
    throw e;
  }
};
