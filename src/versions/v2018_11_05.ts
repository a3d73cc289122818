/** 2018-11-05: origin groups with failover (after `Origins`, also in summaries); `Origins.Items` becomes required. */
import { insert, makeRequired } from "../schema/delta.js";
import { integer, optional, quantityList, required, string, struct } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2018_06_18.js";

export const version = "2018-11-05";
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  DistributionConfig: insert(p.DistributionConfig, "Origins", { OriginGroups: optional("OriginGroups") }),
  DistributionSummary: insert(p.DistributionSummary, "Origins", { OriginGroups: optional("OriginGroups") }),
  Origins: makeRequired(p.Origins, "Items"),
  OriginGroups: quantityList("OriginGroups", "OriginGroup", "OriginGroup"),
  OriginGroup: struct("OriginGroup", {
    Id: required(string()),
    FailoverCriteria: required("OriginGroupFailoverCriteria"),
    Members: required("OriginGroupMembers"),
  }),
  OriginGroupFailoverCriteria: struct("OriginGroupFailoverCriteria", { StatusCodes: required("StatusCodes") }),
  StatusCodes: quantityList("StatusCodes", "StatusCode", integer, { itemsRequired: true, minItems: 1 }),
  OriginGroupMembers: quantityList("OriginGroupMembers", "OriginGroupMember", "OriginGroupMember", {
    itemsRequired: true,
    minItems: 2,
    maxItems: 2,
  }),
  OriginGroupMember: struct("OriginGroupMember", { OriginId: required(string()) }),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
