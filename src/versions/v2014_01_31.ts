/** 2014-01-31: SNI (`SSLSupportMethod`) and the `redirect-to-https` viewer protocol policy. */
import { addValues, append } from "../schema/delta.js";
import { enumeration, optional } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2013_11_22.js";

export const version = "2014-01-31";
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  ViewerCertificate: append(p.ViewerCertificate, { SSLSupportMethod: optional("SSLSupportMethod") }),
  SSLSupportMethod: enumeration("SSLSupportMethod", ["sni-only", "vip"]),
  ViewerProtocolPolicy: addValues(p.ViewerProtocolPolicy, "redirect-to-https"),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
