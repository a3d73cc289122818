/**
 * cfxml: read, check and write Amazon CloudFront distribution documents.
 *
 * - `decode` / `decodeAsync`: XML to a typed value, with every problem as data (code, path, line, column).
 * - `decodeJson`: AWS CLI / SDK JSON (text or a parsed value) to the same value, checked the same way.
 * - `encode` / `encodeJson`: back to canonical XML or JSON, losing and inventing nothing.
 * - `detect`: the version and document kind, from the root element alone.
 * - `migrate` / `earliestVersion`: between any two of the 38 API versions, never silently lossy; across the format
 *   break of 2012-05-05, what the old format never said is filled with stated values, returned as `assumptions`.
 * - `lint`: what CloudFront would refuse in a decoded document, with CloudFront's error codes; `toSarif` for CI.
 */
import type { Either } from "fp-ts/lib/Either.js";
import { left, right } from "fp-ts/lib/Either.js";
import type { DecodeFailure, DecodeIssue } from "./errors.js";
import { Decoder } from "./interpreters/decoder.js";
import type { ItemHandler } from "./interpreters/decoder.js";
import type { DecodeOptions } from "./interpreters/decoder.js";
import { encodeElement } from "./interpreters/encoder.js";
import type { EncodeOptions } from "./interpreters/encoder.js";
import { Feeder } from "./interpreters/input.js";
import type { Chunk, ChunkSource } from "./interpreters/input.js";
import { toJson } from "./interpreters/json.js";
import type { Json } from "./interpreters/json.js";
import { findByElement, isVersion, requireKind, supportedVersions } from "./document.js";
import type { Decoded, Detected, DocumentKind, VersionId } from "./document.js";

export type { Decoded, DecodedAs, DecodedOf, Detected, ModuleOf, RootName, RootValue, VersionId } from "./document.js";
export type { DecodeFailure, DecodeIssue, Issue, IssueCode, JsonFailure } from "./errors.js";
export type { Finding, Severity, Verdict } from "./errors.js";
export { invalidFixtures, lint, lintRules, minimalDraft, notLinted, quotaInfo, quotasFor, referenceIds, toSarif, toSarifFiles } from "./lint/index.js";
export type { ApiVersion, FileFindings, InvalidFixture, LintCode, LintFinding, LintOptions, LintRule, NotLinted, QuotaName, Quotas, Reason, RuleId, SarifLog } from "./lint/index.js";
export { formatFailure, formatIssue } from "./errors.js";
export type { DecodeOptions, Positions } from "./interpreters/decoder.js";
export type { EncodeOptions } from "./interpreters/encoder.js";
export { EncodeError } from "./interpreters/encoder.js";
export type { Chunk, ChunkSource } from "./interpreters/input.js";
export type { Json } from "./interpreters/json.js";
export { decodeJson } from "./json/decode.js";
export type { JsonReadOptions } from "./json/decode.js";
export { unknownElements, unknownMembers } from "./unknown.js";
export type { UnknownElement, XmlElement } from "./unknown.js";
export { legacyVersions, versions, namespaceOf } from "./versions/index.js";
export { codecs } from "./codecs.js";
export type { RootCodecs } from "./codecs.js";
export { standardSchema } from "./standard.js";
export type { StandardIssue, StandardResult, StandardSchemaV1 } from "./standard.js";
export { earliestVersion, migrate } from "./migrations/migrate.js";
export type { Assumption, Equivalent, Loss, MigrateOptions, MigrationFailure, Migrated } from "./migrations/migrate.js";
// The types that public signatures name (the schema of each version, lint's rules), so that callers can name them
// too and the API reference can link them.
export type { VersionModule } from "./versions/index.js";
export type {
  BooleanNode,
  EnumNode,
  FlagNode,
  IntegerNode,
  List,
  LongNode,
  Member,
  Members,
  Node,
  Ref,
  Repeated,
  Resolved,
  Scalar,
  Shapes,
  StringNode,
  Struct,
  TimestampNode,
} from "./schema/ast.js";
export type { DocumentsOf, Infer, InferMembers, Shape } from "./schema/infer.js";
export type { QuantityMembers } from "./schema/dsl.js";
export type { WithFlag } from "./schema/delta.js";
export type {
  BehaviorView,
  CloudFrontCode,
  Distribution as DistributionFacts,
  Draft,
  Era,
  Example,
  Found,
  OriginView,
  ReferenceId,
  Report,
  Rule,
  Scope,
  ShapeName,
  Steps,
  View,
  ViewOf,
} from "./lint/index.js";
export * as v2008_06_30 from "./versions/v2008_06_30.js";
export * as v2009_04_02 from "./versions/v2009_04_02.js";
export * as v2009_09_09 from "./versions/v2009_09_09.js";
export * as v2009_12_01 from "./versions/v2009_12_01.js";
export * as v2010_03_01 from "./versions/v2010_03_01.js";
export * as v2010_05_01 from "./versions/v2010_05_01.js";
export * as v2010_06_01 from "./versions/v2010_06_01.js";
export * as v2010_07_15 from "./versions/v2010_07_15.js";
export * as v2010_08_01 from "./versions/v2010_08_01.js";
export * as v2010_11_01 from "./versions/v2010_11_01.js";
export * as v2012_03_15 from "./versions/v2012_03_15.js";
export * as v2012_05_05 from "./versions/v2012_05_05.js";
export * as v2012_07_01 from "./versions/v2012_07_01.js";
export * as v2013_05_12 from "./versions/v2013_05_12.js";
export * as v2013_08_26 from "./versions/v2013_08_26.js";
export * as v2013_09_27 from "./versions/v2013_09_27.js";
export * as v2013_11_11 from "./versions/v2013_11_11.js";
export * as v2013_11_22 from "./versions/v2013_11_22.js";
export * as v2014_01_31 from "./versions/v2014_01_31.js";
export * as v2014_05_31 from "./versions/v2014_05_31.js";
export * as v2014_10_21 from "./versions/v2014_10_21.js";
export * as v2014_11_06 from "./versions/v2014_11_06.js";
export * as v2015_04_17 from "./versions/v2015_04_17.js";
export * as v2015_07_27 from "./versions/v2015_07_27.js";
export * as v2015_09_17 from "./versions/v2015_09_17.js";
export * as v2016_01_13 from "./versions/v2016_01_13.js";
export * as v2016_01_28 from "./versions/v2016_01_28.js";
export * as v2016_08_01 from "./versions/v2016_08_01.js";
export * as v2016_08_20 from "./versions/v2016_08_20.js";
export * as v2016_09_07 from "./versions/v2016_09_07.js";
export * as v2016_09_29 from "./versions/v2016_09_29.js";
export * as v2016_11_25 from "./versions/v2016_11_25.js";
export * as v2017_03_25 from "./versions/v2017_03_25.js";
export * as v2017_10_30 from "./versions/v2017_10_30.js";
export * as v2018_06_18 from "./versions/v2018_06_18.js";
export * as v2018_11_05 from "./versions/v2018_11_05.js";
export * as v2019_03_26 from "./versions/v2019_03_26.js";
export * as v2020_05_31 from "./versions/v2020_05_31.js";

const finish = (decoder: Decoder<DocumentKind>): Either<DecodeFailure, Decoded> => {
  const r = decoder.end();
  if (!r.ok) return left(r.failure);
  const { version, root } = r.kind;
  return right({
    version,
    root,
    value: r.value,
    ...(r.warnings.length === 0 ? {} : { warnings: r.warnings }),
    ...(r.positions === undefined ? {} : { positions: r.positions }),
  } as Decoded);
};

/** How to read a document: the decoder's options, and the version of a document without a namespace. */
export interface ReadOptions extends DecodeOptions {
  /**
   * Also return `positions`: where each element starts (line and column) by element path, for tools that report
   * on the value (the linter). Off by default: it costs a map entry per element.
   */
  readonly positions?: boolean;
  /**
   * Read a document without a namespace as this API version (a document whose namespace names another version
   * is then an error that says so). Without it, a document without a namespace is `wrong_namespace`.
   */
  readonly version?: VersionId;
}

// Arguments that are not documents or options are a programmer's error, said plainly and before reading.
const describeArgument = (u: unknown): string => (u === null ? "null" : Array.isArray(u) ? "an array" : typeof u);
const requireDocument = (fn: string, input: unknown): void => {
  if (typeof input !== "string" && !(input instanceof Uint8Array)) throw new TypeError(`${fn}: the document must be a string or a Uint8Array, not ${describeArgument(input)}`);
};
const requireChunks = (fn: string, chunks: unknown): void => {
  const iterable = typeof chunks === "object" && chunks !== null && (Symbol.iterator in chunks || Symbol.asyncIterator in chunks);
  if (!iterable) throw new TypeError(`${fn}: the chunks must be an iterable or async iterable of strings or Uint8Arrays (a stream), not ${describeArgument(chunks)}`);
};

const decoderFor = (fn: string, options: unknown, extra: { readonly rootOnly?: boolean; readonly onItem?: ItemHandler } = {}): Decoder<DocumentKind> => {
  if (options !== undefined && (typeof options !== "object" || options === null || Array.isArray(options))) {
    throw new TypeError(`${fn}: the options must be an object, not ${describeArgument(options)}`);
  }
  const { version, ...rest } = (options ?? {}) as ReadOptions;
  if (version !== undefined && !isVersion(version)) throw new RangeError(`${fn}: option version must be a supported API version (${supportedVersions()}), not ${JSON.stringify(version)}`);
  return new Decoder((namespace, local) => findByElement(namespace, local, version), { ...rest, ...extra });
};

/** Decodes a whole document given as a string or UTF-8 bytes. Never throws for bad input: see `DecodeFailure`. */
export const decode = (input: string | Uint8Array, options?: ReadOptions): Either<DecodeFailure, Decoded> => {
  requireDocument("decode", input);
  const decoder = decoderFor("decode", options);
  const feeder = new Feeder(decoder);
  if (feeder.feed(input)) feeder.finish();
  return finish(decoder);
};

const isAsyncIterable = (x: unknown): x is AsyncIterable<Chunk> =>
  typeof x === "object" && x !== null && Symbol.asyncIterator in x;

/**
 * Decodes a document arriving in chunks: a Node `Readable`, a web `ReadableStream` (async iterable in Node 20),
 * or any (async) iterable of strings or bytes. Reading stops at the first fatal problem.
 */
export const decodeAsync = async (chunks: ChunkSource, options?: ReadOptions): Promise<Either<DecodeFailure, Decoded>> => {
  requireChunks("decodeAsync", chunks);
  const decoder = decoderFor("decodeAsync", options);
  const feeder = new Feeder(decoder);
  let going = true;
  if (isAsyncIterable(chunks)) {
    for await (const chunk of chunks) if (!(going = feeder.feed(chunk))) break;
  } else {
    for (const chunk of chunks) if (!(going = feeder.feed(chunk))) break;
  }
  if (going) feeder.finish();
  return finish(decoder);
};

/** One event of `decodeItems`: an entry of the document's list, or, last, the result of the whole decode. */
export type ItemEvent =
  | {
      /** The entry (a `DistributionSummary`, an `InvalidationSummary`, a `Tag`, …), complete and valid. */
      readonly item: unknown;
      /** Its 1-based position in the list: an entry with an issue is not yielded, so positions may skip. */
      readonly index: number;
      /** What was accepted in this entry with a note (present only when there was something). */
      readonly warnings?: readonly DecodeIssue[];
    }
  | {
      /** The whole decode; a list document's value leaves its list out (its `Quantity` is still checked). */
      readonly result: Either<DecodeFailure, Decoded>;
    };

/**
 * Decodes a list document (`DistributionList`, `InvalidationList`, `Tags`, …) without holding its list: each entry
 * is yielded as soon as it is complete and checked, in document order, then the result. Memory does not grow with
 * the number of entries. Any other document yields only its result.
 */
export async function* decodeItems(chunks: ChunkSource, options?: ReadOptions): AsyncGenerator<ItemEvent, void, undefined> {
  requireChunks("decodeItems", chunks);
  const ready: ItemEvent[] = [];
  const decoder = decoderFor("decodeItems", options, {
    onItem: (item, index, warnings) => void ready.push(warnings.length === 0 ? { item, index } : { item, index, warnings }),
  });
  const feeder = new Feeder(decoder);
  let going = true;
  const source: AsyncIterable<Chunk> | Iterable<Chunk> = chunks;
  for await (const chunk of source) {
    going = feeder.feed(chunk);
    yield* ready.splice(0);
    if (!going) break;
  }
  if (going) feeder.finish();
  yield* ready.splice(0);
  yield { result: finish(decoder) };
}

/** Names the version and document kind from the root element alone (the rest is not read). */
export const detect = (input: string | Uint8Array, options: Pick<ReadOptions, "version"> = {}): Either<DecodeFailure, Detected> => {
  requireDocument("detect", input);
  const decoder = decoderFor("detect", options, { rootOnly: true });
  const feeder = new Feeder(decoder);
  if (feeder.feed(input)) feeder.finish();
  const r = decoder.end();
  if (!r.ok) return left(r.failure);
  const { version, root, namespace } = r.kind;
  return right({ version, root, namespace });
};

/** Canonical XML: model order, the version's namespace, each list spelled as the value holds it. Pretty with `{ pretty: true }`. */
export const encode = (decoded: Decoded, options?: EncodeOptions): string => {
  const kind = requireKind(decoded.version, decoded.root);
  return encodeElement(kind.shapes, kind.node, kind.root, decoded.value, kind.namespace, options);
};

/** The AWS CLI / SDK JSON of a decoded document's value (model order, timestamps as ISO 8601). */
export const encodeJson = (decoded: Decoded): Json => {
  const kind = requireKind(decoded.version, decoded.root);
  return toJson(kind.shapes, kind.node, decoded.value);
};
