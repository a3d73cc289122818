/**
 * JSON with members newer than the model: the AWS CLI printed ViewerCertificate.IncludeSubdomains in 2025, which no
 * public model has. `unknown` decides, as it does for XML: an error, a dropped member, or a kept one.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeJson, encode, EncodeError, encodeJson, migrate, unknownMembers } from "../src/index.js";
import type { Json } from "../src/index.js";

const config = (
  JSON.parse(
    readFileSync(join(import.meta.dirname, "..", "corpus", "2020-05-31", "legacy-forwarded-values.json"), "utf8"),
  ) as { DistributionConfig: Record<string, Json> }
).DistributionConfig;
const withNewer = {
  ...config,
  ViewerCertificate: { ...(config["ViewerCertificate"] as Record<string, Json>), IncludeSubdomains: true },
};
const target = { version: "2020-05-31", root: "DistributionConfig" } as const;

describe("JSON members the model does not have", () => {
  it("are unknown_member errors by default", () => {
    const r = decodeJson(withNewer, target);
    expect(r._tag === "Left" && r.left.issues.map((i) => [i.code, i.path])).toEqual([
      ["unknown_member", "/DistributionConfig/ViewerCertificate/IncludeSubdomains"],
    ]);
  });

  it("are dropped with a warning under unknown: skip", () => {
    const r = decodeJson(withNewer, { ...target, unknown: "skip" });
    if (r._tag === "Left") expect.fail(JSON.stringify(r.left.issues));
    expect(r.right.warnings?.map((w) => [w.code, w.path, w.message])).toEqual([
      [
        "unknown_member",
        "/DistributionConfig/ViewerCertificate/IncludeSubdomains",
        "IncludeSubdomains is not a member of ViewerCertificate in this version: dropped",
      ],
    ]);
    expect(encodeJson(r.right)).toEqual(config);
    expect(() => encode(r.right)).not.toThrow();
  });

  it("are kept through JSON output under unknown: preserve, and refused as XML", () => {
    const r = decodeJson(withNewer, { ...target, unknown: "preserve" });
    if (r._tag === "Left") expect.fail(JSON.stringify(r.left.issues));
    expect(r.right.warnings?.map((w) => w.message)).toEqual([
      "IncludeSubdomains is not a member of ViewerCertificate in this version: kept as read",
    ]);
    expect(encodeJson(r.right)).toEqual(withNewer);
    expect((r.right.value as { ViewerCertificate: Record<symbol, unknown> }).ViewerCertificate[unknownMembers]).toEqual(
      { IncludeSubdomains: true },
    );
    expect(() => encode(r.right)).toThrow(EncodeError);
    expect(() => encode(r.right)).toThrow(
      "/DistributionConfig/ViewerCertificate/IncludeSubdomains: the JSON member IncludeSubdomains is not in this version's model",
    );
  });

  it("become the typed member when a migration reaches the version that has it", () => {
    const older = { ...config, Staging: false, ViewerCertificate: { CloudFrontDefaultCertificate: true } };
    delete (older as Record<string, unknown>)["ConnectionMode"];
    const r = decodeJson(older, { version: "2019-03-26", root: "DistributionConfig", unknown: "preserve" });
    if (r._tag === "Left") expect.fail(JSON.stringify(r.left.issues));
    const up = migrate(r.right, "2020-05-31");
    if (up._tag === "Left") expect.fail(JSON.stringify(up.left));
    expect((up.right.value as { Staging: boolean }).Staging).toBe(false);
    expect(unknownMembers in (up.right.value as object)).toBe(false);
    expect(() => encode(up.right)).not.toThrow();
  });
});
