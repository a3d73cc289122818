/**
 * Whole documents: the root element names the version (through its namespace) and the document kind; the
 * interpreters do the rest.
 */
import type { Struct } from "./schema/ast.js";
import type { Infer } from "./schema/infer.js";
import { versionForNamespace, versions } from "./versions/index.js";
import type { RootResolution } from "./interpreters/decoder.js";

type VersionModule = (typeof versions)[number];
type DecodedOf<V extends VersionModule> = {
  [R in keyof V["roots"] & string]: { readonly version: V["version"]; readonly root: R; readonly value: Infer<V["roots"][R]> };
}[keyof V["roots"] & string];

/** A decoded document: its API version, its root element, and its value in the AWS SDK v3 shape. */
export type Decoded = VersionModule extends infer V ? (V extends VersionModule ? DecodedOf<V> : never) : never;
export type VersionId = Decoded["version"];
export type RootName = Decoded["root"];

/** What a document is, from its root element alone. */
export interface Detected {
  readonly version: VersionId;
  readonly root: RootName;
  readonly namespace: string;
}

const supported = (): string => versions.map((v) => v.version).join(", ");

export const resolveRoot = (namespace: string, localName: string): RootResolution<Detected> => {
  const version = versionForNamespace(namespace);
  if (version === undefined) {
    const expected = `http://cloudfront.amazonaws.com/doc/<version>/ with <version> one of ${supported()}`;
    const known = /^http:\/\/cloudfront\.amazonaws\.com\/doc\/([^/]*)\/$/.exec(namespace);
    const message =
      namespace === ""
        ? `<${localName}> has no namespace; a CloudFront document names its API version with xmlns="http://cloudfront.amazonaws.com/doc/<version>/"`
        : known !== null
          ? `API version ${known[1]} is not supported (supported: ${supported()})`
          : `namespace "${namespace}" is not a CloudFront API namespace`;
    return { ok: false, code: "wrong_namespace", message, expected, actual: namespace === "" ? "(none)" : namespace };
  }
  const roots = version.roots as Readonly<Record<string, Struct>>;
  const node = roots[localName];
  if (node === undefined) {
    const names = Object.keys(roots).join(", ");
    return { ok: false, code: "unknown_root", message: `<${localName}> is not a document this toolkit reads (${names})`, expected: names, actual: localName };
  }
  return { ok: true, node, namespace, info: { version: version.version as VersionId, root: localName as RootName, namespace } };
};

export const rootNode = (version: VersionId, root: RootName): Struct | undefined => {
  const v = versions.find((x) => x.version === version);
  return v === undefined ? undefined : (v.roots as Readonly<Record<string, Struct>>)[root];
};
