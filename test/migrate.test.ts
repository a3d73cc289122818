/** migrate and earliestVersion on concrete documents: the documented defaults, refusals, lossy runs. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decode, earliestVersion, encode, formatFailure, migrate } from "../src/index.js";
import type { Decoded } from "../src/index.js";

const corpus = join(import.meta.dirname, "..", "corpus");
const load = (version: string, name: string): Decoded => {
  const r = decode(readFileSync(join(corpus, version, `${name}.xml`)));
  if (r._tag === "Left") throw new Error(formatFailure(r.left));
  return r.right;
};
const lossesOf = (r: ReturnType<typeof migrate>) =>
  r._tag === "Left" && r.left.kind === "downgrade" ? r.left.losses.map((l) => [l.kind, l.path, l.introducedIn]) : r;

describe("migrate", () => {
  it("upgrades 2012-05-05 with the defaults that reproduce its behaviour: no cookies forwarded or logged, all edge locations", () => {
    const r = migrate(load("2012-05-05", "private-downloads-distribution"), "2012-07-01");
    if (r._tag === "Left") expect.fail(JSON.stringify(r.left));
    const v = r.right.value as {
      DistributionConfig: {
        PriceClass: string;
        Logging: { IncludeCookies: boolean };
        DefaultCacheBehavior: { ForwardedValues: { Cookies: unknown } };
      };
    };
    expect(v.DistributionConfig.PriceClass).toBe("PriceClass_All");
    expect(v.DistributionConfig.Logging.IncludeCookies).toBe(false);
    expect(v.DistributionConfig.DefaultCacheBehavior.ForwardedValues.Cookies).toEqual({ Forward: "none" });
    expect(r.right.losses).toEqual([]);
    const assumed = r.right.assumptions.map((a) => [a.path, a.value, a.introducedIn]);
    expect(assumed).toEqual(
      expect.arrayContaining([
        ["/Distribution/DistributionConfig/PriceClass", "PriceClass_All", "2012-07-01"],
        ["/Distribution/DistributionConfig/Logging/IncludeCookies", false, "2012-07-01"],
        [
          "/Distribution/DistributionConfig/DefaultCacheBehavior/ForwardedValues/Cookies",
          { Forward: "none" },
          "2012-07-01",
        ],
      ]),
    );
    for (const a of r.right.assumptions) expect(a.why.length).toBeGreaterThan(0);
  });

  it("assumes nothing when the document already holds every member the newer version requires", () => {
    const r = migrate(load("2020-05-31", "origin-group-failover"), "2020-05-31");
    expect(r._tag === "Right" && r.right.assumptions).toEqual([]);
  });

  it("derives Distribution.ARN from accountId when a response crosses 2016-08-01, and refuses to guess it otherwise", () => {
    const d = load("2012-07-01", "example-response");
    const without = migrate(d, "2020-05-31");
    expect(without._tag === "Left" && without.left).toMatchObject({
      kind: "upgrade",
      version: "2016-08-01",
      issues: [{ code: "missing_element", path: "/Distribution/ARN" }],
    });
    const r = migrate(d, "2020-05-31", { accountId: "123456789012" });
    expect(r._tag === "Right" && (r.right.value as { ARN: string }).ARN).toBe(
      "arn:aws:cloudfront::123456789012:distribution/EDFDVBD6EXAMPLE",
    );
    expect(r._tag === "Right" && r.right.assumptions).toContainEqual(
      expect.objectContaining({
        path: "/Distribution/ARN",
        value: "arn:aws:cloudfront::123456789012:distribution/EDFDVBD6EXAMPLE",
        introducedIn: "2016-08-01",
      }),
    );
  });

  it("refuses a downgrade that would lose data, listing every path with the version that introduced it", () => {
    const d = load("2020-05-31", "origin-group-failover");
    expect(lossesOf(migrate(d, "2018-06-18"))).toContainEqual([
      "member",
      "/DistributionConfig/OriginGroups",
      "2018-11-05",
    ]);
  });

  it("with lossy performs the downgrade and returns what was dropped or replaced", () => {
    const d = load("2020-05-31", "origin-group-failover");
    const r = migrate(d, "2018-06-18", { lossy: true });
    if (r._tag === "Left") expect.fail(JSON.stringify(r.left));
    expect(r.right.version).toBe("2018-06-18");
    expect(r.right.losses.map((l) => l.path)).toContain("/DistributionConfig/OriginGroups");
    expect(encode(r.right)).not.toContain("OriginGroups");
    const strict = migrate(d, "2018-06-18");
    expect(strict._tag === "Left" && strict.left.kind === "downgrade" && strict.left.losses.length).toBe(
      r.right.losses.length,
    );
  });

  it("replaces a required value the older version lacks only in lossy mode, and says so", () => {
    const d = load("2020-05-31", "s3-origin-oac");
    const r = migrate(d, "2013-11-22", { lossy: true });
    if (r._tag === "Left") expect.fail(JSON.stringify(r.left));
    expect(r.right.losses).toContainEqual(
      expect.objectContaining({
        path: "/DistributionConfig/DefaultCacheBehavior/ViewerProtocolPolicy",
        kind: "value",
        value: "redirect-to-https",
        replacement: "https-only",
        introducedIn: "2014-01-31",
      }),
    );
  });

  it("never modifies its input, and hands on what a step does not change without copying it", () => {
    const d = load("2016-08-01", "distribution-response");
    const frozen = <T>(v: T): T => {
      if (typeof v === "object" && v !== null)
        for (const k of Object.keys(v)) frozen((v as Record<string, unknown>)[k]);
      return Object.freeze(v);
    };
    const before = structuredClone(d.value);
    frozen(d.value);
    // 2016-08-20 changes ForwardedValues (QueryStringCacheKeys) and nothing else a distribution holds.
    const r = migrate(d, "2016-08-20");
    if (r._tag === "Left") expect.fail(JSON.stringify(r.left));
    expect(d.value).toEqual(before);
    type V = { DistributionConfig: { Origins: unknown; DefaultCacheBehavior: unknown }; ActiveTrustedSigners: unknown };
    const [was, now] = [d.value as V, r.right.value as V];
    expect(now.DistributionConfig.Origins).toBe(was.DistributionConfig.Origins);
    expect(now.ActiveTrustedSigners).toBe(was.ActiveTrustedSigners);
    expect(now.DistributionConfig.DefaultCacheBehavior).not.toBe(was.DistributionConfig.DefaultCacheBehavior);
    expect(now).toEqual(was);
  });

  it("refuses a document kind the target version does not have", () => {
    const r = migrate(load("2020-05-31", "copy-distribution-request"), "2019-03-26");
    expect(r._tag === "Left" && r.left).toEqual({
      kind: "unsupported",
      message: "<CopyDistributionRequest> does not exist in version 2019-03-26",
    });
  });
});

describe("earliestVersion", () => {
  it("names the oldest version that holds the value and the feature that pins it", () => {
    const pins = (d: Decoded) => {
      const e = earliestVersion(d);
      return [e.version, e.pinnedBy.map((l) => `${l.introducedIn}: ${l.path}`)];
    };
    expect(pins(load("2018-11-05", "origin-group-failover"))).toEqual([
      "2018-11-05",
      ["2018-11-05: /DistributionConfig/OriginGroups"],
    ]);
    // Its cookie whitelist and cookie logging are 2012-07-01 features; Forward "none" and no logging would not be.
    expect(pins(load("2012-07-01", "example-request"))).toEqual([
      "2012-07-01",
      [
        "2012-07-01: /DistributionConfig/DefaultCacheBehavior/ForwardedValues/Cookies",
        "2012-07-01: /DistributionConfig/CacheBehaviors/Items/CacheBehavior[1]/ForwardedValues/Cookies",
        "2012-07-01: /DistributionConfig/Logging/IncludeCookies",
      ],
    ]);
    const smooth = earliestVersion(load("2013-11-22", "smooth-streaming-media"));
    expect(smooth.version).toBe("2013-11-22");
    // SmoothStreaming true pins it; false, what 2013-11-11 did without the member, does not.
    expect(smooth.pinnedBy.map((l) => l.path)).toEqual([
      "/DistributionConfig/CacheBehaviors/Items/CacheBehavior[1]/SmoothStreaming",
      "/DistributionConfig/CacheBehaviors/Items/CacheBehavior[2]/SmoothStreaming",
    ]);
  });
});
