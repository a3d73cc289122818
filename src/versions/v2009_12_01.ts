/**
 * 2009-12-01: streaming (RTMP) distributions (jets3t 11af74bd), and the oldest version with AWS pages found
 * (doc-2009-12-01; the Developer Guide's REST responses, with the error document). Sources: see v2008_06_30.ts.
 */
import { append } from "../schema/delta.js";
import { boolean, optional, repeated, required, string, struct, timestamp } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import { listPage } from "./paging.js";
import * as prev from "./v2009_09_09.js";
import { cname } from "./v2008_06_30.js";

export const version = "2009-12-01";
/** No official model describes this version: its trees rest on the sources cited here. */
export const officialModel = false;
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  // boto 0a8ea525 reads TrustedSigners in a summary (FACTS §5); it may have come with private content in 2009-09-09,
  // which no source shows.
  DistributionSummary: append(p.DistributionSummary, { TrustedSigners: optional("TrustedSigners") }),

  // Streaming distributions: Origin, CallerReference, CNAME*, Comment?, Enabled (boto 0a8ea525; legacy-trees.json).
  StreamingDistributionConfig: struct("StreamingDistributionConfig", {
    Origin: required(string()),
    CallerReference: required(string()),
    CNAME: optional(cname),
    Comment: optional(string()),
    Enabled: required(boolean),
  }),
  // No InProgressInvalidationBatches ever: only download distributions are invalidated (FACTS §4).
  StreamingDistribution: struct("StreamingDistribution", {
    Id: required(string()),
    Status: required(string()),
    LastModifiedTime: required(timestamp),
    DomainName: required(string()),
    StreamingDistributionConfig: required("StreamingDistributionConfig"),
  }),
  StreamingDistributionList: struct("StreamingDistributionList", {
    ...listPage,
    StreamingDistributionSummary: optional(repeated("StreamingDistributionSummary")),
  }),
  // Until 2010-11-01 the summary carries the origin as a string (jets3t's shared summary handler, FACTS §4).
  StreamingDistributionSummary: struct("StreamingDistributionSummary", {
    Id: required(string()),
    Status: required(string()),
    LastModifiedTime: required(timestamp),
    DomainName: required(string()),
    Origin: required(string()),
    CNAME: optional(cname),
    Comment: optional(string()),
    Enabled: required(boolean),
  }),

  // The error document, as the 2009-12-01 Developer Guide shows it (RESTResponses.html); see v2012_05_05.ts.
  ErrorResponse: struct("ErrorResponse", { Error: required("Error"), RequestId: optional(string()) }),
  Error: struct("Error", { Type: optional(string()), Code: required(string()), Message: optional(string()) }),
} as const);

export const roots = [
  ...prev.roots,
  "StreamingDistributionConfig",
  "StreamingDistribution",
  "StreamingDistributionList",
  "ErrorResponse",
] as const;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
