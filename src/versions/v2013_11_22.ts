/** 2013-11-22: Smooth Streaming per behaviour (after `AllowedMethods`). */
import { insert } from "../schema/delta.js";
import { boolean, optional } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2013_11_11.js";

export const version = "2013-11-22";
const p = prev.shapes;
const added = { SmoothStreaming: optional(boolean) };

export const shapes = Object.freeze({
  ...p,
  DefaultCacheBehavior: insert(p.DefaultCacheBehavior, "AllowedMethods", added),
  CacheBehavior: insert(p.CacheBehavior, "AllowedMethods", added),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
