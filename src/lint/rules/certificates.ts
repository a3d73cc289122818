/** The viewer certificate and TLS settings (lint-rules.md §2.4). */
import { given } from "../facts.js";
import { during, inEffect } from "../line.js";
import type { Era } from "../line.js";
import { rule } from "../rule.js";
import type { ViewOf } from "../rule.js";

type Certificate = ViewOf<"ViewerCertificate">;
type Source = "cloudfront" | "iam" | "acm";

/**
 * Where the certificate comes from, by every member that says so. From 2015-09-17 to 2016-01-13 `CertificateSource`
 * was the way to say it; later CloudFront still writes it beside the member it stands for, which is no conflict.
 */
const sources = (c: Certificate): ReadonlySet<Source> => {
  const out = new Set<Source>();
  if (c.CloudFrontDefaultCertificate === true) out.add("cloudfront");
  if (given(c.IAMCertificateId)) out.add("iam");
  if (given(c.ACMCertificateArn)) out.add("acm");
  if (c.CertificateSource !== undefined) out.add(c.CertificateSource);
  return out;
};
const custom = (c: Certificate): boolean => [...sources(c)].some((s) => s !== "cloudfront");
const MEMBER: Readonly<Record<Source, string>> = {
  cloudfront: "CloudFrontDefaultCertificate",
  iam: "IAMCertificateId",
  acm: "ACMCertificateArn",
};

// What a custom certificate needs besides itself: SSLSupportMethod from 2014-01-31, and MinimumProtocolVersion from
// the 2019-03-26 model, whose ACMCertificateArn and IAMCertificateId docs first ask for it.
const needs: Era<readonly ("SSLSupportMethod" | "MinimumProtocolVersion")[]> = [
  ["2014-01-31", ["SSLSupportMethod"]],
  ["2019-03-26", ["SSLSupportMethod", "MinimumProtocolVersion"]],
];

export const certificateRules = [
  rule({
    id: "certificate-source",
    code: "InvalidViewerCertificate",
    ref: "C1",
    since: "2013-05-12",
    severity: "error",
    on: ["ViewerCertificate"],
    summary:
      "A viewer certificate is exactly one of the CloudFront default (`CloudFrontDefaultCertificate` `true`), " +
      "`ACMCertificateArn`, `IAMCertificateId`.",
    source: "model: ViewerCertificate docs; cfn-lint E3014 (requiredXor)",
    check: (c, at) => {
      const found = [...sources(c)];
      const choices = (["cloudfront", "acm", "iam"] as const).filter((s) => at.has(MEMBER[s]));
      if (found.length === 0)
        return {
          message:
            "say which certificate viewers get: " +
            choices.map((s) => (s === "cloudfront" ? "CloudFrontDefaultCertificate true" : MEMBER[s])).join(", or "),
          expected: choices.map((s) => MEMBER[s]).join(" | "),
        };
      if (found.length > 1)
        return {
          message:
            `a distribution has one viewer certificate, not ${found.map((s) => MEMBER[s]).join(" and ")}: ` +
            "keep one" +
            (found.includes("cloudfront")
              ? " (CloudFrontDefaultCertificate false with a certificate of your own)"
              : ""),
          actual: found.join(", "),
        };
      return undefined;
    },
    example: {
      breaks: (d) => void (d["ViewerCertificate"] = { CloudFrontDefaultCertificate: false }),
      at: ["ViewerCertificate"],
    },
  }),
  rule({
    id: "custom-certificate-settings",
    code: "InvalidViewerCertificate",
    ref: "C2",
    since: "2014-01-31",
    severity: "error",
    on: ["ViewerCertificate"],
    summary:
      "A certificate of your own comes with `SSLSupportMethod` (and, from 2019-03-26, `MinimumProtocolVersion`).",
    source: "model: ACMCertificateArn, IAMCertificateId and SSLSupportMethod docs; cfn-lint E3021 (dependentRequired)",
    check: (c, at) => {
      if (!custom(c)) return undefined;
      const missing = during(needs, at.version).filter((m) => c[m] === undefined);
      return missing.length === 0
        ? undefined
        : {
            message:
              `a certificate of your own needs ${missing.join(" and ")}: add ` +
              missing
                .map((m) => (m === "SSLSupportMethod" ? "SSLSupportMethod (sni-only)" : "MinimumProtocolVersion"))
                .join(" and "),
            expected: missing.join(", "),
          };
    },
    example: {
      breaks: (d) => void (d["ViewerCertificate"] = { IAMCertificateId: "ASCAJ5ZTRQOXEXAMPLE" }),
      at: ["ViewerCertificate"],
    },
  }),
  rule({
    id: "default-certificate-settings",
    code: "default-certificate-settings",
    ref: "C3",
    since: "2014-01-31",
    severity: "warning",
    on: ["ViewerCertificate"],
    summary:
      "With the CloudFront default certificate, `SSLSupportMethod` is left out and (from 2016-09-29) " +
      "`MinimumProtocolVersion` is `TLSv1` whatever is set.",
    source: "model: SSLSupportMethod and MinimumProtocolVersion docs; trivy AVD-AWS-0013",
    check: (c, at) => {
      const s = sources(c);
      if (s.size !== 1 || !s.has("cloudfront")) return undefined;
      const out = [];
      if (c.SSLSupportMethod !== undefined)
        out.push({
          at: ["SSLSupportMethod"],
          message:
            `with the default certificate (*.cloudfront.net) CloudFront takes no SSLSupportMethod: remove ` +
            `${c.SSLSupportMethod}`,
          actual: c.SSLSupportMethod,
        });
      // The models say so from 2016-09-29 ("TLSv1 and can't be changed").
      if (
        c.MinimumProtocolVersion !== undefined &&
        c.MinimumProtocolVersion !== "TLSv1" &&
        inEffect({ since: "2016-09-29" }, at.version)
      ) {
        out.push({
          at: ["MinimumProtocolVersion"],
          message:
            `with the default certificate CloudFront uses TLSv1 whatever this says: ` +
            `${c.MinimumProtocolVersion} takes a certificate of your own`,
          expected: "TLSv1",
          actual: c.MinimumProtocolVersion,
        });
      }
      return out;
    },
    example: {
      breaks: (d) =>
        void (d["ViewerCertificate"] = { CloudFrontDefaultCertificate: true, SSLSupportMethod: "sni-only" }),
      at: ["ViewerCertificate", "SSLSupportMethod"],
    },
  }),
  rule({
    id: "sni-protocols",
    code: "InvalidProtocolSettings",
    ref: "C4",
    since: "2014-10-21",
    severity: "error",
    on: ["ViewerCertificate"],
    summary: "With `SSLSupportMethod` `sni-only`, `MinimumProtocolVersion` is not `SSLv3`.",
    source: "model: InvalidProtocolSettings and MinimumProtocolVersion docs",
    check: (c) =>
      c.SSLSupportMethod === "sni-only" && c.MinimumProtocolVersion === "SSLv3"
        ? {
            at: ["MinimumProtocolVersion"],
            message: "SNI-only distributions cannot accept SSLv3: set MinimumProtocolVersion to TLSv1 or later",
            expected: "TLSv1 or later",
            actual: "SSLv3",
          }
        : undefined,
    example: {
      breaks: (d) =>
        void (d["ViewerCertificate"] = {
          IAMCertificateId: "ASCAJ5ZTRQOXEXAMPLE",
          SSLSupportMethod: "sni-only",
          MinimumProtocolVersion: "SSLv3",
        }),
      at: ["ViewerCertificate", "MinimumProtocolVersion"],
    },
  }),
  rule({
    id: "vip-protocols",
    code: "InvalidMinimumProtocolVersion",
    ref: "C5",
    // The code exists from 2015-04-17, but the policies it refuses first exist in 2017-03-25.
    since: "2017-03-25",
    severity: "error",
    on: ["ViewerCertificate"],
    summary:
      "With `SSLSupportMethod` `vip` and a certificate of your own, `MinimumProtocolVersion` is `TLSv1` or `SSLv3` " +
      "(others need AWS Support).",
    source: "DG distribution-web-values-specify.md §Security policy",
    check: (c) =>
      c.SSLSupportMethod === "vip" &&
      custom(c) &&
      c.MinimumProtocolVersion !== undefined &&
      c.MinimumProtocolVersion !== "TLSv1" &&
      c.MinimumProtocolVersion !== "SSLv3"
        ? {
            at: ["MinimumProtocolVersion"],
            message:
              `dedicated-IP (vip) distributions take TLSv1 or SSLv3 unless AWS Support enables ` +
              `${c.MinimumProtocolVersion}: use sni-only for a newer policy, or ask Support`,
            expected: "TLSv1 | SSLv3",
            actual: c.MinimumProtocolVersion,
          }
        : undefined,
    example: {
      breaks: (d) =>
        void (d["ViewerCertificate"] = {
          IAMCertificateId: "ASCAJ5ZTRQOXEXAMPLE",
          SSLSupportMethod: "vip",
          MinimumProtocolVersion: "TLSv1.2_2018",
        }),
      at: ["ViewerCertificate", "MinimumProtocolVersion"],
    },
  }),
  rule({
    id: "acm-region",
    code: "InvalidViewerCertificate",
    ref: "C6",
    since: "2016-01-28",
    severity: "error",
    on: ["ViewerCertificate"],
    summary: "An ACM certificate is in us-east-1.",
    source: "model: ACMCertificateArn doc; terraform-provider-aws",
    check: (c) => {
      const region = c.ACMCertificateArn?.split(":")[3];
      return region === undefined || region === "us-east-1"
        ? undefined
        : {
            at: ["ACMCertificateArn"],
            message:
              `CloudFront only uses ACM certificates in us-east-1, not ${region || "(no region)"}: request or ` +
              `import the certificate there`,
            expected: "us-east-1",
            actual: region,
          };
    },
    example: {
      breaks: (d) =>
        void (d["ViewerCertificate"] = {
          ACMCertificateArn: "arn:aws:acm:eu-west-1:123456789012:certificate/f1e2d3c4-0000-0000-0000-000000000000",
          SSLSupportMethod: "sni-only",
          MinimumProtocolVersion: "TLSv1",
        }),
      at: ["ViewerCertificate", "ACMCertificateArn"],
    },
  }),
];
