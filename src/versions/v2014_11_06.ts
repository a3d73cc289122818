/**
 * 2014-11-06: origin paths; Aliases, DefaultRootObject, CacheBehaviors, Logging and PriceClass become optional (in
 * streaming distributions, Aliases, Logging and PriceClass).
 */
import { insert, makeOptional } from "../schema/delta.js";
import { optional, string } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2014_10_21.js";

export const version = "2014-11-06";
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  DistributionConfig: makeOptional(
    p.DistributionConfig,
    "Aliases",
    "DefaultRootObject",
    "CacheBehaviors",
    "Logging",
    "PriceClass",
  ),
  Origin: insert(p.Origin, "DomainName", { OriginPath: optional(string()) }),
  StreamingDistributionConfig: makeOptional(p.StreamingDistributionConfig, "Aliases", "Logging", "PriceClass"),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
