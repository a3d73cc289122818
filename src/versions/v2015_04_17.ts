/** 2015-04-17: `DefaultTTL` and `MaxTTL` per behaviour (after `SmoothStreaming`). */
import { insert } from "../schema/delta.js";
import { long, optional } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2014_11_06.js";

export const version = "2015-04-17";
const p = prev.shapes;
const added = { DefaultTTL: optional(long), MaxTTL: optional(long) };

export const shapes = Object.freeze({
  ...p,
  DefaultCacheBehavior: insert(p.DefaultCacheBehavior, "SmoothStreaming", added),
  CacheBehavior: insert(p.CacheBehavior, "SmoothStreaming", added),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
