/**
 * Turns the caller's input (a string, bytes, or a sync/async iterable of either, such as a Node `Readable` or a
 * web `ReadableStream`) into text for the decoder, such that what the decoder sees depends on the document alone,
 * never on where the chunks were cut:
 * - UTF-8 is decoded here, strictly and incrementally: a character split across chunks comes out whole, and an
 *   invalid byte stops decoding at its position with its byte offset. One leading byte order mark is dropped; a
 *   second is content before the root, and an error.
 * - String input must be Unicode: a lone surrogate is an error at its position, as in bytes.
 * - A CR or a high surrogate at the end of a chunk waits for the next one: saxes would read a CR LF split in two
 *   as two line ends (and turn it into two LFs), and a split surrogate pair as invalid.
 * - The document size is counted in bytes for binary input and UTF-16 units for strings; the text up to the limit
 *   is parsed first, so the issues before the limit come out whichever chunk crossed it.
 * - Small chunks are gathered before they are read at all (src/interpreters/gather.ts), and text before it reaches
 *   saxes (each write costs it a few microseconds, which made one-character chunks seven times slower than the
 *   whole). A chunk that crosses the size limit is read at once, so that decoding stops as soon as it did.
 */
import type { Decoder, Target } from "./decoder.js";
import { Gather } from "./gather.js";

export type Chunk = string | Uint8Array;
export type ChunkSource = Iterable<Chunk> | AsyncIterable<Chunk>;

/**
 * Text is handed to the decoder in pieces of at least this many units (or at the end): large enough that saxes'
 * cost per write disappears, small enough that a stream stops soon after a fatal problem.
 */
const BATCH = 16 * 1024;
/** Chunks shorter than this are gathered into one of about this size before they are read. */
const SMALL = 4 * 1024;
const BOM = "\uFEFF";

export class Feeder {
  // Created on the first bytes: string input never needs one, and construction shows on small documents.
  private utf8: InstanceType<typeof TextDecoder> | undefined;
  /** Bytes taken so far (binary input), and where the current chunk started. */
  private bytes = 0;
  /** The trailing bytes of the last chunk that do not end a character yet. */
  private tail: Uint8Array = new Uint8Array(0);
  /** UTF-16 units taken so far (string input). */
  private units = 0;
  /** Byte order marks at the start: none seen yet, one (dropped), or past the start. */
  private bom: "none" | "one" | "past" = "none";
  /** Text waiting to reach the decoder: a batch, and a last character that needs the next one. */
  private batch = "";
  private held = "";
  private readonly gathered: Gather;
  private stopped = false;

  private readonly maxSize: number;

  /** `batch` is for tests, which make it 1 so that every cut of their small documents reaches saxes. */
  constructor(
    private readonly decoder: Decoder<Target>,
    private readonly batchSize = BATCH,
  ) {
    this.maxSize = decoder.maxSize;
    // The tests' batch size of 1 gathers nothing either, so that their cuts reach saxes as cut.
    this.gathered = new Gather(Math.min(SMALL, batchSize), (chunk) => {
      if (this.stopped) return;
      if (typeof chunk === "string") this.feedString(chunk);
      else this.feedBytes(chunk);
    });
  }

  /** Returns false once decoding has stopped (a fatal problem); the rest of the input need not be read. */
  feed(chunk: Chunk): boolean {
    if (this.stopped) return false;
    const taken = typeof chunk === "string" ? this.units : this.bytes;
    this.gathered.add(chunk, taken + this.gathered.held + chunk.length > this.maxSize);
    return !this.stopped;
  }

  finish(): void {
    this.gathered.flush();
    if (this.stopped) return;
    if (this.utf8 !== undefined) {
      let rest: string;
      try {
        rest = this.utf8.decode();
      } catch {
        this.flush(true);
        return this.abort(
          "invalid_encoding",
          `the input ends inside a UTF-8 sequence (byte offset ${this.bytes - this.tail.length})`,
        );
      }
      this.take(rest);
    }
    if (this.held >= "\uD800" && this.held <= "\uDBFF") {
      this.flush(true);
      return this.abort(
        "invalid_encoding",
        "the input ends with a lone surrogate (U+" + hex(this.held.charCodeAt(0)) + "), not a character",
      );
    }
    this.flush(true);
  }

  private feedString(chunk: string): void {
    const room = this.maxSize - this.units;
    this.units += chunk.length;
    const text = chunk.length > room ? chunk.slice(0, Math.max(0, room)) : chunk;
    const bad = loneSurrogate(this.held + text);
    if (bad >= 0) {
      this.take((this.held + text).slice(0, bad).slice(this.held.length));
      this.flush(true);
      return this.abort(
        "invalid_encoding",
        `a lone surrogate (U+${hex((this.held + text).charCodeAt(bad))}) is not a character`,
      );
    }
    this.take(text);
    if (text.length < chunk.length) this.tooLarge();
  }

  private feedBytes(chunk: Uint8Array): void {
    const room = this.maxSize - this.bytes;
    const bytes = chunk.length > room ? chunk.subarray(0, Math.max(0, room)) : chunk;
    let text: string;
    try {
      text = (this.utf8 ??= new TextDecoder("utf-8", { fatal: true, ignoreBOM: true })).decode(bytes, { stream: true });
    } catch {
      return this.invalid(bytes);
    }
    this.bytes += bytes.length;
    this.tail = incompleteTail(this.tail, bytes);
    this.take(text);
    if (bytes.length < chunk.length) this.tooLarge();
  }

  /** Takes decoded text: drops one leading BOM, holds back what needs the next chunk, batches the rest. */
  private take(piece: string): void {
    if (this.stopped || piece === "") return;
    let text = this.held + piece;
    this.held = "";
    while (this.bom !== "past" && text !== "") {
      if (!text.startsWith(BOM)) this.bom = "past";
      else if (this.bom === "one")
        return this.abort("malformed_xml", "a second byte order mark: content before the root");
      else {
        this.bom = "one";
        text = text.slice(1);
      }
    }
    if (text === "") return;
    const last = text.charCodeAt(text.length - 1);
    if (last === 0x0d || (last >= 0xd800 && last <= 0xdbff)) {
      this.held = text.slice(-1);
      text = text.slice(0, -1);
    }
    this.batch += text;
    if (this.batch.length >= this.batchSize) this.flush(false);
  }

  private flush(all: boolean): void {
    if (all && this.held !== "" && !(this.held >= "\uD800" && this.held <= "\uDBFF")) {
      this.batch += this.held;
      this.held = "";
    }
    if (this.batch === "" || this.stopped) return;
    const text = this.batch;
    this.batch = "";
    if (!this.decoder.write(text)) this.stopped = true;
  }

  private tooLarge(): void {
    this.flush(true);
    if (this.stopped) return;
    this.decoder.tooLarge();
    this.stopped = true;
  }

  private abort(code: "invalid_encoding" | "malformed_xml", message: string): void {
    if (this.stopped) return;
    this.decoder.abort(code, message);
    this.stopped = true;
  }

  private invalid(chunk: Uint8Array): void {
    const all = concat(this.tail, chunk);
    const bad = firstInvalidByte(all);
    // Take the valid prefix so the reported line:column is that of the offending byte. The held-back tail produced
    // no text yet, so all of `all` before `bad` is still to be taken.
    this.take(new TextDecoder("utf-8", { ignoreBOM: true }).decode(all.subarray(0, bad)));
    this.flush(true);
    const offset = this.bytes - this.tail.length + bad;
    this.abort(
      "invalid_encoding",
      `invalid UTF-8 byte 0x${(all[bad] ?? 0).toString(16).padStart(2, "0")} at byte offset ${offset}`,
    );
  }
}

const hex = (code: number): string => code.toString(16).toUpperCase().padStart(4, "0");

/** The index of the first surrogate that is not half of a pair (a high one last counts as waiting), or -1. */
export const loneSurrogate = (s: string): number => {
  if (!/[\uD800-\uDFFF]/.test(s)) return -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c >= 0xdc00) return i;
    if (i === s.length - 1) return -1;
    const next = s.charCodeAt(i + 1);
    if (next < 0xdc00 || next > 0xdfff) return i;
    i++;
  }
  return -1;
};

const sequenceLength = (lead: number): number =>
  lead < 0x80
    ? 1
    : lead >= 0xc2 && lead <= 0xdf
      ? 2
      : lead >= 0xe0 && lead <= 0xef
        ? 3
        : lead >= 0xf0 && lead <= 0xf4
          ? 4
          : 0;

/** The trailing bytes of `prev ++ chunk` that start a sequence the chunk did not complete. */
const incompleteTail = (prev: Uint8Array, chunk: Uint8Array): Uint8Array => {
  const all = prev.length === 0 ? chunk : concat(prev, chunk);
  for (let back = 1; back <= Math.min(3, all.length); back++) {
    const b = all[all.length - back] as number;
    if ((b & 0xc0) === 0x80) continue;
    return sequenceLength(b) > back ? all.slice(all.length - back) : new Uint8Array(0);
  }
  return new Uint8Array(0);
};

const concat = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

/** Index of the first byte of the first invalid or truncated UTF-8 sequence (RFC 3629), or the length. */
export const firstInvalidByte = (bytes: Uint8Array): number => {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    const n = sequenceLength(lead);
    if (n === 0) return i;
    for (let k = 1; k < n; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      let lo = 0x80,
        hi = 0xbf;
      if (k === 1 && lead === 0xe0) lo = 0xa0;
      if (k === 1 && lead === 0xed) hi = 0x9f;
      if (k === 1 && lead === 0xf0) lo = 0x90;
      if (k === 1 && lead === 0xf4) hi = 0x8f;
      if (c < lo || c > hi) return i;
    }
    i += n;
  }
  return bytes.length;
};
