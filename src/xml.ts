/**
 * The XML codec: `decode`, `decodeAsync`, `decodeItems`, `detect`, `encode` and `encodeJson`, in a module of their
 * own so that a program that only reads and writes documents (the CLI's convert) loads neither lint nor io-ts.
 * `src/index.ts` re-exports them.
 */
import type { Either } from "fp-ts/lib/Either.js";
import { left, right } from "fp-ts/lib/Either.js";
import type { DecodeFailure, DecodeIssue } from "./errors.js";
import { Decoder } from "./interpreters/decoder.js";
import type { DecodeResult, ItemHandler } from "./interpreters/decoder.js";
import type { DecodeOptions } from "./interpreters/decoder.js";
import { encodeElement } from "./interpreters/encoder.js";
import type { EncodeOptions } from "./interpreters/encoder.js";
import { fastDecode } from "./interpreters/fast.js";
import { Feeder } from "./interpreters/input.js";
import type { Chunk, ChunkSource } from "./interpreters/input.js";
import { toJson } from "./interpreters/json.js";
import type { Json } from "./interpreters/json.js";
import { resolveOptions } from "./interpreters/options.js";
import { findByElement, isVersion, requireKind, supportedVersions } from "./document.js";
import type { Decoded, Detected, DocumentKind, VersionId } from "./document.js";

const finish = (decoder: Decoder<DocumentKind>): Either<DecodeFailure, Decoded> => result(decoder.end());

const result = (r: DecodeResult<DocumentKind>): Either<DecodeFailure, Decoded> => {
  if (!r.ok) return left(r.failure);
  const { version, root } = r.kind;
  return right({
    version,
    root,
    value: r.value,
    ...(r.warnings.length === 0 ? {} : { warnings: r.warnings }),
    ...(r.warningsTruncated ? { warningsTruncated: true } : {}),
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
  if (typeof input !== "string" && !(input instanceof Uint8Array))
    throw new TypeError(`${fn}: the document must be a string or a Uint8Array, not ${describeArgument(input)}`);
};
const requireChunks = (fn: string, chunks: unknown): void => {
  const iterable =
    typeof chunks === "object" && chunks !== null && (Symbol.iterator in chunks || Symbol.asyncIterator in chunks);
  if (!iterable)
    throw new TypeError(
      `${fn}: the chunks must be an iterable or async iterable of strings or Uint8Arrays (a stream), not ` +
        `${describeArgument(chunks)}`,
    );
};

type Resolver = (namespace: string, local: string) => ReturnType<typeof findByElement>;

/** The options checked (a usage error throws here, before anything is read), and the root resolver they make. */
const settingsFor = (
  fn: string,
  options: unknown,
): { readonly resolver: Resolver; readonly rest: Omit<ReadOptions, "version"> } => {
  if (options !== undefined && (typeof options !== "object" || options === null || Array.isArray(options))) {
    throw new TypeError(`${fn}: the options must be an object, not ${describeArgument(options)}`);
  }
  const { version, ...rest } = (options ?? {}) as ReadOptions;
  if (version !== undefined && !isVersion(version))
    throw new RangeError(
      `${fn}: option version must be a supported API version (${supportedVersions()}), not ${JSON.stringify(version)}`,
    );
  return { resolver: (namespace, local) => findByElement(namespace, local, version), rest };
};

const decoderFor = (
  fn: string,
  options: unknown,
  extra: { readonly rootOnly?: boolean; readonly onItem?: ItemHandler } = {},
): Decoder<DocumentKind> => {
  const { resolver, rest } = settingsFor(fn, options);
  return new Decoder(resolver, { ...rest, ...extra });
};

/** Decodes a whole document given as a string or UTF-8 bytes. Never throws for bad input: see `DecodeFailure`. */
export const decode = (input: string | Uint8Array, options?: ReadOptions): Either<DecodeFailure, Decoded> =>
  readWhole(input, options, true);

// Bytes are read by the fast path only when they are strict UTF-8 (the feeder's checks are then all passed).
const utf8 = (() => {
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  return (bytes: Uint8Array): string | undefined => {
    try {
      return (decoder ??= new TextDecoder("utf-8", { fatal: true, ignoreBOM: true })).decode(bytes);
    } catch {
      return undefined;
    }
  };
})();

/**
 * `decode`, with the fast path (src/interpreters/fast.ts) first when `fast`; without it, the saxes decoder alone.
 * Not public: the fuzz suite and the tests compare the two.
 */
export const readWhole = (
  input: string | Uint8Array,
  options: ReadOptions | undefined,
  fast: boolean,
): Either<DecodeFailure, Decoded> => {
  requireDocument("decode", input);
  const { resolver, rest } = settingsFor("decode", options);
  // The decoder's internal options reach it from a caller who passes them anyway (rootOnly, onItem): saxes then.
  if (fast && !("rootOnly" in rest) && !("onItem" in rest)) {
    const { positions = false, ...decodeOptions } = rest;
    const resolved = resolveOptions(decodeOptions);
    const text = input.length > resolved.maxDocumentSize ? undefined : typeof input === "string" ? input : utf8(input);
    const r = text === undefined ? undefined : fastDecode(text, resolver, resolved, positions);
    if (r !== undefined) return result(r);
  }
  const decoder = new Decoder(resolver, rest);
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
export const decodeAsync = async (
  chunks: ChunkSource,
  options?: ReadOptions,
): Promise<Either<DecodeFailure, Decoded>> => {
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
export async function* decodeItems(
  chunks: ChunkSource,
  options?: ReadOptions,
): AsyncGenerator<ItemEvent, void, undefined> {
  requireChunks("decodeItems", chunks);
  const ready: ItemEvent[] = [];
  const decoder = decoderFor("decodeItems", options, {
    onItem: (item, index, warnings) =>
      void ready.push(warnings.length === 0 ? { item, index } : { item, index, warnings }),
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
export const detect = (
  input: string | Uint8Array,
  options: Pick<ReadOptions, "version"> = {},
): Either<DecodeFailure, Detected> => {
  requireDocument("detect", input);
  const decoder = decoderFor("detect", options, { rootOnly: true });
  const feeder = new Feeder(decoder);
  if (feeder.feed(input)) feeder.finish();
  const r = decoder.end();
  if (!r.ok) return left(r.failure);
  const { version, root, namespace } = r.kind;
  return right({ version, root, namespace });
};

/**
 * Canonical XML: model order, the version's namespace, each list spelled as the value holds it. Pretty with `{ pretty:
 * true }`.
 */
export const encode = (decoded: Decoded, options?: EncodeOptions): string => {
  const kind = requireKind(decoded.version, decoded.root);
  return encodeElement(kind.shapes, kind.node, kind.root, decoded.value, kind.namespace, options);
};

/** The AWS CLI / SDK JSON of a decoded document's value (model order, timestamps as ISO 8601). */
export const encodeJson = (decoded: Decoded): Json => {
  const kind = requireKind(decoded.version, decoded.root);
  return toJson(kind.shapes, kind.node, decoded.value);
};
