/** 2013-09-27: allowed HTTP methods per behaviour (after `MinTTL`). */
import { insert } from "../schema/delta.js";
import { enumeration, optional, quantityList } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2013_08_26.js";

export const version = "2013-09-27";
const p = prev.shapes;
const added = { AllowedMethods: optional("AllowedMethods") };

export const shapes = Object.freeze({
  ...p,
  DefaultCacheBehavior: insert(p.DefaultCacheBehavior, "MinTTL", added),
  CacheBehavior: insert(p.CacheBehavior, "MinTTL", added),
  AllowedMethods: quantityList("AllowedMethods", "Method", "Method"),
  Method: enumeration("Method", ["GET", "HEAD", "POST", "PUT", "PATCH", "OPTIONS", "DELETE"]),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
