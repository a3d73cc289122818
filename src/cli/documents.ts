/**
 * Reading one input's bytes into a decoded document, whether XML (any version, named by its namespace) or the
 * JSON the AWS CLI and SDKs use. Problems come back as reports.
 */
import { requireKind, rootsOf } from "../document.js";
import type { DocumentKind } from "../document.js";
import { issue } from "../errors.js";
import { versions } from "../versions/index.js";
import { decode, detect } from "../xml.js";
import type { Decoded, Issue, ReadOptions, VersionId } from "../index.js";
import { defaults } from "../interpreters/options.js";
import type { JsonRead } from "../interpreters/check.js";
import { checkJson, readFailure, readJson as readJsonText, readMember, readWhole } from "../json/decode.js";
import { duplicateMember } from "../json/located.js";
import type { InputOptions } from "./reading.js";
import { fromIssue } from "./report.js";
import type { Report } from "./report.js";

export type JsonShape = "wrapped" | "bare";

/** The first non-space character opens a JSON object or array (a UTF-8 byte order mark allowed). */
export const isJsonInput = (bytes: Uint8Array): boolean =>
  /^[\s\uFEFF]*[{[]/.test(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(64, bytes.length)).toString("utf8"));

/**
 * The JSON forms accepted: `{"DistributionConfig": …}` (or another root), the AWS CLI's
 * `get-distribution-config` output `{"ETag": …, "DistributionConfig": …}`, `get-distribution`'s
 * `{"ETag": …, "Distribution": …}`, or the bare object `update-distribution --distribution-config` takes.
 */
export const unwrapJson = (json: unknown, version: string): { root: string; value: unknown } | string => {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return "a JSON object";
  const record = json as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => k !== "ETag");
  const roots: readonly string[] = rootsOf(version);
  if (keys.length === 1 && roots.includes(keys[0] as string))
    return { root: keys[0] as string, value: record[keys[0] as string] };
  if (keys.length > 0 && keys.every((k) => !roots.includes(k))) return { root: "DistributionConfig", value: json };
  return `one of ${roots.join(", ")} as the only top-level key (beside ETag), or a bare DistributionConfig`;
};

/** The library's options for reading XML with these input options. */
export const xmlOptions = (o: InputOptions): ReadOptions => ({
  unknown: o.unknown,
  unwrappedItems: o.unwrappedItems,
  ...(o.assumeVersion === undefined ? {} : { version: o.assumeVersion }),
  ...(o.positions === true ? { positions: true } : {}),
});

export type ReadResult =
  | { readonly ok: true; readonly decoded: Decoded; readonly json: boolean }
  | {
      readonly ok: false;
      readonly reports: readonly Report[];
      readonly json: boolean;
      readonly version?: string;
      readonly root?: string;
    };

/**
 * The reader's limits for the CLI's JSON: its wrapper (`{ "DistributionConfig": … }`) is one level more than the
 * document.
 */
export const jsonLimits = {
  maxDepth: defaults.maxDepth + 1,
  maxTextLength: defaults.maxTextLength,
  maxDocumentSize: defaults.maxDocumentSize,
};

/** The newest other version in which this JSON reads without a problem, if any. */
const versionThatReads = (value: unknown, root: string, tried: VersionId, read: JsonRead): VersionId | undefined => {
  for (const v of [...versions].reverse()) {
    const version = v.version as VersionId;
    if (version === tried || !(rootsOf(version) as readonly string[]).includes(root)) continue;
    if (checkJson(value, requireKind(version, root), { unknown: "error", maxErrors: 1 }, read)._tag === "Right")
      return version;
  }
  return undefined;
};

/** JSON does not name its version: when it fails as the default, say which version it reads as, if any. */
const jsonFailure = (
  file: string,
  issues: readonly Issue[],
  value: unknown,
  root: string,
  options: InputOptions,
  read: JsonRead,
): Report[] => {
  if (options.fromGiven) return issues.map((i) => fromIssue(file, i));
  const other = versionThatReads(value, root, options.from, read);
  const unknownMember = issues.some((i) => i.code === "unknown_member");
  const hint =
    other !== undefined
      ? `JSON does not name its API version and was read as ${options.from}; it reads cleanly as ${other}: add ` +
        `--from ${other}`
      : unknownMember
        ? `JSON does not name its API version and was read as ${options.from}; if it is of another version, give ` +
          `--from VERSION`
        : undefined;
  return issues.map((i, n) => fromIssue(file, i, n === 0 ? hint : undefined));
};

/**
 * The document a problem of the text is in: the wrapper's member that names a root, or else a bare DistributionConfig.
 */
const documentOf = (
  first: string | number | undefined,
  version: string,
): { kind: DocumentKind; rest: number } | undefined => {
  if (typeof first === "string" && (rootsOf(version) as readonly string[]).includes(first))
    return { kind: requireKind(version, first), rest: 1 };
  return first === undefined ? undefined : { kind: requireKind(version, "DistributionConfig"), rest: 0 };
};

export const readJson = (bytes: Uint8Array, file: string, options: InputOptions): ReadResult => {
  const read = readJsonText(bytes, jsonLimits);
  if (!read.ok) {
    const document = documentOf(read.at[0], options.from);
    const placed =
      document === undefined
        ? issue(read.problem, { path: "/", line: read.line, column: read.column })
        : readFailure({ ...read, at: read.at.slice(document.rest) }, document.kind);
    return { ok: false, json: true, version: options.from, reports: [fromIssue(file, placed)] };
  }
  const unwrapped = unwrapJson(read.value, options.from);
  if (typeof unwrapped === "string")
    return {
      ok: false,
      json: true,
      version: options.from,
      reports: [{ file, code: "unknown_root", message: `expected ${unwrapped}`, ...read.start }],
    };
  const { root, value } = unwrapped;
  // Around the document, a repeated key is reported here (inside it, the checker reports them).
  const bare = value === read.value;
  const wrapper = bare ? [] : (read.located?.duplicates ?? []);
  const repeated = wrapper.map((d) =>
    issue(duplicateMember(d.key), { path: `/${d.key}`, line: d.line, column: d.column }),
  );
  const how = bare ? readWhole(read) : readMember(read, root);
  const r = checkJson(
    value,
    requireKind(options.from, root),
    { unknown: options.unknown, maxErrors: defaults.maxErrors },
    how,
  );
  if (r._tag === "Right" && repeated.length === 0) return { ok: true, json: true, decoded: r.right };
  const issues = [...repeated, ...(r._tag === "Left" ? r.left.issues : [])].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  const reports =
    r._tag === "Left" ? jsonFailure(file, issues, value, root, options, how) : issues.map((i) => fromIssue(file, i));
  if (r._tag === "Left" && r.left.truncated)
    reports.push({ file, code: "too_many_errors", message: "too many errors; stopped collecting", level: "note" });
  return { ok: false, json: true, version: options.from, root, reports };
};

/** What the root element says, for reporting a document that does not decode. */
const named = (bytes: Uint8Array): { version?: string; root?: string } => {
  const d = detect(bytes);
  return d._tag === "Right" ? { version: d.right.version, root: d.right.root } : {};
};

export const readDocument = (bytes: Uint8Array, file: string, options: InputOptions): ReadResult => {
  if (isJsonInput(bytes)) return readJson(bytes, file, options);
  const r = decode(bytes, xmlOptions(options));
  if (r._tag === "Right") return { ok: true, json: false, decoded: r.right };
  return failedXml(file, r.left, bytes);
};

export const failedXml = (
  file: string,
  failure: { readonly issues: readonly Issue[]; readonly truncated: boolean },
  head?: Uint8Array,
): ReadResult => {
  const reports: Report[] = failure.issues.map((i) => fromIssue(file, i));
  if (failure.truncated)
    reports.push({ file, code: "too_many_errors", message: "too many errors; stopped collecting", level: "note" });
  return { ok: false, json: false, reports, ...(head === undefined ? {} : named(head)) };
};
