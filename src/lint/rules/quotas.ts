/**
 * Quotas (lint-rules.md §2.2): how many of a thing a distribution or behaviour may have. Each limit is an option
 * (src/lint/quotas.ts) defaulting to the value published for the document's version; the message says which
 * option to raise when an account's quota is higher.
 */
import type { CloudFrontCode } from "../codes.js";
import type { ApiVersion } from "../line.js";
import { quotasFor } from "../quotas.js";
import type { QuotaName } from "../quotas.js";
import { rule } from "../rule.js";
import type { Example, Found, Report, Scope, ShapeName, ViewOf } from "../rule.js";
import {
  behavior,
  custom,
  defaults,
  entries,
  firstOrigin,
  forwarded,
  functionArn,
  group,
  lambdaArn,
  list,
  times,
} from "./draft.js";

// TextEncoder, not Buffer: the library runs in browsers too.
const utf8 = new TextEncoder();
const chars = (s: string | undefined): number => (s === undefined ? 0 : [...s].length);
const raise = (quota: QuotaName): string => `, or pass your account's quota as quotas.${quota}`;

interface CountSpec<Id extends string, Code extends string, N extends ShapeName> {
  readonly id: Id;
  readonly code: Code;
  readonly ref: "Q1" | "Q2" | "Q3" | "Q4" | "Q5" | "Q7" | "Q8" | "Q10" | "Q13";
  readonly since: ApiVersion;
  readonly on: N;
  readonly quota: QuotaName;
  /** What is counted, plural. */
  readonly things: string;
  /** Where the count holds: "per distribution", "per cache behavior". */
  readonly per: string;
  readonly source: string;
  readonly example: Example;
}

/** A list wrapper with more entries than a quota allows. */
const tooMany = <const Id extends string, const Code extends CloudFrontCode | Id, const N extends ShapeName>(
  spec: CountSpec<Id, Code, N>,
) =>
  rule({
    id: spec.id,
    code: spec.code,
    ref: spec.ref,
    since: spec.since,
    severity: "error",
    on: [spec.on],
    summary: `At most the quota of ${spec.things} ${spec.per} (\`quotas.${spec.quota}\`).`,
    source: spec.source,
    // Every shape it is given is a list wrapper.
    check: ((w: { readonly Items?: readonly unknown[] }, at: Scope): Found => {
      const n = w.Items?.length ?? 0;
      const max = at.quotas[spec.quota];
      if (n <= max) return undefined;
      return {
        message: `${n} ${spec.things}; the quota is ${max} ${spec.per}: remove ${n - max}${raise(spec.quota)}`,
        expected: `at most ${max}`,
        actual: String(n),
      };
    }) as (node: ViewOf<N>, at: Scope) => Found,
    example: spec.example,
  });

const over = (version: string, quota: QuotaName): number => quotasFor(version)[quota] + 1;

export const quotaRules = [
  tooMany({
    id: "cnames",
    code: "TooManyDistributionCNAMEs",
    ref: "Q1",
    since: "2008-06-30",
    on: "Aliases",
    quota: "cnames",
    things: "alternate domain names (CNAMEs)",
    per: "per distribution",
    source: "Quotas page; doc-2009-12-01",
    example: {
      breaks: (d, v) =>
        void entries(
          d["Aliases"],
          times(over(v, "cnames"), (i) => `www${i}.example.com`),
        ),
      at: ["Aliases"],
    },
  }),
  tooMany({
    id: "origins",
    code: "TooManyOrigins",
    ref: "Q2",
    since: "2012-05-05",
    on: "Origins",
    quota: "origins",
    things: "origins",
    per: "per distribution",
    source: "Quotas page",
    example: {
      breaks: (d, v) =>
        void entries(
          d["Origins"],
          times(over(v, "origins"), (i) => ({
            ...structuredClone(firstOrigin(d)),
            Id: i === 0 ? "origin-1" : `origin-${i + 1}`,
          })),
        ),
      at: ["Origins"],
    },
  }),
  tooMany({
    id: "cache-behaviors",
    code: "TooManyCacheBehaviors",
    ref: "Q3",
    since: "2012-05-05",
    on: "CacheBehaviors",
    quota: "cacheBehaviors",
    things: "cache behaviors",
    per: "per distribution",
    source: "Quotas page; CacheBehavior doc of the 2013-05-12 … 2016-09-07 models",
    example: {
      breaks: (d, v) => void times(over(v, "cacheBehaviors"), (i) => behavior(d, `/path-${i}/*`)),
      at: ["CacheBehaviors"],
    },
  }),
  tooMany({
    id: "origin-groups",
    code: "TooManyOriginGroupsPerDistribution",
    ref: "Q4",
    since: "2018-11-05",
    on: "OriginGroups",
    quota: "originGroups",
    things: "origin groups",
    per: "per distribution",
    source: "Quotas page",
    example: {
      breaks: (d, v) => void times(over(v, "originGroups"), (i) => group(d, `group-${i}`)),
      at: ["OriginGroups"],
    },
  }),
  tooMany({
    id: "cookie-names",
    code: "TooManyCookieNamesInWhiteList",
    ref: "Q5",
    since: "2012-07-01",
    on: "CookieNames",
    quota: "cookieNames",
    things: "cookie names",
    per: "per cache behavior",
    source: "Quotas page (cookies, legacy cache settings); DG Cookies.md",
    example: {
      breaks: (d, v) => {
        custom(d);
        forwarded(d)["Cookies"] = {
          Forward: "whitelist",
          WhitelistedNames: list(times(over(v, "cookieNames"), (i) => `cookie-${i}`)),
        };
      },
      at: ["DefaultCacheBehavior", "ForwardedValues", "Cookies", "WhitelistedNames"],
    },
  }),
  rule({
    id: "cookie-name-bytes",
    code: "cookie-name-bytes",
    ref: "Q6",
    since: "2012-07-01",
    severity: "error",
    on: ["CookiePreference"],
    summary:
      "Whitelisted cookie names take at most 512 bytes minus one per name (`quotas.cookieNameBytes`), unless " +
      "`Forward` is `all`.",
    source: "Quotas page (cookies, legacy cache settings)",
    check: (c, at) => {
      const names = c.WhitelistedNames?.Items ?? [];
      if (c.Forward === "all" || names.length === 0) return undefined;
      const bytes = names.reduce((n, name) => n + utf8.encode(name).length, 0);
      const max = at.quotas.cookieNameBytes - names.length;
      if (bytes <= max) return undefined;
      return {
        at: ["WhitelistedNames"],
        message:
          `the ${names.length} cookie names take ${bytes} bytes; the quota is ${max} ` +
          `(${at.quotas.cookieNameBytes} minus one per name): shorten them, or use a wildcard (session_*)`,
        expected: `at most ${max}`,
        actual: String(bytes),
      };
    },
    example: {
      breaks: (d) => {
        custom(d);
        forwarded(d)["Cookies"] = { Forward: "whitelist", WhitelistedNames: list(["a".repeat(300), "b".repeat(300)]) };
      },
      at: ["DefaultCacheBehavior", "ForwardedValues", "Cookies", "WhitelistedNames"],
    },
  }),
  tooMany({
    id: "headers",
    code: "TooManyHeadersInForwardedValues",
    ref: "Q7",
    since: "2014-05-31",
    on: "Headers",
    quota: "headers",
    things: "headers",
    per: "per cache behavior",
    source: "Quotas page; Headers.Quantity doc, 2014-05-31 … 2016-09-07 models",
    example: {
      breaks: (d, v) => {
        custom(d);
        forwarded(d)["Headers"] = list(times(over(v, "headers"), (i) => `X-Header-${i}`));
      },
      at: ["DefaultCacheBehavior", "ForwardedValues", "Headers"],
    },
  }),
  tooMany({
    id: "query-string-keys",
    code: "TooManyQueryStringParameters",
    ref: "Q8",
    since: "2016-08-20",
    on: "QueryStringCacheKeys",
    quota: "queryStringKeys",
    things: "query string cache keys",
    per: "per cache behavior",
    source: "Quotas page (query strings, legacy cache settings)",
    example: {
      breaks: (d, v) => {
        forwarded(d)["QueryString"] = true;
        forwarded(d)["QueryStringCacheKeys"] = list(times(over(v, "queryStringKeys"), (i) => `key${i}`));
      },
      at: ["DefaultCacheBehavior", "ForwardedValues", "QueryStringCacheKeys"],
    },
  }),
  rule({
    id: "query-string-key-lengths",
    code: "query-string-key-lengths",
    ref: "Q9",
    since: "2016-08-20",
    severity: "error",
    on: ["QueryStringCacheKeys"],
    summary:
      "A query string cache key has at most 128 characters, and all of a behaviour's at most 512 " +
      "(`quotas.queryStringKeyLength`, `quotas.queryStringKeysLength`).",
    source: "Quotas page (query strings, legacy cache settings)",
    check: (k, at) => {
      const names = k.Items ?? [];
      const max = at.quotas.queryStringKeyLength;
      const long = names.flatMap((name, i) =>
        chars(name) > max
          ? [
              {
                at: [i],
                message: `a query string name of ${chars(name)} characters; the quota is ${max}: shorten it`,
                expected: `at most ${max}`,
                actual: String(chars(name)),
              },
            ]
          : [],
      );
      const total = names.reduce((n, name) => n + chars(name), 0);
      const all = at.quotas.queryStringKeysLength;
      return total > all
        ? [
            ...long,
            {
              message:
                `the query string names take ${total} characters; the quota is ${all}: use fewer or shorter ` + `ones`,
              expected: `at most ${all}`,
              actual: String(total),
            },
          ]
        : long;
    },
    example: {
      breaks: (d) => {
        forwarded(d)["QueryString"] = true;
        forwarded(d)["QueryStringCacheKeys"] = list(["q".repeat(129)]);
      },
      at: ["DefaultCacheBehavior", "ForwardedValues", "QueryStringCacheKeys", 0],
    },
  }),
  tooMany({
    id: "origin-custom-headers",
    code: "TooManyOriginCustomHeaders",
    ref: "Q10",
    since: "2016-01-13",
    on: "CustomHeaders",
    quota: "originCustomHeaders",
    things: "custom headers",
    per: "per origin",
    source: "Quotas page (headers)",
    example: {
      breaks: (d, v) =>
        void (firstOrigin(d)["CustomHeaders"] = list(
          times(over(v, "originCustomHeaders"), (i) => ({ HeaderName: `X-Custom-${i}`, HeaderValue: "v" })),
        )),
      at: ["Origins", 0, "CustomHeaders"],
    },
  }),
  rule({
    id: "origin-custom-header-lengths",
    code: "origin-custom-header-lengths",
    ref: "Q10",
    since: "2016-01-13",
    severity: "error",
    on: ["CustomHeaders"],
    summary:
      "A custom origin header's name has at most 256 characters, its value 1,783, and all names and values of an " +
      "origin 10,240.",
    source: "Quotas page (headers)",
    check: (h, at) => {
      const q = at.quotas;
      // A header's name, or its value, longer than its quota.
      const tooLong = (
        i: number,
        member: "HeaderName" | "HeaderValue",
        what: string,
        text: string | undefined,
        quota: number,
      ) => {
        const n = chars(text);
        return n > quota
          ? [
              {
                at: [i, member],
                message: `a header ${what} of ${n} characters; the quota is ${quota}: shorten it`,
                actual: String(n),
              },
            ]
          : [];
      };
      const out: Report[] = (h.Items ?? []).flatMap((x, i) => [
        ...tooLong(i, "HeaderName", "name", x.HeaderName, q.originCustomHeaderNameLength),
        ...tooLong(i, "HeaderValue", "value", x.HeaderValue, q.originCustomHeaderValueLength),
      ]);
      const total = (h.Items ?? []).reduce((n, x) => n + chars(x.HeaderName) + chars(x.HeaderValue), 0);
      if (total > q.originCustomHeadersLength)
        out.push({
          message:
            `the custom headers take ${total} characters; the quota is ${q.originCustomHeadersLength} per ` +
            `origin: shorten them`,
          actual: String(total),
        });
      return out;
    },
    example: {
      breaks: (d) =>
        void (firstOrigin(d)["CustomHeaders"] = list([{ HeaderName: `X-${"h".repeat(255)}`, HeaderValue: "v" }])),
      at: ["Origins", 0, "CustomHeaders", 0, "HeaderName"],
    },
  }),
  rule({
    id: "lambda-associations",
    code: "TooManyLambdaFunctionAssociations",
    ref: "Q11",
    since: "2016-11-25",
    severity: "error",
    on: ["LambdaFunctionAssociations"],
    summary: "At most 4 Lambda@Edge associations per behaviour, one for each event type.",
    source: "model: LambdaFunctionAssociations doc",
    check: (l) => {
      const n = l.Items?.length ?? 0;
      return n > 4
        ? {
            message: `${n} Lambda@Edge associations; a behaviour has at most 4, one per event type: remove ${n - 4}`,
            expected: "at most 4",
            actual: String(n),
          }
        : undefined;
    },
    example: {
      breaks: (d) =>
        void (defaults(d)["LambdaFunctionAssociations"] = list(
          ["viewer-request", "viewer-response", "origin-request", "origin-response", "viewer-request"].map((e, i) => ({
            LambdaFunctionARN: lambdaArn(`f${i}`),
            EventType: e,
          })),
        )),
      at: ["DefaultCacheBehavior", "LambdaFunctionAssociations"],
    },
  }),
  rule({
    id: "lambda-event-type-unique",
    code: "InvalidLambdaFunctionAssociation",
    ref: "Q11",
    since: "2016-11-25",
    severity: "error",
    on: ["LambdaFunctionAssociations"],
    summary: "Each event type of a behaviour has one Lambda@Edge function.",
    source: "model: LambdaFunctionAssociations doc; DG edge-functions-restrictions.md",
    check: (l) => {
      const items = l.Items ?? [];
      // More than four is the count's error, which CloudFront names first.
      if (items.length > 4) return undefined;
      return items.flatMap((a, i) =>
        a.EventType !== undefined && items.findIndex((b) => b.EventType === a.EventType) < i
          ? [
              {
                at: [i, "EventType"],
                message:
                  `a second Lambda@Edge function for ${a.EventType}: each event type takes one function per ` +
                  `behaviour; remove one`,
                actual: a.EventType,
              },
            ]
          : [],
      );
    },
    example: {
      breaks: (d) =>
        void (defaults(d)["LambdaFunctionAssociations"] = list(
          ["a", "b"].map((f) => ({ LambdaFunctionARN: lambdaArn(f), EventType: "origin-request" })),
        )),
      at: ["DefaultCacheBehavior", "LambdaFunctionAssociations", 1, "EventType"],
    },
  }),
  rule({
    id: "function-associations",
    code: "TooManyFunctionAssociations",
    ref: "Q12",
    since: "2020-05-31",
    severity: "error",
    on: ["FunctionAssociations"],
    summary: "At most 2 CloudFront Functions per behaviour: one for viewer-request, one for viewer-response.",
    source: "DG associate-function.md, edge-functions-restrictions.md; terraform-provider-aws (MaxItems 2)",
    check: (l) => {
      const n = l.Items?.length ?? 0;
      return n > 2
        ? {
            message: `${n} CloudFront Functions; a behaviour takes at most 2, one per viewer event: remove ${n - 2}`,
            expected: "at most 2",
            actual: String(n),
          }
        : undefined;
    },
    example: {
      breaks: (d) =>
        void (defaults(d)["FunctionAssociations"] = list(
          ["viewer-request", "viewer-response", "viewer-request"].map((e, i) => ({
            FunctionARN: functionArn(`f${i}`),
            EventType: e,
          })),
        )),
      at: ["DefaultCacheBehavior", "FunctionAssociations"],
    },
  }),
  rule({
    id: "function-event-type",
    code: "InvalidFunctionAssociation",
    ref: "Q12",
    since: "2020-05-31",
    severity: "error",
    on: ["FunctionAssociations"],
    summary: "CloudFront Functions run on viewer-request and viewer-response only, one function for each.",
    source: "model: FunctionAssociation.EventType doc; DG edge-functions-restrictions.md",
    check: (l) => {
      const items = l.Items ?? [];
      return items.flatMap((f, i): Report[] => {
        if (f.EventType === "origin-request" || f.EventType === "origin-response")
          return [
            {
              at: [i, "EventType"],
              message:
                `CloudFront Functions cannot run on ${f.EventType}: use viewer-request or viewer-response, or ` +
                `a Lambda@Edge function`,
              expected: "viewer-request | viewer-response",
              actual: f.EventType,
            },
          ];
        // More than two is the count's error.
        if (items.length <= 2 && items.findIndex((g) => g.EventType === f.EventType) < i)
          return [
            {
              at: [i, "EventType"],
              message:
                `a second CloudFront Function for ${f.EventType}: each event type takes one function; remove ` + `one`,
              actual: String(f.EventType),
            },
          ];
        return [];
      });
    },
    example: {
      breaks: (d) =>
        void (defaults(d)["FunctionAssociations"] = list([
          { FunctionARN: functionArn(), EventType: "origin-request" },
        ])),
      at: ["DefaultCacheBehavior", "FunctionAssociations", 0, "EventType"],
    },
  }),
  rule({
    id: "edge-functions-viewer-events",
    code: "InvalidFunctionAssociation",
    ref: "Q12",
    since: "2020-05-31",
    severity: "error",
    on: ["DefaultCacheBehavior", "CacheBehavior"],
    summary: "A behaviour with CloudFront Functions runs no Lambda@Edge function on viewer events.",
    source:
      'DG edge-functions-restrictions.md ("You cannot combine CloudFront Functions and Lambda@Edge in viewer events")',
    check: (b) => {
      if ((b.FunctionAssociations?.Items ?? []).length === 0) return undefined;
      return (b.LambdaFunctionAssociations?.Items ?? []).flatMap((a, i) =>
        a.EventType === "viewer-request" || a.EventType === "viewer-response"
          ? [
              {
                at: ["LambdaFunctionAssociations", i, "EventType"],
                message:
                  `this behaviour has CloudFront Functions, so its Lambda@Edge functions cannot run on viewer ` +
                  `events: move this one to an origin event, or use a CloudFront Function for ${a.EventType}`,
                actual: a.EventType,
              },
            ]
          : [],
      );
    },
    example: {
      breaks: (d) => {
        defaults(d)["FunctionAssociations"] = list([{ FunctionARN: functionArn(), EventType: "viewer-request" }]);
        defaults(d)["LambdaFunctionAssociations"] = list([
          { LambdaFunctionARN: lambdaArn(), EventType: "viewer-response" },
        ]);
      },
      at: ["DefaultCacheBehavior", "LambdaFunctionAssociations", 0, "EventType"],
    },
  }),
  tooMany({
    id: "key-groups",
    code: "TooManyKeyGroupsAssociatedToDistribution",
    ref: "Q13",
    since: "2020-05-31",
    on: "TrustedKeyGroups",
    quota: "keyGroups",
    things: "key groups",
    per: "per cache behavior",
    source: "Quotas page (key groups)",
    example: {
      breaks: (d, v) =>
        void (defaults(d)["TrustedKeyGroups"] = {
          Enabled: true,
          ...list(times(over(v, "keyGroups"), (i) => `key-group-${i}`)),
        }),
      at: ["DefaultCacheBehavior", "TrustedKeyGroups"],
    },
  }),
  rule({
    id: "lambda-functions",
    code: "lambda-functions",
    ref: "Q15",
    since: "2016-11-25",
    severity: "error",
    on: ["DistributionConfig"],
    summary: "At most 100 Lambda@Edge functions per distribution (`quotas.lambdaFunctions`).",
    source: "Quotas page (Lambda@Edge)",
    check: (d, at) => {
      const behaviors = [d.DefaultCacheBehavior, ...(d.CacheBehaviors?.Items ?? [])];
      const arns = new Set(
        behaviors.flatMap((b) =>
          (b?.LambdaFunctionAssociations?.Items ?? []).flatMap((a) =>
            a.LambdaFunctionARN === undefined ? [] : [a.LambdaFunctionARN],
          ),
        ),
      );
      const max = at.quotas.lambdaFunctions;
      return arns.size > max
        ? {
            message:
              `${arns.size} Lambda@Edge functions; the quota is ${max} per distribution: share functions ` +
              `between behaviours${raise("lambdaFunctions")}`,
            expected: `at most ${max}`,
            actual: String(arns.size),
          }
        : undefined;
    },
    example: {
      breaks: (d, v) => {
        const events = ["viewer-request", "viewer-response", "origin-request", "origin-response"];
        const per = (b: Record<string, unknown>, n: number) =>
          void (b["LambdaFunctionAssociations"] = list(
            events.map((e) => ({ LambdaFunctionARN: lambdaArn(`f${n}-${e}`), EventType: e })),
          ));
        per(defaults(d), 0);
        const count = Math.ceil((quotasFor(v).lambdaFunctions + 1) / 4) - 1;
        times(count, (i) => per(behavior(d, `/path-${i}/*`), i + 1));
      },
      at: [],
    },
  }),
];
