/** Helpers the suites share: decoding and encoding any element of a version, not only document roots. */
import type { Shapes, Struct } from "../src/schema/ast.js";
import { Decoder } from "../src/interpreters/decoder.js";
import type { DecodeOptions, DecodeResult, Target } from "../src/interpreters/decoder.js";
import { encodeElement } from "../src/interpreters/encoder.js";
import type { EncodeOptions } from "../src/interpreters/encoder.js";
import { Feeder } from "../src/interpreters/input.js";
import type { Chunk } from "../src/interpreters/input.js";

export const encodeFragment = (
  shapes: Shapes,
  node: Struct,
  element: string,
  value: unknown,
  namespace: string,
  options?: EncodeOptions,
): string => encodeElement(shapes, node, element, value, namespace, options);

/** Decodes `<element xmlns=namespace>…` as `node`, fed chunk by chunk. */
export const decodeFragment = (
  shapes: Shapes,
  node: Struct,
  element: string,
  namespace: string,
  chunks: readonly Chunk[],
  options?: DecodeOptions,
): DecodeResult<Target> => {
  const decoder = new Decoder<Target>(
    (uri, local) =>
      uri === namespace && local === element
        ? { ok: true, kind: { shapes, node, namespace } }
        : { ok: false, problem: { code: "unknown_root", message: `expected <${element}> in ${namespace}` } },
    options,
  );
  // No batching: each chunk reaches saxes as cut, which is what the chunking laws are about.
  const feeder = new Feeder(decoder, 1);
  let going = true;
  for (const chunk of chunks) if (!(going = feeder.feed(chunk))) break;
  if (going) feeder.finish();
  return decoder.end();
};

/** Cuts a string or UTF-8 bytes at the given fractions of its length (bytes may split a character). */
export const cut = <T extends { readonly length: number; slice(start: number, end?: number): T }>(
  s: T,
  at: readonly number[],
): T[] => {
  const points = [...new Set(at.map((f) => Math.floor(f * s.length)))].sort((a, b) => a - b);
  const out: T[] = [];
  let from = 0;
  for (const p of points) {
    out.push(s.slice(from, p));
    from = p;
  }
  out.push(s.slice(from));
  return out;
};
