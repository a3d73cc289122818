/** API 2020-05-31: its schema nodes, value types, and an io-ts codec per document root. */
import { codecsOf } from "./interpreters/iots.js";
import { roots } from "./versions/v2020_05_31.js";

export * from "./versions/v2020_05_31.js";
export const codecs = codecsOf(roots);
