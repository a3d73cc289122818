/** The io-ts codecs on AWS CLI / SDK JSON: same checks, codes and paths as the XML decoder. */
import { fc, it } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { codecs, decode, decodeJson, encode, encodeJson } from "../src/index.js";
import { arbitraryFor } from "../src/interpreters/arbitrary.js";
import { versions } from "../src/versions/index.js";

const config = {
  CallerReference: "ref",
  Origins: {
    Quantity: 1,
    Items: [
      {
        Id: "o",
        DomainName: "example.com",
        CustomOriginConfig: { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: "https-only" },
      },
    ],
  },
  DefaultCacheBehavior: { TargetOriginId: "o", ViewerProtocolPolicy: "allow-all" },
  Comment: "",
  Enabled: true,
};
const issuesOf = (json: unknown) => {
  const r = decodeJson(json, { version: "2020-05-31", root: "DistributionConfig" });
  return r._tag === "Left" ? r.left.issues.map((i) => [i.code, i.path]) : [];
};

describe("io-ts codecs", () => {
  it("accept a valid value and report io-ts errors with the same paths otherwise", () => {
    const codec = codecs("2020-05-31").DistributionConfig;
    expect(codec.decode(config)._tag).toBe("Right");
    expect(codec.is(config)).toBe(true);
    const bad = codec.decode({ ...config, Enabled: "true" });
    expect(bad._tag === "Left" && bad.left.map((e) => e.message)).toEqual([
      '/DistributionConfig/Enabled: error[invalid_type]: expected a boolean, got "true"',
    ]);
  });

  it("report unknown members instead of dropping them", () => {
    expect(issuesOf({ ...config, Enabeld: true })).toEqual([["unknown_member", "/DistributionConfig/Enabeld"]]);
  });

  it("check Quantity against Items, ranges, enums and requiredness", () => {
    const origin = config.Origins.Items[0];
    expect(
      issuesOf({
        ...config,
        Aliases: { Quantity: 2, Items: ["a.example.com"] },
        Origins: {
          Quantity: 1,
          Items: [
            { ...origin, CustomOriginConfig: { HTTPPort: 2 ** 31, HTTPSPort: 1.5, OriginProtocolPolicy: "https" } },
          ],
        },
        DefaultCacheBehavior: {
          TargetOriginId: "o",
          ViewerProtocolPolicy: "allow-all",
          AllowedMethods: { Quantity: 1, Items: [] },
          MinTTL: 2 ** 53,
        },
        Comment: undefined,
      }),
    ).toEqual([
      ["quantity_mismatch", "/DistributionConfig/Aliases/Quantity"],
      ["out_of_range", "/DistributionConfig/Origins/Items/Origin[1]/CustomOriginConfig/HTTPPort"],
      ["invalid_type", "/DistributionConfig/Origins/Items/Origin[1]/CustomOriginConfig/HTTPSPort"],
      ["invalid_enum", "/DistributionConfig/Origins/Items/Origin[1]/CustomOriginConfig/OriginProtocolPolicy"],
      ["quantity_mismatch", "/DistributionConfig/DefaultCacheBehavior/AllowedMethods/Quantity"],
      ["out_of_range", "/DistributionConfig/DefaultCacheBehavior/MinTTL"],
      ["invalid_type", "/DistributionConfig/Comment"],
    ]);
  });

  it("check the model's list bounds, as the XML decoder does", () => {
    const member = (id: string) => ({ OriginId: id });
    const group = (members: object[]) => ({
      Id: "g",
      FailoverCriteria: { StatusCodes: { Quantity: 1, Items: [500] } },
      Members: { Quantity: members.length, Items: members },
    });
    expect(issuesOf({ ...config, OriginGroups: { Quantity: 1, Items: [group([member("a"), member("b")])] } })).toEqual(
      [],
    );
    expect(
      issuesOf({ ...config, OriginGroups: { Quantity: 1, Items: [group([member("a"), member("b"), member("c")])] } }),
    ).toEqual([["list_length", "/DistributionConfig/OriginGroups/Items/OriginGroup[1]/Members/Items"]]);
  });

  it("read timestamps from ISO 8601 strings and write them back the same way", () => {
    const distribution = {
      Id: "E1",
      ARN: "arn:aws:cloudfront::123456789012:distribution/E1",
      Status: "Deployed",
      LastModifiedTime: "2019-03-26T10:00:00.000Z",
      InProgressInvalidationBatches: 0,
      DomainName: "d.cloudfront.net",
      DistributionConfig: config,
    };
    const r = decodeJson(distribution, { version: "2020-05-31", root: "Distribution" });
    if (r._tag === "Left") throw new Error(JSON.stringify(r.left));
    expect((r.right.value as { LastModifiedTime: Date }).LastModifiedTime).toEqual(
      new Date("2019-03-26T10:00:00.000Z"),
    );
    expect(encodeJson(r.right)).toEqual(distribution);
    const bad = decodeJson(
      { ...distribution, LastModifiedTime: "2019-02-29T10:00:00Z" },
      { version: "2020-05-31", root: "Distribution" },
    );
    expect(bad._tag === "Left" && bad.left.issues[0]?.code).toBe("invalid_timestamp");
  });
});

describe("io-ts codecs on anything", () => {
  it.prop([fc.anything({ maxDepth: 4, withDate: true, withNullPrototype: true, withBigInt: true, withMap: true })], {
    numRuns: 500,
  })("never throw, and whatever they accept encodes to XML that decodes back", (u) => {
    const r = decodeJson(u, { version: "2020-05-31", root: "DistributionConfig" });
    if (r._tag === "Left") expect(r.left.issues.length).toBeGreaterThan(0);
    else expect(decode(encode(r.right))).toEqual({ _tag: "Right", right: r.right });
  });

  it.prop([fc.constantFrom(...versions)], { numRuns: 27 })(
    "accept what the version's arbitrary draws, for every version",
    (v) => {
      const [value] = fc.sample(arbitraryFor(v.shapes, v.shapes.DistributionConfig), { numRuns: 1, seed: 1 });
      expect(
        decodeJson(JSON.parse(JSON.stringify(value)), { version: v.version, root: "DistributionConfig" })._tag,
      ).toBe("Right");
    },
  );
});
