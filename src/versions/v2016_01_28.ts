/**
 * 2016-01-28: ACM certificates (`ACMCertificateArn`, `CertificateSource` `acm`), and `ViewerCertificate` reordered
 * again: `CloudFrontDefaultCertificate` and `IAMCertificateId` are primary, `Certificate` and `CertificateSource`
 * deprecated and last.
 */
import { addValues, insert, markDeprecated, reorder } from "../schema/delta.js";
import { optional, string } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2016_01_13.js";

export const version = "2016-01-28";
const p = prev.shapes;
const certificate = reorder(
  insert(p.ViewerCertificate, "IAMCertificateId", { ACMCertificateArn: optional(string()) }),
  [
    "CloudFrontDefaultCertificate",
    "IAMCertificateId",
    "ACMCertificateArn",
    "SSLSupportMethod",
    "MinimumProtocolVersion",
    "Certificate",
    "CertificateSource",
  ],
);

export const shapes = Object.freeze({
  ...p,
  ViewerCertificate: markDeprecated(
    markDeprecated(certificate, false, "CloudFrontDefaultCertificate", "IAMCertificateId"),
    true,
    "Certificate",
    "CertificateSource",
  ),
  CertificateSource: addValues(p.CertificateSource, "acm"),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
