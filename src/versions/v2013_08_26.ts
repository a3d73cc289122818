/** 2013-08-26: custom error responses, after `CacheBehaviors` (required in distribution summaries). */
import { insert } from "../schema/delta.js";
import { integer, long, optional, quantityList, required, string, struct } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2013_05_12.js";

export const version = "2013-08-26";
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  DistributionConfig: insert(p.DistributionConfig, "CacheBehaviors", {
    CustomErrorResponses: optional("CustomErrorResponses"),
  }),
  DistributionSummary: insert(p.DistributionSummary, "CacheBehaviors", {
    CustomErrorResponses: required("CustomErrorResponses"),
  }),
  CustomErrorResponses: quantityList("CustomErrorResponses", "CustomErrorResponse", "CustomErrorResponse"),
  CustomErrorResponse: struct("CustomErrorResponse", {
    ErrorCode: required(integer),
    ResponsePagePath: optional(string()),
    // A string in every model, unlike ErrorCode.
    ResponseCode: optional(string()),
    ErrorCachingMinTTL: optional(long),
  }),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
