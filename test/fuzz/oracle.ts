/**
 * What must hold for every document, damaged or not: no call throws; every call stays far inside a time bound
 * linear in the input; the string, the bytes and any chunking of either decode alike, positions included; an issue
 * has a place; the fast path with its fallback gives what the saxes decoder alone gives; an accepted document is
 * well-formed for saxes alone, round-trips through `encode` and `encodeJson`, and migrates honestly (a strict
 * migration fails exactly when the lossy one loses something, and what it gives is valid). A violation throws an
 * Error that says which.
 */
import { isDeepStrictEqual } from "node:util";
import { SaxesParser } from "saxes";
import { decode, decodeAsync, decodeJson, encode, encodeJson, migrate, versions } from "../../src/index.js";
import type { DecodeFailure, Decoded, VersionId } from "../../src/index.js";
import type { Either } from "fp-ts/lib/Either.js";
import { sameThroughFastPath } from "./differential.js";

export interface Probe {
  /** Where to cut the input into chunks (taken modulo its length). */
  readonly cuts: readonly number[];
  /** Which version to migrate an accepted document to (modulo the versions that have its root). */
  readonly target: number;
}

const ACCOUNT = "123456789012";

/** Far above normal (a few ms for the corpus), so that only a change in how time grows can reach it. */
const limitMs = (size: number): number => 2000 + size / 50;

export class Violation extends Error {}

const timed = <T>(what: string, size: number, run: () => T): T => {
  const start = performance.now();
  const out = run();
  const took = performance.now() - start;
  if (took > limitMs(size)) throw new Violation(`${what} took ${took.toFixed(0)} ms for ${size} bytes`);
  return out;
};

const same = (what: string, a: unknown, b: unknown): void => {
  if (!isDeepStrictEqual(a, b))
    throw new Violation(`${what} differ:\n${JSON.stringify(a).slice(0, 2000)}\n${JSON.stringify(b).slice(0, 2000)}`);
};

const pieces = <T extends string | Uint8Array>(input: T, cuts: readonly number[]): T[] => {
  const at = [...new Set(cuts.map((c) => c % (input.length + 1)))].sort((a, b) => a - b);
  const out: T[] = [];
  let from = 0;
  for (const to of [...at, input.length]) {
    out.push(input.slice(from, to) as T);
    from = to;
  }
  return out;
};

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

const wellFormedForSaxes = (text: string): void => {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let error: Error | undefined;
  parser.on("error", (e) => (error ??= e));
  parser.write(text).close();
  if (error !== undefined) throw new Violation(`accepted, but saxes alone finds it malformed: ${error.message}`);
};

const roundTrips = (d: Decoded, size: number): void => {
  const xml = timed("encode", size, () => encode(d));
  const back = decode(xml);
  if (back._tag === "Left")
    throw new Violation(`encode wrote what decode refuses: ${JSON.stringify(back.left.issues[0])}`);
  same("value and value read back from encode", d.value, back.right.value);
  const json = timed("encodeJson", size, () => encodeJson(d));
  const fromJson = decodeJson(JSON.parse(JSON.stringify(json)), { version: d.version, root: d.root });
  if (fromJson._tag === "Left")
    throw new Violation(`encodeJson wrote what decodeJson refuses: ${JSON.stringify(fromJson.left.issues[0])}`);
  same("value and value read back from encodeJson", d.value, fromJson.right.value);
};

const migratesHonestly = (d: Decoded, target: number, size: number): void => {
  const having = versions.filter((v) => (v.roots as readonly string[]).includes(d.root));
  const to = having[target % having.length]!.version as VersionId;
  const strict = timed("migrate", size, () => migrate(d, to, { accountId: ACCOUNT }));
  const lossy = migrate(d, to, { accountId: ACCOUNT, lossy: true });
  if (lossy._tag === "Right") {
    const lost = lossy.right.losses.length > 0;
    if ((strict._tag === "Left") !== lost)
      throw new Violation(`migrate to ${to}: strict ${strict._tag}, lossy lost ${lossy.right.losses.length}`);
    roundTrips(lossy.right, size);
  } else if (strict._tag === "Right")
    throw new Violation(`migrate to ${to}: strict succeeds where lossy fails: ${JSON.stringify(lossy.left)}`);
};

const placed = (r: Either<DecodeFailure, Decoded>): void => {
  if (r._tag === "Right") return;
  for (const i of r.left.issues)
    if (!(i.line >= 1 && i.column >= 1)) throw new Violation(`an issue without a place: ${JSON.stringify(i)}`);
};

/** Every law for one document; resolves to the decoded result for callers that check more. */
export const check = async (bytes: Uint8Array, probe: Probe): Promise<Either<DecodeFailure, Decoded>> => {
  const size = bytes.length;
  const whole = timed("decode (bytes)", size, () => decode(bytes));
  placed(whole);
  same("whole bytes and chunked bytes", whole, await decodeAsync(pieces(bytes, probe.cuts)));
  let text: string | undefined;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    text = undefined;
  }
  if (text !== undefined) {
    const fromString = timed("decode (string)", size, () => decode(text));
    same("bytes and string", whole, fromString);
    same("whole string and chunked string", whole, await decodeAsync(pieces(text, probe.cuts)));
  }
  sameThroughFastPath(bytes, text);
  if (whole._tag === "Right") {
    wellFormedForSaxes(text ?? "");
    roundTrips(whole.right, size);
    migratesHonestly(whole.right, probe.target, size);
  }
  return whole;
};
