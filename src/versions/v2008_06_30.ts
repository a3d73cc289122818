/**
 * CloudFront API 2008-06-30, the first: download distributions of one Amazon S3 origin. No official model exists for
 * any version before 2012-05-05; these trees come from `shared/reference/legacy/` (legacy-trees.json, whose keys the
 * comments cite, and FACTS.md in the staging notes): here jets3t 99d39083, the first client of the API, and the
 * AWS API Reference of 2009-12-01 (`doc-2009-12-01`), the oldest AWS page found, for what did not change since.
 *
 * The format differs from 2012-05-05 on: a list is its element repeated in the parent, with no wrapper and no
 * `Quantity`; a member nothing requires is left out, not written empty. Write order, here and in each later
 * version, is the order these deltas build: the generated aws-sdk-java marshallers' where they exist (2010-11-01,
 * 2012-03-15), the AWS syntax block of 2009-12-01 before, and each member added later where aws-java puts it.
 */
import type { DocumentsOf } from "../schema/infer.js";
import { listPage } from "./paging.js";
import { boolean, optional, repeated, required, string, struct, timestamp } from "../schema/dsl.js";

export const version = "2008-06-30";
/** No official model describes this version: its trees rest on the sources cited here. */
export const officialModel = false;

// "Don't include an empty CNAME element … If you do, CloudFront returns a MalformedXML error" (aws-java-2012-03-15
// DistributionConfig javadoc; legacy-trees.json notes it for every version). Up to 10 is a quota, left to lint.
export const cname = repeated(string({ minLength: 1 }));

export const shapes = Object.freeze({
  // Origin and CallerReference "Yes", CNAME "No" (doc-2009-12-01's table); Comment and Enabled as jets3t writes them
  // (legacy-trees.json: Comment 0..1, Enabled 1..1; the aws-java-2012-03-15 constructor takes CallerReference and
  // Enabled). The 128-character limits of Origin and Comment are the service's, and lint's.
  DistributionConfig: struct("DistributionConfig", {
    Origin: required(string()),
    CallerReference: required(string()),
    CNAME: optional(cname),
    Comment: optional(string()),
    Enabled: required(boolean),
  }),
  // jets3t's parser (legacy-versions.md §3.3); the 2009-12-01 Developer Guide's response shows the same five.
  Distribution: struct("Distribution", {
    Id: required(string()),
    Status: required(string()),
    LastModifiedTime: required(timestamp),
    DomainName: required(string()),
    DistributionConfig: required("DistributionConfig"),
  }),
  // Marker, NextMarker?, MaxItems, IsTruncated, then the summaries (legacy-versions.md §3.3; FACTS §5: NextMarker
  // absent when not truncated, in boto's fixture).
  DistributionList: struct("DistributionList", {
    ...listPage,
    DistributionSummary: optional(repeated("DistributionSummary")),
  }),
  // jets3t's DistributionSummaryHandler, unchanged from 99d39083 to 6ab7d9df (FACTS §5); Comment may be absent, as in
  // boto's 2010-11-01 fixture.
  DistributionSummary: struct("DistributionSummary", {
    Id: required(string()),
    Status: required(string()),
    LastModifiedTime: required(timestamp),
    DomainName: required(string()),
    Origin: required(string()),
    CNAME: optional(cname),
    Comment: optional(string()),
    Enabled: required(boolean),
  }),
} as const);

export const roots = ["DistributionConfig", "Distribution", "DistributionList"] as const;

/** The first version, in words (the docs table compares each version with the one before). */
export const summary =
  `the first version, in the old format, with no official model (see the README's first era): ` +
  `${roots.join(", ")}; one Amazon S3 origin`;

export type Documents = DocumentsOf<typeof shapes, typeof roots>;
