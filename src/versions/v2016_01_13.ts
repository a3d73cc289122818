/** 2016-01-13: custom origin headers, origin SSL protocols, and `https-only` origins. */
import { addValues, append, insert } from "../schema/delta.js";
import { enumeration, optional, quantityList, required, string, struct } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2015_09_17.js";

export const version = "2016-01-13";
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  Origin: insert(p.Origin, "OriginPath", { CustomHeaders: optional("CustomHeaders") }),
  CustomHeaders: quantityList("CustomHeaders", "OriginCustomHeader", "OriginCustomHeader"),
  OriginCustomHeader: struct("OriginCustomHeader", { HeaderName: required(string()), HeaderValue: required(string()) }),
  CustomOriginConfig: append(p.CustomOriginConfig, { OriginSslProtocols: optional("OriginSslProtocols") }),
  OriginSslProtocols: quantityList("OriginSslProtocols", "SslProtocol", "SslProtocol", { itemsRequired: true }),
  SslProtocol: enumeration("SslProtocol", ["SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2"]),
  OriginProtocolPolicy: addValues(p.OriginProtocolPolicy, "https-only"),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
