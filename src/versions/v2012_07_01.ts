/**
 * 2012-07-01: cookie forwarding, cookie logging and price classes, all three required; price classes in streaming
 * distributions and in both summaries, and the creation time in invalidation summaries.
 * The model is aws-sdk-ruby v1's, which does not tell integer from long: MinTTL stays a long as in 2012-05-05
 * and 2013-05-12. Its response members carry no required flags: those of 2012-05-05 are kept, and new ones take
 * 2013-05-12's.
 */
import { insert } from "../schema/delta.js";
import { boolean, enumeration, optional, quantityList, required, string, struct, timestamp } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2012_05_05.js";

export const version = "2012-07-01";
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  DistributionConfig: insert(p.DistributionConfig, "Logging", { PriceClass: required("PriceClass") }),
  PriceClass: enumeration("PriceClass", ["PriceClass_100", "PriceClass_200", "PriceClass_All"]),
  ForwardedValues: insert(p.ForwardedValues, "QueryString", { Cookies: required("CookiePreference") }),
  CookiePreference: struct("CookiePreference", {
    Forward: required("ItemSelection"),
    WhitelistedNames: optional("CookieNames"),
  }),
  ItemSelection: enumeration("ItemSelection", ["none", "whitelist", "all"]),
  CookieNames: quantityList("CookieNames", "Name", string()),
  LoggingConfig: insert(p.LoggingConfig, "Enabled", { IncludeCookies: required(boolean) }),
  DistributionSummary: insert(p.DistributionSummary, "Comment", { PriceClass: required("PriceClass") }),
  StreamingDistributionConfig: insert(p.StreamingDistributionConfig, "TrustedSigners", {
    PriceClass: required("PriceClass"),
  }),
  StreamingDistributionSummary: insert(p.StreamingDistributionSummary, "Comment", {
    PriceClass: required("PriceClass"),
  }),
  InvalidationSummary: insert(p.InvalidationSummary, "Id", { CreateTime: required(timestamp) }),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
