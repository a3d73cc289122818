/** Values of origins (lint-rules.md §2.3): timeouts, attempts, ports, paths, Origin Shield, access identities. */
import { given } from "../facts.js";
import { during } from "../line.js";
import { rule } from "../rule.js";
import type { Report } from "../rule.js";
import { custom, firstOrigin } from "./draft.js";

// The least read timeout each model documents: 4 s until the 2019-03-26 model says 1.
const leastReadTimeout = [
  ["2017-03-25", 4],
  ["2019-03-26", 1],
] as const;

const within = (
  value: number | undefined,
  least: number,
  most: number,
  member: string,
  what: string,
  code: string,
): Report | undefined =>
  value === undefined || (value >= least && value <= most)
    ? undefined
    : {
        at: [member],
        message: `${what} ${value} is outside ${least}–${most}${code}`,
        expected: `${least}–${most}`,
        actual: String(value),
      };

const PORTS = (p: number): boolean => p === 80 || p === 443 || (p >= 1024 && p <= 65535);

export const originRules = [
  rule({
    id: "origin-read-timeout",
    code: "InvalidOriginReadTimeout",
    ref: "V17",
    since: "2017-03-25",
    severity: "error",
    on: ["CustomOriginConfig", "S3OriginConfig", "VpcOriginConfig"],
    summary:
      "`OriginReadTimeout` is within the version's range: from 4 (1 from 2019-03-26) to `quotas.originReadTimeout` " +
      "(60, 120 in 2020-05-31).",
    source: "OriginReadTimeout doc of each model; Quotas page",
    check: (c, at) =>
      within(
        c.OriginReadTimeout,
        during(leastReadTimeout, at.version),
        at.quotas.originReadTimeout,
        "OriginReadTimeout",
        "the read timeout",
        `: choose a value in range, or pass your account's quota as quotas.originReadTimeout`,
      ),
    example: {
      breaks: (d) => void (custom(d)["OriginReadTimeout"] = 0),
      at: ["Origins", 0, "CustomOriginConfig", "OriginReadTimeout"],
    },
  }),
  rule({
    id: "origin-keepalive-timeout",
    code: "InvalidOriginKeepaliveTimeout",
    ref: "V18",
    since: "2017-03-25",
    severity: "error",
    on: ["CustomOriginConfig", "VpcOriginConfig"],
    summary: "`OriginKeepaliveTimeout` is from 1 to `quotas.originKeepaliveTimeout` (60, 120 in 2020-05-31).",
    source: "OriginKeepaliveTimeout doc of each model; Quotas page",
    check: (c, at) =>
      within(
        c.OriginKeepaliveTimeout,
        1,
        at.quotas.originKeepaliveTimeout,
        "OriginKeepaliveTimeout",
        "the keep-alive timeout",
        ": choose a value in range, or pass your account's quota as quotas.originKeepaliveTimeout",
      ),
    example: {
      breaks: (d) => void (custom(d)["OriginKeepaliveTimeout"] = 0),
      at: ["Origins", 0, "CustomOriginConfig", "OriginKeepaliveTimeout"],
    },
  }),
  rule({
    id: "connection-attempts",
    code: "connection-attempts",
    ref: "V19",
    since: "2019-03-26",
    severity: "error",
    on: ["Origin"],
    summary: "`ConnectionAttempts` is 1, 2 or 3.",
    source: "model: Origin.ConnectionAttempts doc; Quotas page",
    check: (o) => within(o.ConnectionAttempts, 1, 3, "ConnectionAttempts", "ConnectionAttempts", ""),
    example: {
      breaks: (d) => void (firstOrigin(d)["ConnectionAttempts"] = 5),
      at: ["Origins", 0, "ConnectionAttempts"],
    },
  }),
  rule({
    id: "connection-timeout",
    code: "connection-timeout",
    ref: "V20",
    since: "2019-03-26",
    severity: "error",
    on: ["Origin"],
    summary: "`ConnectionTimeout` is 1 to 10 seconds.",
    source: "model: Origin.ConnectionTimeout doc; Quotas page",
    check: (o) => within(o.ConnectionTimeout, 1, 10, "ConnectionTimeout", "ConnectionTimeout", " seconds"),
    example: {
      breaks: (d) => void (firstOrigin(d)["ConnectionTimeout"] = 30),
      at: ["Origins", 0, "ConnectionTimeout"],
    },
  }),
  rule({
    id: "response-completion-timeout",
    code: "response-completion-timeout",
    ref: "V21",
    since: "2020-05-31",
    severity: "error",
    on: ["Origin"],
    summary: "`ResponseCompletionTimeout` is at least the origin's read timeout (30 when left out).",
    source: "model: Origin.ResponseCompletionTimeout and OriginReadTimeout docs",
    check: (o) => {
      const t = o.ResponseCompletionTimeout;
      const read =
        o.CustomOriginConfig?.OriginReadTimeout ??
        o.S3OriginConfig?.OriginReadTimeout ??
        o.VpcOriginConfig?.OriginReadTimeout ??
        30;
      return t === undefined || t >= read
        ? undefined
        : {
            at: ["ResponseCompletionTimeout"],
            message:
              `ResponseCompletionTimeout ${t} is shorter than the read timeout, ${read}: make it at least ` + `${read}`,
            expected: `≥ ${read}`,
            actual: String(t),
          };
    },
    example: {
      breaks: (d) => void (firstOrigin(d)["ResponseCompletionTimeout"] = 10),
      at: ["Origins", 0, "ResponseCompletionTimeout"],
    },
  }),
  rule({
    id: "origin-ports",
    code: "origin-ports",
    ref: "V22",
    since: "2010-11-01",
    severity: "error",
    on: ["CustomOriginConfig"],
    summary: "`HTTPPort` and `HTTPSPort` are 80, 443 or 1024–65535.",
    source: "DG distribution-web-values-specify.md §HTTP port, §HTTPS port",
    check: (c) =>
      (["HTTPPort", "HTTPSPort"] as const).flatMap((k) => {
        const p = c[k];
        return p === undefined || PORTS(p)
          ? []
          : [
              {
                at: [k],
                message: `${k} ${p}: an origin listens on 80, 443 or 1024–65535`,
                expected: "80 | 443 | 1024–65535",
                actual: String(p),
              },
            ];
      }),
    example: {
      breaks: (d) => void (custom(d)["HTTPSPort"] = 444),
      at: ["Origins", 0, "CustomOriginConfig", "HTTPSPort"],
    },
  }),
  rule({
    id: "origin-path",
    code: "origin-path",
    ref: "V23",
    since: "2014-11-06",
    severity: "error",
    on: ["Origin"],
    summary: "`OriginPath`, when given, begins with `/` and does not end with one.",
    source: "DG distribution-web-values-specify.md §Origin path",
    check: (o) => {
      const p = o.OriginPath;
      if (!given(p) || (p.startsWith("/") && !p.endsWith("/"))) return undefined;
      const fixed = "/" + p.replace(/^\/+|\/+$/g, "");
      return {
        at: ["OriginPath"],
        message:
          `an origin path begins with a slash and does not end with one: ` +
          `${fixed === "/" ? "leave it empty" : `write ${fixed}`}`,
        expected: fixed === "/" ? "" : fixed,
        actual: p,
      };
    },
    example: { breaks: (d) => void (firstOrigin(d)["OriginPath"] = "/production/"), at: ["Origins", 0, "OriginPath"] },
  }),
  rule({
    id: "origin-shield-region",
    code: "origin-shield-region",
    ref: "V24",
    since: "2020-05-31",
    severity: "error",
    on: ["OriginShield"],
    summary: "An enabled Origin Shield names its Region.",
    source: "model: OriginShield.OriginShieldRegion doc",
    check: (s) =>
      s.Enabled === true && !given(s.OriginShieldRegion)
        ? {
            message:
              "Origin Shield is enabled without a Region: add OriginShieldRegion (the region code closest to the " +
              "origin, such as us-east-2)",
            expected: "OriginShieldRegion",
          }
        : undefined,
    example: {
      breaks: (d) => void (firstOrigin(d)["OriginShield"] = { Enabled: true }),
      at: ["Origins", 0, "OriginShield"],
    },
  }),
  rule({
    id: "origin-access-identity",
    code: "InvalidOriginAccessIdentity",
    ref: "V32",
    since: "2012-05-05",
    severity: "error",
    on: ["S3OriginConfig", "S3Origin"],
    summary: "`OriginAccessIdentity` is empty or `origin-access-identity/cloudfront/ID`.",
    source: "model: S3OriginConfig.OriginAccessIdentity doc",
    check: (c) => {
      const oai = c.OriginAccessIdentity;
      if (!given(oai) || /^origin-access-identity\/cloudfront\/[^/\s]+$/.test(oai)) return undefined;
      const id = /^[A-Z0-9]+$/.test(oai)
        ? `origin-access-identity/cloudfront/${oai}`
        : "origin-access-identity/cloudfront/ID";
      return {
        at: ["OriginAccessIdentity"],
        message: `an origin access identity is written ${id} (or left empty for none)`,
        expected: "origin-access-identity/cloudfront/ID",
        actual: oai,
      };
    },
    example: {
      breaks: (d) => void (firstOrigin(d)["S3OriginConfig"]["OriginAccessIdentity"] = "E74FTE3AEXAMPLE"),
      at: ["Origins", 0, "S3OriginConfig", "OriginAccessIdentity"],
    },
  }),
];
