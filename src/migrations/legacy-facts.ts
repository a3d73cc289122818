/**
 * The facts of the steps between the versions before 2012-05-05, each with its source: `shared/reference/legacy/`
 * and the staging notes (FACTS.md), cited by section.
 */
import type { VersionId } from "../document.js";
import { equivalent } from "./facts.js";
import type { Fact } from "./facts.js";

const record = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const publicOrigin =
  'Without an origin access identity anyone may read the bucket directly. The 2014-05-31 model (S3OriginConfig.OriginAccessIdentity): "If you want end users to be ' +
  'able to access objects using either the CloudFront URL or the Amazon S3 URL, specify an empty OriginAccessIdentity element."';

const noIdentity = `An empty identity is none, which the older version says by leaving the element out. ${publicOrigin}`;

/** Facts by the version their step arrives at. */
export const legacyFacts: Partial<Record<VersionId, readonly Fact[]>> = {
  "2009-09-09": [equivalent("DistributionConfig", "OriginAccessIdentity", (v) => v === "", '""', noIdentity)],
  "2010-03-01": [equivalent("StreamingDistributionConfig", "OriginAccessIdentity", (v) => v === "", '""', noIdentity)],
  "2012-03-15": [
    // MinTTL 0 is what a distribution without a minimum had from 2012-03-19 on, whatever API version it was read with.
    ...["DistributionConfig", "DistributionSummary"].map((shape) =>
      equivalent(
        shape,
        "CachingBehavior",
        (v) => record(v) && Object.keys(v).length === 1 && v["MinTTL"] === 0,
        "MinTTL 0",
        'AWS What\'s New, 2012-03-19 ("Amazon CloudFront lowers minimum expiration period"): "Effective today, we\'ve removed the sixty minute minimum expiration ' +
          'period … The minimum TTL value may be as short as 0 seconds." Older versions cannot set a minimum; from then on none applies to a distribution that sets none.',
      ),
    ),
  ],
};
