/**
 * CloudFront API 2012-05-05: the first version with `Quantity`/`Items` lists, and the base every later version
 * changes. Every member of `DistributionConfig` is required.
 */
import type { Shape } from "../schema/infer.js";
import { boolean, enumeration, integer, long, optional, quantityList, required, string, struct, timestamp } from "../schema/dsl.js";

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
  TrustedSigners: quantityList("TrustedSigners", "AwsAccountNumber", string(), { before: { Enabled: required(boolean) } }),
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
  ActiveTrustedSigners: quantityList("ActiveTrustedSigners", "Signer", "Signer", { before: { Enabled: required(boolean) } }),
  Signer: struct("Signer", { AwsAccountNumber: optional(string()), KeyPairIds: optional("KeyPairIds") }),
  KeyPairIds: quantityList("KeyPairIds", "KeyPairId", string()),
} as const);

export const roots = ["DistributionConfig", "Distribution"] as const;

export type DistributionConfig = Shape<typeof shapes, "DistributionConfig">;
export type Distribution = Shape<typeof shapes, "Distribution">;
