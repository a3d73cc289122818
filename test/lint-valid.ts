/**
 * Arbitraries of documents that CloudFront would accept, built from the schema's arbitraries by repairing what the
 * schema cannot say: cross-references (TargetOriginId, group members), orders (TTLs), ranges (timeouts, ports,
 * codes) and forms (domains, ARNs, paths). Nothing is filtered out: every drawn value is mapped to a valid one that
 * keeps its shape (which members, how many entries).
 */
import type fc from "fast-check";
import { arbitraryFor } from "../src/interpreters/arbitrary.js";
import type { Node, Shapes } from "../src/schema/ast.js";
import { inEffect } from "../src/lint/line.js";
import { quotasFor } from "../src/lint/quotas.js";
import type { VersionModule } from "../src/versions/index.js";

type Value = Record<string, any>;

const ERROR_CODES = [400, 403, 404, 405, 414, 416, 500, 501, 502, 503, 504];
const EVENTS = ["viewer-request", "viewer-response", "origin-request", "origin-response"];
const clamp = (n: number, least: number, most: number): number => Math.min(most, Math.max(least, n));
const given = (s: unknown): boolean => typeof s === "string" && s !== "";
const each = (wrapper: Value | undefined, f: (item: any, i: number) => unknown): void => {
  if (wrapper?.["Items"] !== undefined) wrapper["Items"] = (wrapper["Items"] as unknown[]).map((x, i) => f(x, i));
};
const keep = (wrapper: Value | undefined, n: number): void => {
  if (wrapper?.["Items"] === undefined) return;
  wrapper["Items"] = (wrapper["Items"] as unknown[]).slice(0, n);
  wrapper["Quantity"] = wrapper["Items"].length;
};

const origin = (o: Value, i: number, version: string): Value => {
  o["Id"] = `origin-${i}`;
  const kind =
    o["S3OriginConfig"] !== undefined
      ? "s3"
      : o["CustomOriginConfig"] !== undefined
        ? "custom"
        : o["VpcOriginConfig"] !== undefined
          ? "vpc"
          : i % 2 === 0
            ? "s3"
            : "custom";
  const q = quotasFor(version);
  const readFrom = inEffect({ since: "2019-03-26" }, version) ? 1 : 4;
  if (kind !== "s3") delete o["S3OriginConfig"];
  if (kind !== "custom") delete o["CustomOriginConfig"];
  if (kind !== "vpc") delete o["VpcOriginConfig"];
  if (kind === "s3") {
    o["DomainName"] = `bucket-${i}.s3.amazonaws.com`;
    const s3 = (o["S3OriginConfig"] ??= { OriginAccessIdentity: "" });
    s3["OriginAccessIdentity"] =
      given(s3["OriginAccessIdentity"]) && !given(o["OriginAccessControlId"])
        ? `origin-access-identity/cloudfront/E${i}ABC`
        : "";
    if (s3["OriginReadTimeout"] !== undefined) s3["OriginReadTimeout"] = 30;
  } else {
    o["DomainName"] = `origin-${i}.example.com`;
  }
  if (kind === "custom") {
    const c = (o["CustomOriginConfig"] ??= { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: "match-viewer" });
    c["HTTPPort"] = 80;
    c["HTTPSPort"] = 443;
    if (c["OriginReadTimeout"] !== undefined)
      c["OriginReadTimeout"] = clamp(c["OriginReadTimeout"], readFrom, q.originReadTimeout);
    if (c["OriginKeepaliveTimeout"] !== undefined)
      c["OriginKeepaliveTimeout"] = clamp(c["OriginKeepaliveTimeout"], 1, q.originKeepaliveTimeout);
  }
  if (kind === "vpc") {
    const c = o["VpcOriginConfig"];
    if (c["OriginReadTimeout"] !== undefined)
      c["OriginReadTimeout"] = clamp(c["OriginReadTimeout"], readFrom, q.originReadTimeout);
    if (c["OriginKeepaliveTimeout"] !== undefined)
      c["OriginKeepaliveTimeout"] = clamp(c["OriginKeepaliveTimeout"], 1, q.originKeepaliveTimeout);
  }
  if (given(o["OriginPath"])) o["OriginPath"] = `/path-${i}`;
  each(o["CustomHeaders"], (_, j) => ({ HeaderName: `X-Header-${j}`, HeaderValue: "v" }));
  if (o["ConnectionAttempts"] !== undefined) o["ConnectionAttempts"] = clamp(o["ConnectionAttempts"], 1, 3);
  if (o["ConnectionTimeout"] !== undefined) o["ConnectionTimeout"] = clamp(o["ConnectionTimeout"], 1, 10);
  if (o["ResponseCompletionTimeout"] !== undefined) o["ResponseCompletionTimeout"] = q.originReadTimeout;
  if (o["OriginShield"]?.["Enabled"] === true) o["OriginShield"]["OriginShieldRegion"] = "us-east-2";
  return o;
};

const behavior = (
  b: Value,
  j: number,
  version: string,
  targets: readonly string[],
  custom: ReadonlySet<string>,
): Value => {
  b["TargetOriginId"] = targets[j % targets.length];
  if (b["PathPattern"] !== undefined) b["PathPattern"] = `/p${j}/*`;
  if (given(b["CachePolicyId"])) for (const k of ["ForwardedValues", "MinTTL", "DefaultTTL", "MaxTTL"]) delete b[k];
  else if (inEffect({ since: "2020-05-31" }, version)) {
    b["ForwardedValues"] ??= { QueryString: false, Cookies: { Forward: "none" } };
    b["MinTTL"] ??= 0;
    if (given(b["OriginRequestPolicyId"])) delete b["OriginRequestPolicyId"];
  }
  if (b["MinTTL"] !== undefined) b["MinTTL"] = 0;
  if (b["DefaultTTL"] !== undefined) b["DefaultTTL"] = 86400;
  if (b["MaxTTL"] !== undefined) b["MaxTTL"] = 31536000;
  const f = b["ForwardedValues"];
  if (f !== undefined) {
    if (f["Cookies"] !== undefined) f["Cookies"] = { Forward: "none" };
    // Headers only where every origin the behaviour reaches is a custom one, which takes any but a few.
    if (f["Headers"] !== undefined) {
      each(f["Headers"], (_, k) => `X-Header-${k}`);
      if (!custom.has(b["TargetOriginId"])) keep(f["Headers"], 0);
    }
    if ((f["QueryStringCacheKeys"]?.["Items"]?.length ?? 0) > 0) f["QueryString"] = true;
    each(f["QueryStringCacheKeys"], (_, k) => `q${k}`);
  }
  for (const m of [b["AllowedMethods"], b["AllowedMethods"]?.["CachedMethods"]])
    if (m !== undefined) Object.assign(m, { Quantity: 2, Items: ["GET", "HEAD"] });
  const functions = b["FunctionAssociations"];
  keep(functions, 2);
  each(functions, (a, k) => ({ ...a, EventType: EVENTS[k] }));
  const lambdas = b["LambdaFunctionAssociations"];
  const events = (functions?.["Items"]?.length ?? 0) > 0 ? EVENTS.slice(2) : EVENTS;
  keep(lambdas, events.length);
  each(lambdas, (a, k) => ({
    ...a,
    LambdaFunctionARN: `arn:aws:lambda:us-east-1:123456789012:function:f${j}-${k}:1`,
    EventType: events[k],
  }));
  if (b["FieldLevelEncryptionId"] !== undefined) b["FieldLevelEncryptionId"] = "";
  return b;
};

/** The value made valid, in place. */
export const repairDistributionConfig = (d: Value, version: string): Value => {
  each(d["Aliases"], (_, i) => `a${i}.example.com`);
  if (given(d["DefaultRootObject"])) d["DefaultRootObject"] = "index.html";
  each(d["Origins"], (o, i) => origin(o, i, version));
  const origins: Value[] = d["Origins"]["Items"] ?? [];
  each(d["OriginGroups"], (g, i) => {
    g["Id"] = `group-${i}`;
    each(g["Members"], (_, k) => ({ OriginId: origins[(i + k) % origins.length]?.["Id"] }));
    return g;
  });
  const custom = new Set(origins.filter((o) => o["CustomOriginConfig"] !== undefined).map((o) => o["Id"] as string));
  const targets = [
    ...origins.map((o) => o["Id"] as string),
    ...((d["OriginGroups"]?.["Items"] ?? []) as Value[]).map((g) => g["Id"] as string),
  ];
  behavior(d["DefaultCacheBehavior"], 0, version, targets, custom);
  each(d["CacheBehaviors"], (b, j) => behavior(b, j + 1, version, targets, custom));
  each(d["CustomErrorResponses"], (r, k) => {
    r["ErrorCode"] = ERROR_CODES[k % ERROR_CODES.length];
    if (r["ErrorCode"] === 416) delete r["ErrorCachingMinTTL"];
    else if (r["ErrorCachingMinTTL"] !== undefined)
      r["ErrorCachingMinTTL"] = clamp(r["ErrorCachingMinTTL"], 0, 31536000);
    if (given(r["ResponsePagePath"]) || given(r["ResponseCode"]))
      Object.assign(r, { ResponsePagePath: `/error-${k}.html`, ResponseCode: "200" });
    else for (const m of ["ResponsePagePath", "ResponseCode"]) delete r[m];
    return r;
  });
  repairLogging(d["Logging"]);
  if (d["ViewerCertificate"] !== undefined) {
    d["ViewerCertificate"] = given(d["ViewerCertificate"]["ACMCertificateArn"])
      ? {
          ACMCertificateArn: "arn:aws:acm:us-east-1:123456789012:certificate/0000",
          SSLSupportMethod: "sni-only",
          MinimumProtocolVersion: "TLSv1",
        }
      : { CloudFrontDefaultCertificate: true };
  }
  const geo = d["Restrictions"]?.["GeoRestriction"];
  if (geo !== undefined) {
    const n = geo["RestrictionType"] === "none" ? 0 : Math.max(1, Math.min(3, geo["Items"]?.length ?? 0));
    Object.assign(geo, { Quantity: n, Items: ["US", "FR", "JP"].slice(0, n) });
    if (n === 0) delete geo["Items"];
  }
  if (typeof d["WebACLId"] === "string" && d["WebACLId"].startsWith("arn:"))
    d["WebACLId"] = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/site/0000";
  return d;
};

const repairLogging = (l: Value | undefined): void => {
  if (l === undefined) return;
  if (l["Enabled"] === false) for (const k of ["Bucket", "Prefix"]) if (l[k] !== undefined) l[k] = "";
  if (l["Enabled"] === true) l["Prefix"] ??= "";
};

export const repairStreamingDistributionConfig = (d: Value): Value => {
  each(d["Aliases"], (_, i) => `a${i}.example.com`);
  if (given(d["S3Origin"]["OriginAccessIdentity"]))
    d["S3Origin"]["OriginAccessIdentity"] = "origin-access-identity/cloudfront/E1ABC";
  repairLogging(d["Logging"]);
  return d;
};

/** Valid documents of a root of a version, by construction. */
export const validArbitrary = (
  v: VersionModule,
  root: "DistributionConfig" | "StreamingDistributionConfig",
): fc.Arbitrary<unknown> => {
  const shapes: Shapes = v.shapes;
  return arbitraryFor(shapes, shapes[root] as Node).map((value) => {
    const copy = structuredClone(value) as Value;
    return root === "DistributionConfig"
      ? repairDistributionConfig(copy, v.version)
      : repairStreamingDistributionConfig(copy);
  });
};
