/**
 * Helpers for the rules' examples, which break the minimal valid DistributionConfig of a version (see
 * src/lint/fixtures.ts: one S3 origin `origin-1`, a default behaviour forwarding nothing, no cache behaviours).
 */
import type { Draft } from "../rule.js";

/** Gives a list wrapper these entries (and the Quantity that goes with them). */
export const entries = (wrapper: Draft, items: readonly unknown[]): Draft => {
  wrapper["Quantity"] = items.length;
  wrapper["Items"] = [...items];
  return wrapper;
};

export const list = (items: readonly unknown[]): Draft => entries({}, items);

export const times = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

/** Makes `origin-1` an HTTP server rather than an S3 bucket (cookies and most headers are for those). */
export const custom = (d: Draft, domain = "www.example.com"): Draft => {
  const origin = d["Origins"]["Items"][0];
  origin["DomainName"] = domain;
  delete origin["S3OriginConfig"];
  origin["CustomOriginConfig"] = { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: "match-viewer" };
  return origin["CustomOriginConfig"];
};

/** Appends a cache behaviour like the default one, for `pattern`. */
export const behavior = (d: Draft, pattern: string): Draft => {
  const b = { PathPattern: pattern, ...structuredClone(d["DefaultCacheBehavior"]) };
  const items = d["CacheBehaviors"]["Items"] ?? [];
  entries(d["CacheBehaviors"], [...items, b]);
  return b;
};

export const defaults = (d: Draft): Draft => d["DefaultCacheBehavior"];
export const forwarded = (d: Draft): Draft => d["DefaultCacheBehavior"]["ForwardedValues"];
export const firstOrigin = (d: Draft): Draft => d["Origins"]["Items"][0];

/** Adds an origin group of `origin-1` and a second origin. */
export const group = (d: Draft, id: string): Draft => {
  const second = { ...structuredClone(firstOrigin(d)), Id: `${id}-origin` };
  entries(d["Origins"], [...d["Origins"]["Items"], second]);
  const g = {
    Id: id,
    FailoverCriteria: { StatusCodes: list([500]) },
    Members: list([{ OriginId: "origin-1" }, { OriginId: second.Id }]),
  };
  entries((d["OriginGroups"] ??= { Quantity: 0 }), [...(d["OriginGroups"]["Items"] ?? []), g]);
  return g;
};

export const lambdaArn = (name = "edge", version = "1"): string =>
  `arn:aws:lambda:us-east-1:123456789012:function:${name}:${version}`;
export const functionArn = (name = "rewrite"): string => `arn:aws:cloudfront::123456789012:function/${name}`;
