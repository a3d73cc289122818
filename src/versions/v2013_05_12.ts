/** 2013-05-12: custom SSL certificates (`ViewerCertificate`, last; required in distribution summaries). */
import { append } from "../schema/delta.js";
import { boolean, optional, required, string, struct } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2012_07_01.js";

export const version = "2013-05-12";
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  DistributionConfig: append(p.DistributionConfig, { ViewerCertificate: optional("ViewerCertificate") }),
  ViewerCertificate: struct("ViewerCertificate", {
    IAMCertificateId: optional(string()),
    CloudFrontDefaultCertificate: optional(boolean),
  }),
  DistributionSummary: append(p.DistributionSummary, { ViewerCertificate: required("ViewerCertificate") }),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
