/**
 * The rules of shared/reference/lint-rules.md by number, and the ones lint leaves to others, each with why.
 * Every number is declared by a rule (src/lint/rules/), listed here, or both when a rule checks the part of it
 * a document can show; test/lint-rules.test.ts holds the two to the reference.
 */
import type { CloudFrontCode } from "./codes.js";

const numbered = <const P extends string, const N extends number>(prefix: P, count: N) =>
  Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`) as `${P}${number}`[];

export const referenceIds = [
  ...numbered("S", 14),
  ...numbered("Q", 15),
  ...numbered("V", 35),
  ...numbered("C", 8),
  ...numbered("W", 7),
] as const;
export type ReferenceId = `${"S" | "Q" | "V" | "C" | "W"}${number}`;

/** Why lint does not check something. */
export type Reason =
  /** It depends on what the account holds (a certificate, a policy, another distribution), not on the document. */
  | "account"
  /** The decoder already refuses it, so a decoded document never breaks it. */
  | "decoder"
  /** The sources state no condition that can be checked (no number, no predicate). */
  | "unstated"
  /** It concerns API versions cfxml does not read yet. */
  | "unread"
  /** It is the console's rule, not the API's. */
  | "console";

export interface NotLinted {
  readonly ref: ReferenceId;
  readonly what: string;
  readonly reason: Reason;
  readonly why: string;
  readonly codes?: readonly CloudFrontCode[];
}

export const notLinted: readonly NotLinted[] = [
  {
    ref: "S1",
    what: "Quantity equals the number of Items",
    reason: "decoder",
    why: "the decoder refuses a disagreeing Quantity (quantity_mismatch)",
    codes: ["InconsistentQuantities"],
  },
  {
    ref: "S5",
    what: "the S3 bucket exists",
    reason: "account",
    why: "only the bucket's owner and S3 know; lint checks the endpoint's form",
    codes: ["InvalidOrigin"],
  },
  {
    ref: "S6",
    what: "an origin group has exactly two members and at least one status code",
    reason: "decoder",
    why:
      "these are the model's list bounds, refused by the decoder (list_length); lint checks that the members are " +
      "origins",
  },
  {
    ref: "S7",
    what: "exactly one DefaultCacheBehavior",
    reason: "decoder",
    why: "every version requires it and allows one (missing_element, duplicate_element)",
  },
  {
    ref: "S12",
    what: "the origin access control suits the origin's domain",
    reason: "account",
    why:
      "the origin type (s3, mediastore, mediapackagev2, lambda) is set on the origin access control, an account " +
      "resource, and the sources give no domain forms to match",
    codes: ["InvalidDomainNameForOriginAccessControl"],
  },
  {
    ref: "S13",
    what: "referenced policies, configurations, key groups, signers and identities exist",
    reason: "account",
    why: "they are account resources; lint checks the OriginAccessIdentity form (V32)",
    codes: [
      "NoSuchCachePolicy",
      "NoSuchOriginRequestPolicy",
      "NoSuchResponseHeadersPolicy",
      "NoSuchRealtimeLogConfig",
      "NoSuchFieldLevelEncryptionConfig",
      "TrustedKeyGroupDoesNotExist",
      "TrustedSignerDoesNotExist",
      "InvalidOriginAccessIdentity",
      "InvalidOriginAccessControl",
      "NoSuchContinuousDeploymentPolicy",
    ],
  },
  {
    ref: "S14",
    what: "no other distribution uses an alias",
    reason: "account",
    why: "other distributions, possibly in other accounts",
    codes: ["CNAMEAlreadyExists"],
  },
  {
    ref: "Q14",
    what: "the number of trusted signers",
    reason: "unstated",
    why: "CloudFront has the error, but no source states the limit",
    codes: ["TooManyTrustedSigners"],
  },
  {
    ref: "Q15",
    what: "distributions with Lambda@Edge functions per account (500)",
    reason: "account",
    why: "it counts the account's other distributions; lint checks functions per distribution",
    codes: ["TooManyDistributionsWithLambdaAssociations"],
  },
  {
    ref: "V10",
    what: "a ResponsePagePath that is too long",
    reason: "unstated",
    why: 'the error says "too big" but no source gives the length',
    codes: ["InvalidRelativePath"],
  },
  {
    ref: "V22",
    what: "no HTTPS port when the protocol is HTTP only",
    reason: "console",
    why: "the console's restriction; the API requires HTTPSPort in every version",
  },
  {
    ref: "V26",
    what: "the Lambda function belongs to the same account",
    reason: "account",
    why: "the ARN names an account, but which account sends the request is not in the document",
    codes: ["InvalidLambdaFunctionAssociation"],
  },
  {
    ref: "V27",
    what: "a CloudFront function is published to LIVE, and its ARN's form",
    reason: "account",
    why: "the stage is the function's; the ARN's length and pattern are the model's, which the decoder checks",
    codes: ["InvalidFunctionAssociation"],
  },
  {
    ref: "V29",
    what: "a Location is a current ISO 3166-1 country",
    reason: "unstated",
    why:
      "no source lists the codes CloudFront accepts; lint refuses what is not two capital letters or is unknown " +
      "to the Unicode region list (CLDR), which names every ISO country and a few others (UK, EU, XK)",
    codes: ["InvalidLocationCode"],
  },
  {
    ref: "V31",
    what: "the form of a WAF Classic web ACL Id",
    reason: "unstated",
    why: "the model gives one example and no form; lint checks WAF (v2) ARNs",
    codes: ["InvalidWebACLId"],
  },
  {
    ref: "V33",
    what: "RequiredProtocols is https",
    reason: "unread",
    why: "the member exists only in 2010-06-01 … 2012-03-15",
    codes: ["InvalidRequiredProtocol"],
  },
  {
    ref: "V34",
    what: "IAMCertificateId is at most 32 characters",
    reason: "decoder",
    why: "the 2020-05-31 model's length constraint, refused by the decoder (string_length)",
  },
  {
    ref: "V35",
    what: "the certificate covers every alias",
    reason: "account",
    why: "the certificate's names are in ACM or IAM; lint checks the wildcard form",
  },
  {
    ref: "C6",
    what: "the certificate exists and has a valid chain",
    reason: "account",
    why: "it is in ACM or IAM; lint checks the ARN's region",
    codes: ["InvalidViewerCertificate"],
  },
  {
    ref: "C7",
    what: "static-ip is enabled for the distribution",
    reason: "account",
    why: "the CloudFront team enables it per account",
  },
  {
    ref: "C8",
    what: "MinimumProtocolVersion exists in the document's version",
    reason: "decoder",
    why: "each version's enumeration is the decoder's (invalid_enum)",
  },
  {
    ref: "W1",
    what: "Accept-Encoding listed in a cache policy",
    reason: "account",
    why: "the policy's contents are not in the document; lint checks the legacy Headers",
  },
  {
    ref: "W2",
    what: "a cache policy with zero TTLs beside Compress",
    reason: "account",
    why: "the policy's contents are not in the document; lint checks the legacy TTLs",
  },
];
