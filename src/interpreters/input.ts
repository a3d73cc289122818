/**
 * Turns the caller's input (a string, bytes, or a sync/async iterable of either, such as a Node `Readable` or a
 * web `ReadableStream`) into text pieces for the decoder. UTF-8 is decoded here, strictly and incrementally, so
 * a character split across chunks comes out whole and an invalid byte stops decoding at its position.
 */
import { TextDecoder } from "node:util";
import type { Decoder, Target } from "./decoder.js";

export type Chunk = string | Uint8Array;
export type ChunkSource = Iterable<Chunk> | AsyncIterable<Chunk>;

export class Feeder {
  // Created on the first bytes: string input never needs one, and construction shows on small documents.
  private utf8: TextDecoder | undefined;
  private bytes = 0;
  private tail: Uint8Array = new Uint8Array(0);

  constructor(private readonly decoder: Decoder<Target>) {}

  /** Returns false once the decoder has stopped (fatal problem); the rest of the input need not be read. */
  feed(chunk: Chunk): boolean {
    if (typeof chunk === "string") return this.decoder.write(chunk);
    if (!this.decoder.countBytes(chunk.length)) return false;
    let text: string;
    try {
      text = (this.utf8 ??= new TextDecoder("utf-8", { fatal: true })).decode(chunk, { stream: true });
    } catch {
      return this.invalid(chunk);
    }
    this.bytes += chunk.length;
    this.tail = incompleteTail(this.tail, chunk);
    return this.decoder.write(text, true);
  }

  finish(): void {
    try {
      const rest = this.utf8?.decode() ?? "";
      if (rest !== "") this.decoder.write(rest, true);
    } catch {
      this.decoder.abort("invalid_encoding", `the input ends inside a UTF-8 sequence (byte offset ${this.bytes - this.tail.length})`);
    }
  }

  private invalid(chunk: Uint8Array): boolean {
    const all = new Uint8Array(this.tail.length + chunk.length);
    all.set(this.tail);
    all.set(chunk, this.tail.length);
    const bad = firstInvalidByte(all);
    // Feed the valid prefix so the reported line:column is that of the offending byte.
    // The held-back tail produced no text yet, so all of `all` before `bad` is still to be fed.
    this.decoder.write(new TextDecoder("utf-8").decode(all.subarray(0, bad)), true);
    const offset = this.bytes - this.tail.length + bad;
    const byte = all[bad] ?? 0;
    this.decoder.abort("invalid_encoding", `invalid UTF-8 byte 0x${byte.toString(16).padStart(2, "0")} at byte offset ${offset}`);
    return false;
  }
}

const sequenceLength = (lead: number): number => (lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0);

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
      let lo = 0x80, hi = 0xbf;
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
