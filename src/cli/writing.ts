/** Writing a decoded document as XML or AWS CLI JSON. */
import { encode, EncodeError, encodeJson, unknownElements } from "../index.js";
import type { Decoded } from "../index.js";
import type { JsonShape } from "./documents.js";
import type { Report } from "./report.js";

export interface WriteOptions {
  readonly format: "xml" | "json";
  readonly jsonShape: JsonShape;
  readonly pretty: boolean;
}

/** Whether a value holds elements kept by `--unknown preserve`, which JSON cannot carry. */
const holdsElements = (u: unknown): boolean => typeof u === "object" && u !== null && (unknownElements in u || Object.values(u).some(holdsElements));

const encodeText = (d: Decoded, options: WriteOptions, file: string): string | Report => {
  if (options.format === "xml") {
    try {
      return encode(d, { pretty: options.pretty }) + "\n";
    } catch (e) {
      if (!(e instanceof EncodeError)) throw e;
      const unknownMember = /is not in this version's model/.test(e.message);
      const hint = unknownMember ? "write JSON (--format json), or drop such members with --unknown skip" : undefined;
      return { file, code: "cannot_encode", path: e.path, message: e.message.slice(e.path.length + 2), ...(hint === undefined ? {} : { hint }) };
    }
  }
  if (holdsElements(d.value)) return { file, code: "unknown_element", message: "elements kept by --unknown preserve cannot be written as JSON", hint: "write XML (--format xml)" };
  const json = encodeJson(d);
  const shaped = options.jsonShape === "bare" ? json : { [d.root]: json };
  return JSON.stringify(shaped, null, options.pretty ? 2 : undefined) + "\n";
};

/** The document as text, or the report of why it cannot be written in that format. */
export const writeDocument = encodeText;
