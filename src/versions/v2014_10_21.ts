/** 2014-10-21: cached methods (and `AllowedMethods.Items` becomes required); `MinimumProtocolVersion`. */
import { append, makeRequired } from "../schema/delta.js";
import { enumeration, optional, quantityList } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2014_05_31.js";

export const version = "2014-10-21";
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  AllowedMethods: append(makeRequired(p.AllowedMethods, "Items"), { CachedMethods: optional("CachedMethods") }),
  CachedMethods: quantityList("CachedMethods", "Method", "Method", { itemsRequired: true }),
  ViewerCertificate: append(p.ViewerCertificate, { MinimumProtocolVersion: optional("MinimumProtocolVersion") }),
  MinimumProtocolVersion: enumeration("MinimumProtocolVersion", ["SSLv3", "TLSv1"]),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
