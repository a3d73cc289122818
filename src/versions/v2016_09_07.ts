/**
 * 2016-09-07: HTTP/2 (`HttpVersion`, last; required in distribution summaries, where CloudFront writes the values
 * its own way: see `listedHttpVersion`).
 */
import { append } from "../schema/delta.js";
import { enumeration, listedHttpVersion, optional, required } from "../schema/dsl.js";
import type { DocumentsOf } from "../schema/infer.js";
import * as prev from "./v2016_08_20.js";

export const version = "2016-09-07";
const p = prev.shapes;

const httpVersion = enumeration("HttpVersion", ["http1.1", "http2"]);

export const shapes = Object.freeze({
  ...p,
  DistributionConfig: append(p.DistributionConfig, { HttpVersion: optional("HttpVersion") }),
  HttpVersion: httpVersion,
  DistributionSummary: append(p.DistributionSummary, { HttpVersion: required(listedHttpVersion(httpVersion)) }),
} as const);

export const roots = prev.roots;
export type Documents = DocumentsOf<typeof shapes, typeof roots>;
