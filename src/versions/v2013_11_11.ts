/** 2013-11-11: geo restriction (`Restrictions`, last; required in distribution summaries). */
import { append } from "../schema/delta.js";
import { enumeration, optional, quantityList, required, string, struct } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2013_09_27.js";

export const version = "2013-11-11";
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  DistributionConfig: append(p.DistributionConfig, { Restrictions: optional("Restrictions") }),
  DistributionSummary: append(p.DistributionSummary, { Restrictions: required("Restrictions") }),
  Restrictions: struct("Restrictions", { GeoRestriction: required("GeoRestriction") }),
  GeoRestriction: quantityList("GeoRestriction", "Location", string(), {
    before: { RestrictionType: required("GeoRestrictionType") },
  }),
  GeoRestrictionType: enumeration("GeoRestrictionType", ["blacklist", "whitelist", "none"]),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
