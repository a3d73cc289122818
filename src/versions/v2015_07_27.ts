/** 2015-07-27: AWS WAF (`WebACLId`, last; required in distribution summaries). */
import { append } from "../schema/delta.js";
import { optional, required, string } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2015_04_17.js";

export const version = "2015-07-27";
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  DistributionConfig: append(p.DistributionConfig, { WebACLId: optional(string()) }),
  DistributionSummary: append(p.DistributionSummary, { WebACLId: required(string()) }),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
