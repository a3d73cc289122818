/**
 * 2010-06-01: HTTPS-only distributions (jets3t c04badbc, "using the new RequiredProtocols feature"). "Use this
 * element to restrict access to your distribution solely to HTTPS requests. Without this element, CloudFront can use
 * any available protocol to serve the request" (aws-java-2012-03-15 DistributionConfig javadoc). After
 * TrustedSigners, where aws-java writes it. Sources: see v2008_06_30.ts.
 */
import { append } from "../schema/delta.js";
import { enumeration, optional, repeated, required, struct } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2010_05_01.js";

export const version = "2010-06-01";
/** No official model describes this version: its trees rest on the sources cited here. */
export const officialModel = false;
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  DistributionConfig: append(p.DistributionConfig, { RequiredProtocols: optional("RequiredProtocols") }),
  // Protocol 1..n (legacy-trees.json `shared.RequiredProtocols`); "Currently, https is the only acceptable value"
  // (aws-java-2012-03-15 RequiredProtocols); aws-net's enum `Protocol { https }`.
  RequiredProtocols: struct("RequiredProtocols", { Protocol: required(repeated("Protocol")) }),
  Protocol: enumeration("Protocol", ["https"]),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
