/**
 * 2020-05-31, the current version, as in the botocore model revision of 2026-05-14. Its first release moved
 * `ForwardedValues` and the TTLs to the end of both behaviours, optional and deprecated, in favour of cache and
 * origin request policies; every revision since has only added (see ../shared/reference/intra-version-revisions.md).
 */
import { addValues, append, insert, makeOptional, markDeprecated, redefine, reorder } from "../schema/delta.js";
import {
  boolean,
  enumeration,
  integer,
  list,
  listedHttpVersion,
  optional,
  quantityList,
  required,
  string,
  struct,
} from "../schema/dsl.js";
import type { Members, Struct } from "../schema/ast.js";
import type { DocumentsOf } from "../schema/infer.js";
import { listPage } from "./paging.js";
import * as prev from "./v2019_03_26.js";

export const version = "2020-05-31";
const p = prev.shapes;
const tagText = "([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)";

// Both behaviours change alike; CacheBehavior keeps PathPattern first.
const behaviorOrder = [
  "TargetOriginId",
  "TrustedSigners",
  "TrustedKeyGroups",
  "ViewerProtocolPolicy",
  "AllowedMethods",
  "SmoothStreaming",
  "Compress",
  "LambdaFunctionAssociations",
  "FunctionAssociations",
  "FieldLevelEncryptionId",
  "RealtimeLogConfigArn",
  "CachePolicyId",
  "OriginRequestPolicyId",
  "ResponseHeadersPolicyId",
  "GrpcConfig",
  "ForwardedValues",
  "MinTTL",
  "DefaultTTL",
  "MaxTTL",
] as const;
const behaviorAdded = {
  RealtimeLogConfigArn: optional(string()),
  CachePolicyId: optional(string()),
  OriginRequestPolicyId: optional(string()),
  ResponseHeadersPolicyId: optional(string()),
  GrpcConfig: optional("GrpcConfig"),
};
// The generic keeps each behaviour's own members (CacheBehavior's PathPattern) in its type.
const policies = <M extends Members & typeof p.DefaultCacheBehavior.members>(b: Struct<M>) => {
  const added = insert(
    insert(append(b, behaviorAdded), "TrustedSigners", { TrustedKeyGroups: optional("TrustedKeyGroups") }),
    "LambdaFunctionAssociations",
    {
      FunctionAssociations: optional("FunctionAssociations"),
    },
  );
  return makeOptional(
    markDeprecated(added, true, "ForwardedValues", "MinTTL", "DefaultTTL", "MaxTTL"),
    "TrustedSigners",
    "ForwardedValues",
    "MinTTL",
  );
};

const httpVersion = addValues(p.HttpVersion, "http3", "http2and3");

export const shapes = Object.freeze({
  ...p,
  DistributionConfig: append(p.DistributionConfig, {
    ContinuousDeploymentPolicyId: optional(string()),
    Staging: optional(boolean),
    AnycastIpListId: optional(string()),
    TenantConfig: optional("TenantConfig"),
    ConnectionMode: optional("ConnectionMode"),
    ViewerMtlsConfig: optional("ViewerMtlsConfig"),
    ConnectionFunctionAssociation: optional("ConnectionFunctionAssociation"),
    CacheTagConfig: optional("CacheTagConfig"),
  }),
  PriceClass: addValues(p.PriceClass, "None"),
  HttpVersion: httpVersion,
  LoggingConfig: makeOptional(p.LoggingConfig, "Enabled", "IncludeCookies", "Bucket", "Prefix"),

  // Origins.
  Origin: append(insert(p.Origin, "CustomOriginConfig", { VpcOriginConfig: optional("VpcOriginConfig") }), {
    ResponseCompletionTimeout: optional(integer),
    OriginShield: optional("OriginShield"),
    OriginAccessControlId: optional(string()),
  }),
  S3OriginConfig: append(p.S3OriginConfig, { OriginReadTimeout: optional(integer) }),
  CustomOriginConfig: append(p.CustomOriginConfig, {
    IpAddressType: optional("IpAddressType"),
    OriginMtlsConfig: optional("OriginMtlsConfig"),
  }),
  IpAddressType: enumeration("IpAddressType", ["ipv4", "ipv6", "dualstack"]),
  OriginMtlsConfig: struct("OriginMtlsConfig", { ClientCertificateArn: required(string()) }),
  VpcOriginConfig: struct("VpcOriginConfig", {
    VpcOriginId: required(string()),
    OwnerAccountId: optional(string()),
    OriginReadTimeout: optional(integer),
    OriginKeepaliveTimeout: optional(integer),
  }),
  OriginShield: struct("OriginShield", {
    Enabled: required(boolean),
    OriginShieldRegion: optional(string({ minLength: 1, maxLength: 32, pattern: "[a-z]{2}-[a-z]+-\\d" })),
  }),
  OriginGroup: append(p.OriginGroup, { SelectionCriteria: optional("OriginGroupSelectionCriteria") }),
  OriginGroupSelectionCriteria: enumeration("OriginGroupSelectionCriteria", ["default", "media-quality-based"]),

  // Behaviours.
  DefaultCacheBehavior: reorder(policies(p.DefaultCacheBehavior), behaviorOrder),
  CacheBehavior: reorder(policies(p.CacheBehavior), ["PathPattern", ...behaviorOrder]),
  TrustedKeyGroups: quantityList("TrustedKeyGroups", "KeyGroup", string(), { before: { Enabled: required(boolean) } }),
  FunctionAssociations: quantityList("FunctionAssociations", "FunctionAssociation", "FunctionAssociation"),
  FunctionAssociation: struct("FunctionAssociation", {
    FunctionARN: required(
      string({ minLength: 0, maxLength: 108, pattern: "arn:aws:cloudfront::[0-9]{12}:function\\/[a-zA-Z0-9-_]{1,64}" }),
    ),
    EventType: required("EventType"),
  }),
  GrpcConfig: struct("GrpcConfig", { Enabled: required(boolean) }),

  // Certificates.
  ViewerCertificate: redefine(p.ViewerCertificate, {
    IAMCertificateId: optional(string({ minLength: 0, maxLength: 32 })),
  }),
  SSLSupportMethod: addValues(p.SSLSupportMethod, "static-ip"),
  MinimumProtocolVersion: addValues(p.MinimumProtocolVersion, "TLSv1.2_2021", "TLSv1.3_2025", "TLSv1.2_2025"),

  // Multi-tenant distributions, mutual TLS, connection functions, cache tags.
  TenantConfig: struct("TenantConfig", {
    // The list member has no locationName, so rest-xml names each item `member`.
    ParameterDefinitions: optional(list("member", "ParameterDefinition")),
  }),
  ParameterDefinition: struct("ParameterDefinition", {
    Name: required(string({ minLength: 1, maxLength: 128, pattern: "[a-zA-Z0-9-_]+" })),
    Definition: required("ParameterDefinitionSchema"),
  }),
  ParameterDefinitionSchema: struct("ParameterDefinitionSchema", { StringSchema: optional("StringSchemaConfig") }),
  StringSchemaConfig: struct("StringSchemaConfig", {
    Comment: optional(string()),
    DefaultValue: optional(string({ minLength: 1, maxLength: 256 })),
    Required: required(boolean),
  }),
  ConnectionMode: enumeration("ConnectionMode", ["direct", "tenant-only"]),
  ViewerMtlsConfig: struct("ViewerMtlsConfig", {
    Mode: optional("ViewerMtlsMode"),
    TrustStoreConfig: optional("TrustStoreConfig"),
  }),
  ViewerMtlsMode: enumeration("ViewerMtlsMode", ["required", "optional", "passthrough"]),
  TrustStoreConfig: struct("TrustStoreConfig", {
    TrustStoreId: required(string()),
    AdvertiseTrustStoreCaNames: optional(boolean),
    IgnoreCertificateExpiry: optional(boolean),
  }),
  ConnectionFunctionAssociation: struct("ConnectionFunctionAssociation", {
    Id: required(string({ minLength: 1, maxLength: 64 })),
  }),
  CacheTagConfig: struct("CacheTagConfig", { HeaderName: required(string()) }),

  // Responses: trusted key groups beside (now optional) trusted signers.
  Distribution: insert(makeOptional(p.Distribution, "ActiveTrustedSigners"), "ActiveTrustedSigners", {
    ActiveTrustedKeyGroups: optional("ActiveTrustedKeyGroups"),
  }),
  ActiveTrustedKeyGroups: quantityList("ActiveTrustedKeyGroups", "KeyGroup", "KGKeyPairIds", {
    before: { Enabled: required(boolean) },
  }),
  KGKeyPairIds: struct("KGKeyPairIds", { KeyGroupId: optional(string()), KeyPairIds: optional("KeyPairIds") }),

  // The model's tag patterns lost their ^…$ anchors here.
  TagKey: string({ minLength: 1, maxLength: 128, pattern: tagText }),
  TagValue: string({ minLength: 0, maxLength: 256, pattern: tagText }),

  // Lists of distributions.
  DistributionSummary: append(
    insert(redefine(p.DistributionSummary, { HttpVersion: required(listedHttpVersion(httpVersion)) }), "ARN", {
      ETag: optional(string()),
    }),
    {
      Staging: required(boolean),
      ConnectionMode: optional("ConnectionMode"),
      AnycastIpListId: optional(string()),
      ViewerMtlsConfig: optional("ViewerMtlsConfig"),
      ConnectionFunctionAssociation: optional("ConnectionFunctionAssociation"),
    },
  ),
  // What ListDistributionsByCachePolicyId and the other lists by policy, key group or VPC origin return.
  DistributionIdList: quantityList("DistributionIdList", "DistributionId", string(), { before: listPage }),

  /** `PrimaryDistributionId`, `Staging` and `IfMatch` travel in the URI and headers; only these are the body. */
  CopyDistributionRequest: struct("CopyDistributionRequest", {
    CallerReference: required(string()),
    Enabled: optional(boolean),
  }),
} as const);

export const roots = [...prev.roots, "CopyDistributionRequest", "DistributionIdList"] as const;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
