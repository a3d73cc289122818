/**
 * Writing a decoded document as XML or AWS CLI JSON, and reading the text back before it is written anywhere:
 * the CLI never writes what it cannot read back as the document it meant to write.
 */
import { isDeepStrictEqual } from "node:util";
import { requireKind } from "../document.js";
import { EncodeError } from "../interpreters/encoder.js";
import { unknownElements } from "../unknown.js";
import { decode, encode, encodeJson } from "../xml.js";
import type { Decoded, Json } from "../index.js";
import { checkJson, readJson, readMember, readWhole } from "../json/decode.js";
import { jsonLimits } from "./documents.js";
import type { JsonShape } from "./documents.js";
import type { Report } from "./report.js";

export interface WriteOptions {
  readonly format: "xml" | "json";
  readonly jsonShape: JsonShape;
  readonly pretty: boolean;
}

/** Whether a value holds elements kept by `--unknown preserve`, which JSON cannot carry. */
const holdsElements = (u: unknown): boolean =>
  typeof u === "object" && u !== null && (unknownElements in u || Object.values(u).some(holdsElements));

const encodeText = (d: Decoded, options: WriteOptions, file: string): string | Report => {
  if (options.format === "xml") {
    try {
      return encode(d, { pretty: options.pretty }) + "\n";
    } catch (e) {
      if (!(e instanceof EncodeError)) throw e;
      const unknownMember = /is not in this version's model/.test(e.message);
      const hint = unknownMember ? "write JSON (--format json), or drop such members with --unknown skip" : undefined;
      return {
        file,
        code: "cannot_encode",
        path: e.path,
        message: e.message.slice(e.path.length + 2),
        ...(hint === undefined ? {} : { hint }),
      };
    }
  }
  if (holdsElements(d.value))
    return {
      file,
      code: "unknown_element",
      message: "elements kept by --unknown preserve cannot be written as JSON",
      hint: "write XML (--format xml)",
    };
  const json = encodeJson(d);
  const shaped = options.jsonShape === "bare" ? json : { [d.root]: json };
  return JSON.stringify(shaped, null, options.pretty ? 2 : undefined) + "\n";
};

/** Reads written text as the CLI's own input would be read, keeping whatever the version does not define. */
const readBack = (text: string, d: Decoded, options: WriteOptions): Decoded | string => {
  if (options.format === "xml") {
    const r = decode(text, { unknown: "preserve" });
    return r._tag === "Right" ? r.right : (r.left.issues[0]?.message ?? "it does not decode");
  }
  // As strictly as JSON input is read (readJson in documents.ts), under the same limits.
  const read = readJson(text, jsonLimits);
  if (!read.ok) return read.problem.message;
  const bare = options.jsonShape === "bare";
  const value = bare ? read.value : (read.value as Record<string, Json>)[d.root];
  const r = checkJson(
    value,
    requireKind(d.version, d.root),
    { unknown: "preserve", maxErrors: 1 },
    bare ? readWhole(read) : readMember(read, d.root),
  );
  return r._tag === "Right" ? r.right : (r.left.issues[0]?.message ?? "it does not decode");
};

/** The path of the first place where two values differ (`/` for the values themselves). */
export const firstDifference = (a: unknown, b: unknown, path = ""): string | undefined => {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (
    typeof a !== "object" ||
    typeof b !== "object" ||
    a === null ||
    b === null ||
    Array.isArray(a) !== Array.isArray(b)
  )
    return path === "" ? "/" : path;
  const keys = new Set<string | symbol>([...Reflect.ownKeys(a), ...Reflect.ownKeys(b)]);
  for (const key of keys) {
    const at = `${path}/${typeof key === "symbol" ? `[${key.description ?? "symbol"}]` : key}`;
    if (Object.hasOwn(a, key) !== Object.hasOwn(b, key)) return at;
    const d = firstDifference(
      (a as Record<string | symbol, unknown>)[key],
      (b as Record<string | symbol, unknown>)[key],
      at,
    );
    if (d !== undefined) return d;
  }
  return path === "" ? "/" : path;
};

/** The document as text that reads back as the same document, or the report of why there is none. */
export const writeDocument = (d: Decoded, options: WriteOptions, file: string): string | Report => {
  const text = encodeText(d, options, file);
  if (typeof text !== "string") return text;
  const back = readBack(text, d, options);
  const mismatch =
    typeof back === "string"
      ? `the output does not read back: ${back}`
      : back.version !== d.version || back.root !== d.root
        ? `the output reads back as ${back.version} ${back.root}, not ${d.version} ${d.root}`
        : ((at) =>
            at === undefined ? undefined : `the output reads back differently at /${d.root}${at === "/" ? "" : at}`)(
            firstDifference(back.value, d.value),
          );
  if (mismatch === undefined) return text;
  return {
    file,
    code: "output_mismatch",
    message: `${mismatch}; nothing was written (a defect of cfxml: please report it with the input)`,
  };
};
