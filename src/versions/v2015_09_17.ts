/**
 * 2015-09-17: compression per behaviour (after `MaxTTL`); `ViewerCertificate` gains `Certificate` and
 * `CertificateSource`, placed first, and is reordered, `IAMCertificateId` and `CloudFrontDefaultCertificate`
 * moving last as deprecated.
 */
import { insert, markDeprecated, reorder } from "../schema/delta.js";
import { boolean, enumeration, optional, string } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2015_07_27.js";

export const version = "2015-09-17";
const p = prev.shapes;
const added = { Compress: optional(boolean) };
const certificate = insert(p.ViewerCertificate, null, {
  Certificate: optional(string()),
  CertificateSource: optional("CertificateSource"),
});

export const shapes = Object.freeze({
  ...p,
  DefaultCacheBehavior: insert(p.DefaultCacheBehavior, "MaxTTL", added),
  CacheBehavior: insert(p.CacheBehavior, "MaxTTL", added),
  ViewerCertificate: markDeprecated(
    reorder(certificate, [
      "Certificate",
      "CertificateSource",
      "SSLSupportMethod",
      "MinimumProtocolVersion",
      "IAMCertificateId",
      "CloudFrontDefaultCertificate",
    ]),
    true,
    "IAMCertificateId",
    "CloudFrontDefaultCertificate",
  ),
  CertificateSource: enumeration("CertificateSource", ["cloudfront", "iam"]),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
