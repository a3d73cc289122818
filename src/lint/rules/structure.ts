/**
 * Structure and cross-references (lint-rules.md §2.1): what names what inside a distribution, and which origin
 * settings go together.
 */
import { given, restBucket, websiteBucket } from "../facts.js";
import { inEffect } from "../line.js";
import { rule } from "../rule.js";
import { custom, defaults, entries, firstOrigin, group } from "./draft.js";

const quoted = (ids: Iterable<string>): string => [...ids].map((id) => `"${id}"`).join(", ") || "(none)";

export const structureRules = [
  rule({
    id: "target-origin-exists",
    code: "NoSuchOrigin",
    ref: "S2",
    since: "2012-05-05",
    severity: "error",
    on: ["DefaultCacheBehavior", "CacheBehavior"],
    summary: "`TargetOriginId` is the `Id` of an origin (or, from 2018-11-05, of an origin group) of the distribution.",
    source: "model: TargetOriginId and NoSuchOrigin docs; moto",
    check: (b, at) => {
      const d = at.distribution;
      const id = b.TargetOriginId;
      if (d === undefined || id === undefined || d.origins.has(id) || d.groups.has(id)) return;
      const known = [...d.origins.keys(), ...d.groups.keys()];
      const what = inEffect({ since: "2018-11-05" }, at.version) ? "origin or origin group" : "origin";
      return {
        at: ["TargetOriginId"],
        message: `no ${what} has the Id "${id}": set TargetOriginId to one of ${quoted(known)}`,
        expected: quoted(known),
        actual: id,
      };
    },
    example: {
      breaks: (d) => void (defaults(d)["TargetOriginId"] = "no-such-origin"),
      at: ["DefaultCacheBehavior", "TargetOriginId"],
    },
  }),
  rule({
    id: "origin-id-unique",
    code: "origin-id-unique",
    ref: "S3",
    since: "2012-05-05",
    severity: "error",
    on: ["Origin"],
    summary: "Each origin's `Id` is unique within the distribution.",
    source: 'model: Origin.Id doc ("must be unique within the distribution")',
    check: (o, at) => {
      if (o.Id === undefined || at.distribution === undefined || at.distribution.origins.get(o.Id) === o) return;
      return {
        at: ["Id"],
        message: `an earlier origin already has the Id "${o.Id}": give this origin an Id of its own`,
        actual: o.Id,
      };
    },
    example: {
      breaks: (d) => void entries(d["Origins"], [firstOrigin(d), structuredClone(firstOrigin(d))]),
      at: ["Origins", 1, "Id"],
    },
  }),
  rule({
    id: "origin-type",
    code: "InvalidOrigin",
    ref: "S4",
    since: "2012-05-05",
    severity: "error",
    on: ["Origin"],
    summary:
      "An origin has exactly one of `S3OriginConfig`, `CustomOriginConfig` (and, in 2020-05-31, `VpcOriginConfig`); " +
      "an S3 website endpoint is a custom origin.",
    source: "model: Origin.S3OriginConfig and CustomOriginConfig docs; moto; cfn-lint E3645",
    check: (o, at) => {
      const kinds = (["S3OriginConfig", "CustomOriginConfig", "VpcOriginConfig"] as const).filter((k) => at.has(k));
      const present = kinds.filter((k) => o[k] !== undefined);
      if (present.length === 0)
        return {
          message:
            `the origin says neither what it is nor how to reach it: add one of ${kinds.join(", ")} (an S3 ` +
            `bucket takes S3OriginConfig)`,
          expected: kinds.join(" | "),
        };
      if (present.length > 1)
        return {
          at: [present[1] as string],
          message:
            `an origin takes one of ${present.join(", ")}, not ${present.length}: keep the one that says what ` +
            `${o.DomainName ?? "it"} is`,
          actual: present.join(", "),
        };
      if (o.S3OriginConfig !== undefined && websiteBucket(o.DomainName) !== undefined) {
        return {
          at: ["S3OriginConfig"],
          message:
            `${o.DomainName} is an S3 website endpoint, which CloudFront reaches as a custom origin: replace ` +
            `S3OriginConfig with CustomOriginConfig (HTTP only, port 80)`,
        };
      }
      return undefined;
    },
    example: { breaks: (d) => void delete firstOrigin(d)["S3OriginConfig"], at: ["Origins", 0] },
  }),
  rule({
    id: "s3-origin-domain",
    code: "InvalidOrigin",
    ref: "S5",
    since: "2012-05-05",
    severity: "error",
    on: ["Origin"],
    summary:
      "An origin with `S3OriginConfig` names a bucket's REST endpoint (`bucket.s3.region.amazonaws.com`), not " +
      "Transfer Acceleration's, with a valid bucket name.",
    source: "model: InvalidOrigin doc; Origin.DomainName constraints, 2016-09-29 … 2018-11-05 models; moto",
    check: (o) => {
      const domain = o.DomainName;
      // With another configuration beside it, or a website endpoint, origin-type says what is wrong.
      if (o.S3OriginConfig === undefined || o.CustomOriginConfig !== undefined || o.VpcOriginConfig !== undefined)
        return;
      if (domain === undefined || websiteBucket(domain) !== undefined) return;
      const bucket = restBucket(domain);
      if (bucket === undefined)
        return {
          at: ["DomainName"],
          message:
            `${domain} is not an Amazon S3 bucket: name the bucket as bucket-name.s3.region.amazonaws.com, or ` +
            `make this a custom origin`,
          expected: "bucket-name.s3.region.amazonaws.com",
          actual: domain,
        };
      if (/\.s3-accelerate\./i.test(domain))
        return {
          at: ["DomainName"],
          message: `CloudFront does not take the s3-accelerate endpoint: use ${bucket}.s3.amazonaws.com`,
          actual: domain,
        };
      if (bucket.length < 3 || bucket.length > 63 || !/^[a-z0-9._-]+$/i.test(bucket) || bucket.includes("..")) {
        return {
          at: ["DomainName"],
          message:
            `"${bucket}" is not a bucket name: 3 to 63 lowercase letters, digits, periods, underscores and ` +
            `dashes, no two periods together`,
          actual: bucket,
        };
      }
      return undefined;
    },
    example: {
      breaks: (d) => void (firstOrigin(d)["DomainName"] = "www.example.com"),
      at: ["Origins", 0, "DomainName"],
    },
  }),
  rule({
    id: "origin-group-members",
    code: "origin-group-members",
    ref: "S6",
    since: "2018-11-05",
    severity: "error",
    on: ["OriginGroup"],
    summary: "The members of an origin group are origins of the distribution.",
    source: "model: OriginGroupMember.OriginId doc; DG origin failover",
    check: (g, at) => {
      const d = at.distribution;
      if (d === undefined) return;
      return (g.Members?.Items ?? []).flatMap((m, i) =>
        m.OriginId === undefined || d.origins.has(m.OriginId)
          ? []
          : [
              {
                at: ["Members", i, "OriginId"],
                message:
                  `no origin has the Id "${m.OriginId}" (an origin group's members are origins, not groups): ` +
                  `use one of ${quoted(d.origins.keys())}`,
                actual: m.OriginId,
              },
            ],
      );
    },
    example: {
      breaks: (d) => void (group(d, "failover")["Members"]["Items"][1]["OriginId"] = "no-such-origin"),
      at: ["OriginGroups", 0, "Members", 1, "OriginId"],
    },
  }),
  rule({
    id: "cache-policy-or-forwarded-values",
    code: "InvalidArgument",
    ref: "S8",
    since: "2020-05-31",
    severity: "error",
    on: ["DefaultCacheBehavior", "CacheBehavior"],
    summary:
      "A behaviour has a `CachePolicyId` or `ForwardedValues` (with `MinTTL`), not both; with a cache policy, no TTLs.",
    source:
      "model: CachePolicyId and ForwardedValues docs; DG controlling-the-cache-key.md; observed messages " +
      "(terraform-provider-aws#17626, aws-controllers-k8s#2335)",
    check: (b) => {
      const policy = given(b.CachePolicyId);
      if (!policy && b.ForwardedValues === undefined) {
        return {
          message:
            "The parameter ForwardedValues is required: attach a cache policy (CachePolicyId), or add " +
            "ForwardedValues and MinTTL",
          expected: "CachePolicyId or ForwardedValues",
        };
      }
      if (!policy)
        return b.MinTTL === undefined
          ? {
              message:
                "The parameter MinTTL is required with ForwardedValues: add MinTTL (0 lets the origin's headers " +
                "decide)",
              expected: "MinTTL",
            }
          : undefined;
      const out = [];
      if (b.ForwardedValues !== undefined)
        out.push({
          at: ["ForwardedValues"],
          message:
            "ForwardedValues cannot be used when a cache policy is associated: remove it (the cache policy decides " +
            "the cache key, an origin request policy what the origin gets)",
        });
      const ttls = (["MinTTL", "DefaultTTL", "MaxTTL"] as const).filter((k) => b[k] !== undefined);
      const first = ttls[0];
      if (first !== undefined)
        out.push({
          at: [first],
          message: `the cache policy sets the TTLs: remove ${ttls.join(", ")}`,
          actual: ttls.join(", "),
        });
      return out;
    },
    example: { breaks: (d) => void delete defaults(d)["ForwardedValues"], at: ["DefaultCacheBehavior"] },
  }),
  rule({
    id: "origin-request-policy-needs-cache-policy",
    code: "origin-request-policy-needs-cache-policy",
    ref: "S9",
    since: "2020-05-31",
    severity: "error",
    on: ["DefaultCacheBehavior", "CacheBehavior"],
    summary: "A behaviour with an `OriginRequestPolicyId` also has a `CachePolicyId`.",
    source:
      "DG understanding-how-origin-request-policies-and-cache-policies-work-together.md, " +
      "controlling-origin-requests.md",
    check: (b) =>
      given(b.OriginRequestPolicyId) && !given(b.CachePolicyId)
        ? {
            at: ["OriginRequestPolicyId"],
            message:
              "an origin request policy needs a cache policy in the same behaviour: add a CachePolicyId (and drop " +
              "ForwardedValues and the TTLs), or remove OriginRequestPolicyId",
          }
        : undefined,
    example: {
      breaks: (d) => void (defaults(d)["OriginRequestPolicyId"] = "216adef6-5c7f-47e4-b989-5492eafa07d3"),
      at: ["DefaultCacheBehavior", "OriginRequestPolicyId"],
    },
  }),
  rule({
    id: "oac-or-oai",
    code: "IllegalOriginAccessConfiguration",
    ref: "S10",
    since: "2020-05-31",
    severity: "error",
    on: ["Origin"],
    summary: "An origin has an origin access control or an origin access identity, not both.",
    source: "model: IllegalOriginAccessConfiguration and S3OriginConfig.OriginAccessIdentity docs",
    check: (o) =>
      given(o.OriginAccessControlId) && given(o.S3OriginConfig?.OriginAccessIdentity)
        ? {
            at: ["S3OriginConfig", "OriginAccessIdentity"],
            message:
              "an origin cannot have both an origin access control and an origin access identity: with " +
              "OriginAccessControlId, leave OriginAccessIdentity empty",
            expected: "",
          }
        : undefined,
    example: {
      breaks: (d) => {
        firstOrigin(d)["OriginAccessControlId"] = "E2QWRUHAPOMQZL";
        firstOrigin(d)["S3OriginConfig"]["OriginAccessIdentity"] = "origin-access-identity/cloudfront/E74FTE3AEXAMPLE";
      },
      at: ["Origins", 0, "S3OriginConfig", "OriginAccessIdentity"],
    },
  }),
  rule({
    id: "oac-needs-s3-origin-config",
    code: "InvalidOrigin",
    ref: "S11",
    since: "2020-05-31",
    severity: "error",
    on: ["Origin"],
    summary: "An S3 bucket origin with an origin access control keeps an (empty) `S3OriginConfig`.",
    source: "boto/boto3#3804, aws-cloudformation/cfn-lint#2877 (reported InvalidOrigin)",
    check: (o) =>
      given(o.OriginAccessControlId) &&
      o.S3OriginConfig === undefined &&
      o.CustomOriginConfig !== undefined &&
      restBucket(o.DomainName) !== undefined
        ? {
            at: ["CustomOriginConfig"],
            message:
              `${o.DomainName} is an S3 bucket with an origin access control: CloudFront wants S3OriginConfig ` +
              `with an empty OriginAccessIdentity instead of CustomOriginConfig`,
          }
        : undefined,
    example: {
      breaks: (d) => {
        custom(d, "example-bucket.s3.amazonaws.com")["OriginProtocolPolicy"] = "https-only";
        firstOrigin(d)["OriginAccessControlId"] = "E2QWRUHAPOMQZL";
      },
      at: ["Origins", 0, "CustomOriginConfig"],
    },
  }),
];
