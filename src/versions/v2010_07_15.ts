/**
 * 2010-07-15: the default root object (jets3t fee8aa7d; boto 5e17bedd; s3cmd 678159c). Last, where aws-java writes
 * it; doc-2010-11-01's syntax block puts it after Enabled, and reading takes either. "Don't include an empty
 * DefaultRootObject element … If you do, CloudFront returns a MalformedXML error" (aws-java-2012-03-15 javadoc).
 * Sources: see v2008_06_30.ts.
 */
import { append } from "../schema/delta.js";
import { optional, string } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2010_06_01.js";

export const version = "2010-07-15";
/** No official model describes this version: its trees rest on the sources cited here. */
export const officialModel = false;
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  DistributionConfig: append(p.DistributionConfig, { DefaultRootObject: optional(string({ minLength: 1 })) }),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
