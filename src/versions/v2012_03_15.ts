/**
 * 2012-03-15: the minimum TTL (jets3t c7fe330b, "new MinTTL feature"), last, as aws-java-2012-03-15's marshaller
 * writes it; a summary carries it too (aws-java-2012-03-15 DistributionSummaryStaxUnmarshaller). "Determines the
 * minimum TTL for objects in the CloudFront cache" (its javadoc); read as a long (aws-java-cachingbehavior).
 * The last version of the old format. Sources: see v2008_06_30.ts.
 */
import { append } from "../schema/delta.js";
import { long, optional, required, struct } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2010_11_01.js";

export const version = "2012-03-15";
/** No official model describes this version: its trees rest on the sources cited here. */
export const officialModel = false;
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  DistributionConfig: append(p.DistributionConfig, { CachingBehavior: optional("CachingBehavior") }),
  CachingBehavior: struct("CachingBehavior", { MinTTL: required(long) }),
  DistributionSummary: append(p.DistributionSummary, { CachingBehavior: optional("CachingBehavior") }),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
