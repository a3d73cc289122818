/**
 * 2010-08-01: invalidation (jets3t 6ab7d9df; boto 8ff181af). A batch is its paths repeated, then the caller
 * reference, with no wrapper (FACTS §2: aws-java's CreateInvalidationRequestMarshaller, boto, jets3t and the AWS
 * example agree; aws-php 1.0 writes CallerReference first, which reading takes). Whether a Distribution already
 * counted its InProgressInvalidationBatches is not shown before 2010-11-01 (FACTS §1), so it arrives there.
 * Sources: see v2008_06_30.ts.
 */
import { optional, repeated, required, string, struct, timestamp } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import { listPage } from "./paging.js";
import * as prev from "./v2010_07_15.js";

export const version = "2010-08-01";
/** No official model describes this version: its trees rest on the sources cited here. */
export const officialModel = false;
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  // The aws-java constructor takes both, paths and caller reference.
  InvalidationBatch: struct("InvalidationBatch", {
    Path: required(repeated(string())),
    CallerReference: required(string()),
  }),
  // aws-java-2012-03-15 InvalidationStaxUnmarshaller; the AWS example carried by s3cmd.
  Invalidation: struct("Invalidation", {
    Id: required(string()),
    Status: required(string()),
    CreateTime: required(timestamp),
    InvalidationBatch: required("InvalidationBatch"),
  }),
  InvalidationList: struct("InvalidationList", {
    ...listPage,
    InvalidationSummary: optional(repeated("InvalidationSummary")),
  }),
  InvalidationSummary: struct("InvalidationSummary", { Id: required(string()), Status: required(string()) }),
} as const);

export const roots = [...prev.roots, "InvalidationBatch", "Invalidation", "InvalidationList"] as const;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
