/**
 * The registry of document kinds: which roots each version has, and the one lookup from a version (or a
 * namespace) and a root element to the schema that reads it. Every other module asks here; a failed lookup is
 * a `Problem` (code, message, expected, actual) whatever asked.
 */
import type { Shapes, Struct } from "./schema/ast.js";
import type { Infer } from "./schema/infer.js";
import type { Problem } from "./errors.js";
import type { Issue } from "./errors.js";
import type { Positions } from "./interpreters/decoder.js";
import { namespaceOf, versions } from "./versions/index.js";
import type { VersionModule } from "./versions/index.js";

/** The value type of root `R` of version module `V`. */
export type RootValue<V extends VersionModule, R extends string> = R extends keyof V["shapes"]
  ? Infer<V["shapes"][R], V["shapes"]>
  : never;

/** A decoded document of version module `V`: one member per document root of that version. */
export type DecodedOf<V extends VersionModule> = {
  [R in V["roots"][number]]: {
    readonly version: V["version"];
    readonly root: R;
    readonly value: RootValue<V, R>;
    /**
     * What was accepted with a note: a spelling CloudFront writes outside the model (`HTTP2`), or what a lenient
     * option let through (`unwrappedItems: "accept"`). Positioned when read from XML; absent when there was none.
     */
    readonly warnings?: readonly Issue[];
    /**
     * Present when more than `maxErrors` warnings were found: the first `maxErrors` are in `warnings`, the rest were
     * not kept (a document of a million unknown elements read with `unknown: "skip"` would otherwise hold a million).
     */
    readonly warningsTruncated?: true;
    /** With `positions: true`: where each element starts, by element path. */
    readonly positions?: Positions;
  };
}[V["roots"][number]];

/** A decoded document: its API version, its root element, and its value in the AWS SDK v3 shape. */
export type Decoded = VersionModule extends infer V ? (V extends VersionModule ? DecodedOf<V> : never) : never;
export type VersionId = VersionModule["version"];
export type RootName = Decoded["root"];
/** The decoded document of version `V` and root `R`, as `decodeJson` and `migrate` type their results. */
export type DecodedAs<V extends VersionId, R extends RootName> = Extract<
  Decoded,
  { readonly version: V; readonly root: R }
>;
/** The version module (`v2020_05_31` and so on) of version `V`. */
export type ModuleOf<V extends VersionId> = Extract<VersionModule, { readonly version: V }>;

/** What a document is, from its root element alone. */
export interface Detected {
  readonly version: VersionId;
  readonly root: RootName;
  readonly namespace: string;
}

/** One root of one version, with everything an interpreter needs to read or write it. */
export interface DocumentKind extends Detected {
  readonly shapes: Shapes;
  readonly node: Struct;
}

export type Lookup =
  | { readonly ok: true; readonly kind: DocumentKind }
  | { readonly ok: false; readonly problem: Problem };

const byVersion: ReadonlyMap<string, VersionModule> = new Map(versions.map((v) => [v.version, v]));
const byNamespace: ReadonlyMap<string, VersionModule> = new Map(versions.map((v) => [namespaceOf(v.version), v]));
const kinds = new Map<string, DocumentKind>();

export const supportedVersions = (): string => versions.map((v) => v.version).join(", ");
export const isVersion = (id: string): id is VersionId => byVersion.has(id);
/** The document roots of a version, oldest first (none for an unsupported version). */
export const rootsOf = (version: string): readonly RootName[] =>
  (byVersion.get(version)?.roots ?? []) as readonly RootName[];

const kindOf = (v: VersionModule, root: string): Lookup => {
  const roots: readonly string[] = v.roots;
  if (!roots.includes(root)) {
    const names = roots.join(", ");
    return {
      ok: false,
      problem: {
        code: "unknown_root",
        message: `<${root}> is not a ${v.version} document this toolkit reads (${names})`,
        expected: names,
        actual: root,
      },
    };
  }
  const key = `${v.version} ${root}`;
  let kind = kinds.get(key);
  if (kind === undefined) {
    kind = Object.freeze({
      version: v.version,
      root: root as RootName,
      namespace: namespaceOf(v.version),
      shapes: v.shapes,
      node: v.shapes[root as keyof typeof v.shapes] as Struct,
    });
    kinds.set(key, kind);
  }
  return { ok: true, kind };
};

/** The document kind of a version and root. */
export const findKind = (version: string, root: string): Lookup => {
  const v = byVersion.get(version);
  if (v === undefined) {
    return {
      ok: false,
      problem: {
        code: "unsupported_version",
        message: `API version ${version} is not supported (supported: ${supportedVersions()})`,
        expected: supportedVersions(),
        actual: version,
      },
    };
  }
  return kindOf(v, root);
};

/**
 * The document kind a root element names through its namespace. With `assumed`, a document without a namespace
 * (as the API reference's syntax blocks and several SDKs' serializer tests write them) is read as that version.
 */
export const findByElement = (namespace: string, localName: string, assumed?: VersionId): Lookup => {
  if (assumed !== undefined && namespace === "") return withoutNamespace(findKind(assumed, localName));
  const v = byNamespace.get(namespace);
  if (v !== undefined) {
    if (assumed !== undefined && v.version !== assumed) {
      const message =
        `the document names API version ${v.version} through its namespace, not ${assumed}: an assumed ` +
        `version applies only to a document without a namespace`;
      return {
        ok: false,
        problem: { code: "wrong_namespace", message, expected: namespaceOf(assumed), actual: namespace },
      };
    }
    return kindOf(v, localName);
  }
  const expected = `http://cloudfront.amazonaws.com/doc/<version>/ with <version> one of ${supportedVersions()}`;
  const known = /^http:\/\/cloudfront\.amazonaws\.com\/doc\/([^/]*)\/$/.exec(namespace);
  const message =
    namespace === ""
      ? `<${localName}> has no namespace; a CloudFront document names its API version with ` +
        `xmlns="http://cloudfront.amazonaws.com/doc/<version>/" (supported: ${supportedVersions()}); if you know its ` +
        `version, read it with the option version (cfxml: --assume-version VERSION)`
      : known !== null
        ? `API version ${known[1]} is not supported (supported: ${supportedVersions()})`
        : `namespace "${namespace}" is not a CloudFront API namespace (supported: ${supportedVersions()})`;
  return {
    ok: false,
    problem: { code: "wrong_namespace", message, expected, actual: namespace === "" ? "(none)" : namespace },
  };
};

// The same kind, read from elements in no namespace: the decoder matches every child against the root's namespace.
const withoutNamespace = (found: Lookup): Lookup =>
  found.ok ? { ok: true, kind: { ...found.kind, namespace: "" } } : found;

/** The document kind of a version and root named by a program (not by a document): a bad name is a TypeError. */
export const requireKind = (version: string, root: string): DocumentKind => {
  const found = findKind(version, root);
  if (!found.ok) throw new TypeError(found.problem.message);
  return found.kind;
};

/** A version named by a program: a bad name is a TypeError. */
export const requireVersion = <V extends VersionId>(version: V): ModuleOf<V> => {
  const v = byVersion.get(version);
  if (v === undefined)
    throw new TypeError(`API version ${String(version)} is not supported (supported: ${supportedVersions()})`);
  return v as ModuleOf<V>;
};
