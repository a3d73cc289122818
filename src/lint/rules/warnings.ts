/**
 * Warnings (lint-rules.md §2.5): settings CloudFront accepts that almost certainly do not do what was meant.
 * Each says what CloudFront does instead.
 */
import { given, websiteBucket } from "../facts.js";
import type { BehaviorView } from "../facts.js";
import { rule } from "../rule.js";
import { behavior, custom, defaults, forwarded, list } from "./draft.js";
import { ttls } from "./behaviors.js";

const BEHAVIORS = ["DefaultCacheBehavior", "CacheBehavior"] as const;
const signed = (b: BehaviorView): boolean => b.TrustedSigners?.Enabled === true || b.TrustedKeyGroups?.Enabled === true;

/**
 * Whether some path matches both patterns: `*` matches any run of characters, `?` one. A leading `/` is
 * optional and means nothing (DG §Path pattern).
 */
export const overlap = (a: string, b: string): boolean => {
  const x = a.replace(/^\//, "");
  const y = b.replace(/^\//, "");
  // A pattern has at most 255 characters (path-pattern says so when not); past that, do not recurse that deep.
  if (x.length + y.length > 1024) return false;
  // Pairs of suffixes already tried: a second visit cannot succeed where the first did not.
  const seen = new Set<number>();
  const go = (i: number, j: number): boolean => {
    const key = i * (y.length + 1) + j;
    if (seen.has(key)) return false;
    seen.add(key);
    if (i === x.length && j === y.length) return true;
    const p = x[i];
    const q = y[j];
    // A star matches nothing, or takes one character that the other side produces.
    if (p === "*" && (go(i + 1, j) || (q !== undefined && q !== "*" && go(i, j + 1)))) return true;
    if (q === "*" && (go(i, j + 1) || (p !== undefined && p !== "*" && go(i + 1, j)))) return true;
    if (p === undefined || q === undefined || p === "*" || q === "*") return false;
    return (p === "?" || q === "?" || p === q) && go(i + 1, j + 1);
  };
  return go(0, 0);
};

export const warningRules = [
  rule({
    id: "compress-with-accept-encoding",
    code: "compress-with-accept-encoding",
    ref: "W1",
    // Before, Accept-Encoding could not be forwarded at all (uncacheable-headers).
    since: "2018-11-05",
    severity: "warning",
    on: BEHAVIORS,
    summary: "`Compress` with `Accept-Encoding` among the forwarded headers: CloudFront then does not compress.",
    source: "DG ServingCompressedFiles.md",
    check: (b) => {
      if (b.Compress !== true) return undefined;
      const i = (b.ForwardedValues?.Headers?.Items ?? []).findIndex((h) => h.toLowerCase() === "accept-encoding");
      return i < 0
        ? undefined
        : {
            at: ["ForwardedValues", "Headers", i],
            message:
              "CloudFront does not compress when Accept-Encoding is listed: remove it (with Compress, CloudFront " +
              "adds Accept-Encoding to the cache key itself)",
          };
    },
    example: {
      breaks: (d) => {
        custom(d);
        defaults(d)["Compress"] = true;
        forwarded(d)["Headers"] = list(["Accept-Encoding"]);
      },
      at: ["DefaultCacheBehavior", "ForwardedValues", "Headers", 0],
    },
  }),
  rule({
    id: "compress-with-zero-ttl",
    code: "compress-with-zero-ttl",
    ref: "W2",
    since: "2015-09-17",
    severity: "warning",
    on: BEHAVIORS,
    summary: "`Compress` with every TTL 0: caching is off, and CloudFront does not compress.",
    source: "DG ServingCompressedFiles.md",
    check: (b) => {
      const t = ttls(b);
      return b.Compress === true && t !== undefined && t.max === 0
        ? {
            at: ["Compress"],
            message:
              "with MinTTL, DefaultTTL and MaxTTL all 0 CloudFront caches nothing and compresses nothing: raise " +
              "DefaultTTL and MaxTTL, or drop Compress",
          }
        : undefined;
    },
    example: {
      breaks: (d) => {
        Object.assign(defaults(d), { Compress: true, DefaultTTL: 0, MaxTTL: 0 });
      },
      at: ["DefaultCacheBehavior", "Compress"],
    },
  }),
  rule({
    id: "cookies-to-s3",
    code: "cookies-to-s3",
    ref: "W3",
    since: "2012-07-01",
    severity: "warning",
    on: BEHAVIORS,
    summary: "Forwarding cookies to an S3 origin, which does not process them.",
    source: "model: CookiePreference.Forward doc",
    check: (b, at) => {
      const forward = b.ForwardedValues?.Cookies?.Forward;
      if (forward === undefined || forward === "none") return undefined;
      const s3 = (at.distribution?.targets(b.TargetOriginId) ?? []).find((o) => o.S3OriginConfig !== undefined);
      return s3 === undefined
        ? undefined
        : {
            at: ["ForwardedValues", "Cookies", "Forward"],
            message:
              `S3 does not process cookies, and forwarding them to ${s3.Id} only splits the cache: set ` +
              `Forward to none`,
            expected: "none",
            actual: forward,
          };
    },
    example: {
      breaks: (d) => void (forwarded(d)["Cookies"] = { Forward: "all" }),
      at: ["DefaultCacheBehavior", "ForwardedValues", "Cookies", "Forward"],
    },
  }),
  rule({
    id: "path-order",
    code: "path-order",
    ref: "W4",
    since: "2012-05-05",
    severity: "warning",
    on: ["CacheBehavior"],
    summary:
      "A behaviour requiring signed URLs after one that does not, on paths both match: the earlier one serves them " +
      "unsigned.",
    source: "DG distribution-web-values-specify.md §Path pattern (Important)",
    check: (b, at) => {
      const d = at.distribution;
      if (!signed(b) || d === undefined || b.PathPattern === undefined) return undefined;
      const pattern = b.PathPattern;
      const earlier = d.behaviors
        .slice(0, Math.max(0, at.index))
        .find((e) => !signed(e) && e.PathPattern !== undefined && overlap(e.PathPattern, pattern));
      if (earlier === undefined) return undefined;
      return {
        at: ["PathPattern"],
        message:
          `requests for ${pattern} that also match the earlier ${earlier.PathPattern} get that behaviour, ` +
          `which requires no signed URLs: move this behaviour before it, or require signing there too`,
        actual: earlier.PathPattern ?? "",
      };
    },
    example: {
      breaks: (d) => {
        behavior(d, "/media/*");
        behavior(d, "/media/private/*")["TrustedSigners"] = { Enabled: true, ...list(["123456789012"]) };
      },
      at: ["CacheBehaviors", 1, "PathPattern"],
    },
  }),
  rule({
    id: "min-ttl-overrides-no-cache",
    code: "min-ttl-overrides-no-cache",
    ref: "W5",
    since: "2012-05-05",
    severity: "warning",
    on: BEHAVIORS,
    summary:
      "`MinTTL` above 0: CloudFront caches that long even when the origin says `no-cache`, `no-store` or `private`.",
    source: "model: CacheBehavior and CachePolicyConfig docs (2020-05-31); DG Expiration.md",
    check: (b) =>
      (b.MinTTL ?? 0) > 0 && !(b.ForwardedValues?.Headers?.Items ?? []).includes("*")
        ? {
            at: ["MinTTL"],
            message:
              `CloudFront caches every object for at least ${b.MinTTL} seconds, even when the origin sends ` +
              `Cache-Control no-cache, no-store or private: set MinTTL to 0 unless that is meant`,
          }
        : undefined,
    example: { breaks: (d) => void (defaults(d)["MinTTL"] = 60), at: ["DefaultCacheBehavior", "MinTTL"] },
  }),
  rule({
    id: "logging-disabled-with-bucket",
    code: "logging-disabled-with-bucket",
    ref: "W6",
    since: "2012-05-05",
    severity: "warning",
    on: ["LoggingConfig", "StreamingLoggingConfig"],
    summary: "Logging disabled with a `Bucket` or `Prefix`: CloudFront deletes them.",
    source: "model: LoggingConfig.Enabled doc",
    check: (l) => {
      if (l.Enabled !== false) return undefined;
      const set = (["Bucket", "Prefix"] as const).filter((k) => given(l[k]));
      const first = set[0];
      return first === undefined
        ? undefined
        : {
            at: [first],
            message:
              `logging is disabled, so CloudFront deletes ${set.join(" and ")}: enable logging, or leave ` +
              `${set.length > 1 ? "them" : "it"} empty`,
          };
    },
    example: { breaks: (d) => void (d["Logging"]["Bucket"] = "logs.s3.amazonaws.com"), at: ["Logging", "Bucket"] },
  }),
  rule({
    id: "logging-prefix",
    code: "logging-prefix",
    ref: "W6",
    // Before 2020-05-31 the schema requires Prefix.
    since: "2020-05-31",
    severity: "error",
    on: ["LoggingConfig"],
    summary: "Enabled logging has a `Prefix` element, empty for none.",
    source: "model: LoggingConfig.Prefix doc",
    check: (l) =>
      l.Enabled === true && l.Prefix === undefined
        ? {
            message: "to log without a prefix, CloudFront still wants an empty Prefix element: add <Prefix/>",
            expected: "Prefix",
          }
        : undefined,
    example: {
      breaks: (d) => {
        Object.assign(d["Logging"], { Enabled: true, Bucket: "logs.s3.amazonaws.com" });
        delete d["Logging"]["Prefix"];
      },
      at: ["Logging"],
    },
  }),
  rule({
    id: "s3-website-http",
    code: "s3-website-http",
    ref: "W7",
    since: "2012-05-05",
    severity: "warning",
    on: ["Origin"],
    summary: "An S3 website endpoint reached other than by HTTP on port 80, which is all it serves.",
    source: "DG distribution-web-values-specify.md §Protocol, §HTTP port",
    check: (o) => {
      const c = o.CustomOriginConfig;
      if (c === undefined || websiteBucket(o.DomainName) === undefined) return undefined;
      const out = [];
      if (c.OriginProtocolPolicy !== undefined && c.OriginProtocolPolicy !== "http-only")
        out.push({
          at: ["CustomOriginConfig", "OriginProtocolPolicy"],
          message:
            `S3 website endpoints do not serve HTTPS, so ${c.OriginProtocolPolicy} fails for HTTPS requests: ` +
            `set OriginProtocolPolicy to http-only`,
          expected: "http-only",
          actual: c.OriginProtocolPolicy,
        });
      if (c.HTTPPort !== undefined && c.HTTPPort !== 80)
        out.push({
          at: ["CustomOriginConfig", "HTTPPort"],
          message: `S3 website endpoints listen on port 80 only: set HTTPPort to 80`,
          expected: "80",
          actual: String(c.HTTPPort),
        });
      return out;
    },
    example: {
      breaks: (d) => void custom(d, "example-bucket.s3-website-us-east-1.amazonaws.com"),
      at: ["Origins", 0, "CustomOriginConfig", "OriginProtocolPolicy"],
    },
  }),
];
