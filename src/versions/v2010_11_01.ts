/**
 * 2010-11-01: custom origins (jets3t 4a74bf7c, "Support for non-S3 origins"), the version s3cmd still speaks and boto
 * 2 and fog default to. The origin becomes exactly one of `S3Origin` and `CustomOrigin` ("Use the S3Origin element
 * only if you use an Amazon S3 origin … Use the CustomOrigin element only if you use a custom origin", doc-2010-11-01),
 * and the origin access identity moves into `S3Origin`. The write order of DistributionConfig is aws-java-2010-11-01's
 * generated CreateDistributionRequestMarshaller's; doc-2010-11-01 puts DefaultRootObject after Enabled instead.
 * Sources: see v2008_06_30.ts.
 */
import { insert, remove, reorder } from "../schema/delta.js";
import { enumeration, integer, oneOf, optional, required, string, struct } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2010_08_01.js";

export const version = "2010-11-01";
/** No official model describes this version: its trees rest on the sources cited here. */
export const officialModel = false;
const p = prev.shapes;

const origins = { S3Origin: optional("S3Origin"), CustomOrigin: optional("CustomOrigin") } as const;

export const shapes = Object.freeze({
  ...p,
  DistributionConfig: oneOf(
    insert(remove(p.DistributionConfig, "Origin", "OriginAccessIdentity"), null, origins),
    "S3Origin",
    "CustomOrigin",
  ),
  // DNSName, then the identity (aws-java's S3Origin marshaller; the aws-java-2012-03-15 constructor takes DNSName
  // only).
  S3Origin: struct("S3Origin", { DNSName: required(string()), OriginAccessIdentity: optional(string()) }),
  // The ports may be left out (FACTS §6: the aws-java constructor takes DNSName and OriginProtocolPolicy; AWS's
  // example requests omit HTTPSPort; aws-php never sends either); every response carries both.
  CustomOrigin: struct("CustomOrigin", {
    DNSName: required(string()),
    HTTPPort: optional(integer),
    HTTPSPort: optional(integer),
    OriginProtocolPolicy: required("OriginProtocolPolicy"),
  }),
  // aws-java-2012-03-15-enum; the same two values as 2012-05-05's.
  OriginProtocolPolicy: enumeration("OriginProtocolPolicy", ["http-only", "match-viewer"]),
  // doc-2010-11-01's GetDistribution; boto's fixtures. AWS's own 2010-11-01 sample response lacks it (FACTS §1).
  Distribution: insert(p.Distribution, "LastModifiedTime", { InProgressInvalidationBatches: optional(integer) }),
  // aws-java-2010 DistributionSummaryStaxUnmarshaller: the origin where Origin was.
  DistributionSummary: oneOf(
    insert(remove(p.DistributionSummary, "Origin"), "DomainName", origins),
    "S3Origin",
    "CustomOrigin",
  ),
  // aws-java-2010 and -2012 CreateStreamingDistributionRequestMarshaller: S3Origin, CallerReference, CNAME*, Comment,
  // Enabled, Logging, TrustedSigners. S3Origin is required ("Yes", StreamingDistributionConfigDatatype.html).
  StreamingDistributionConfig: reorder(
    insert(remove(p.StreamingDistributionConfig, "Origin", "OriginAccessIdentity"), null, {
      S3Origin: required("S3Origin"),
    }),
    ["S3Origin", "CallerReference", "CNAME", "Comment", "Enabled", "Logging", "TrustedSigners"],
  ),
  // aws-java StreamingDistributionStaxUnmarshaller; the AWS pages leave it out, as a public distribution has none.
  StreamingDistribution: insert(p.StreamingDistribution, "DomainName", {
    ActiveTrustedSigners: optional("ActiveTrustedSigners"),
  }),
  // aws-java-2012-03-15 StreamingDistributionSummaryStaxUnmarshaller; AWS's example stops at Enabled (FACTS §4).
  StreamingDistributionSummary: insert(
    insert(remove(p.StreamingDistributionSummary, "Origin"), "DomainName", { S3Origin: required("S3Origin") }),
    "Enabled",
    {
      TrustedSigners: optional("TrustedSigners"),
    },
  ),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
