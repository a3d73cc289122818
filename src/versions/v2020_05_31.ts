/**
 * CloudFront API 2020-05-31, as in the botocore model revision of 2026-05-14
 * (`../shared/models/cloudfront/2020-05-31.json`): every complex type reachable from `DistributionConfig`,
 * `Distribution`, `DistributionConfigWithTags` and the `CopyDistributionRequest` body.
 *
 * Member order is wire order. Names, required flags, enum values, item element names and constraints are the
 * model's; `test/conformance.test.ts` compares this file with the model and fails on any difference.
 */
import {
  boolean,
  deprecated,
  enumeration,
  integer,
  list,
  long,
  optional,
  quantityList,
  required,
  string,
  struct,
  timestamp,
} from "../schema/dsl.js";
import type { Infer } from "../schema/infer.js";

export const version = "2020-05-31";
export const namespace = "http://cloudfront.amazonaws.com/doc/2020-05-31/";

// Enumerations, named as the model's shapes.
export const ViewerProtocolPolicy = enumeration("ViewerProtocolPolicy", ["allow-all", "https-only", "redirect-to-https"]);
export const OriginProtocolPolicy = enumeration("OriginProtocolPolicy", ["http-only", "match-viewer", "https-only"]);
export const ItemSelection = enumeration("ItemSelection", ["none", "whitelist", "all"]);
export const PriceClass = enumeration("PriceClass", ["PriceClass_100", "PriceClass_200", "PriceClass_All", "None"]);
export const Method = enumeration("Method", ["GET", "HEAD", "POST", "PUT", "PATCH", "OPTIONS", "DELETE"]);
export const GeoRestrictionType = enumeration("GeoRestrictionType", ["blacklist", "whitelist", "none"]);
export const SSLSupportMethod = enumeration("SSLSupportMethod", ["sni-only", "vip", "static-ip"]);
export const MinimumProtocolVersion = enumeration("MinimumProtocolVersion", [
  "SSLv3",
  "TLSv1",
  "TLSv1_2016",
  "TLSv1.1_2016",
  "TLSv1.2_2018",
  "TLSv1.2_2019",
  "TLSv1.2_2021",
  "TLSv1.3_2025",
  "TLSv1.2_2025",
]);
export const CertificateSource = enumeration("CertificateSource", ["cloudfront", "iam", "acm"]);
export const SslProtocol = enumeration("SslProtocol", ["SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2"]);
export const HttpVersion = enumeration("HttpVersion", ["http1.1", "http2", "http3", "http2and3"]);
export const EventType = enumeration("EventType", ["viewer-request", "viewer-response", "origin-request", "origin-response"]);
export const ICPRecordalStatus = enumeration("ICPRecordalStatus", ["APPROVED", "SUSPENDED", "PENDING"]);
export const OriginGroupSelectionCriteria = enumeration("OriginGroupSelectionCriteria", ["default", "media-quality-based"]);
export const ConnectionMode = enumeration("ConnectionMode", ["direct", "tenant-only"]);
export const IpAddressType = enumeration("IpAddressType", ["ipv4", "ipv6", "dualstack"]);
export const ViewerMtlsMode = enumeration("ViewerMtlsMode", ["required", "optional", "passthrough"]);

// Origins.
export const CustomHeaders = quantityList(
  "CustomHeaders",
  "OriginCustomHeader",
  struct("OriginCustomHeader", { HeaderName: required(string()), HeaderValue: required(string()) }),
);
export const S3OriginConfig = struct("S3OriginConfig", {
  OriginAccessIdentity: required(string()),
  OriginReadTimeout: optional(integer),
});
export const OriginSslProtocols = quantityList("OriginSslProtocols", "SslProtocol", SslProtocol, { itemsRequired: true });
export const OriginMtlsConfig = struct("OriginMtlsConfig", { ClientCertificateArn: required(string()) });
export const CustomOriginConfig = struct("CustomOriginConfig", {
  HTTPPort: required(integer),
  HTTPSPort: required(integer),
  OriginProtocolPolicy: required(OriginProtocolPolicy),
  OriginSslProtocols: optional(OriginSslProtocols),
  OriginReadTimeout: optional(integer),
  OriginKeepaliveTimeout: optional(integer),
  IpAddressType: optional(IpAddressType),
  OriginMtlsConfig: optional(OriginMtlsConfig),
});
export const VpcOriginConfig = struct("VpcOriginConfig", {
  VpcOriginId: required(string()),
  OwnerAccountId: optional(string()),
  OriginReadTimeout: optional(integer),
  OriginKeepaliveTimeout: optional(integer),
});
export const OriginShield = struct("OriginShield", {
  Enabled: required(boolean),
  OriginShieldRegion: optional(string({ minLength: 1, maxLength: 32, pattern: "[a-z]{2}-[a-z]+-\\d" })),
});
export const Origin = struct("Origin", {
  Id: required(string()),
  DomainName: required(string()),
  OriginPath: optional(string()),
  CustomHeaders: optional(CustomHeaders),
  S3OriginConfig: optional(S3OriginConfig),
  CustomOriginConfig: optional(CustomOriginConfig),
  VpcOriginConfig: optional(VpcOriginConfig),
  ConnectionAttempts: optional(integer),
  ConnectionTimeout: optional(integer),
  ResponseCompletionTimeout: optional(integer),
  OriginShield: optional(OriginShield),
  OriginAccessControlId: optional(string()),
});
export const Origins = quantityList("Origins", "Origin", Origin, { itemsRequired: true, minItems: 1 });

// Origin groups.
export const StatusCodes = quantityList("StatusCodes", "StatusCode", integer, { itemsRequired: true, minItems: 1 });
export const OriginGroupFailoverCriteria = struct("OriginGroupFailoverCriteria", { StatusCodes: required(StatusCodes) });
export const OriginGroupMembers = quantityList(
  "OriginGroupMembers",
  "OriginGroupMember",
  struct("OriginGroupMember", { OriginId: required(string()) }),
  { itemsRequired: true, minItems: 2, maxItems: 2 },
);
export const OriginGroup = struct("OriginGroup", {
  Id: required(string()),
  FailoverCriteria: required(OriginGroupFailoverCriteria),
  Members: required(OriginGroupMembers),
  SelectionCriteria: optional(OriginGroupSelectionCriteria),
});
export const OriginGroups = quantityList("OriginGroups", "OriginGroup", OriginGroup);

// Cache behaviours.
export const TrustedSigners = quantityList("TrustedSigners", "AwsAccountNumber", string(), {
  before: { Enabled: required(boolean) },
});
export const TrustedKeyGroups = quantityList("TrustedKeyGroups", "KeyGroup", string(), {
  before: { Enabled: required(boolean) },
});
export const CachedMethods = quantityList("CachedMethods", "Method", Method, { itemsRequired: true });
export const AllowedMethods = quantityList("AllowedMethods", "Method", Method, {
  itemsRequired: true,
  after: { CachedMethods: optional(CachedMethods) },
});
export const LambdaFunctionAssociations = quantityList(
  "LambdaFunctionAssociations",
  "LambdaFunctionAssociation",
  struct("LambdaFunctionAssociation", {
    LambdaFunctionARN: required(string()),
    EventType: required(EventType),
    IncludeBody: optional(boolean),
  }),
);
export const FunctionAssociations = quantityList(
  "FunctionAssociations",
  "FunctionAssociation",
  struct("FunctionAssociation", {
    FunctionARN: required(
      string({ minLength: 0, maxLength: 108, pattern: "arn:aws:cloudfront::[0-9]{12}:function\\/[a-zA-Z0-9-_]{1,64}" }),
    ),
    EventType: required(EventType),
  }),
);
export const GrpcConfig = struct("GrpcConfig", { Enabled: required(boolean) });
export const CookieNames = quantityList("CookieNames", "Name", string());
export const CookiePreference = struct("CookiePreference", {
  Forward: required(ItemSelection),
  WhitelistedNames: optional(CookieNames),
});
export const Headers = quantityList("Headers", "Name", string());
export const QueryStringCacheKeys = quantityList("QueryStringCacheKeys", "Name", string());
export const ForwardedValues = struct("ForwardedValues", {
  QueryString: required(boolean),
  Cookies: required(CookiePreference),
  Headers: optional(Headers),
  QueryStringCacheKeys: optional(QueryStringCacheKeys),
});

// The two behaviours differ only by PathPattern; new members go before the deprecated TTL block.
const behaviorMembers = {
  TargetOriginId: required(string()),
  TrustedSigners: optional(TrustedSigners),
  TrustedKeyGroups: optional(TrustedKeyGroups),
  ViewerProtocolPolicy: required(ViewerProtocolPolicy),
  AllowedMethods: optional(AllowedMethods),
  SmoothStreaming: optional(boolean),
  Compress: optional(boolean),
  LambdaFunctionAssociations: optional(LambdaFunctionAssociations),
  FunctionAssociations: optional(FunctionAssociations),
  FieldLevelEncryptionId: optional(string()),
  RealtimeLogConfigArn: optional(string()),
  CachePolicyId: optional(string()),
  OriginRequestPolicyId: optional(string()),
  ResponseHeadersPolicyId: optional(string()),
  GrpcConfig: optional(GrpcConfig),
  ForwardedValues: deprecated(optional(ForwardedValues)),
  MinTTL: deprecated(optional(long)),
  DefaultTTL: deprecated(optional(long)),
  MaxTTL: deprecated(optional(long)),
};
export const DefaultCacheBehavior = struct("DefaultCacheBehavior", behaviorMembers);
export const CacheBehavior = struct("CacheBehavior", { PathPattern: required(string()), ...behaviorMembers });
export const CacheBehaviors = quantityList("CacheBehaviors", "CacheBehavior", CacheBehavior);

// Distribution-wide settings.
export const Aliases = quantityList("Aliases", "CNAME", string());
export const CustomErrorResponses = quantityList(
  "CustomErrorResponses",
  "CustomErrorResponse",
  struct("CustomErrorResponse", {
    ErrorCode: required(integer),
    ResponsePagePath: optional(string()),
    // A string in every model, unlike ErrorCode.
    ResponseCode: optional(string()),
    ErrorCachingMinTTL: optional(long),
  }),
);
export const LoggingConfig = struct("LoggingConfig", {
  Enabled: optional(boolean),
  IncludeCookies: optional(boolean),
  Bucket: optional(string()),
  Prefix: optional(string()),
});
export const ViewerCertificate = struct("ViewerCertificate", {
  CloudFrontDefaultCertificate: optional(boolean),
  IAMCertificateId: optional(string({ minLength: 0, maxLength: 32 })),
  ACMCertificateArn: optional(string()),
  SSLSupportMethod: optional(SSLSupportMethod),
  MinimumProtocolVersion: optional(MinimumProtocolVersion),
  Certificate: deprecated(optional(string())),
  CertificateSource: deprecated(optional(CertificateSource)),
});
export const GeoRestriction = quantityList("GeoRestriction", "Location", string(), {
  before: { RestrictionType: required(GeoRestrictionType) },
});
export const Restrictions = struct("Restrictions", { GeoRestriction: required(GeoRestriction) });
export const StringSchemaConfig = struct("StringSchemaConfig", {
  Comment: optional(string()),
  DefaultValue: optional(string({ minLength: 1, maxLength: 256 })),
  Required: required(boolean),
});
export const ParameterDefinition = struct("ParameterDefinition", {
  Name: required(string({ minLength: 1, maxLength: 128, pattern: "[a-zA-Z0-9-_]+" })),
  Definition: required(struct("ParameterDefinitionSchema", { StringSchema: optional(StringSchemaConfig) })),
});
// The list member has no locationName, so rest-xml names each item `member`.
export const TenantConfig = struct("TenantConfig", { ParameterDefinitions: optional(list("member", ParameterDefinition)) });
export const TrustStoreConfig = struct("TrustStoreConfig", {
  TrustStoreId: required(string()),
  AdvertiseTrustStoreCaNames: optional(boolean),
  IgnoreCertificateExpiry: optional(boolean),
});
export const ViewerMtlsConfig = struct("ViewerMtlsConfig", {
  Mode: optional(ViewerMtlsMode),
  TrustStoreConfig: optional(TrustStoreConfig),
});
export const ConnectionFunctionAssociation = struct("ConnectionFunctionAssociation", {
  Id: required(string({ minLength: 1, maxLength: 64 })),
});
export const CacheTagConfig = struct("CacheTagConfig", { HeaderName: required(string()) });

export const DistributionConfig = struct("DistributionConfig", {
  CallerReference: required(string()),
  Aliases: optional(Aliases),
  DefaultRootObject: optional(string()),
  Origins: required(Origins),
  OriginGroups: optional(OriginGroups),
  DefaultCacheBehavior: required(DefaultCacheBehavior),
  CacheBehaviors: optional(CacheBehaviors),
  CustomErrorResponses: optional(CustomErrorResponses),
  Comment: required(string()),
  Logging: optional(LoggingConfig),
  PriceClass: optional(PriceClass),
  Enabled: required(boolean),
  ViewerCertificate: optional(ViewerCertificate),
  Restrictions: optional(Restrictions),
  WebACLId: optional(string()),
  HttpVersion: optional(HttpVersion),
  IsIPV6Enabled: optional(boolean),
  ContinuousDeploymentPolicyId: optional(string()),
  Staging: optional(boolean),
  AnycastIpListId: optional(string()),
  TenantConfig: optional(TenantConfig),
  ConnectionMode: optional(ConnectionMode),
  ViewerMtlsConfig: optional(ViewerMtlsConfig),
  ConnectionFunctionAssociation: optional(ConnectionFunctionAssociation),
  CacheTagConfig: optional(CacheTagConfig),
});

// Responses.
export const KeyPairIds = quantityList("KeyPairIds", "KeyPairId", string());
export const ActiveTrustedSigners = quantityList(
  "ActiveTrustedSigners",
  "Signer",
  struct("Signer", { AwsAccountNumber: optional(string()), KeyPairIds: optional(KeyPairIds) }),
  { before: { Enabled: required(boolean) } },
);
export const ActiveTrustedKeyGroups = quantityList(
  "ActiveTrustedKeyGroups",
  "KeyGroup",
  struct("KGKeyPairIds", { KeyGroupId: optional(string()), KeyPairIds: optional(KeyPairIds) }),
  { before: { Enabled: required(boolean) } },
);
export const AliasICPRecordal = struct("AliasICPRecordal", {
  CNAME: optional(string()),
  ICPRecordalStatus: optional(ICPRecordalStatus),
});
export const Distribution = struct("Distribution", {
  Id: required(string()),
  ARN: required(string()),
  Status: required(string()),
  LastModifiedTime: required(timestamp),
  InProgressInvalidationBatches: required(integer),
  DomainName: required(string()),
  ActiveTrustedSigners: optional(ActiveTrustedSigners),
  ActiveTrustedKeyGroups: optional(ActiveTrustedKeyGroups),
  DistributionConfig: required(DistributionConfig),
  // Not a Quantity wrapper: the member element itself holds the items.
  AliasICPRecordals: optional(list("AliasICPRecordal", AliasICPRecordal)),
});

// Other request bodies.
const TagPattern = "([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)";
export const Tags = struct("Tags", {
  Items: optional(
    list(
      "Tag",
      struct("Tag", {
        Key: required(string({ minLength: 1, maxLength: 128, pattern: TagPattern })),
        Value: optional(string({ minLength: 0, maxLength: 256, pattern: TagPattern })),
      }),
    ),
  ),
});
export const DistributionConfigWithTags = struct("DistributionConfigWithTags", {
  DistributionConfig: required(DistributionConfig),
  Tags: required(Tags),
});
/** `PrimaryDistributionId`, `Staging` and `IfMatch` travel in the URI and headers; only these are the body. */
export const CopyDistributionRequest = struct("CopyDistributionRequest", {
  CallerReference: required(string()),
  Enabled: optional(boolean),
});

/** The document roots of this version, by root element name. */
export const roots = Object.freeze({ DistributionConfig, Distribution, DistributionConfigWithTags, CopyDistributionRequest });

export type DistributionConfig = Infer<typeof DistributionConfig>;
export type Distribution = Infer<typeof Distribution>;
export type DistributionConfigWithTags = Infer<typeof DistributionConfigWithTags>;
export type CopyDistributionRequest = Infer<typeof CopyDistributionRequest>;
