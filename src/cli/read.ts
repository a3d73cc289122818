/**
 * Reading an input with bounded memory. A regular file's size is known before it is read: one larger than the
 * document size limit is refused unread. Stdin, FIFOs and devices have no size: XML streams through
 * `decodeAsync`, which stops at the limit; JSON, which must be whole to parse, is read up to the limit only.
 */
import { closeSync, createReadStream, fstatSync, openSync, readFileSync } from "node:fs";
import type { Readable } from "node:stream";
import { decodeAsync } from "../xml.js";
import { failedXml, readDocument, readJson, xmlOptions } from "./documents.js";
import type { ReadResult } from "./documents.js";
import type { Input } from "./inputs.js";
import type { InputOptions } from "./reading.js";
import { bytes } from "./paths.js";
import type { FsPath } from "./paths.js";
import { ioReport } from "./report.js";
import type { Report } from "./report.js";

/** The decoder's own default (32 MiB): the CLI refuses what the library would. */
export const maxDocumentSize = 32 << 20;

const tooLarge = (file: string): Report => ({
  file,
  code: "document_too_large",
  message: `the document is larger than ${maxDocumentSize} bytes`,
});

/** A regular file's bytes, read synchronously (cheapest in a worker thread), or why they cannot be. */
export const readFileBytes = (path: FsPath, file: string): Buffer | Report => {
  let fd: number;
  try {
    fd = openSync(bytes(path), "r");
  } catch (e) {
    return ioReport(file, "cannot_read", e);
  }
  try {
    const s = fstatSync(fd);
    if (s.isDirectory()) return ioReport(file, "cannot_read", "is a directory");
    if (!s.isFile()) return ioReport(file, "cannot_read", "not a regular file");
    if (s.size > maxDocumentSize) return tooLarge(file);
    return readFileSync(fd);
  } catch (e) {
    return ioReport(file, "cannot_read", e);
  } finally {
    closeSync(fd);
  }
};

export const readFile = (input: Input, options: InputOptions): ReadResult => {
  const read = readFileBytes(input.path, input.shown);
  return Buffer.isBuffer(read) ? readDocument(read, input.shown, options) : { ok: false, json: false, reports: [read] };
};

const openStream = (input: Input): Readable =>
  input.path === "-" ? process.stdin : createReadStream(bytes(input.path));

const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** Skips a byte order mark and white space: what is the first byte of content, if it came yet? */
const firstByte = (head: Buffer): number | undefined => {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && isSpace(head[i] as number)) i++;
  return head[i];
};

/**
 * Reads a stream input: the first bytes tell JSON from XML; XML is decoded as it arrives, JSON gathered up to
 * the size limit. Reading stops (and the stream is closed) as soon as the answer is known.
 */
export const readStream = async (input: Input, options: InputOptions): Promise<ReadResult> => {
  const stream = openStream(input);
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const head: Buffer[] = [];
  let size = 0;
  try {
    let first: number | undefined;
    while (first === undefined) {
      const next = await chunks.next();
      if (next.done === true) break;
      head.push(next.value);
      size += next.value.length;
      if (size > maxDocumentSize) return { ok: false, json: false, reports: [tooLarge(input.shown)] };
      first = firstByte(Buffer.concat(head));
    }
    if (first === 0x7b || first === 0x5b) {
      for (let next = await chunks.next(); next.done !== true; next = await chunks.next()) {
        head.push(next.value);
        size += next.value.length;
        if (size > maxDocumentSize) return { ok: false, json: true, reports: [tooLarge(input.shown)] };
      }
      return readJson(Buffer.concat(head), input.shown, options);
    }
    const rest = async function* (): AsyncGenerator<Buffer> {
      yield* head;
      for (let next = await chunks.next(); next.done !== true; next = await chunks.next()) yield next.value;
    };
    const r = await decodeAsync(rest(), xmlOptions(options));
    return r._tag === "Right"
      ? { ok: true, json: false, decoded: r.right }
      : failedXml(input.shown, r.left, Buffer.concat(head));
  } catch (e) {
    return { ok: false, json: false, reports: [ioReport(input.shown, "cannot_read", e)] };
  } finally {
    // Stop reading: an endless stdin is not drained, and is read only once.
    stream.destroy();
  }
};

/** A stream input's bytes up to the size limit, for `detect`, which needs only the root element. */
export const readStreamBytes = async (input: Input): Promise<Buffer | Report> => {
  const stream = openStream(input);
  const head: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      head.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size > maxDocumentSize) return tooLarge(input.shown);
    }
    return Buffer.concat(head);
  } catch (e) {
    return ioReport(input.shown, "cannot_read", e);
  } finally {
    stream.destroy();
  }
};

export const readInput = async (input: Input, options: InputOptions): Promise<ReadResult> =>
  input.kind === "file" ? readFile(input, options) : readStream(input, options);
