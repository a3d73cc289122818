/**
 * The facts of each step between adjacent versions, listed under the version the step arrives at. The structural
 * part of every migration (members added, made optional or required, enum values added, members reordered) comes
 * from the version files; only what the schemas cannot know is written here, each fact with its source. Steps not
 * listed need nothing: their upgrade adds only optional members and enum values.
 */
import type { VersionId } from "../document.js";
import { absentMeans, defaultValue, indexFacts, lossyFill } from "./facts.js";
import type { DefaultContext, Fact, StepFacts } from "./facts.js";

const noTrustedSigners = { Enabled: false, Quantity: 0 };
const noForwarding = { QueryString: false, Cookies: { Forward: "none" } };

// Price classes first appear in 2012-07-01; earlier distributions used every edge location.
const priceClassAll =
  'Price classes first appear in 2012-07-01. The model (DistributionConfig.PriceClass): "If you specify PriceClass_All, ' +
  'CloudFront responds to requests for your objects from all CloudFront edge locations." The 2012-07-01 reference\'s example request uses it too.';
const noLogging =
  'The model (LoggingConfig.Enabled): "If you do not want to enable logging …, specify false for Enabled, and specify empty Bucket and Prefix elements"; ' +
  "StreamingLoggingConfig.Enabled says the same of streaming distributions.";
const noAliases = "Leaving out a list means what an empty one meant before (Quantity 0, no Items).";
const unknownPriceClass = "Which price class an omitted PriceClass stands for is documented nowhere we can cite, so its absence is a loss.";
// Lossy fills are cfxml's choices, never facts about CloudFront: every one is reported as a loss.
const choice = (what: string): string => `No value of the older version means the same; cfxml writes ${what}, and reports the loss.`;
const nearest = (newer: string, older: string): string => choice(`${older}, the nearest to ${newer} the older version has`);

// The ARN of a resource from the account and the resource's Id, as the 2016-08-01 model documents it. Without the
// account it cannot be known, and the upgrade fails rather than guess.
const arn =
  (kind: "distribution" | "streaming-distribution") =>
  ({ parent, accountId }: DefaultContext): string | undefined =>
    accountId === undefined ? undefined : `arn:aws:cloudfront::${accountId}:${kind}/${String(parent["Id"])}`;
const arnShown = (kind: string): string => `arn:aws:cloudfront::<accountId>:${kind}/<Id> (only with accountId)`;
const arnSource = (example: string): string =>
  `The 2016-08-01 model: "For example: arn:aws:cloudfront::123456789012:${example}/EDFDVBD632BHDS5, where 123456789012 is your AWS account Id."`;

const stated: Partial<Record<VersionId, readonly Fact[]>> = {
  "2012-07-01": [
    defaultValue(
      "ForwardedValues",
      "Cookies",
      { Forward: "none" },
      'Cookies, and with them cookie forwarding, first appear in 2012-07-01. Of "all, none or whitelist" (the model, CookiePreference.Forward), none forwards no cookie.',
    ),
    defaultValue(
      "LoggingConfig",
      "IncludeCookies",
      false,
      'Cookie logging first appears in 2012-07-01. The model (LoggingConfig.IncludeCookies): "If you do not want to include cookies when you create a distribution …, specify false for IncludeCookies."',
    ),
    defaultValue("DistributionConfig", "PriceClass", "PriceClass_All", priceClassAll),
    defaultValue("StreamingDistributionConfig", "PriceClass", "PriceClass_All", priceClassAll),
  ],
  "2014-01-31": [
    // Required enums whose newer values the older version lacks: the lossy downgrade's nearest older value.
    lossyFill("DefaultCacheBehavior", "ViewerProtocolPolicy", "https-only", nearest("redirect-to-https", "https-only")),
    lossyFill("CacheBehavior", "ViewerProtocolPolicy", "https-only", nearest("redirect-to-https", "https-only")),
  ],
  "2014-11-06": [
    // Five members became optional (three in streaming distributions).
    absentMeans(
      "DistributionConfig",
      "DefaultRootObject",
      "",
      'The model (DistributionConfig.DefaultRootObject): "If you don\'t want to specify a default root object when you create a distribution, include an empty DefaultRootObject element."',
    ),
    absentMeans("DistributionConfig", "Aliases", { Quantity: 0 }, noAliases),
    absentMeans("DistributionConfig", "CacheBehaviors", { Quantity: 0 }, noAliases),
    absentMeans("DistributionConfig", "Logging", { Enabled: false, IncludeCookies: false, Bucket: "", Prefix: "" }, noLogging),
    absentMeans("StreamingDistributionConfig", "Aliases", { Quantity: 0 }, noAliases),
    absentMeans("StreamingDistributionConfig", "Logging", { Enabled: false, Bucket: "", Prefix: "" }, noLogging),
    // A lossy downgrade writes PriceClass_All (every edge location) and says so.
    lossyFill("DistributionConfig", "PriceClass", "PriceClass_All", unknownPriceClass),
    lossyFill("StreamingDistributionConfig", "PriceClass", "PriceClass_All", unknownPriceClass),
  ],
  "2016-01-13": [
    lossyFill("CustomOriginConfig", "OriginProtocolPolicy", "match-viewer", nearest("https-only", "match-viewer")),
  ],
  "2016-08-01": [
    ...["Distribution", "DistributionSummary"].map((shape) => defaultValue(shape, "ARN", arn("distribution"), arnSource("distribution"), arnShown("distribution"))),
    ...["StreamingDistribution", "StreamingDistributionSummary"].map((shape) =>
      defaultValue(shape, "ARN", arn("streaming-distribution"), arnSource("streaming-distribution"), arnShown("streaming-distribution")),
    ),
  ],
  "2020-05-31": [
    // Trusted signers became optional beside trusted key groups: omitted means no signed URLs.
    ...["DefaultCacheBehavior", "CacheBehavior", "Distribution"].map((shape) =>
      absentMeans(
        shape,
        shape === "Distribution" ? "ActiveTrustedSigners" : "TrustedSigners",
        noTrustedSigners,
        'The model (TrustedSigners): "If you don\'t want to require signed URLs in requests for objects that match PathPattern, specify false for Enabled and 0 for Quantity."',
      ),
    ),
    // All four Logging members became optional (2024-11 revision); omitted means off and empty.
    absentMeans("LoggingConfig", "Enabled", false, noLogging),
    absentMeans("LoggingConfig", "IncludeCookies", false, noLogging),
    absentMeans("LoggingConfig", "Bucket", "", noLogging),
    absentMeans("LoggingConfig", "Prefix", "", noLogging),
    // Summaries require what a configuration may leave out; the values added in 2020-05-31 have no older equal.
    lossyFill("DistributionSummary", "PriceClass", "PriceClass_All", choice("PriceClass_All for the price class None")),
    lossyFill("StreamingDistributionSummary", "PriceClass", "PriceClass_All", choice("PriceClass_All for the price class None")),
    lossyFill("DistributionSummary", "HttpVersion", "http2", nearest("http3 and http2and3", "http2")),
    // A behaviour using a cache policy has no ForwardedValues or MinTTL; 2019-03-26 requires both.
    ...["DefaultCacheBehavior", "CacheBehavior"].flatMap((shape) => [
      lossyFill(shape, "ForwardedValues", noForwarding, choice("forward nothing, as a behaviour without a policy would")),
      lossyFill(shape, "MinTTL", 0, choice("MinTTL 0")),
    ]),
  ],
};

/** Every stated fact, by the version its step arrives at. */
export const facts: Readonly<Partial<Record<VersionId, readonly Fact[]>>> = stated;

const indexed = new Map(Object.entries(stated).map(([version, list]) => [version, indexFacts(list ?? [])]));
const none = indexFacts([]);

/** The facts of the step that arrives at `version`. */
export const stepFacts = (version: string): StepFacts => indexed.get(version) ?? none;
