/**
 * Type-level: a decoded 2020-05-31 value is assignable to the AWS SDK v3 types (checked by `tsc` in `npm test`),
 * and the schema's types are not looser than the model.
 */
import type * as sdk from "@aws-sdk/client-cloudfront";
import { describe, expectTypeOf, it } from "vitest";
import type { v2020_05_31 } from "../src/index.js";

describe("static types", () => {
  it("are assignable to @aws-sdk/client-cloudfront's", () => {
    expectTypeOf<v2020_05_31.Documents["DistributionConfig"]>().toExtend<sdk.DistributionConfig>();
    expectTypeOf<v2020_05_31.Documents["Distribution"]>().toExtend<sdk.Distribution>();
    expectTypeOf<v2020_05_31.Documents["DistributionConfigWithTags"]>().toExtend<sdk.DistributionConfigWithTags>();
    expectTypeOf<v2020_05_31.Documents["CopyDistributionRequest"]>().toExtend<Pick<sdk.CopyDistributionRequest, "CallerReference" | "Enabled">>();
  });

  it("require what the model requires and know its enums", () => {
    // @ts-expect-error Comment is required
    const missing: v2020_05_31.Documents["DistributionConfig"] = { CallerReference: "r", Origins: { Quantity: 0, Items: [] }, DefaultCacheBehavior: { TargetOriginId: "o", ViewerProtocolPolicy: "allow-all" }, Enabled: true };
    // @ts-expect-error not a ViewerProtocolPolicy
    const policy: v2020_05_31.Documents["DistributionConfig"]["DefaultCacheBehavior"]["ViewerProtocolPolicy"] = "redirect-to-http";
    expectTypeOf<v2020_05_31.Documents["Distribution"]["LastModifiedTime"]>().toEqualTypeOf<Date>();
    expectTypeOf<NonNullable<v2020_05_31.Documents["DistributionConfig"]["Aliases"]>>().toEqualTypeOf<{ Quantity: number; Items?: string[] }>();
    void missing;
    void policy;
  });
});
