/**
 * 2009-09-09: private content (jets3t b87a8612, "private distributions and Origin Access Identities"). A
 * distribution gains `OriginAccessIdentity` and `TrustedSigners`; its response lists the `ActiveTrustedSigners`;
 * origin access identities are documents of their own. Sources: see v2008_06_30.ts.
 */
import { append, insert } from "../schema/delta.js";
import { flag, oneOf, optional, repeated, required, string, struct } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import { listPage } from "./paging.js";
import * as prev from "./v2009_04_02.js";

export const version = "2009-09-09";
/** No official model describes this version: its trees rest on the sources cited here. */
export const officialModel = false;
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  // After Logging, in doc-2009-12-01's order (Logging, OriginAccessIdentity, TrustedSigners); aws-net 2009-12-01
  // writes the same. The identity is `origin-access-identity/cloudfront/<ID>`.
  DistributionConfig: append(p.DistributionConfig, {
    OriginAccessIdentity: optional(string()),
    TrustedSigners: optional("TrustedSigners"),
  }),
  // <Self/> first, then each account (aws-java's TrustedSigners marshaller; the AWS syntax blocks). Present means
  // signed URLs: "If you want the distribution to use signed URLs, include this element; if you want the distribution
  // to use basic URLs, remove this element" (aws-java-2012-03-15 DistributionConfig javadoc). Up to five accounts is
  // a quota. jets3t and aws-php 1.0 wrote <AWSAccountNumber>, which aws-php fixed as a bug (FACTS §7).
  TrustedSigners: struct("TrustedSigners", { Self: optional(flag), AwsAccountNumber: optional(repeated(string())) }),
  // Between DomainName and DistributionConfig (jets3t b87a8612; doc-2010-11-01's Distribution page). Only a private
  // distribution has it: boto's 2010-11-01 responses of public ones leave it out.
  Distribution: insert(p.Distribution, "DomainName", { ActiveTrustedSigners: optional("ActiveTrustedSigners") }),
  ActiveTrustedSigners: struct("ActiveTrustedSigners", { Signer: optional(repeated("Signer")) }),
  // <Self/> or the account, then the key pairs (legacy-trees.json `shared.ActiveTrustedSigners`, a choice "signer-id";
  // aws-java SignerStaxUnmarshaller). "If no KeyPairId element appears for a Signer, that signer can't create working
  // signed URLs" (the 2014-05-31 model): none is allowed.
  Signer: oneOf(
    struct("Signer", {
      Self: optional(flag),
      AwsAccountNumber: optional(string()),
      KeyPairId: optional(repeated(string())),
    }),
    "Self",
    "AwsAccountNumber",
  ),

  // Origin access identities (FACTS §3): the same trees in every version to 2012-03-15. Comment is optional (the
  // aws-java-2012-03-15 constructor takes only CallerReference; boto leaves an empty one out), and so in a summary.
  CloudFrontOriginAccessIdentityConfig: struct("CloudFrontOriginAccessIdentityConfig", {
    CallerReference: required(string()),
    Comment: optional(string()),
  }),
  CloudFrontOriginAccessIdentity: struct("CloudFrontOriginAccessIdentity", {
    Id: required(string()),
    S3CanonicalUserId: required(string()),
    CloudFrontOriginAccessIdentityConfig: optional("CloudFrontOriginAccessIdentityConfig"),
  }),
  CloudFrontOriginAccessIdentityList: struct("CloudFrontOriginAccessIdentityList", {
    ...listPage,
    CloudFrontOriginAccessIdentitySummary: optional(repeated("CloudFrontOriginAccessIdentitySummary")),
  }),
  CloudFrontOriginAccessIdentitySummary: struct("CloudFrontOriginAccessIdentitySummary", {
    Id: required(string()),
    S3CanonicalUserId: required(string()),
    Comment: optional(string()),
  }),
} as const);

export const roots = [
  ...prev.roots,
  "CloudFrontOriginAccessIdentityConfig",
  "CloudFrontOriginAccessIdentity",
  "CloudFrontOriginAccessIdentityList",
] as const;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
