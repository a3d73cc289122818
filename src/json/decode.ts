/**
 * `decodeJson`: AWS CLI / SDK JSON to a decoded document, checked with the rules, codes and paths of XML, and
 * under the same limits and `maxErrors`: the value is measured against the limits first, then checked.
 */
import type { Either } from "fp-ts/lib/Either.js";
import { left, right } from "fp-ts/lib/Either.js";
import { findKind } from "../document.js";
import type { Decoded, RootName, VersionId } from "../document.js";
import { issue } from "../errors.js";
import type { JsonFailure } from "../errors.js";
import { fromJson } from "../interpreters/check.js";
import { resolveOptions } from "../interpreters/options.js";
import type { DecodeOptions } from "../interpreters/options.js";
import { limitProblem } from "./limits.js";
import { elementPath } from "./paths.js";

/** Which document to read JSON as, what to do with members the version does not define, and the limits. */
export interface JsonReadOptions extends Pick<DecodeOptions, "unknown" | "maxErrors" | "maxDepth" | "maxTextLength" | "maxDocumentSize"> {
  readonly version: VersionId;
  readonly root: RootName;
}

/**
 * Checks a JSON value (the object under `DistributionConfig` in AWS CLI output, for example) for a version and root.
 * Members the version does not define are errors, or with `unknown` dropped or kept (each with a warning); kept ones
 * go back out through `encodeJson`, and `encode` refuses them. Options as `decode`'s: an invalid one throws before
 * anything is read.
 */
export const decodeJson = (json: unknown, target: JsonReadOptions): Either<JsonFailure, Decoded> => {
  if (typeof target !== "object" || target === null) throw new TypeError(`decodeJson: the target must be an object { version, root }, not ${target === null ? "null" : typeof target}`);
  const { version, root, ...rest } = target;
  const options = resolveOptions(rest);
  const found = findKind(version, root);
  if (!found.ok) return left({ issues: [issue(found.problem, { path: `/${root}` })], truncated: false });
  const kind = found.kind;
  const limit = limitProblem(json, options);
  if (limit !== undefined) return left({ issues: [issue(limit.problem, { path: elementPath(kind.shapes, kind.node, kind.root, limit.at) })], truncated: false });
  const r = fromJson(kind.shapes, kind.node, kind.root, json, options.unknown, options.maxErrors);
  if (r.issues.length > 0) return left({ issues: r.issues, truncated: r.truncated });
  return right((r.warnings.length === 0 ? { version, root, value: r.value } : { version, root, value: r.value, warnings: r.warnings }) as Decoded);
};
