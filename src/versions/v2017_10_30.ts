/**
 * 2017-10-30: field-level encryption (`FieldLevelEncryptionId`, last in behaviours); Lambda associations need both
 * members.
 */
import { append, makeRequired } from "../schema/delta.js";
import { optional, string } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2017_03_25.js";

export const version = "2017-10-30";
const p = prev.shapes;
const added = { FieldLevelEncryptionId: optional(string()) };

export const shapes = Object.freeze({
  ...p,
  DefaultCacheBehavior: append(p.DefaultCacheBehavior, added),
  CacheBehavior: append(p.CacheBehavior, added),
  LambdaFunctionAssociation: makeRequired(p.LambdaFunctionAssociation, "LambdaFunctionARN", "EventType"),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
