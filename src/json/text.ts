/**
 * JSON text as the reader takes it: a string, or UTF-8 bytes decoded strictly, with one leading byte order mark
 * dropped. Where the input goes wrong (an invalid byte, a lone surrogate, or the size limit crossed), the text
 * stops, and the problem is given with it: the reader reports it when it reaches that point, so a problem earlier
 * in the text (a syntax error) comes first, as it does in XML.
 */
import type { Problem } from "../errors.js";
import { firstInvalidByte, loneSurrogate } from "../interpreters/input.js";

export interface JsonText {
  /** The text up to the end of the input, or up to the point where it went wrong. */
  readonly text: string;
  /** Why the text stops where it does, when the input went on. */
  readonly stop?: Problem;
}

const BOM = "\uFEFF";
const hex = (code: number): string => code.toString(16).toUpperCase().padStart(4, "0");

const tooLarge = (max: number): Problem => ({
  code: "document_too_large",
  message: `the document is larger than maxDocumentSize (${max})`,
});

/** Size is counted as in XML: UTF-16 units of a string, bytes of binary input. */
export const jsonText = (input: string | Uint8Array, maxDocumentSize: number): JsonText =>
  typeof input === "string" ? fromString(input, maxDocumentSize) : fromBytes(input, maxDocumentSize);

const fromString = (input: string, max: number): JsonText => {
  const cut = input.length > max;
  let text = cut ? input.slice(0, max) : input;
  let stop = cut ? tooLarge(max) : undefined;
  // A high surrogate last in a cut text is half of a pair the limit split: the text stops before it.
  if (cut && /[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
  const bad = loneSurrogate(text);
  const last = bad < 0 && !cut && /[\uD800-\uDBFF]$/.test(text) ? text.length - 1 : bad;
  if (last >= 0) {
    stop = {
      code: "invalid_encoding",
      message: `a lone surrogate (U+${hex(text.charCodeAt(last))}) is not a character`,
    };
    text = text.slice(0, last);
  }
  return withoutBom(text, stop);
};

const fromBytes = (input: Uint8Array, max: number): JsonText => {
  const cut = input.length > max;
  const bytes = cut ? input.subarray(0, max) : input;
  // Bytes the limit cut inside a character are dropped with it (`stream`), not reported as invalid.
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  try {
    return withoutBom(decoder.decode(bytes, { stream: cut }), cut ? tooLarge(max) : undefined);
  } catch {
    const bad = firstInvalidByte(bytes);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(0, bad));
    const lead = bytes[bad] as number;
    const truncated = !cut && endsInside(bytes.subarray(bad));
    const message = truncated
      ? `the input ends inside a UTF-8 sequence (byte offset ${bad})`
      : `invalid UTF-8 byte 0x${lead.toString(16).padStart(2, "0")} at byte offset ${bad}`;
    return withoutBom(text, { code: "invalid_encoding", message });
  }
};

/** Whether the bytes are the start of one character that the input ends before completing. */
const endsInside = (rest: Uint8Array): boolean => {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(rest, { stream: true }) === "";
  } catch {
    return false;
  }
};

const withoutBom = (text: string, stop: Problem | undefined): JsonText => {
  const t = text.startsWith(BOM) ? text.slice(1) : text;
  return stop === undefined ? { text: t } : { text: t, stop };
};
