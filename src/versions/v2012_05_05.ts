/**
 * CloudFront API 2012-05-05: the first version with `Quantity`/`Items` lists and an official model, and the base every
 * later version changes (the eleven before it are a line of their own, from v2008_06_30.ts). Every member of
 * `DistributionConfig` is required. Its documents: web and streaming distributions
 * (configuration, response, list), invalidations (batch, response, list), origin access identities
 * (configuration, response, list), and the error body every operation can return.
 */
import type { DocumentsOf } from "../schema/infer.js";
import { listPage } from "./paging.js";
import {
  boolean,
  enumeration,
  integer,
  long,
  optional,
  quantityList,
  required,
  string,
  struct,
  timestamp,
} from "../schema/dsl.js";

export const version = "2012-05-05";

const behavior = {
  TargetOriginId: required(string()),
  ForwardedValues: required("ForwardedValues"),
  TrustedSigners: required("TrustedSigners"),
  ViewerProtocolPolicy: required("ViewerProtocolPolicy"),
  MinTTL: required(long),
};

export const shapes = Object.freeze({
  DistributionConfig: struct("DistributionConfig", {
    CallerReference: required(string()),
    Aliases: required("Aliases"),
    DefaultRootObject: required(string()),
    Origins: required("Origins"),
    DefaultCacheBehavior: required("DefaultCacheBehavior"),
    CacheBehaviors: required("CacheBehaviors"),
    Comment: required(string()),
    Logging: required("LoggingConfig"),
    Enabled: required(boolean),
  }),
  Aliases: quantityList("Aliases", "CNAME", string()),
  Origins: quantityList("Origins", "Origin", "Origin", { minItems: 1 }),
  Origin: struct("Origin", {
    Id: required(string()),
    DomainName: required(string()),
    S3OriginConfig: optional("S3OriginConfig"),
    CustomOriginConfig: optional("CustomOriginConfig"),
  }),
  S3OriginConfig: struct("S3OriginConfig", { OriginAccessIdentity: required(string()) }),
  CustomOriginConfig: struct("CustomOriginConfig", {
    HTTPPort: required(integer),
    HTTPSPort: required(integer),
    OriginProtocolPolicy: required("OriginProtocolPolicy"),
  }),
  OriginProtocolPolicy: enumeration("OriginProtocolPolicy", ["http-only", "match-viewer"]),
  DefaultCacheBehavior: struct("DefaultCacheBehavior", behavior),
  CacheBehaviors: quantityList("CacheBehaviors", "CacheBehavior", "CacheBehavior"),
  CacheBehavior: struct("CacheBehavior", { PathPattern: required(string()), ...behavior }),
  ForwardedValues: struct("ForwardedValues", { QueryString: required(boolean) }),
  TrustedSigners: quantityList("TrustedSigners", "AwsAccountNumber", string(), {
    before: { Enabled: required(boolean) },
  }),
  ViewerProtocolPolicy: enumeration("ViewerProtocolPolicy", ["allow-all", "https-only"]),
  LoggingConfig: struct("LoggingConfig", {
    Enabled: required(boolean),
    Bucket: required(string()),
    Prefix: required(string()),
  }),
  Distribution: struct("Distribution", {
    Id: required(string()),
    Status: required(string()),
    LastModifiedTime: required(timestamp),
    InProgressInvalidationBatches: required(integer),
    DomainName: required(string()),
    ActiveTrustedSigners: required("ActiveTrustedSigners"),
    DistributionConfig: required("DistributionConfig"),
  }),
  ActiveTrustedSigners: quantityList("ActiveTrustedSigners", "Signer", "Signer", {
    before: { Enabled: required(boolean) },
  }),
  Signer: struct("Signer", { AwsAccountNumber: optional(string()), KeyPairIds: optional("KeyPairIds") }),
  KeyPairIds: quantityList("KeyPairIds", "KeyPairId", string()),
  DistributionList: quantityList("DistributionList", "DistributionSummary", "DistributionSummary", {
    before: listPage,
  }),
  DistributionSummary: struct("DistributionSummary", {
    Id: required(string()),
    Status: required(string()),
    LastModifiedTime: required(timestamp),
    DomainName: required(string()),
    Aliases: required("Aliases"),
    Origins: required("Origins"),
    DefaultCacheBehavior: required("DefaultCacheBehavior"),
    CacheBehaviors: required("CacheBehaviors"),
    Comment: required(string()),
    Enabled: required(boolean),
  }),

  // Streaming (RTMP) distributions.
  StreamingDistributionConfig: struct("StreamingDistributionConfig", {
    CallerReference: required(string()),
    S3Origin: required("S3Origin"),
    Aliases: required("Aliases"),
    Comment: required(string()),
    Logging: required("StreamingLoggingConfig"),
    TrustedSigners: required("TrustedSigners"),
    Enabled: required(boolean),
  }),
  S3Origin: struct("S3Origin", { DomainName: required(string()), OriginAccessIdentity: required(string()) }),
  // This model names it LoggingConfig too; later models (and 2012-07-01's IncludeCookies, which only web
  // distributions gain) make it a shape of its own.
  StreamingLoggingConfig: struct("StreamingLoggingConfig", {
    Enabled: required(boolean),
    Bucket: required(string()),
    Prefix: required(string()),
  }),
  StreamingDistribution: struct("StreamingDistribution", {
    Id: required(string()),
    Status: required(string()),
    LastModifiedTime: optional(timestamp),
    DomainName: required(string()),
    ActiveTrustedSigners: required("ActiveTrustedSigners"),
    StreamingDistributionConfig: required("StreamingDistributionConfig"),
  }),
  StreamingDistributionList: quantityList(
    "StreamingDistributionList",
    "StreamingDistributionSummary",
    "StreamingDistributionSummary",
    { before: listPage },
  ),
  StreamingDistributionSummary: struct("StreamingDistributionSummary", {
    Id: required(string()),
    Status: required(string()),
    LastModifiedTime: required(timestamp),
    DomainName: required(string()),
    S3Origin: required("S3Origin"),
    Aliases: required("Aliases"),
    TrustedSigners: required("TrustedSigners"),
    Comment: required(string()),
    Enabled: required(boolean),
  }),

  // Invalidations.
  InvalidationBatch: struct("InvalidationBatch", { Paths: required("Paths"), CallerReference: required(string()) }),
  Paths: quantityList("Paths", "Path", string()),
  Invalidation: struct("Invalidation", {
    Id: required(string()),
    Status: required(string()),
    CreateTime: required(timestamp),
    InvalidationBatch: required("InvalidationBatch"),
  }),
  InvalidationList: quantityList("InvalidationList", "InvalidationSummary", "InvalidationSummary", {
    before: listPage,
  }),
  InvalidationSummary: struct("InvalidationSummary", { Id: required(string()), Status: required(string()) }),

  // Origin access identities.
  CloudFrontOriginAccessIdentityConfig: struct("CloudFrontOriginAccessIdentityConfig", {
    CallerReference: required(string()),
    Comment: required(string()),
  }),
  CloudFrontOriginAccessIdentity: struct("CloudFrontOriginAccessIdentity", {
    Id: required(string()),
    S3CanonicalUserId: required(string()),
    CloudFrontOriginAccessIdentityConfig: optional("CloudFrontOriginAccessIdentityConfig"),
  }),
  CloudFrontOriginAccessIdentityList: quantityList(
    "CloudFrontOriginAccessIdentityList",
    "CloudFrontOriginAccessIdentitySummary",
    "CloudFrontOriginAccessIdentitySummary",
    {
      before: listPage,
    },
  ),
  CloudFrontOriginAccessIdentitySummary: struct("CloudFrontOriginAccessIdentitySummary", {
    Id: required(string()),
    S3CanonicalUserId: required(string()),
    Comment: required(string()),
  }),

  // The error body of every operation. No model describes it (it belongs to the REST-XML protocol). Every
  // CloudFront error seen, from 2009-12-01 (the Developer Guide's example) to 2019-03-26 (recorded responses),
  // carries all four members, always in this order; only Code is required here, since it is what a tool needs
  // and nothing documents which of the others CloudFront may leave out.
  ErrorResponse: struct("ErrorResponse", { Error: required("Error"), RequestId: optional(string()) }),
  Error: struct("Error", { Type: optional(string()), Code: required(string()), Message: optional(string()) }),
} as const);

export const roots = [
  "DistributionConfig",
  "Distribution",
  "DistributionList",
  "StreamingDistributionConfig",
  "StreamingDistribution",
  "StreamingDistributionList",
  "InvalidationBatch",
  "Invalidation",
  "InvalidationList",
  "CloudFrontOriginAccessIdentityConfig",
  "CloudFrontOriginAccessIdentity",
  "CloudFrontOriginAccessIdentityList",
  "ErrorResponse",
] as const;

/** The format break, in words (the docs table would otherwise list every member it remade). */
export const summary =
  "the new format, and the first official model: every list a Quantity/Items wrapper, origins named (Origins) and " +
  "behaviours stated " +
  `(DefaultCacheBehavior, CacheBehaviors by path); every DistributionConfig member required; documents ` +
  `${roots.join(", ")}`;

export type Documents = DocumentsOf<typeof shapes, typeof roots>;
