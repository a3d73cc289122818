/**
 * Values of cache behaviours (lint-rules.md §2.3): TTLs, what is forwarded to the origin and cached on, methods,
 * path patterns, edge functions, field-level encryption.
 */
import type { Report } from "../rule.js";
import { during, inEffect } from "../line.js";
import type { Era } from "../line.js";
import { given } from "../facts.js";
import type { BehaviorView, Distribution } from "../facts.js";
import { rule } from "../rule.js";
import { behavior, custom, defaults, forwarded, lambdaArn, list } from "./draft.js";

const BEHAVIORS = ["DefaultCacheBehavior", "CacheBehavior"] as const;
const headersOf = (b: BehaviorView): readonly string[] => b.ForwardedValues?.Headers?.Items ?? [];
const HEADERS = ["ForwardedValues", "Headers"] as const;
const isS3 = (d: Distribution | undefined, b: BehaviorView): boolean =>
  (d?.targets(b.TargetOriginId) ?? []).some((o) => o.S3OriginConfig !== undefined);
const isCustom = (d: Distribution | undefined, b: BehaviorView): boolean =>
  (d?.targets(b.TargetOriginId) ?? []).some((o) => o.S3OriginConfig === undefined);
const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * The TTLs CloudFront applies, with the documented defaults for those left out: DefaultTTL 86400 (MinTTL when
 * that is larger), MaxTTL 31536000 (DefaultTTL when MinTTL or DefaultTTL is larger). Undefined without TTLs.
 */
export const ttls = (
  b: BehaviorView,
): { readonly min: number; readonly def: number; readonly max: number } | undefined => {
  if (b.MinTTL === undefined && b.DefaultTTL === undefined && b.MaxTTL === undefined) return undefined;
  const min = b.MinTTL ?? 0;
  const def = b.DefaultTTL ?? Math.max(min, 86400);
  const max = b.MaxTTL ?? (min > 31536000 || def > 31536000 ? def : 31536000);
  return { min, def, max };
};

// Headers a behaviour may not cache on (DG header-caching.md). Accept-Encoding left the list in the Developer
// Guide of 2018-08-22, after 2018-06-18 was released.
const UNCACHEABLE = ["Connection", "Cookie", "Proxy-Authorization", "TE", "Upgrade"];
const uncacheable: Era<readonly string[]> = [
  ["2014-05-31", [...UNCACHEABLE, "Accept-Encoding"]],
  ["2018-11-05", UNCACHEABLE],
];
const CORS = ["Access-Control-Request-Headers", "Access-Control-Request-Method", "Origin"];
const ALL_METHODS = ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"];
const methodSets: Era<readonly (readonly string[])[]> = [
  ["2013-09-27", [["GET", "HEAD"], ALL_METHODS]],
  ["2014-10-21", [["GET", "HEAD"], ["GET", "HEAD", "OPTIONS"], ALL_METHODS]],
];
const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

export const behaviorRules = [
  rule({
    id: "ttl-order",
    code: "InvalidTTLOrder",
    ref: "V1",
    since: "2015-04-17",
    severity: "error",
    on: BEHAVIORS,
    summary: "`MinTTL` ≤ `DefaultTTL` ≤ `MaxTTL`, counting the documented defaults of those left out.",
    source:
      "model: InvalidTTLOrder; DG distribution-web-values-specify.md (defaults); observed message " +
      "(terraform-provider-aws#17878)",
    check: (b) => {
      const t = ttls(b);
      if (t === undefined) return undefined;
      const said = (k: "MinTTL" | "DefaultTTL" | "MaxTTL", v: number): string =>
        `${k} ${v}${b[k] === undefined ? " (left out)" : ""}`;
      const order =
        "MinTTL, MaxTTL and DefaultTTL should follow order MinTTL less than or equal to DefaultTTL less than or " +
        "equal to MaxTTL";
      if (t.min > t.def)
        return {
          at: [b.DefaultTTL === undefined ? "MinTTL" : "DefaultTTL"],
          message: `${order}: ${said("MinTTL", t.min)} > ${said("DefaultTTL", t.def)}`,
          expected: `≥ ${t.min}`,
          actual: String(t.def),
        };
      if (t.def > t.max)
        return {
          at: [b.MaxTTL === undefined ? "DefaultTTL" : "MaxTTL"],
          message: `${order}: ${said("DefaultTTL", t.def)} > ${said("MaxTTL", t.max)}`,
          expected: `≥ ${t.def}`,
          actual: String(t.max),
        };
      return undefined;
    },
    example: {
      breaks: (d) => {
        defaults(d)["DefaultTTL"] = 3600;
        defaults(d)["MaxTTL"] = 60;
      },
      at: ["DefaultCacheBehavior", "MaxTTL"],
    },
  }),
  rule({
    id: "min-ttl-with-all-headers",
    code: "min-ttl-with-all-headers",
    ref: "V2",
    since: "2014-05-31",
    severity: "error",
    on: BEHAVIORS,
    summary: "`MinTTL` is 0 when the behaviour forwards all headers (`*`).",
    source: "model: CacheBehavior.MinTTL doc",
    check: (b) =>
      headersOf(b).includes("*") && (b.MinTTL ?? 0) > 0
        ? {
            at: ["MinTTL"],
            message:
              "a behaviour that forwards all headers (*) caches nothing, and CloudFront wants MinTTL 0 for it: set " +
              "MinTTL to 0, or name the headers",
            expected: "0",
            actual: String(b.MinTTL),
          }
        : undefined,
    example: {
      breaks: (d) => {
        custom(d);
        forwarded(d)["Headers"] = list(["*"]);
        defaults(d)["MinTTL"] = 60;
      },
      at: ["DefaultCacheBehavior", "MinTTL"],
    },
  }),
  rule({
    id: "all-headers-to-s3",
    code: "all-headers-to-s3",
    ref: "V3",
    since: "2018-06-18",
    severity: "warning",
    on: BEHAVIORS,
    summary:
      "Forwarding all headers (`*`) to an S3 origin: nothing is cached, and the Developer Guide advises against it.",
    source:
      'model: Headers.Quantity doc (2019-03-26); DG distribution-web-values-specify.md ("Not recommended for Amazon ' +
      'S3 origins")',
    check: (b, at) => {
      const i = headersOf(b).indexOf("*");
      if (i < 0 || !isS3(at.distribution, b)) return undefined;
      return {
        at: [...HEADERS, i],
        message:
          "forwarding all headers (*) makes CloudFront send every request to the S3 origin and cache nothing: name " +
          "the headers S3 needs (for CORS: Origin, Access-Control-Request-Headers, Access-Control-Request-Method)",
      };
    },
    example: {
      breaks: (d) => void (forwarded(d)["Headers"] = list(["*"])),
      at: ["DefaultCacheBehavior", ...HEADERS, 0],
    },
  }),
  rule({
    id: "s3-cors-headers-only",
    code: "InvalidHeadersForS3Origin",
    ref: "V4",
    since: "2014-05-31",
    until: "2018-06-18",
    severity: "error",
    on: BEHAVIORS,
    summary:
      "A behaviour whose origin is an S3 bucket forwards only `Access-Control-Request-Headers`, " +
      "`Access-Control-Request-Method` and `Origin`.",
    source: "DG header-caching.md until 235bce3 (2018-03-20)",
    check: (b, at) => {
      if (!isS3(at.distribution, b)) return undefined;
      return headersOf(b).flatMap((h, i) =>
        CORS.some((c) => same(c, h))
          ? []
          : [
              {
                at: [...HEADERS, i],
                message:
                  `an S3 origin takes only the CORS headers ${CORS.join(", ")} in this API version: remove ` +
                  `${h}, or send this path to a custom origin`,
                expected: CORS.join(" | "),
                actual: h,
              },
            ],
      );
    },
    example: {
      breaks: (d) => void (forwarded(d)["Headers"] = list(["Origin", "Accept-Language"])),
      at: ["DefaultCacheBehavior", ...HEADERS, 1],
    },
  }),
  rule({
    id: "s3-host-header",
    code: "InvalidHeadersForS3Origin",
    ref: "V4",
    since: "2018-06-18",
    severity: "error",
    on: BEHAVIORS,
    summary: "A behaviour whose origin is an S3 bucket does not forward `Host`.",
    source: "DG header-caching.md from 235bce3 (2018-03-20)",
    check: (b, at) => {
      if (!isS3(at.distribution, b)) return undefined;
      const i = headersOf(b).findIndex((h) => same(h, "Host"));
      return i < 0
        ? undefined
        : {
            at: [...HEADERS, i],
            message: "CloudFront cannot forward Host to an S3 origin (S3 finds the bucket by it): remove Host",
            actual: "Host",
          };
    },
    example: {
      breaks: (d) => void (forwarded(d)["Headers"] = list(["Host"])),
      at: ["DefaultCacheBehavior", ...HEADERS, 0],
    },
  }),
  rule({
    id: "uncacheable-headers",
    code: "uncacheable-headers",
    ref: "V5",
    since: "2014-05-31",
    severity: "error",
    on: BEHAVIORS,
    summary:
      "A behaviour does not cache on `Connection`, `Cookie`, `Proxy-Authorization`, `TE`, `Upgrade` (nor, before " +
      "2018-11-05, `Accept-Encoding`).",
    source: "DG header-caching.md, and its history (Accept-Encoding until 4267f1e, 2018-08-22)",
    check: (b, at) => {
      // Before 2018-06-18 an S3 origin takes only the CORS headers, which s3-cors-headers-only says.
      if (!isCustom(at.distribution, b) && !inEffect({ since: "2018-06-18" }, at.version)) return undefined;
      const banned = during(uncacheable, at.version);
      return headersOf(b).flatMap((h, i) =>
        banned.some((x) => same(x, h))
          ? [
              {
                at: [...HEADERS, i],
                message: same(h, "Cookie")
                  ? "cookies are forwarded with ForwardedValues/Cookies, not as a header: remove Cookie"
                  : `CloudFront cannot cache on ${h}: remove it`,
                actual: h,
              },
            ]
          : [],
      );
    },
    example: {
      breaks: (d) => {
        custom(d);
        forwarded(d)["Headers"] = list(["Accept-Language", "Upgrade"]);
      },
      at: ["DefaultCacheBehavior", ...HEADERS, 1],
    },
  }),
  rule({
    id: "forward-cookies",
    code: "InvalidForwardCookies",
    ref: "V6",
    since: "2012-07-01",
    severity: "error",
    on: ["CookiePreference"],
    summary: "`Forward` `whitelist` comes with cookie names; `all` and `none` come without.",
    source: "model: InvalidForwardCookies, CookiePreference.WhitelistedNames and CookieNames.Quantity docs",
    check: (c) => {
      const n = c.WhitelistedNames?.Items?.length ?? 0;
      if (c.Forward === "whitelist" && n === 0)
        return {
          at: c.WhitelistedNames === undefined ? [] : ["WhitelistedNames"],
          message:
            "Forward is whitelist but no cookie names are listed: list them in WhitelistedNames, or forward none",
          expected: "at least 1",
        };
      if (c.Forward !== "whitelist" && n > 0)
        return {
          at: ["WhitelistedNames"],
          message:
            `Forward is ${c.Forward} but ${n === 1 ? "a cookie name is" : `${n} cookie names are`} listed: ` +
            `remove WhitelistedNames, or set Forward to whitelist`,
          expected: "none",
          actual: String(n),
        };
      return undefined;
    },
    example: {
      breaks: (d) => void (forwarded(d)["Cookies"] = { Forward: "none", WhitelistedNames: list(["session"]) }),
      at: ["DefaultCacheBehavior", "ForwardedValues", "Cookies", "WhitelistedNames"],
    },
  }),
  rule({
    id: "query-string-cache-keys",
    code: "InvalidArgument",
    ref: "V7",
    since: "2016-08-20",
    severity: "error",
    on: ["ForwardedValues"],
    summary: "`QueryStringCacheKeys` come with `QueryString` `true`.",
    source: "model: ForwardedValues.QueryString doc; observed message (terraform-provider-aws#17879)",
    check: (f) =>
      f.QueryString === false && (f.QueryStringCacheKeys?.Items?.length ?? 0) > 0
        ? {
            at: ["QueryStringCacheKeys"],
            message:
              "The parameter QueryString cannot be false if query strings are set in QueryStringCacheKeys: set " +
              "QueryString to true, or remove the keys",
            expected: "true",
          }
        : undefined,
    example: {
      breaks: (d) => void (forwarded(d)["QueryStringCacheKeys"] = list(["page"])),
      at: ["DefaultCacheBehavior", "ForwardedValues", "QueryStringCacheKeys"],
    },
  }),
  rule({
    id: "path-pattern",
    code: "path-pattern",
    ref: "V14",
    since: "2012-05-05",
    severity: "error",
    on: ["CacheBehavior"],
    summary: "`PathPattern` has at most 255 characters from A–Z a–z 0–9 `_ - . * ? $ / ~ \" ' @ : + &`.",
    source: "DG distribution-web-values-specify.md §Path pattern",
    check: (b) => {
      const p = b.PathPattern;
      if (p === undefined) return undefined;
      const bad = [...new Set(p.replace(/[A-Za-z0-9_\-.*?$/~"'@:+&]/g, ""))];
      if (bad.length > 0)
        return {
          at: ["PathPattern"],
          message:
            `a path pattern cannot contain ${bad.map((c) => JSON.stringify(c)).join(", ")}: use A-Z, a-z, ` +
            `0-9, _ - . $ / ~ " ' @ : + & and the wildcards * and ?`,
          actual: p,
        };
      if (p.length > 255)
        return {
          at: ["PathPattern"],
          message: `a path pattern of ${p.length} characters; the most is 255: shorten it`,
          expected: "at most 255",
          actual: String(p.length),
        };
      return undefined;
    },
    example: { breaks: (d) => void behavior(d, "/images/*.jpg;v=1"), at: ["CacheBehaviors", 0, "PathPattern"] },
  }),
  rule({
    id: "allowed-methods",
    code: "allowed-methods",
    ref: "V25",
    since: "2013-09-27",
    severity: "error",
    on: ["AllowedMethods"],
    summary:
      "`AllowedMethods` is GET, HEAD (and, from 2014-10-21, OPTIONS) or all seven; `CachedMethods` is GET, HEAD with " +
      "or without OPTIONS.",
    source: "model: AllowedMethods.Quantity and CachedMethods.Quantity docs",
    check: (m, at) => {
      const out: Report[] = [];
      const sets = during(methodSets, at.version);
      const allowed = m.Items ?? [];
      if (!sets.some((s) => sameSet(s, allowed)))
        out.push({
          message:
            `AllowedMethods ${allowed.join(", ") || "(none)"} is not one of the sets CloudFront takes: ` +
            `${sets.map((s) => s.join(", ")).join(" | ")}`,
          expected: sets.map((s) => s.join(",")).join(" | "),
          actual: allowed.join(","),
        });
      const cached = m.CachedMethods?.Items;
      if (cached !== undefined && !sameSet(cached, ["GET", "HEAD"]) && !sameSet(cached, ["GET", "HEAD", "OPTIONS"])) {
        out.push({
          at: ["CachedMethods"],
          message:
            `CachedMethods ${cached.join(", ") || "(none)"}: CloudFront caches GET and HEAD, and OPTIONS if ` +
            `you ask`,
          expected: "GET,HEAD | GET,HEAD,OPTIONS",
          actual: cached.join(","),
        });
      }
      return out;
    },
    example: {
      breaks: (d) => void (defaults(d)["AllowedMethods"] = list(["GET", "HEAD", "POST"])),
      at: ["DefaultCacheBehavior", "AllowedMethods"],
    },
  }),
  rule({
    id: "lambda-arn",
    code: "InvalidLambdaFunctionAssociation",
    ref: "V26",
    since: "2016-11-25",
    severity: "error",
    on: ["LambdaFunctionAssociation"],
    summary: "`LambdaFunctionARN` names a numbered version of a function in us-east-1 (not `$LATEST`, not an alias).",
    source:
      "model: LambdaFunctionARN doc; DG edge-functions-restrictions.md; observed message " +
      "(terraform-provider-aws#21238)",
    check: (a) => {
      const arn = a.LambdaFunctionARN;
      if (arn === undefined) return undefined;
      const parts = arn.split(":");
      if (parts.length < 7 || parts[0] !== "arn" || parts[2] !== "lambda" || parts[5] !== "function")
        return {
          at: ["LambdaFunctionARN"],
          message: `${arn} is not a Lambda function ARN: use arn:aws:lambda:us-east-1:ACCOUNT:function:NAME:VERSION`,
          actual: arn,
        };
      if (parts[3] !== "us-east-1")
        return {
          at: ["LambdaFunctionARN"],
          message: `a Lambda@Edge function lives in us-east-1, not ${parts[3]}: publish it there`,
          expected: "us-east-1",
          actual: parts[3] ?? "",
        };
      const qualifier = parts[7];
      if (qualifier === undefined || !/^[1-9][0-9]*$/.test(qualifier))
        return {
          at: ["LambdaFunctionARN"],
          message:
            `The function ARN must reference a specific function version ` +
            `(${qualifier === undefined ? "none" : qualifier} is not one): end the ARN with a published version ` +
            `number, not $LATEST or an alias`,
          actual: arn,
        };
      return undefined;
    },
    example: {
      breaks: (d) =>
        void (defaults(d)["LambdaFunctionAssociations"] = list([
          { LambdaFunctionARN: lambdaArn("edge", "$LATEST"), EventType: "origin-request" },
        ])),
      at: ["DefaultCacheBehavior", "LambdaFunctionAssociations", 0, "LambdaFunctionARN"],
    },
  }),
  rule({
    id: "field-level-encryption",
    code: "IllegalFieldLevelEncryptionConfigAssociationWithCacheBehavior",
    ref: "V28",
    since: "2017-10-30",
    severity: "error",
    on: BEHAVIORS,
    summary:
      "A behaviour with field-level encryption redirects or requires HTTPS, allows all seven methods, and reaches " +
      "custom origins by HTTPS (`match-viewer` or `https-only`).",
    source: "DG field-level-encryption.md, step 5",
    check: (b, at) => {
      if (!given(b.FieldLevelEncryptionId)) return undefined;
      const out: Report[] = [];
      const policy = b.ViewerProtocolPolicy;
      if (policy !== "redirect-to-https" && policy !== "https-only")
        out.push({
          at: ["ViewerProtocolPolicy"],
          message:
            "field-level encryption needs HTTPS from viewers: set ViewerProtocolPolicy to redirect-to-https or " +
            "https-only",
          expected: "redirect-to-https | https-only",
          actual: String(policy),
        });
      if (!sameSet(b.AllowedMethods?.Items ?? ["GET", "HEAD"], ALL_METHODS))
        out.push({
          at: b.AllowedMethods === undefined ? [] : ["AllowedMethods"],
          message:
            "field-level encryption needs POST and PUT: allow all seven methods (GET, HEAD, OPTIONS, PUT, POST, " +
            "PATCH, DELETE)",
          expected: ALL_METHODS.join(","),
        });
      for (const o of at.distribution?.targets(b.TargetOriginId) ?? []) {
        const p = o.CustomOriginConfig?.OriginProtocolPolicy;
        if (p === "http-only")
          out.push({
            at: ["TargetOriginId"],
            message:
              `field-level encryption needs HTTPS to the origin, and origin ${o.Id} is http-only: set its ` +
              `OriginProtocolPolicy to match-viewer or https-only`,
            expected: "match-viewer | https-only",
            actual: p,
          });
      }
      return out;
    },
    example: {
      breaks: (d) => {
        defaults(d)["FieldLevelEncryptionId"] = "C3KM2WVD605UAY";
        defaults(d)["AllowedMethods"] = list(ALL_METHODS);
      },
      at: ["DefaultCacheBehavior", "ViewerProtocolPolicy"],
    },
  }),
];
