/** 2016-11-25: Lambda@Edge (`LambdaFunctionAssociations` per behaviour, after `Compress`; both members optional). */
import { insert } from "../schema/delta.js";
import { enumeration, optional, quantityList, string, struct } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2016_09_29.js";

export const version = "2016-11-25";
const p = prev.shapes;
const added = { LambdaFunctionAssociations: optional("LambdaFunctionAssociations") };

export const shapes = Object.freeze({
  ...p,
  DefaultCacheBehavior: insert(p.DefaultCacheBehavior, "Compress", added),
  CacheBehavior: insert(p.CacheBehavior, "Compress", added),
  LambdaFunctionAssociations: quantityList(
    "LambdaFunctionAssociations",
    "LambdaFunctionAssociation",
    "LambdaFunctionAssociation",
  ),
  LambdaFunctionAssociation: struct("LambdaFunctionAssociation", {
    LambdaFunctionARN: optional(string()),
    EventType: optional("EventType"),
  }),
  EventType: enumeration("EventType", ["viewer-request", "viewer-response", "origin-request", "origin-response"]),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
