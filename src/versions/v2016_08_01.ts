/**
 * 2016-08-01: ARNs (required, after `Id`) in distributions, streaming distributions and both summaries; tagging:
 * `DistributionConfigWithTags`, `StreamingDistributionConfigWithTags`, and the `Tags` and `TagKeys` bodies of
 * TagResource, ListTagsForResource and UntagResource.
 */
import { insert } from "../schema/delta.js";
import { list, optional, required, string, struct } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2016_01_28.js";

export const version = "2016-08-01";
const p = prev.shapes;
// Anchored in every model up to 2019-03-26; 2020-05-31's model drops the anchors (same letters either way).
const tagText = "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$";

export const shapes = Object.freeze({
  ...p,
  Distribution: insert(p.Distribution, "Id", { ARN: required(string()) }),
  DistributionSummary: insert(p.DistributionSummary, "Id", { ARN: required(string()) }),
  StreamingDistribution: insert(p.StreamingDistribution, "Id", { ARN: required(string()) }),
  StreamingDistributionSummary: insert(p.StreamingDistributionSummary, "Id", { ARN: required(string()) }),
  DistributionConfigWithTags: struct("DistributionConfigWithTags", {
    DistributionConfig: required("DistributionConfig"),
    Tags: required("Tags"),
  }),
  StreamingDistributionConfigWithTags: struct("StreamingDistributionConfigWithTags", {
    StreamingDistributionConfig: required("StreamingDistributionConfig"),
    Tags: required("Tags"),
  }),
  // Neither is a Quantity wrapper: only <Items>.
  Tags: struct("Tags", { Items: optional(list("Tag", "Tag")) }),
  Tag: struct("Tag", { Key: required("TagKey"), Value: optional("TagValue") }),
  TagKeys: struct("TagKeys", { Items: optional(list("Key", "TagKey")) }),
  TagKey: string({ minLength: 1, maxLength: 128, pattern: tagText }),
  TagValue: string({ minLength: 0, maxLength: 256, pattern: tagText }),
} as const);

export const roots = [
  ...prev.roots,
  "DistributionConfigWithTags",
  "StreamingDistributionConfigWithTags",
  "Tags",
  "TagKeys",
] as const;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
