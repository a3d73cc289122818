/**
 * Type-level: a decoded 2020-05-31 value is assignable to the AWS SDK v3 types (checked by `tsc` in `npm test`),
 * and the schema's types are not looser than the model.
 */
import type * as sdk from "@aws-sdk/client-cloudfront";
import { describe, expectTypeOf, it } from "vitest";
import { decode, decodeJson, migrate } from "../src/index.js";
import type { Decoded, Migrated, v2020_05_31 } from "../src/index.js";

describe("static types", () => {
  it("are assignable to @aws-sdk/client-cloudfront's", () => {
    expectTypeOf<v2020_05_31.Documents["DistributionConfig"]>().toExtend<sdk.DistributionConfig>();
    expectTypeOf<v2020_05_31.Documents["Distribution"]>().toExtend<sdk.Distribution>();
    expectTypeOf<v2020_05_31.Documents["DistributionConfigWithTags"]>().toExtend<sdk.DistributionConfigWithTags>();
    expectTypeOf<v2020_05_31.Documents["CopyDistributionRequest"]>().toExtend<
      Pick<sdk.CopyDistributionRequest, "CallerReference" | "Enabled">
    >();
  });

  it("follow a migration: a document migrated to 2020-05-31 is assignable to the SDK's types without a cast", () => {
    const take = (d: Decoded): void => {
      if (d.root !== "DistributionConfig") return;
      const r = migrate(d, "2020-05-31");
      if (r._tag === "Left") return;
      const config: sdk.DistributionConfig = r.right.value;
      expectTypeOf<typeof r.right.version>().toEqualTypeOf<"2020-05-31">();
      expectTypeOf(r.right).toExtend<Migrated<"2020-05-31", "DistributionConfig">>();
      void config;
    };
    const r = decode(`<DistributionConfig xmlns="http://cloudfront.amazonaws.com/doc/2012-07-01/"/>`);
    if (r._tag === "Right") take(r.right);
  });

  it("follow decodeJson: JSON read as 2020-05-31 DistributionConfig is assignable to the SDK's type without a cast", () => {
    const r = decodeJson({}, { version: "2020-05-31", root: "DistributionConfig" });
    if (r._tag === "Right") {
      const config: sdk.DistributionConfig = r.right.value;
      expectTypeOf<typeof r.right.root>().toEqualTypeOf<"DistributionConfig">();
      void config;
    }
  });

  it("require what the model requires and know its enums", () => {
    // @ts-expect-error Comment is required
    const missing: v2020_05_31.Documents["DistributionConfig"] = {
      CallerReference: "r",
      Origins: { Quantity: 0, Items: [] },
      DefaultCacheBehavior: { TargetOriginId: "o", ViewerProtocolPolicy: "allow-all" },
      Enabled: true,
    };
    // @ts-expect-error not a ViewerProtocolPolicy
    const policy: v2020_05_31.Documents["DistributionConfig"]["DefaultCacheBehavior"]["ViewerProtocolPolicy"] =
      "redirect-to-http";
    expectTypeOf<v2020_05_31.Documents["Distribution"]["LastModifiedTime"]>().toEqualTypeOf<Date>();
    expectTypeOf<NonNullable<v2020_05_31.Documents["DistributionConfig"]["Aliases"]>>().toEqualTypeOf<{
      Quantity: number;
      Items?: string[];
    }>();
    void missing;
    void policy;
  });
});
