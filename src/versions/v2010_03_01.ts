/**
 * 2010-03-01: private streaming distributions (jets3t 8c412971, "allows streaming distributions to be made
 * private"): an origin access identity and trusted signers, after Enabled as jets3t's builder writes them
 * (legacy-trees.json). Whether the response then listed ActiveTrustedSigners is not shown by any source before
 * 2010-11-01 (FACTS §4), so it arrives there. Sources: see v2008_06_30.ts.
 */
import { append } from "../schema/delta.js";
import { optional, string } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2009_12_01.js";

export const version = "2010-03-01";
/** No official model describes this version: its trees rest on the sources cited here. */
export const officialModel = false;
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  StreamingDistributionConfig: append(p.StreamingDistributionConfig, {
    OriginAccessIdentity: optional(string()),
    TrustedSigners: optional("TrustedSigners"),
  }),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
