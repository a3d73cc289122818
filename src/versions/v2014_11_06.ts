/** 2014-11-06: origin paths; Aliases, DefaultRootObject, CacheBehaviors, Logging and PriceClass become optional. */
import { insert, makeOptional } from "../schema/delta.js";
import { optional, string } from "../schema/dsl.js";
import type { Shape } from "../schema/infer.js";
import * as prev from "./v2014_10_21.js";

export const version = "2014-11-06";
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  DistributionConfig: makeOptional(p.DistributionConfig, "Aliases", "DefaultRootObject", "CacheBehaviors", "Logging", "PriceClass"),
  Origin: insert(p.Origin, "DomainName", { OriginPath: optional(string()) }),
} as const);

export const roots = prev.roots;
export type DistributionConfig = Shape<typeof shapes, "DistributionConfig">;
export type Distribution = Shape<typeof shapes, "Distribution">;
