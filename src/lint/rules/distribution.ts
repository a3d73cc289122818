/**
 * Values of a distribution as a whole (lint-rules.md §2.3): custom error responses, the default root object,
 * comments and caller references, geo restriction, the web ACL, aliases.
 */
import { given } from "../facts.js";
import { rule } from "../rule.js";
import type { Report } from "../rule.js";
import { entries, list } from "./draft.js";

// TextEncoder, not Buffer: the library runs in browsers too.
const utf8 = new TextEncoder();
const ERROR_CODES = [400, 403, 404, 405, 414, 416, 500, 501, 502, 503, 504];
const RESPONSE_CODES = ["200", ...ERROR_CODES.map(String)];
const MAX_TTL = 31536000;
// RFC 1738: characters a URL never carries unencoded ("unsafe"), beside controls, space and non-ASCII.
const UNSAFE = /[\u{0}-\u{20}\u{7f}-\u{10ffff}<>"#{}|\\^~[\]`]/u;
const BAD_ESCAPE = /%(?![0-9A-Fa-f]{2})/;
const hex = (c: string): string =>
  [...utf8.encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");
const UNSAFE_ALL = new RegExp(UNSAFE.source, "gu");
const BAD_ESCAPE_ALL = new RegExp(BAD_ESCAPE.source, "g");
/** The path with what RFC 1738 wants encoded encoded, and the rest as written. */
const encoded = (p: string): string => p.replace(BAD_ESCAPE_ALL, "%25").replace(UNSAFE_ALL, hex);
const regions = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

/** A country code CloudFront can mean: two capital letters that the Unicode region list names. */
const isCountry = (code: string): boolean => /^[A-Z]{2}$/.test(code) && regions.of(code) !== undefined;

export const distributionRules = [
  rule({
    id: "error-code",
    code: "InvalidErrorCode",
    ref: "V8",
    since: "2013-08-26",
    severity: "error",
    on: ["CustomErrorResponse"],
    summary: `\`ErrorCode\` is one of ${ERROR_CODES.join(", ")}.`,
    source: "DG GeneratingCustomErrorResponses.md; cfn-lint (enum)",
    check: (r) =>
      r.ErrorCode === undefined || ERROR_CODES.includes(r.ErrorCode)
        ? undefined
        : {
            at: ["ErrorCode"],
            message: `CloudFront customizes the responses ${ERROR_CODES.join(", ")}, not ${r.ErrorCode}`,
            expected: ERROR_CODES.join(" | "),
            actual: String(r.ErrorCode),
          },
    example: {
      breaks: (d) => void (d["CustomErrorResponses"] = list([{ ErrorCode: 418 }])),
      at: ["CustomErrorResponses", 0, "ErrorCode"],
    },
  }),
  rule({
    id: "response-code",
    code: "InvalidResponseCode",
    ref: "V9",
    since: "2013-08-26",
    severity: "error",
    on: ["CustomErrorResponse"],
    summary: `\`ResponseCode\` is one of ${RESPONSE_CODES.join(", ")}.`,
    source: "DG GeneratingCustomErrorResponses.md; cfn-lint (enum)",
    check: (r) =>
      !given(r.ResponseCode) || RESPONSE_CODES.includes(r.ResponseCode)
        ? undefined
        : {
            at: ["ResponseCode"],
            message: `CloudFront answers with ${RESPONSE_CODES.join(", ")}, not ${r.ResponseCode}`,
            expected: RESPONSE_CODES.join(" | "),
            actual: r.ResponseCode,
          },
    example: {
      breaks: (d) =>
        void (d["CustomErrorResponses"] = list([
          { ErrorCode: 404, ResponsePagePath: "/404.html", ResponseCode: "302" },
        ])),
      at: ["CustomErrorResponses", 0, "ResponseCode"],
    },
  }),
  rule({
    id: "response-page-path",
    code: "InvalidRelativePath",
    ref: "V10",
    since: "2013-08-26",
    severity: "error",
    on: ["CustomErrorResponse"],
    summary: "`ResponsePagePath` begins with `/`, with non-ASCII and unsafe characters URL-encoded.",
    source: "model: InvalidRelativePath and ResponsePagePath (2016-09-07) docs",
    check: (r) => {
      const p = r.ResponsePagePath;
      if (!given(p)) return undefined;
      if (!p.startsWith("/"))
        return {
          at: ["ResponsePagePath"],
          message: `the path of a custom error page begins with a slash: write /${p}`,
          expected: `/${p}`,
          actual: p,
        };
      if (UNSAFE.test(p) || BAD_ESCAPE.test(p))
        return {
          at: ["ResponsePagePath"],
          message:
            `URL-encode the non-ASCII and unsafe characters of the path (RFC 1738), and nothing else: ` +
            `${encoded(p)}`,
          expected: encoded(p),
          actual: p,
        };
      return undefined;
    },
    example: {
      breaks: (d) =>
        void (d["CustomErrorResponses"] = list([
          { ErrorCode: 404, ResponsePagePath: "errors/404.html", ResponseCode: "404" },
        ])),
      at: ["CustomErrorResponses", 0, "ResponsePagePath"],
    },
  }),
  rule({
    id: "response-code-and-path",
    code: "response-code-and-path",
    ref: "V11",
    since: "2013-08-26",
    severity: "error",
    on: ["CustomErrorResponse"],
    summary: "`ResponsePagePath` and `ResponseCode` come together.",
    source: "model: ResponsePagePath and ResponseCode docs (2020-05-31); cfn-lint E3644",
    check: (r) => {
      if (given(r.ResponsePagePath) === given(r.ResponseCode)) return undefined;
      const missing = given(r.ResponsePagePath) ? "ResponseCode" : "ResponsePagePath";
      return {
        message:
          `${missing === "ResponseCode" ? "ResponsePagePath" : "ResponseCode"} needs ${missing}: add ` +
          `${missing}, or remove both to only cache the error`,
        expected: missing,
      };
    },
    example: {
      breaks: (d) => void (d["CustomErrorResponses"] = list([{ ErrorCode: 404, ResponsePagePath: "/404.html" }])),
      at: ["CustomErrorResponses", 0],
    },
  }),
  rule({
    id: "error-caching-min-ttl",
    code: "error-caching-min-ttl",
    ref: "V12",
    since: "2013-08-26",
    severity: "error",
    on: ["CustomErrorResponse"],
    summary: `\`ErrorCachingMinTTL\` is 0 to ${MAX_TTL.toLocaleString("en-US")} seconds.`,
    source: "model: ErrorCachingMinTTL doc (2016-09-07)",
    check: (r) => {
      const t = r.ErrorCachingMinTTL;
      return t === undefined || (t >= 0 && t <= MAX_TTL)
        ? undefined
        : {
            at: ["ErrorCachingMinTTL"],
            message: `ErrorCachingMinTTL ${t} is outside 0–${MAX_TTL} seconds (a year)`,
            expected: `0–${MAX_TTL}`,
            actual: String(t),
          };
    },
    example: {
      breaks: (d) => void (d["CustomErrorResponses"] = list([{ ErrorCode: 503, ErrorCachingMinTTL: -1 }])),
      at: ["CustomErrorResponses", 0, "ErrorCachingMinTTL"],
    },
  }),
  rule({
    id: "error-caching-416",
    code: "error-caching-416",
    ref: "V12",
    since: "2013-08-26",
    severity: "warning",
    on: ["CustomErrorResponse"],
    summary: "`ErrorCachingMinTTL` for 416 has no effect: CloudFront does not cache 416 responses.",
    source: "DG GeneratingCustomErrorResponses.md",
    check: (r) =>
      r.ErrorCode === 416 && r.ErrorCachingMinTTL !== undefined
        ? {
            at: ["ErrorCachingMinTTL"],
            message:
              "CloudFront does not cache 416 (Range Not Satisfiable) responses, so it ignores this " +
              "ErrorCachingMinTTL: remove it",
          }
        : undefined,
    example: {
      breaks: (d) => void (d["CustomErrorResponses"] = list([{ ErrorCode: 416, ErrorCachingMinTTL: 300 }])),
      at: ["CustomErrorResponses", 0, "ErrorCachingMinTTL"],
    },
  }),
  rule({
    id: "default-root-object",
    code: "InvalidDefaultRootObject",
    ref: "V13",
    since: "2010-07-15",
    severity: "error",
    on: ["DistributionConfig"],
    summary:
      "`DefaultRootObject` has at most 255 characters from A–Z a–z 0–9 `_ - . * $ / ~ \" ' &`, and does not begin " +
      "with `/`.",
    source: "DG distribution-web-values-specify.md §Default root object; model: DefaultRootObject doc",
    check: (d) => {
      const o = d.DefaultRootObject;
      if (!given(o)) return undefined;
      if (o.startsWith("/"))
        return {
          at: ["DefaultRootObject"],
          message: `the default root object does not begin with a slash: write ${o.replace(/^\/+/, "")}`,
          expected: o.replace(/^\/+/, ""),
          actual: o,
        };
      const bad = [...new Set(o.replace(/[A-Za-z0-9_\-.*$/~"'&]/g, ""))];
      if (bad.length > 0)
        return {
          at: ["DefaultRootObject"],
          message:
            `a default root object cannot contain ${bad.map((c) => JSON.stringify(c)).join(", ")}: use A-Z, ` +
            `a-z, 0-9, _ - . * $ / ~ " ' &`,
          actual: o,
        };
      if (o.length > 255)
        return {
          at: ["DefaultRootObject"],
          message: `a default root object of ${o.length} characters; the most is 255`,
          expected: "at most 255",
          actual: String(o.length),
        };
      return undefined;
    },
    example: { breaks: (d) => void (d["DefaultRootObject"] = "/index.html"), at: ["DefaultRootObject"] },
  }),
  rule({
    id: "comment-length",
    code: "comment-length",
    ref: "V15",
    since: "2008-06-30",
    severity: "error",
    on: ["DistributionConfig", "CloudFrontOriginAccessIdentityConfig"],
    summary: "`Comment` has at most 128 characters.",
    source: "model: DistributionConfig.Comment and CloudFrontOriginAccessIdentityConfig.Comment docs; doc-2009-12-01",
    check: (d) => {
      const n = d.Comment === undefined ? 0 : [...d.Comment].length;
      return n > 128
        ? {
            at: ["Comment"],
            message: `a comment of ${n} characters; the most is 128: shorten it`,
            expected: "at most 128",
            actual: String(n),
          }
        : undefined;
    },
    example: { breaks: (d) => void (d["Comment"] = "c".repeat(129)), at: ["Comment"] },
  }),
  rule({
    id: "caller-reference",
    code: "caller-reference",
    ref: "V16",
    since: "2008-06-30",
    severity: "error",
    on: ["DistributionConfig", "StreamingDistributionConfig"],
    summary: "`CallerReference` takes less than 128 bytes in UTF-8.",
    source: "doc-2009-12-01",
    check: (d) => {
      const n = d.CallerReference === undefined ? 0 : utf8.encode(d.CallerReference).length;
      return n >= 128
        ? {
            at: ["CallerReference"],
            message: `a caller reference of ${n} bytes; it must take less than 128: shorten it`,
            expected: "at most 127 bytes",
            actual: String(n),
          }
        : undefined;
    },
    example: { breaks: (d) => void (d["CallerReference"] = "r".repeat(128)), at: ["CallerReference"] },
  }),
  rule({
    id: "geo-location",
    code: "InvalidLocationCode",
    ref: "V29",
    since: "2013-11-11",
    severity: "error",
    on: ["GeoRestriction"],
    summary: "Each `Location` is a two-letter, uppercase ISO 3166-1 country code.",
    source: "model: GeoRestriction.Items doc; cfn-lint (country enum)",
    check: (g) =>
      (g.Items ?? []).flatMap((code, i) =>
        isCountry(code)
          ? []
          : [
              {
                at: [i],
                message:
                  `${JSON.stringify(code)} is not a country code: write two capital letters (ISO 3166-1 ` +
                  `alpha-2, such as US or GB)`,
                actual: code,
              },
            ],
      ),
    example: {
      breaks: (d) =>
        void (d["Restrictions"] = { GeoRestriction: { RestrictionType: "whitelist", ...list(["US", "uk"]) } }),
      at: ["Restrictions", "GeoRestriction", 1],
    },
  }),
  rule({
    id: "geo-restriction-type",
    code: "InvalidGeoRestrictionParameter",
    ref: "V30",
    since: "2013-11-11",
    severity: "error",
    on: ["GeoRestriction"],
    summary: "`RestrictionType` `none` lists no countries; `whitelist` and `blacklist` list at least one.",
    source: "model: GeoRestriction docs",
    check: (g) => {
      const n = g.Items?.length ?? 0;
      if (g.RestrictionType === "none" && n > 0)
        return {
          message: `RestrictionType none with ${n} countries: remove them, or say whitelist or blacklist`,
          expected: "0",
          actual: String(n),
        };
      if (g.RestrictionType !== "none" && g.RestrictionType !== undefined && n === 0)
        return {
          message: `a ${g.RestrictionType} of no countries: list them, or set RestrictionType to none`,
          expected: "at least 1",
        };
      return undefined;
    },
    example: {
      breaks: (d) => void (d["Restrictions"] = { GeoRestriction: { RestrictionType: "blacklist", Quantity: 0 } }),
      at: ["Restrictions", "GeoRestriction"],
    },
  }),
  rule({
    id: "web-acl-id",
    code: "InvalidWebACLId",
    ref: "V31",
    since: "2015-07-27",
    severity: "error",
    on: ["DistributionConfig"],
    summary:
      "A `WebACLId` that is an ARN names a global WAF web ACL in us-east-1 " +
      "(`arn:aws:wafv2:us-east-1:…:global/webacl/…`).",
    source: "model: InvalidWebACLId and WebACLId docs",
    check: (d) => {
      const id = d.WebACLId;
      if (
        !given(id) ||
        !id.startsWith("arn:") ||
        /^arn:aws[a-z-]*:wafv2:us-east-1:\d{12}:global\/webacl\/[^/]+\/[^/]+$/.test(id)
      )
        return undefined;
      return {
        at: ["WebACLId"],
        message:
          "a WAF web ACL for CloudFront is global and lives in us-east-1: use its ARN, " +
          "arn:aws:wafv2:us-east-1:ACCOUNT:global/webacl/NAME/ID (or a WAF Classic ACL Id)",
        expected: "arn:aws:wafv2:us-east-1:ACCOUNT:global/webacl/NAME/ID",
        actual: id,
      };
    },
    example: {
      breaks: (d) =>
        void (d["WebACLId"] =
          "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/site/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111"),
      at: ["WebACLId"],
    },
  }),
  rule({
    id: "alias-wildcard",
    code: "alias-wildcard",
    ref: "V35",
    since: "2012-05-05",
    severity: "error",
    on: ["Aliases"],
    summary: "A wildcard alias is `*.` followed by a domain: the `*` is the whole first label, and the only one.",
    source: "DG CNAMEs.md; cfn-lint E3013",
    check: (a) =>
      (a.Items ?? []).flatMap((name, i): Report[] =>
        name.includes("*") && !/^\*\.[^*]+$/.test(name)
          ? [
              {
                at: [i],
                message: `${name}: a wildcard stands for a whole first label, as in *.example.com`,
                expected: "*.example.com",
                actual: name,
              },
            ]
          : [],
      ),
    example: { breaks: (d) => void entries(d["Aliases"], ["*cdn.example.com"]), at: ["Aliases", 0] },
  }),
];
