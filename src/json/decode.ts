/**
 * `decodeJson`: AWS CLI / SDK JSON to a decoded document, checked with the rules, codes and paths of XML, and
 * under the same limits and `maxErrors`. JSON text (a string or UTF-8 bytes) is read strictly, so its issues have
 * line and column; a value already in memory is measured against the same limits, then checked.
 */
import type { Either } from "fp-ts/lib/Either.js";
import { left, right } from "fp-ts/lib/Either.js";
import { findKind } from "../document.js";
import type { Decoded, DecodedAs, DocumentKind, RootName, VersionId } from "../document.js";
import { issue } from "../errors.js";
import type { Issue, JsonFailure } from "../errors.js";
import { fromJson } from "../interpreters/check.js";
import type { JsonRead } from "../interpreters/check.js";
import { resolveOptions } from "../interpreters/options.js";
import type { DecodeOptions } from "../interpreters/options.js";
import { indexIn, innerAt, slotAt } from "./located.js";
import { limitProblem } from "./limits.js";
import type { Limits } from "./limits.js";
import { elementPath } from "./paths.js";
import { readJsonText } from "./reader.js";
import type { ReadResult } from "./reader.js";
import { jsonText } from "./text.js";

/** Which document to read JSON as, what to do with members the version does not define, and the limits. */
export interface JsonReadOptions<V extends VersionId = VersionId, R extends RootName = RootName>
  extends Pick<DecodeOptions, "unknown" | "maxErrors" | "maxDepth" | "maxTextLength" | "maxDocumentSize"> {
  readonly version: V;
  readonly root: R;
}

export type JsonOptions = Required<Pick<DecodeOptions, "unknown" | "maxErrors">> & Limits;

/** JSON text read strictly, with where each part was written; or its fatal problem, where it is. */
export const readJson = (input: string | Uint8Array, limits: Limits): ReadResult => {
  const { text, stop } = jsonText(input, limits.maxDocumentSize);
  return readJsonText(text, limits, stop);
};

type Read = Extract<ReadResult, { ok: true }>;

/** How the text's value was read, for `checkJson`. */
export const readWhole = (read: Read): JsonRead => ({
  at: read.located ?? read.start,
  located: read.located,
  repeats: read.repeats,
});

/**
 * How the value of the text's member `key` was read: the document under the AWS CLI's `{ "DistributionConfig": … }`.
 */
export const readMember = (read: Read, key: string): JsonRead => {
  const i = indexIn(read.located, key);
  return { at: slotAt(read.located, i) ?? read.start, located: innerAt(read.located, i), repeats: read.repeats };
};

/** The issue of a text that could not be read, placed in the document `kind` (`at` runs from its root). */
export const readFailure = (
  read: Extract<ReadResult, { ok: false }>,
  kind: Pick<DocumentKind, "shapes" | "node" | "root">,
): Issue =>
  issue(read.problem, {
    path: elementPath(kind.shapes, kind.node, kind.root, read.at),
    line: read.line,
    column: read.column,
  });

/**
 * Checks a value as document `kind`. A value read from text comes with `readWhole` or `readMember` of its reading:
 * where it starts (the root's `{`, or the member that holds it in `{ "DistributionConfig": … }`) and what the reader
 * wrote down of it.
 */
export const checkJson = (
  value: unknown,
  kind: DocumentKind,
  options: Pick<JsonOptions, "unknown" | "maxErrors">,
  read: JsonRead = {},
): Either<JsonFailure, Decoded> => {
  const r = fromJson(kind.shapes, kind.node, kind.root, value, options.unknown, {
    ...read,
    maxErrors: options.maxErrors,
  });
  if (r.issues.length > 0) return left({ issues: r.issues, truncated: r.truncated });
  const { version, root } = kind;
  const noted =
    r.warnings.length === 0
      ? {}
      : r.warningsTruncated
        ? { warnings: r.warnings, warningsTruncated: true }
        : { warnings: r.warnings };
  return right({ version, root, value: r.value, ...noted } as Decoded);
};

/**
 * Checks AWS CLI / SDK JSON for a version and root: JSON text (a string or UTF-8 bytes), or a value already parsed
 * (the object under `DistributionConfig` in AWS CLI output, for example). Members the version does not define are
 * errors, or with `unknown` dropped or kept (each with a warning); kept ones go back out through `encodeJson`, and
 * `encode` refuses them. Options as `decode`'s: an invalid one throws before anything is read. The result is
 * typed by the version and root asked for: `decodeJson(x, { version: "2020-05-31", root: "DistributionConfig" })`
 * gives a value assignable to the AWS SDK's `DistributionConfig`.
 */
export const decodeJson = <const V extends VersionId, const R extends RootName>(
  json: unknown,
  target: JsonReadOptions<V, R>,
): Either<JsonFailure, DecodedAs<V, R>> => decodeAny(json, target) as Either<JsonFailure, DecodedAs<V, R>>;

const decodeAny = (json: unknown, target: JsonReadOptions): Either<JsonFailure, Decoded> => {
  if (typeof target !== "object" || target === null)
    throw new TypeError(
      `decodeJson: the target must be an object { version, root }, not ${target === null ? "null" : typeof target}`,
    );
  const { version, root, ...rest } = target;
  const options = resolveOptions(rest);
  const found = findKind(version, root);
  if (!found.ok) return left({ issues: [issue(found.problem, { path: `/${root}` })], truncated: false });
  const kind = found.kind;
  if (typeof json === "string" || json instanceof Uint8Array) {
    const read = readJson(json, options);
    if (!read.ok) return left({ issues: [readFailure(read, kind)], truncated: false });
    return checkJson(read.value, kind, options, readWhole(read));
  }
  const limit = limitProblem(json, options);
  if (limit !== undefined)
    return left({
      issues: [issue(limit.problem, { path: elementPath(kind.shapes, kind.node, kind.root, limit.at) })],
      truncated: false,
    });
  return checkJson(json, kind, options);
};
