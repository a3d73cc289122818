/** 2015-07-27: AWS WAF (`WebACLId`, last). */
import { append } from "../schema/delta.js";
import { optional, string } from "../schema/dsl.js";
import type { Shape } from "../schema/infer.js";
import * as prev from "./v2015_04_17.js";

export const version = "2015-07-27";
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  DistributionConfig: append(p.DistributionConfig, { WebACLId: optional(string()) }),
} as const);

export const roots = prev.roots;
export type DistributionConfig = Shape<typeof shapes, "DistributionConfig">;
export type Distribution = Shape<typeof shapes, "Distribution">;
