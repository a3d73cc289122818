/**
 * CloudFront's quotas, as options. Each defaults to its published value, and to the value it had while a version
 * was current where the sources disagree over time; an account with a raised quota passes its own
 * (`lint(d, { quotas: { cacheBehaviors: 75 } })`), which then holds in every version.
 */
import { during } from "./line.js";
import type { Era } from "./line.js";

interface QuotaInfo {
  /** What is counted, as the Quotas page names it. */
  readonly entity: string;
  readonly era: Era<number>;
  /** Whether AWS raises it on request ("Request a higher quota"); the others are fixed. */
  readonly adjustable: boolean;
  readonly source: string;
}

const always = (value: number): Era<number> => [["2008-06-30", value]];

export const quotaInfo = {
  cnames: {
    entity: "Alternate domain names (CNAMEs) per distribution",
    era: [
      ["2008-06-30", 10],
      ["2012-05-05", 100],
    ],
    adjustable: true,
    source: "Quotas page (100); doc-2009-12-01 and the aws-sdk-java 2012-03-15 javadoc: up to 10",
  },
  origins: {
    entity: "Origins per distribution",
    era: always(25),
    adjustable: true,
    source: "Quotas page, 2016 to 2023 (a newer Service Quotas listing says 100)",
  },
  originGroups: { entity: "Origin groups per distribution", era: always(10), adjustable: true, source: "Quotas page" },
  cacheBehaviors: {
    entity: "Cache behaviors per distribution",
    // The 2012 models carry no documentation; the 2013-05-12 to 2016-09-07 models say "up to 10". A newer
    // snapshot of the Quotas page says 75.
    era: [
      ["2012-05-05", 10],
      ["2016-09-29", 25],
    ],
    adjustable: true,
    source: "Quotas page (25); CacheBehavior doc in the 2013-05-12 … 2016-09-07 models (10)",
  },
  cookieNames: {
    entity: "Cookies per cache behavior (legacy cache settings)",
    era: always(10),
    adjustable: true,
    source: "Quotas page; DG Cookies.md",
  },
  cookieNameBytes: {
    entity: "Total number of bytes in cookie names, plus one per cookie (not with Forward all)",
    era: always(512),
    adjustable: false,
    source: "Quotas page: 512 minus the number of cookies",
  },
  headers: {
    entity: "Headers per cache behavior (legacy cache settings)",
    era: always(10),
    adjustable: true,
    source: "Quotas page; Headers.Quantity doc, 2014-05-31 … 2016-09-07 models",
  },
  queryStringKeys: {
    entity: "Query strings per cache behavior (legacy cache settings)",
    era: always(10),
    adjustable: true,
    source: "Quotas page",
  },
  queryStringKeyLength: {
    entity: "Characters in a query string name",
    era: always(128),
    adjustable: false,
    source: "Quotas page",
  },
  queryStringKeysLength: {
    entity: "Characters in all query string names of a cache behavior",
    era: always(512),
    adjustable: false,
    source: "Quotas page",
  },
  originCustomHeaders: {
    entity: "Custom headers per origin",
    era: always(10),
    adjustable: true,
    source: "Quotas page",
  },
  originCustomHeaderNameLength: {
    entity: "Characters in a custom header name",
    era: always(256),
    adjustable: false,
    source: "Quotas page",
  },
  originCustomHeaderValueLength: {
    entity: "Characters in a custom header value",
    era: always(1783),
    adjustable: false,
    source: "Quotas page",
  },
  originCustomHeadersLength: {
    entity: "Characters in all custom header names and values of an origin",
    era: always(10240),
    adjustable: false,
    source: "Quotas page",
  },
  keyGroups: { entity: "Key groups per cache behavior", era: always(4), adjustable: true, source: "Quotas page" },
  lambdaFunctions: {
    entity: "Lambda@Edge functions per distribution",
    era: always(100),
    adjustable: true,
    source: "Quotas page",
  },
  originReadTimeout: {
    entity: "Longest response (read) timeout per origin, seconds",
    era: [
      ["2017-03-25", 60],
      ["2020-05-31", 120],
    ],
    adjustable: true,
    source: "OriginReadTimeout doc of each model (60, then 120 in 2020-05-31); Quotas page 2023: 60",
  },
  originKeepaliveTimeout: {
    entity: "Longest keep-alive timeout per origin, seconds",
    era: [
      ["2017-03-25", 60],
      ["2020-05-31", 120],
    ],
    adjustable: true,
    source: "OriginKeepaliveTimeout doc of each model (60, then 120 in 2020-05-31); Quotas page 2023: 60",
  },
} as const satisfies Record<string, QuotaInfo>;

export type QuotaName = keyof typeof quotaInfo;
export type Quotas = { readonly [K in QuotaName]: number };

const names = Object.keys(quotaInfo) as QuotaName[];

/** The quotas a document of `version` is checked against: the defaults of that version, then the given ones. */
export const quotasFor = (version: string, given: Partial<Quotas> = {}): Quotas => {
  const out = {} as Record<QuotaName, number>;
  for (const name of names) {
    const value = given[name];
    if (value !== undefined && !(value >= 0 && (Number.isInteger(value) || value === Infinity)))
      throw new TypeError(`quota ${name} must be a whole number or Infinity, not ${value}`);
    out[name] = value ?? during(quotaInfo[name].era, version);
  }
  for (const name of Object.keys(given))
    if (!(name in quotaInfo)) throw new TypeError(`unknown quota ${name} (known: ${names.join(", ")})`);
  return out;
};
