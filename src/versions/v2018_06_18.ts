/** 2018-06-18: request bodies for Lambda@Edge (`LambdaFunctionAssociation.IncludeBody`). */
import { append } from "../schema/delta.js";
import { boolean, optional } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2017_10_30.js";

export const version = "2018-06-18";
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  LambdaFunctionAssociation: append(p.LambdaFunctionAssociation, { IncludeBody: optional(boolean) }),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
