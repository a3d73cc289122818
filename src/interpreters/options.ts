/**
 * The decoder's options, checked before anything is read. An option left undefined takes its default; anything
 * else that is not a value of the option is a usage error thrown at once: `{ maxDepth: NaN }` must not lift the
 * limit (saxes alone is quadratic in depth), and `maxErrors: 0` must not turn an invalid document into a success.
 */

export interface DecodeOptions {
  /** What to do with elements the version does not define: report them (default), drop them, or keep them. */
  readonly unknown?: "error" | "skip" | "preserve";
  /**
   * List entries written directly in their wrapper, without `<Items>` (as the 2012-07-01 API reference's example
   * response does with `<KeyPairId>`): an error naming the missing wrapper (default), or accepted with a warning.
   */
  readonly unwrappedItems?: "error" | "accept";
  /** Stop collecting after this many issues (default 100, at least 1). */
  readonly maxErrors?: number;
  /** Deepest element nesting accepted (default 64; CloudFront documents need about 12). */
  readonly maxDepth?: number;
  /** Longest run of text, attribute or markup without a `<` (default 1 MiB characters). */
  readonly maxTextLength?: number;
  /** Largest document: bytes for binary input, UTF-16 code units for strings (default 32 MiB). */
  readonly maxDocumentSize?: number;
}

export const defaults = {
  unknown: "error",
  unwrappedItems: "error",
  maxErrors: 100,
  maxDepth: 64,
  maxTextLength: 1 << 20,
  maxDocumentSize: 32 << 20,
} as const satisfies Required<DecodeOptions>;

const choices = { unknown: ["error", "skip", "preserve"], unwrappedItems: ["error", "accept"] } as const;
const limits = ["maxErrors", "maxDepth", "maxTextLength", "maxDocumentSize"] as const;

/** The options with their defaults; throws a TypeError or RangeError for a value the option cannot take. */
export const resolveOptions = (options: unknown): Required<DecodeOptions> => {
  if (options === undefined) return defaults;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError(
      `options must be an object, not ` +
        `${options === null ? "null" : Array.isArray(options) ? "an array" : typeof options}`,
    );
  }
  const o = options as Record<string, unknown>;
  const out: Record<string, unknown> = { ...defaults };
  for (const [name, allowed] of Object.entries(choices)) {
    const v = o[name];
    if (v === undefined) continue;
    if (!(allowed as readonly unknown[]).includes(v))
      throw new RangeError(
        `option ${name} must be one of ${allowed.map((a) => `"${a}"`).join(", ")}, not ${JSON.stringify(v)}`,
      );
    out[name] = v;
  }
  for (const name of limits) {
    const v = o[name];
    if (v === undefined) continue;
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 1) {
      throw new RangeError(
        `option ${name} must be a whole number of at least 1, not ` +
          `${typeof v === "number" ? String(v) : (JSON.stringify(v) ?? typeof v)}`,
      );
    }
    out[name] = v;
  }
  return out as Required<DecodeOptions>;
};
