/** 2016-08-01: distribution ARNs (`Distribution.ARN`, required) and `DistributionConfigWithTags`. */
import { insert } from "../schema/delta.js";
import { list, optional, required, string, struct } from "../schema/dsl.js";
import type { Shape } from "../schema/infer.js";
import * as prev from "./v2016_01_28.js";

export const version = "2016-08-01";
const p = prev.shapes;
// Anchored in every model up to 2019-03-26; 2020-05-31's model drops the anchors (same letters either way).
const tagText = "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$";

export const shapes = Object.freeze({
  ...p,
  Distribution: insert(p.Distribution, "Id", { ARN: required(string()) }),
  DistributionConfigWithTags: struct("DistributionConfigWithTags", { DistributionConfig: required("DistributionConfig"), Tags: required("Tags") }),
  // Not a Quantity wrapper: only <Items>.
  Tags: struct("Tags", { Items: optional(list("Tag", "Tag")) }),
  Tag: struct("Tag", {
    Key: required(string({ minLength: 1, maxLength: 128, pattern: tagText })),
    Value: optional(string({ minLength: 0, maxLength: 256, pattern: tagText })),
  }),
} as const);

export const roots = [...prev.roots, "DistributionConfigWithTags"] as const;
export type DistributionConfig = Shape<typeof shapes, "DistributionConfig">;
export type Distribution = Shape<typeof shapes, "Distribution">;
export type DistributionConfigWithTags = Shape<typeof shapes, "DistributionConfigWithTags">;
