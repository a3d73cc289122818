/**
 * Reading one input into a decoded document, whether XML (any version, named by its namespace) or the JSON the
 * AWS CLI and SDKs use, and writing it back out in either form.
 */
import { rootsOf } from "../document.js";
import { decode, decodeJson, encode, encodeJson, formatFailure, unknownElements } from "../index.js";
import type { Decoded, DecodeOptions, Issue, RootName, VersionId } from "../index.js";

export type JsonShape = "wrapped" | "bare";

export class InputError extends Error {}

const looksLikeJson = (bytes: Buffer): boolean => /^[\s\uFEFF]*[{[]/.test(bytes.subarray(0, 64).toString("utf8"));

export const isJsonInput = looksLikeJson;

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

export interface ReadOptions extends DecodeOptions {
  /** The version of JSON input (XML names its own). */
  readonly from: VersionId;
}

const issuesText = (issues: readonly Issue[], file: string): string => formatFailure({ issues }, file);

export const readDocument = (bytes: Buffer, file: string, options: ReadOptions): Decoded => {
  if (!looksLikeJson(bytes)) {
    const r = decode(bytes, options);
    if (r._tag === "Left") throw new InputError(formatFailure(r.left, file));
    return r.right;
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString("utf8").replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new InputError(`${file}: error[malformed_json]: ${(e as Error).message}`);
  }
  const unwrapped = unwrapJson(json, options.from);
  if (typeof unwrapped === "string") throw new InputError(`${file}: error[unknown_root]: expected ${unwrapped}`);
  const r = decodeJson(unwrapped.value, { version: options.from, root: unwrapped.root as RootName });
  if (r._tag === "Left") throw new InputError(issuesText(r.left.issues, file));
  return r.right;
};

export interface WriteOptions {
  readonly format: "xml" | "json";
  readonly jsonShape: JsonShape;
  readonly pretty: boolean;
}

/** Whether a value holds elements kept by `--unknown preserve`, which JSON cannot carry. */
const holdsUnknowns = (u: unknown): boolean =>
  typeof u === "object" && u !== null && (unknownElements in u || Object.values(u).some(holdsUnknowns));

export const writeDocument = (d: Decoded, options: WriteOptions, file: string): string => {
  if (options.format === "xml") return encode(d, { pretty: options.pretty }) + "\n";
  if (holdsUnknowns(d.value)) throw new InputError(`${file}: error[unknown_element]: elements kept by --unknown preserve cannot be written as JSON; write XML`);
  const json = encodeJson(d);
  const shaped = options.jsonShape === "bare" ? json : { [d.root]: json };
  return JSON.stringify(shaped, null, options.pretty ? 2 : undefined) + "\n";
};
