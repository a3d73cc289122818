/**
 * What rules ask about the distribution a structure belongs to (its origins by Id, its origin groups, its
 * behaviours in order) and about origin domain names. Computed once per distribution, when a rule first asks.
 */
import type { ViewOf } from "./rule.js";

export type OriginView = ViewOf<"Origin">;
export type BehaviorView = ViewOf<"CacheBehavior"> | ViewOf<"DefaultCacheBehavior">;

export interface Distribution {
  /** The first origin with each Id. */
  readonly origins: ReadonlyMap<string, OriginView>;
  readonly groups: ReadonlyMap<string, ViewOf<"OriginGroup">>;
  /** `CacheBehaviors` entries, in order (the default behaviour is not among them: it is matched last). */
  readonly behaviors: readonly ViewOf<"CacheBehavior">[];
  /** The origins a behaviour's `TargetOriginId` reaches: the origin, or the members of the origin group. */
  targets(id: string | undefined): readonly OriginView[];
}

/** The members a distribution-like structure (DistributionConfig, DistributionSummary) may have. */
type DistributionView = ViewOf<"DistributionConfig"> | ViewOf<"DistributionSummary">;

export const distributionFacts = (d: DistributionView): Distribution => {
  const origins = new Map<string, OriginView>();
  for (const o of d.Origins?.Items ?? []) if (o.Id !== undefined && !origins.has(o.Id)) origins.set(o.Id, o);
  const groups = new Map<string, ViewOf<"OriginGroup">>();
  for (const g of d.OriginGroups?.Items ?? []) if (g.Id !== undefined && !groups.has(g.Id)) groups.set(g.Id, g);
  return {
    origins,
    groups,
    behaviors: d.CacheBehaviors?.Items ?? [],
    targets: (id) => {
      if (id === undefined) return [];
      const origin = origins.get(id);
      if (origin !== undefined) return [origin];
      const members = groups.get(id)?.Members?.Items ?? [];
      return members.flatMap((m) => {
        const o = m.OriginId === undefined ? undefined : origins.get(m.OriginId);
        return o === undefined ? [] : [o];
      });
    },
  };
};

// Host names as the Developer Guide writes them: `bucket.s3.region.amazonaws.com`, the older `bucket.s3.amazonaws.com`
// and `bucket.s3-region.amazonaws.com`; website endpoints `bucket.s3-website-region…` and `bucket.s3-website.region…`.
// `.amazonaws.com.cn` is the same in the China partition.
const WEBSITE = /^(.+)\.s3-website[.-][a-z0-9-]+\.amazonaws\.com(\.cn)?$/i;
const BUCKET = /^(.+)\.s3(?:[.-][a-z0-9.-]+)?\.amazonaws\.com(\.cn)?$/i;

/** The bucket of an Amazon S3 static website endpoint, or undefined. */
export const websiteBucket = (domain: string | undefined): string | undefined =>
  domain === undefined ? undefined : WEBSITE.exec(domain)?.[1];

/** The bucket of an Amazon S3 REST endpoint (not a website endpoint), or undefined. */
export const restBucket = (domain: string | undefined): string | undefined =>
  domain === undefined || WEBSITE.test(domain) ? undefined : BUCKET.exec(domain)?.[1];

/** A value the model lets be empty to mean "none" (`<OriginAccessControlId/>`, `<WebACLId></WebACLId>`). */
export const given = (s: string | undefined): s is string => s !== undefined && s !== "";
