/** 2016-08-20: query string cache keys (`ForwardedValues.QueryStringCacheKeys`). */
import { append } from "../schema/delta.js";
import { optional, quantityList, string } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2016_08_01.js";

export const version = "2016-08-20";
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  ForwardedValues: append(p.ForwardedValues, { QueryStringCacheKeys: optional("QueryStringCacheKeys") }),
  QueryStringCacheKeys: quantityList("QueryStringCacheKeys", "Name", string()),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
