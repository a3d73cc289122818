/**
 * 2019-03-26: ICP recordals on `Distribution` and in summaries (a list without `Quantity`); in later revisions of the
 * model,
 * origin connection attempts and timeouts (2020-06-05) and the `TLSv1.2_2019` policy (2020-07-07).
 */
import { addValues, append } from "../schema/delta.js";
import { enumeration, integer, list, optional, string, struct } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2018_11_05.js";

export const version = "2019-03-26";
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  Origin: append(p.Origin, { ConnectionAttempts: optional(integer), ConnectionTimeout: optional(integer) }),
  Distribution: append(p.Distribution, { AliasICPRecordals: optional("AliasICPRecordals") }),
  DistributionSummary: append(p.DistributionSummary, { AliasICPRecordals: optional("AliasICPRecordals") }),
  // Not a Quantity wrapper: the member element holds the items itself.
  AliasICPRecordals: list("AliasICPRecordal", "AliasICPRecordal"),
  AliasICPRecordal: struct("AliasICPRecordal", {
    CNAME: optional(string()),
    ICPRecordalStatus: optional("ICPRecordalStatus"),
  }),
  ICPRecordalStatus: enumeration("ICPRecordalStatus", ["APPROVED", "SUSPENDED", "PENDING"]),
  MinimumProtocolVersion: addValues(p.MinimumProtocolVersion, "TLSv1.2_2019"),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
