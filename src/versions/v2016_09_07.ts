/** 2016-09-07: HTTP/2 (`HttpVersion`, last). */
import { append } from "../schema/delta.js";
import { enumeration, optional } from "../schema/dsl.js";
import type { Shape } from "../schema/infer.js";
import * as prev from "./v2016_08_20.js";

export const version = "2016-09-07";
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  DistributionConfig: append(p.DistributionConfig, { HttpVersion: optional("HttpVersion") }),
  HttpVersion: enumeration("HttpVersion", ["http1.1", "http2"]),
} as const);

export const roots = prev.roots;
export type DistributionConfig = Shape<typeof shapes, "DistributionConfig">;
export type Distribution = Shape<typeof shapes, "Distribution">;
export type DistributionConfigWithTags = Shape<typeof shapes, "DistributionConfigWithTags">;
