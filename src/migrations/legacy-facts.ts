/**
 * The facts of the steps before 2012-05-05 and of the format break itself, each with its source. The break's
 * `default`s are what an upgrade fills where the new format requires a value the old one never had: every one is
 * returned among the upgrade's assumptions. Where no source says what CloudFront itself used when it converted old
 * distributions on its servers (it never published the mapping, FACTS §8), the value is cfxml's choice, and the
 * source says so. Sources: `shared/reference/legacy/` and the staging notes (FACTS.md), cited by section.
 */
import type { VersionId } from "../document.js";
import { defaultValue, equivalent } from "./facts.js";
import type { Fact } from "./facts.js";

const record = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const noSigners = { Enabled: false, Quantity: 0 };
const noLogs = { Enabled: false, Bucket: "", Prefix: "" };

const signedUrls =
  'Before 2012-05-05 a distribution required signed URLs exactly when it had TrustedSigners: "If you want the ' +
  "distribution to use signed URLs, include this element; " +
  'if you want the distribution to use basic URLs, remove this element" (aws-sdk-java, cloudfront_2012_03_15 ' +
  "DistributionConfig @ 5ae40bb4). The 2014-05-31 model " +
  '(TrustedSigners): "If you don\'t want to require signed URLs …, specify false for Enabled and 0 for Quantity."';
const activeSigners =
  'Only a private distribution lists active signers: "CloudFront automatically adds this element to the response ' +
  "only if you've set up the distribution to serve " +
  'private content with signed URLs" (the 2014-05-31 model, Distribution.ActiveTrustedSigners); so a response ' +
  "without it has none.";
const logsOff =
  'Before 2012-05-05 a distribution wrote access logs exactly when it had Logging: "If you want to turn on access ' +
  "logs, include this element; if you want to turn off " +
  'access logs, remove this element" (aws-sdk-java, cloudfront_2012_03_15 DistributionConfig @ 5ae40bb4). The model ' +
  '(LoggingConfig.Enabled): "If you do not want to ' +
  'enable logging …, specify false for Enabled, and specify empty Bucket and Prefix elements."';
const emptyComment =
  "The old format let a comment be left out, the new one requires it; no source says what CloudFront returned for a " +
  "missing comment. cfxml's choice: " +
  "an empty comment, which says nothing, as the missing one did.";
const publicOrigin =
  "Without an origin access identity anyone may read the bucket directly. The 2014-05-31 model " +
  '(S3OriginConfig.OriginAccessIdentity): "If you want end users to be ' +
  "able to access objects using either the CloudFront URL or the Amazon S3 URL, specify an empty " +
  'OriginAccessIdentity element."';

const noIdentity =
  `An empty identity is none, which the older version says by leaving the element out. ` + `${publicOrigin}`;

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
        'AWS What\'s New, 2012-03-19 ("Amazon CloudFront lowers minimum expiration period"): "Effective today, ' +
          "we've removed the sixty minute minimum expiration " +
          'period … The minimum TTL value may be as short as 0 seconds." Older versions cannot set a minimum; from ' +
          "then on none applies to a distribution that sets none.",
      ),
    ),
  ],
  "2012-05-05": [
    defaultValue(
      "Origin",
      "Id",
      "default-origin-id",
      "The new format names each origin for the cache behaviours that target it; the old one had a single origin and " +
        "no name. No AWS text or captured response " +
        "shows the Id CloudFront gave it (FACTS §8). cfxml's choice, jets3t's when it moved to 2012-05-05 " +
        "(legacy-versions.md §4.2); DefaultCacheBehavior/TargetOriginId names it.",
    ),
    defaultValue(
      "ForwardedValues",
      "QueryString",
      false,
      'Query strings reached the origin from 2012-05-05: "Up until now, CloudFront did not use the query string as ' +
        "part of the key that it uses to identify the data " +
        "that it stores in its edge locations. We're changing that today\" (AWS blog, May 2012, FACTS §8).",
    ),
    defaultValue("DefaultCacheBehavior", "TrustedSigners", noSigners, signedUrls),
    defaultValue(
      "DefaultCacheBehavior",
      "ViewerProtocolPolicy",
      "allow-all",
      'Without RequiredProtocols, "CloudFront can use any available protocol to serve the request" (aws-sdk-java, ' +
        "cloudfront_2012_03_15 DistributionConfig @ 5ae40bb4); " +
        'the 2014-05-31 model: "If you want CloudFront to allow end users to use any available protocol, specify ' +
        'allow-all."',
    ),
    defaultValue(
      "DefaultCacheBehavior",
      "MinTTL",
      0,
      "No source gives the MinTTL CloudFront reported for a distribution that never set one (FACTS §8). Until " +
        "2012-03-19 it applied a one-hour minimum " +
        '(DeveloperGuide/Expiration.html [2010-11-01]: "The minimum expiration time you can specify is one hour"); ' +
        "that day it removed it for every distribution " +
        '("The minimum TTL value may be as short as 0 seconds", AWS What\'s New). cfxml writes 0, what has applied ' +
        "since; write 3600 to keep the old minimum.",
    ),
    defaultValue(
      "DistributionConfig",
      "CacheBehaviors",
      { Quantity: 0 },
      "Cache behaviours by path pattern begin with 2012-05-05: no version before it has a PathPattern " +
        "(legacy-trees.json), so the one behaviour is the default one.",
    ),
    defaultValue(
      "DistributionConfig",
      "DefaultRootObject",
      "",
      'Left out before 2012-05-05 ("Don\'t include an empty DefaultRootObject element", aws-sdk-java ' +
        "cloudfront_2012_03_15); the 2014-05-31 model: \"If you don't want " +
        'to specify a default root object when you create a distribution, include an empty DefaultRootObject element."',
    ),
    defaultValue("DistributionConfig", "Comment", "", emptyComment),
    defaultValue("DistributionConfig", "Logging", noLogs, logsOff),
    defaultValue("S3OriginConfig", "OriginAccessIdentity", "", publicOrigin),
    defaultValue(
      "CustomOriginConfig",
      "HTTPPort",
      80,
      "The old format let a request leave the ports out; responses then carried 80 and 443 (every boto 2010-11-01 " +
        "fixture), and aws-sdk-net's CustomOrigin defaults " +
        "to them (`int _httpPort = 80; int _httpsPort = 443;`, FACTS §6).",
    ),
    defaultValue(
      "CustomOriginConfig",
      "HTTPSPort",
      443,
      "The old format let a request leave the ports out; responses then carried 80 and 443 (every boto 2010-11-01 " +
        "fixture), and aws-sdk-net's CustomOrigin defaults to them (FACTS §6).",
    ),
    defaultValue(
      "Distribution",
      "InProgressInvalidationBatches",
      0,
      "Responses before 2010-11-01 have no such count, and AWS's own 2010-11-01 sample leaves it out (FACTS §1); " +
        "invalidation itself began with 2010-08-01. " +
        "cfxml's choice: 0, no batch known to be in progress.",
    ),
    defaultValue("Distribution", "ActiveTrustedSigners", noSigners, activeSigners),
    defaultValue("DistributionSummary", "Comment", "", emptyComment),
    defaultValue("StreamingDistributionConfig", "Comment", "", emptyComment),
    defaultValue("StreamingDistributionConfig", "Logging", noLogs, logsOff),
    defaultValue("StreamingDistributionConfig", "TrustedSigners", noSigners, signedUrls),
    defaultValue("StreamingDistribution", "ActiveTrustedSigners", noSigners, activeSigners),
    defaultValue("StreamingDistributionSummary", "Comment", "", emptyComment),
    defaultValue("StreamingDistributionSummary", "TrustedSigners", noSigners, signedUrls),
    defaultValue("S3Origin", "OriginAccessIdentity", "", publicOrigin),
    defaultValue("CloudFrontOriginAccessIdentityConfig", "Comment", "", emptyComment),
    defaultValue("CloudFrontOriginAccessIdentitySummary", "Comment", "", emptyComment),
  ],
};
