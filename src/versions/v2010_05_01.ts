/**
 * 2010-05-01: access logs for streaming distributions (jets3t bd577672), last as jets3t writes them
 * (legacy-trees.json). Sources: see v2008_06_30.ts.
 */
import { append } from "../schema/delta.js";
import { optional } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2010_03_01.js";

export const version = "2010-05-01";
/** No official model describes this version: its trees rest on the sources cited here. */
export const officialModel = false;
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  StreamingDistributionConfig: append(p.StreamingDistributionConfig, { Logging: optional("LoggingConfig") }),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
