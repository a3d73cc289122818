/**
 * Each document kind's check through the Standard Schema interface (https://standardschema.dev), which zod,
 * valibot and arktype share and many frameworks accept (form libraries, RPC routers, config loaders): a cfxml
 * check sits there without glue. The input is what the AWS CLI and SDK write (`decodeJson`'s input); the output is
 * the decoded value; each issue carries its path as keys into that input.
 */
import { findKind, requireVersion } from "./document.js";
import type { ModuleOf, RootValue, VersionId } from "./document.js";
import type { Issue } from "./errors.js";
import { decodeJson } from "./json/decode.js";

/** The Standard Schema v1 interface, as its specification asks libraries to copy it rather than depend on it. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => StandardResult<Output> | Promise<StandardResult<Output>>;
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}
export type StandardResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: readonly StandardIssue[] };
export interface StandardIssue {
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined;
}

/**
 * An element path (`/DistributionConfig/Origins/Items/Origin[2]/Id`) as keys into the JSON value of the root:
 * `["Origins", "Items", 1, "Id"]`. A list entry is an index, its element name being no key of the JSON.
 */
const keysOf = (path: string): PropertyKey[] =>
  path
    .split("/")
    .slice(2)
    .map((step) => {
      const entry = /\[(\d+)\]$/.exec(step);
      return entry === null ? step : Number(entry[1]) - 1;
    });

const standardIssue = (i: Issue): StandardIssue => ({ message: `${i.code}: ${i.message}`, path: keysOf(i.path) });

/**
 * The Standard Schema of one document kind of one version: `standardSchema("2020-05-31", "DistributionConfig")`.
 * Validates a value as `decodeJson` reads it (unknown members are errors; its limits and `maxErrors` apply), giving
 * the typed value or every issue.
 */
export const standardSchema = <V extends VersionId, R extends ModuleOf<V>["roots"][number]>(
  version: V,
  root: R,
): StandardSchemaV1<unknown, RootValue<ModuleOf<V>, R>> => {
  requireVersion(version);
  const found = findKind(version, root);
  if (!found.ok) throw new RangeError(`standardSchema: ${found.problem.message}`);
  return {
    "~standard": {
      version: 1,
      vendor: "cfxml",
      validate: (value) => {
        // decodeJson would read a string or bytes as JSON text; a schema is given values.
        if (typeof value === "string" || value instanceof Uint8Array)
          return {
            issues: [
              {
                message:
                  `invalid_type: expected the ${root} object, not ` +
                  `${typeof value === "string" ? "a string" : "bytes"}`,
                path: [],
              },
            ],
          };
        const r = decodeJson(value, { version, root });
        return r._tag === "Left"
          ? { issues: r.left.issues.map(standardIssue) }
          : { value: r.right.value as RootValue<ModuleOf<V>, R> };
      },
    },
  };
};
