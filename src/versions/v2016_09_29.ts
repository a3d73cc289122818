/** 2016-09-29: IPv6 (`IsIPV6Enabled`, last). */
import { append } from "../schema/delta.js";
import { boolean, optional } from "../schema/dsl.js";
import type { Shape } from "../schema/infer.js";
import * as prev from "./v2016_09_07.js";

export const version = "2016-09-29";
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  DistributionConfig: append(p.DistributionConfig, { IsIPV6Enabled: optional(boolean) }),
} as const);

export const roots = prev.roots;
export type DistributionConfig = Shape<typeof shapes, "DistributionConfig">;
export type Distribution = Shape<typeof shapes, "Distribution">;
export type DistributionConfigWithTags = Shape<typeof shapes, "DistributionConfigWithTags">;
