/**
 * Whole documents: the root element names the version (through its namespace) and the document kind; the
 * interpreters do the rest.
 */
import type { Shapes, Struct } from "./schema/ast.js";
import type { Infer } from "./schema/infer.js";
import { namespaceOf, versionById, versionForNamespace, versions } from "./versions/index.js";
import type { VersionModule } from "./versions/index.js";
import type { RootResolution } from "./interpreters/decoder.js";
import type { DecodeIssue } from "./errors.js";

/** The value type of root `R` of version module `V`. */
export type RootValue<V extends VersionModule, R extends string> = R extends keyof V["shapes"] ? Infer<V["shapes"][R], V["shapes"]> : never;

type DecodedOf<V extends VersionModule> = {
  [R in V["roots"][number]]: {
    readonly version: V["version"];
    readonly root: R;
    readonly value: RootValue<V, R>;
    /** What a lenient option let through (e.g. `unwrappedItems: "accept"`); absent when nothing was. */
    readonly warnings?: readonly DecodeIssue[];
  };
}[V["roots"][number]];

/** A decoded document: its API version, its root element, and its value in the AWS SDK v3 shape. */
export type Decoded = VersionModule extends infer V ? (V extends VersionModule ? DecodedOf<V> : never) : never;
export type VersionId = VersionModule["version"];
export type RootName = Decoded["root"];

/** What a document is, from its root element alone. */
export interface Detected {
  readonly version: VersionId;
  readonly root: RootName;
  readonly namespace: string;
}

export const supportedVersions = (): string => versions.map((v) => v.version).join(", ");

export const resolveRoot = (namespace: string, localName: string): RootResolution<Detected> => {
  const version = versionForNamespace(namespace);
  if (version === undefined) {
    const expected = `http://cloudfront.amazonaws.com/doc/<version>/ with <version> one of ${supportedVersions()}`;
    const known = /^http:\/\/cloudfront\.amazonaws\.com\/doc\/([^/]*)\/$/.exec(namespace);
    const message =
      namespace === ""
        ? `<${localName}> has no namespace; a CloudFront document names its API version with xmlns="http://cloudfront.amazonaws.com/doc/<version>/" (supported: ${supportedVersions()})`
        : known !== null
          ? `API version ${known[1]} is not supported (supported: ${supportedVersions()})`
          : `namespace "${namespace}" is not a CloudFront API namespace (supported: ${supportedVersions()})`;
    return { ok: false, code: "wrong_namespace", message, expected, actual: namespace === "" ? "(none)" : namespace };
  }
  const roots: readonly string[] = version.roots;
  if (!roots.includes(localName)) {
    const names = roots.join(", ");
    return { ok: false, code: "unknown_root", message: `<${localName}> is not a ${version.version} document this toolkit reads (${names})`, expected: names, actual: localName };
  }
  const node = version.shapes[localName as keyof typeof version.shapes] as Struct;
  return { ok: true, shapes: version.shapes, node, namespace, info: { version: version.version, root: localName as RootName, namespace } };
};

/** The shapes and root node of a version's document kind. */
export const rootOf = (version: string, root: string): { readonly shapes: Shapes; readonly node: Struct; readonly namespace: string } | undefined => {
  const v = versionById(version);
  if (v === undefined || !(v.roots as readonly string[]).includes(root)) return undefined;
  return { shapes: v.shapes, node: v.shapes[root as keyof typeof v.shapes] as Struct, namespace: namespaceOf(v.version) };
};
