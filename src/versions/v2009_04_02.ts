/**
 * 2009-04-02: access logs (jets3t d753fe0a, "the CloudFront service's new activity logging feature"). `Logging`
 * holds the bucket and the prefix; it is there when logs are written and left out when not ("If you want to turn
 * on access logs, include this element; if you want to turn off access logs, remove this element", aws-java-2012-03-15
 * DistributionConfig javadoc). Sources: see v2008_06_30.ts.
 */
import { append } from "../schema/delta.js";
import { optional, required, string, struct } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2008_06_30.js";

export const version = "2009-04-02";
/** No official model describes this version: its trees rest on the sources cited here. */
export const officialModel = false;
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  // Last, as doc-2009-12-01's syntax block and every later writer place it after Enabled.
  DistributionConfig: append(p.DistributionConfig, { Logging: optional("LoggingConfig") }),
  // Bucket, then Prefix (legacy-trees.json `shared.Logging`; aws-java's LoggingConfig marshaller); aws-net writes an
  // empty prefix as <Prefix/>, so both are always there.
  LoggingConfig: struct("LoggingConfig", { Bucket: required(string()), Prefix: required(string()) }),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
