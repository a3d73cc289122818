/** 2014-05-31: header forwarding (`ForwardedValues.Headers`). */
import { append } from "../schema/delta.js";
import { optional, quantityList, string } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2014_01_31.js";

export const version = "2014-05-31";
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  ForwardedValues: append(p.ForwardedValues, { Headers: optional("Headers") }),
  Headers: quantityList("Headers", "Name", string()),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
