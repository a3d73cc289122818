/**
 * The cases of rules that say more than their one example shows: each case changes the minimal DistributionConfig
 * of a version and lists exactly what lint finds, as rule and path (from /DistributionConfig).
 */
import { describe, expect, it } from "vitest";
import type { VersionId } from "../src/index.js";
import { decodedDraft, minimalDraft } from "../src/lint/fixtures.js";
import { lint } from "../src/lint/lint.js";
import type { Draft } from "../src/lint/rule.js";
import { behavior, custom, defaults, firstOrigin, forwarded, list } from "../src/lint/rules/draft.js";

interface Case {
  readonly name: string;
  readonly version: VersionId;
  readonly change: (d: Draft) => void;
  readonly finds: readonly (readonly [rule: string, path: string])[];
}

const cases: readonly Case[] = [
  {
    name: "an origin with two configurations",
    version: "2012-05-05",
    change: (d) => {
      custom(d, "www.example.com");
      firstOrigin(d)["S3OriginConfig"] = { OriginAccessIdentity: "" };
    },
    finds: [["origin-type", "Origins/Items/Origin[1]/CustomOriginConfig"]],
  },
  {
    name: "an S3 website endpoint as an S3 origin",
    version: "2014-11-06",
    change: (d) => void (firstOrigin(d)["DomainName"] = "site.s3-website-us-east-1.amazonaws.com"),
    finds: [["origin-type", "Origins/Items/Origin[1]/S3OriginConfig"]],
  },
  {
    name: "the Transfer Acceleration endpoint",
    version: "2016-09-29",
    change: (d) => void (firstOrigin(d)["DomainName"] = "bucket.s3-accelerate.amazonaws.com"),
    finds: [["s3-origin-domain", "Origins/Items/Origin[1]/DomainName"]],
  },
  {
    name: "a bucket name with two periods together",
    version: "2016-09-29",
    change: (d) => void (firstOrigin(d)["DomainName"] = "my..bucket.s3.amazonaws.com"),
    finds: [["s3-origin-domain", "Origins/Items/Origin[1]/DomainName"]],
  },
  {
    name: "a China-partition bucket",
    version: "2020-05-31",
    change: (d) => void (firstOrigin(d)["DomainName"] = "bucket.s3.cn-north-1.amazonaws.com.cn"),
    finds: [],
  },
  {
    name: "a cache policy beside ForwardedValues and the TTLs",
    version: "2020-05-31",
    change: (d) => void (defaults(d)["CachePolicyId"] = "658327ea-f89d-4fab-a63d-7e88639e58f6"),
    finds: [
      ["cache-policy-or-forwarded-values", "DefaultCacheBehavior/ForwardedValues"],
      ["cache-policy-or-forwarded-values", "DefaultCacheBehavior/MinTTL"],
    ],
  },
  {
    name: "ForwardedValues without MinTTL",
    version: "2020-05-31",
    change: (d) => void delete defaults(d)["MinTTL"],
    finds: [["cache-policy-or-forwarded-values", "DefaultCacheBehavior"]],
  },
  {
    name: "a cache policy alone",
    version: "2020-05-31",
    change: (d) => {
      defaults(d)["CachePolicyId"] = "658327ea-f89d-4fab-a63d-7e88639e58f6";
      delete defaults(d)["ForwardedValues"];
      delete defaults(d)["MinTTL"];
    },
    finds: [],
  },
  {
    name: "a cookie whitelist without names",
    version: "2012-07-01",
    change: (d) => {
      custom(d);
      forwarded(d)["Cookies"] = { Forward: "whitelist" };
    },
    finds: [["forward-cookies", "DefaultCacheBehavior/ForwardedValues/Cookies"]],
  },
  {
    name: "MinTTL above DefaultTTL",
    version: "2015-04-17",
    change: (d) => void Object.assign(defaults(d), { MinTTL: 600, DefaultTTL: 60 }),
    finds: [
      ["min-ttl-overrides-no-cache", "DefaultCacheBehavior/MinTTL"],
      ["ttl-order", "DefaultCacheBehavior/DefaultTTL"],
    ],
  },
  {
    name: "MaxTTL below the default DefaultTTL (86400)",
    version: "2015-04-17",
    change: (d) => void (defaults(d)["MaxTTL"] = 60),
    finds: [["ttl-order", "DefaultCacheBehavior/MaxTTL"]],
  },
  {
    name: "MinTTL above a day, DefaultTTL left out",
    version: "2015-04-17",
    change: (d) => void Object.assign(defaults(d), { MinTTL: 172800, MaxTTL: 31536000 }),
    finds: [["min-ttl-overrides-no-cache", "DefaultCacheBehavior/MinTTL"]],
  },
  {
    name: "the default certificate and an ACM one",
    version: "2020-05-31",
    change: (d) =>
      void (d["ViewerCertificate"] = {
        CloudFrontDefaultCertificate: true,
        ACMCertificateArn: "arn:aws:acm:us-east-1:123456789012:certificate/x",
        SSLSupportMethod: "sni-only",
        MinimumProtocolVersion: "TLSv1.2_2021",
      }),
    finds: [["certificate-source", "ViewerCertificate"]],
  },
  {
    name: "an ACM certificate with what it needs, and CertificateSource beside it",
    version: "2020-05-31",
    change: (d) =>
      void (d["ViewerCertificate"] = {
        ACMCertificateArn: "arn:aws:acm:us-east-1:123456789012:certificate/x",
        SSLSupportMethod: "sni-only",
        MinimumProtocolVersion: "TLSv1.2_2021",
        Certificate: "arn:aws:acm:us-east-1:123456789012:certificate/x",
        CertificateSource: "acm",
      }),
    finds: [],
  },
  {
    name: "an IAM certificate before MinimumProtocolVersion was asked for",
    version: "2018-11-05",
    change: (d) =>
      void (d["ViewerCertificate"] = { IAMCertificateId: "ASCAJ5ZTRQOXEXAMPLE", SSLSupportMethod: "sni-only" }),
    finds: [],
  },
  {
    name: "the default certificate with a newer policy",
    version: "2020-05-31",
    change: (d) =>
      void (d["ViewerCertificate"] = { CloudFrontDefaultCertificate: true, MinimumProtocolVersion: "TLSv1.2_2021" }),
    finds: [["default-certificate-settings", "ViewerCertificate/MinimumProtocolVersion"]],
  },
  {
    name: "the default certificate with SSLv3 before 2016-09-29",
    version: "2016-01-28",
    change: (d) =>
      void (d["ViewerCertificate"] = { CloudFrontDefaultCertificate: true, MinimumProtocolVersion: "SSLv3" }),
    finds: [],
  },
  {
    name: "an S3 website endpoint on port 8080",
    version: "2012-05-05",
    change: (d) =>
      void Object.assign(custom(d, "site.s3-website.eu-west-1.amazonaws.com"), {
        HTTPPort: 8080,
        OriginProtocolPolicy: "http-only",
      }),
    finds: [["s3-website-http", "Origins/Items/Origin[1]/CustomOriginConfig/HTTPPort"]],
  },
  {
    name: "field-level encryption to an http-only origin",
    version: "2017-10-30",
    change: (d) => {
      custom(d)["OriginProtocolPolicy"] = "http-only";
      Object.assign(defaults(d), {
        FieldLevelEncryptionId: "C3KM2WVD605UAY",
        ViewerProtocolPolicy: "https-only",
        AllowedMethods: list(["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"]),
      });
    },
    finds: [["field-level-encryption", "DefaultCacheBehavior/TargetOriginId"]],
  },
  {
    name: "a page path with a space and a raw é",
    version: "2013-08-26",
    change: (d) =>
      void (d["CustomErrorResponses"] = list([
        { ErrorCode: 404, ResponsePagePath: "/errors/pas trouvé.html", ResponseCode: "404" },
      ])),
    finds: [["response-page-path", "CustomErrorResponses/Items/CustomErrorResponse[1]/ResponsePagePath"]],
  },
  {
    name: "a page path already encoded",
    version: "2013-08-26",
    change: (d) =>
      void (d["CustomErrorResponses"] = list([
        { ErrorCode: 404, ResponsePagePath: "/errors/pas%20trouv%C3%A9.html", ResponseCode: "404" },
      ])),
    finds: [],
  },
  {
    name: "countries with RestrictionType none",
    version: "2013-11-11",
    change: (d) => void (d["Restrictions"] = { GeoRestriction: { RestrictionType: "none", ...list(["FR"]) } }),
    finds: [["geo-restriction-type", "Restrictions/GeoRestriction"]],
  },
  {
    name: "a country code CLDR does not know",
    version: "2013-11-11",
    change: (d) => void (d["Restrictions"] = { GeoRestriction: { RestrictionType: "blacklist", ...list(["QQ"]) } }),
    finds: [["geo-location", "Restrictions/GeoRestriction/Items/Location[1]"]],
  },
  {
    name: "query string names of 600 characters in all",
    version: "2016-08-20",
    change: (d) =>
      void Object.assign(forwarded(d), {
        QueryString: true,
        QueryStringCacheKeys: list(["a", "b", "c", "d", "e"].map((c) => c.repeat(120))),
      }),
    finds: [["query-string-key-lengths", "DefaultCacheBehavior/ForwardedValues/QueryStringCacheKeys"]],
  },
  {
    name: "two CloudFront Functions on viewer-request",
    version: "2020-05-31",
    change: (d) =>
      void (defaults(d)["FunctionAssociations"] = list(
        ["a", "b"].map((f) => ({
          FunctionARN: `arn:aws:cloudfront::123456789012:function/${f}`,
          EventType: "viewer-request",
        })),
      )),
    finds: [
      ["function-event-type", "DefaultCacheBehavior/FunctionAssociations/Items/FunctionAssociation[2]/EventType"],
    ],
  },
  {
    name: "a disabled log with a prefix",
    version: "2012-05-05",
    change: (d) => void (d["Logging"]["Prefix"] = "cf/"),
    finds: [["logging-disabled-with-bucket", "Logging/Prefix"]],
  },
  {
    name: "Accept-Encoding to a custom origin in 2018-06-18",
    version: "2018-06-18",
    change: (d) => {
      custom(d);
      forwarded(d)["Headers"] = list(["Accept-Encoding"]);
    },
    finds: [["uncacheable-headers", "DefaultCacheBehavior/ForwardedValues/Headers/Items/Name[1]"]],
  },
  {
    name: "Accept-Encoding to a custom origin in 2018-11-05",
    version: "2018-11-05",
    change: (d) => {
      custom(d);
      forwarded(d)["Headers"] = list(["Accept-Encoding"]);
    },
    finds: [],
  },
  {
    name: "a header of Lambda@Edge's to an S3 origin in 2018-06-18",
    version: "2018-06-18",
    change: (d) => void (forwarded(d)["Headers"] = list(["CloudFront-Viewer-Country"])),
    finds: [],
  },
  {
    name: "Cookie as a header to an S3 origin in 2018-06-18",
    version: "2018-06-18",
    change: (d) => void (forwarded(d)["Headers"] = list(["cookie"])),
    finds: [["uncacheable-headers", "DefaultCacheBehavior/ForwardedValues/Headers/Items/Name[1]"]],
  },
  {
    name: "a signed behaviour behind an unsigned *.jpg",
    version: "2012-05-05",
    change: (d) => {
      behavior(d, "*.jpg");
      behavior(d, "/private/*")["TrustedSigners"] = { Enabled: true, ...list(["123456789012"]) };
    },
    finds: [["path-order", "CacheBehaviors/Items/CacheBehavior[2]/PathPattern"]],
  },
  {
    name: "a signed behaviour before the unsigned one",
    version: "2012-05-05",
    change: (d) => {
      behavior(d, "/media/private/*")["TrustedSigners"] = { Enabled: true, ...list(["123456789012"]) };
      behavior(d, "/media/*");
    },
    finds: [],
  },
  {
    name: "a behaviour aimed at an origin group",
    version: "2018-11-05",
    change: (d) => {
      d["OriginGroups"] = list([
        {
          Id: "g",
          FailoverCriteria: { StatusCodes: list([500]) },
          Members: list([{ OriginId: "origin-1" }, { OriginId: "origin-1" }]),
        },
      ]);
      defaults(d)["TargetOriginId"] = "g";
    },
    finds: [],
  },
];

describe("lint cases", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const d = minimalDraft(c.version);
    c.change(d);
    expect(lint(decodedDraft(c.version, d)).map((f) => [f.rule, f.path])).toEqual(
      c.finds.map(([rule, path]) => [rule, `/DistributionConfig/${path}`]),
    );
  });

  it("say which custom header is too long, its name or its value, and by how much (characters, not bytes)", () => {
    const d = minimalDraft("2020-05-31");
    firstOrigin(d)["CustomHeaders"] = list([
      { HeaderName: "X-".padEnd(257, "n"), HeaderValue: "v" },
      { HeaderName: "X-Ok", HeaderValue: "é".repeat(1784) },
      { HeaderName: "X-Fill", HeaderValue: "v".repeat(1783) },
    ]);
    const headers = "/DistributionConfig/Origins/Items/Origin[1]/CustomHeaders";
    expect(lint(decodedDraft("2020-05-31", d)).map((f) => [f.rule, f.path, f.message])).toEqual([
      [
        "origin-custom-header-lengths",
        `${headers}/Items/OriginCustomHeader[1]/HeaderName`,
        "a header name of 257 characters; the quota is 256: shorten it",
      ],
      [
        "origin-custom-header-lengths",
        `${headers}/Items/OriginCustomHeader[2]/HeaderValue`,
        "a header value of 1784 characters; the quota is 1783: shorten it",
      ],
    ]);
  });

  it("suggest the encoded page path", () => {
    const d = minimalDraft("2020-05-31");
    d["CustomErrorResponses"] = list([{ ErrorCode: 404, ResponsePagePath: "/a b/é%zz.html", ResponseCode: "404" }]);
    expect(lint(decodedDraft("2020-05-31", d))[0]?.expected).toBe("/a%20b/%C3%A9%25zz.html");
  });
});
