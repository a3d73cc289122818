/** 2016-09-29: IPv6 (`IsIPV6Enabled`, last; required in distribution summaries). */
import { append } from "../schema/delta.js";
import { boolean, optional, required } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2016_09_07.js";

export const version = "2016-09-29";
const p = prev.shapes;

export const shapes = Object.freeze({
  ...p,
  DistributionConfig: append(p.DistributionConfig, { IsIPV6Enabled: optional(boolean) }),
  DistributionSummary: append(p.DistributionSummary, { IsIPV6Enabled: required(boolean) }),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
