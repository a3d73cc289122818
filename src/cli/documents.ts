/**
 * Reading one input's bytes into a decoded document, whether XML (any version, named by its namespace) or the
 * JSON the AWS CLI and SDKs use. Problems come back as reports.
 */
import { rootsOf } from "../document.js";
import { decode, decodeJson, detect, versions } from "../index.js";
import type { Decoded, Issue, ReadOptions, RootName, VersionId } from "../index.js";
import type { InputOptions } from "./reading.js";
import { fromIssue } from "./report.js";
import type { Report } from "./report.js";

export type JsonShape = "wrapped" | "bare";

/** The first non-space character opens a JSON object or array (a UTF-8 byte order mark allowed). */
export const isJsonInput = (bytes: Uint8Array): boolean => /^[\s\uFEFF]*[{[]/.test(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(64, bytes.length)).toString("utf8"));

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
  if (keys.length === 1 && roots.includes(keys[0] as string)) return { root: keys[0] as string, value: record[keys[0] as string] };
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
  | { readonly ok: false; readonly reports: readonly Report[]; readonly json: boolean; readonly version?: string; readonly root?: string };

/** Line and column (1-based) of a character offset. */
const position = (text: string, offset: number): { line: number; column: number } => {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
};

const syntaxError = (file: string, text: string, e: Error): Report => {
  const at = /at position (\d+)/.exec(e.message);
  const offset = at === null ? text.length : Number(at[1]);
  const message = e.message.replace(/ in JSON at position \d+.*$/, "").replace(/ of JSON input$/, " of the JSON");
  return { file, code: "malformed_json", message, ...position(text, offset) };
};

/** The newest other version in which this JSON reads without a problem, if any. */
const versionThatReads = (value: unknown, root: string, tried: VersionId): VersionId | undefined => {
  for (const v of [...versions].reverse()) {
    const version = v.version as VersionId;
    if (version === tried || !(rootsOf(version) as readonly string[]).includes(root)) continue;
    if (decodeJson(value, { version, root: root as RootName })._tag === "Right") return version;
  }
  return undefined;
};

/** JSON does not name its version: when it fails as the default, say which version it reads as, if any. */
const jsonFailure = (file: string, issues: readonly Issue[], value: unknown, root: string, options: InputOptions): Report[] => {
  if (options.fromGiven) return issues.map((i) => fromIssue(file, i));
  const other = versionThatReads(value, root, options.from);
  const unknownMember = issues.some((i) => i.code === "unknown_member");
  const hint =
    other !== undefined
      ? `JSON does not name its API version and was read as ${options.from}; it reads cleanly as ${other}: add --from ${other}`
      : unknownMember
        ? `JSON does not name its API version and was read as ${options.from}; if it is of another version, give --from VERSION`
        : undefined;
  return issues.map((i, n) => fromIssue(file, i, n === 0 ? hint : undefined));
};

export const readJson = (bytes: Uint8Array, file: string, options: InputOptions): ReadResult => {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8").replace(/^\uFEFF/, "");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, json: true, version: options.from, reports: [syntaxError(file, text, e as Error)] };
  }
  const unwrapped = unwrapJson(json, options.from);
  if (typeof unwrapped === "string") return { ok: false, json: true, version: options.from, reports: [{ file, code: "unknown_root", message: `expected ${unwrapped}` }] };
  const r = decodeJson(unwrapped.value, { version: options.from, root: unwrapped.root as RootName, unknown: options.unknown });
  if (r._tag === "Right") return { ok: true, json: true, decoded: r.right };
  return { ok: false, json: true, version: options.from, root: unwrapped.root, reports: jsonFailure(file, r.left.issues, unwrapped.value, unwrapped.root, options) };
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

export const failedXml = (file: string, failure: { readonly issues: readonly Issue[]; readonly truncated: boolean }, head?: Uint8Array): ReadResult => {
  const reports: Report[] = failure.issues.map((i) => fromIssue(file, i));
  if (failure.truncated) reports.push({ file, code: "too_many_errors", message: "too many errors; stopped collecting", level: "note" });
  return { ok: false, json: false, reports, ...(head === undefined ? {} : named(head)) };
};
