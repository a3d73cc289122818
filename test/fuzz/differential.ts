/**
 * The fast path's law: for any document, the fast path with its fallback gives exactly what the saxes decoder alone
 * gives (the same `Either`, value, warnings and issues, positions included), whatever the options that change what
 * is reported or kept. The fast path must decline what it cannot read as the decoder would; this is where a case it
 * took wrongly shows.
 */
import { isDeepStrictEqual } from "node:util";
import { readWhole } from "../../src/xml.js";
import type { ReadOptions } from "../../src/index.js";
import { Violation } from "./oracle.js";

/** Options that change what the decoder reports, keeps or places: each is compared on both paths. */
const variants: readonly ReadOptions[] = [
  {},
  { positions: true },
  { unknown: "preserve", positions: true },
  { unknown: "skip", unwrappedItems: "accept" },
  { maxDepth: 8, maxTextLength: 64 },
];

// The string is read with the default options only: past the UTF-8 check, bytes and strings take the same path.
export const sameThroughFastPath = (bytes: Uint8Array, text: string | undefined): void => {
  for (const options of variants) {
    for (const input of text === undefined || options !== variants[0] ? [bytes] : [bytes, text]) {
      const fast = readWhole(input, options, true);
      const slow = readWhole(input, options, false);
      if (!isDeepStrictEqual(fast, slow)) {
        throw new Violation(
          `the fast path and the saxes decoder differ (${typeof input === "string" ? "string" : "bytes"}, ${JSON.stringify(options)}):\n${JSON.stringify(fast).slice(0, 2000)}\n${JSON.stringify(slow).slice(0, 2000)}`,
        );
      }
    }
  }
};
