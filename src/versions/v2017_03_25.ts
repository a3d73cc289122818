/**
 * 2017-03-25: origin read and keep-alive timeouts; the 2016 and 2018 TLS security policies (added to this
 * version's model in its 2017-10-26 revision, which is the one read here).
 */
import { addValues, append } from "../schema/delta.js";
import { integer, optional } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2016_11_25.js";

export const version = "2017-03-25";
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  CustomOriginConfig: append(p.CustomOriginConfig, {
    OriginReadTimeout: optional(integer),
    OriginKeepaliveTimeout: optional(integer),
  }),
  MinimumProtocolVersion: addValues(p.MinimumProtocolVersion, "TLSv1_2016", "TLSv1.1_2016", "TLSv1.2_2018"),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
