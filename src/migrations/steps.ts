/**
 * The facts of each step between adjacent versions, listed under the version the step arrives at. The structural
 * part of every migration (members added, made optional or required, enum values added, members reordered) comes
 * from the version files; only what the schemas cannot know is written here, each fact with its source. Steps not
 * listed need nothing: their upgrade adds only optional members and enum values.
 */
import type { VersionId } from "../document.js";
import { absentMeans, defaultValue, equivalent, indexFacts, lossyFill } from "./facts.js";
import type { DefaultContext, Fact, StepFacts } from "./facts.js";
import type { Converter } from "./convert.js";
import { customOrigins } from "./custom-origins.js";
import { formatBreak } from "./format-break.js";
import { legacyFacts } from "./legacy-facts.js";

const noTrustedSigners = { Enabled: false, Quantity: 0 };
const noForwarding = { QueryString: false, Cookies: { Forward: "none" } };

// Price classes first appear in 2012-07-01; earlier distributions used every edge location.
const priceClassAll =
  'Price classes first appear in 2012-07-01. The model (DistributionConfig.PriceClass): "If you specify ' +
  "PriceClass_All, " +
  "CloudFront responds to requests for your objects from all CloudFront edge locations.\" The 2012-07-01 reference's " +
  "example request uses it too.";
const noLogging =
  'The model (LoggingConfig.Enabled): "If you do not want to enable logging …, specify false for Enabled, and ' +
  'specify empty Bucket and Prefix elements"; ' +
  "StreamingLoggingConfig.Enabled says the same of streaming distributions.";
const noAliases = "Leaving out a list means what an empty one meant before (Quantity 0, no Items).";
const unknownPriceClass =
  "Which price class an omitted PriceClass stands for is documented nowhere we can cite, so its absence is a loss.";
// Lossy fills are cfxml's choices, never facts about CloudFront: every one is reported as a loss.
const choice = (what: string): string =>
  `No value of the older version means the same; cfxml writes ${what}, and reports the loss.`;
const nearest = (newer: string, older: string): string =>
  choice(`${older}, the nearest to ${newer} the older version has`);

// The ARN of a resource from the account and the resource's Id, as the 2016-08-01 model documents it. Without the
// account it cannot be known, and the upgrade fails rather than guess.
const arn =
  (kind: "distribution" | "streaming-distribution") =>
  ({ parent, accountId }: DefaultContext): string | undefined =>
    accountId === undefined ? undefined : `arn:aws:cloudfront::${accountId}:${kind}/${String(parent["Id"])}`;
const arnShown = (kind: string): string => `arn:aws:cloudfront::<accountId>:${kind}/<Id> (only with accountId)`;
const arnSource = (example: string): string =>
  `The 2016-08-01 model: "For example: arn:aws:cloudfront::123456789012:${example}/EDFDVBD632BHDS5, where ` +
  `123456789012 is your AWS account Id."`;

// Equivalents: a member the older version lacks, holding what that version did without it. The test for each
// is a predicate on the value (and the structure it sits in), since some say "no entries" in more than one way.
type Value = unknown;
type Parent = Readonly<Record<string, unknown>>;
const record = (v: Value): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
/** A list wrapper of no entries (without Items or with an empty one), with exactly these other members. */
const emptyList =
  (others: Readonly<Record<string, unknown>> = {}) =>
  (v: Value): boolean =>
    record(v) &&
    v["Quantity"] === 0 &&
    (v["Items"] === undefined || (Array.isArray(v["Items"]) && v["Items"].length === 0)) &&
    Object.keys(v).every((k) => k === "Quantity" || k === "Items" || Object.hasOwn(others, k)) &&
    Object.entries(others).every(([k, x]) => v[k] === x);
const is =
  (x: Value) =>
  (v: Value): boolean =>
    v === x;
/** A list of exactly these methods, in any order (CloudFront's own responses write HEAD before GET). */
const methods = (v: Value, expected: readonly string[]): boolean =>
  record(v) &&
  Array.isArray(v["Items"]) &&
  v["Quantity"] === expected.length &&
  v["Items"].length === expected.length &&
  expected.every((m) => (v["Items"] as unknown[]).includes(m));
const getHead = ["GET", "HEAD"];
const noEntries =
  "A list of no entries configures nothing; CloudFront itself writes <X><Quantity>0</Quantity></X> for what a " +
  "distribution does not use " +
  "(recorded live responses: every 2019-03-26 GetDistribution recorded by Paws, the 2020-05-31 one recorded by " +
  "cognitect-labs/aws-api).";
const noReference =
  "An empty identifier refers to nothing; CloudFront itself writes the empty element for a distribution without one " +
  "(recorded live responses: Paws 2019-03-26, cognitect-labs/aws-api 2020-05-31).";
const switchedOff = (what: string, quote: string): string =>
  `${what} is off when false; before this version there was no such feature. The model: "${quote}"`;
const timeoutDefault = (quote: string): string => `The model: "${quote}"`;
// The Developer Guide (awsdocs/amazon-cloudfront-developer-guide, distribution-web-values-specify.md @ d06f16f).
const defaultTtl = (parent: Parent): number =>
  typeof parent["MinTTL"] === "number" && parent["MinTTL"] > 86400 ? parent["MinTTL"] : 86400;
const defaultTtlSource =
  'The Developer Guide: "The default value for Default TTL is 86400 seconds (one day). If you change the value of ' +
  "Minimum TTL to more than 86400 seconds, then the default value of Default TTL changes to the value of Minimum " +
  'TTL."';
const maxTtl = (parent: Parent): number => {
  const d = typeof parent["DefaultTTL"] === "number" ? parent["DefaultTTL"] : defaultTtl(parent);
  const min = typeof parent["MinTTL"] === "number" ? parent["MinTTL"] : 0;
  return min > 31536000 || d > 31536000 ? d : 31536000;
};
const maxTtlSource =
  'The Developer Guide: "The default value for Maximum TTL is 31536000 seconds (one year). If you change the value ' +
  "of Minimum TTL or Default TTL to more than 31536000 seconds, then the default value of Maximum TTL changes to " +
  'the value of Default TTL."';
const behaviours = ["DefaultCacheBehavior", "CacheBehavior"];

const stated: Partial<Record<VersionId, readonly Fact[]>> = {
  ...legacyFacts,
  "2012-07-01": [
    defaultValue(
      "ForwardedValues",
      "Cookies",
      { Forward: "none" },
      'Cookies, and with them cookie forwarding, first appear in 2012-07-01. Of "all, none or whitelist" (the model, ' +
        "CookiePreference.Forward), none forwards no cookie.",
    ),
    defaultValue(
      "LoggingConfig",
      "IncludeCookies",
      false,
      'Cookie logging first appears in 2012-07-01. The model (LoggingConfig.IncludeCookies): "If you do not want to ' +
        'include cookies when you create a distribution …, specify false for IncludeCookies."',
    ),
    defaultValue("DistributionConfig", "PriceClass", "PriceClass_All", priceClassAll),
    defaultValue("StreamingDistributionConfig", "PriceClass", "PriceClass_All", priceClassAll),
  ],
  "2013-08-26": [equivalent("DistributionConfig", "CustomErrorResponses", emptyList(), "no entries", noEntries)],
  "2013-09-27": [
    ...behaviours.map((shape) =>
      equivalent(
        shape,
        "AllowedMethods",
        (v) => methods(v, getHead),
        "GET and HEAD",
        'The model: "There are two options: CloudFront forwards only GET and HEAD requests. …"; before this version ' +
          "CloudFront forwarded only those.",
      ),
    ),
  ],
  "2013-11-11": [
    equivalent(
      "DistributionConfig",
      "Restrictions",
      (v) => record(v) && Object.keys(v).length === 1 && emptyList({ RestrictionType: "none" })(v["GeoRestriction"]),
      "a GeoRestriction of type none with no locations",
      'The model (GeoRestriction.RestrictionType): "none: No geo restriction is enabled, meaning access to content ' +
        'is not restricted by client geo location."',
    ),
  ],
  "2013-11-22": [
    ...behaviours.map((shape) =>
      equivalent(
        shape,
        "SmoothStreaming",
        is(false),
        "false",
        switchedOff(
          "Smooth Streaming",
          "Indicates whether you want to distribute media files in Microsoft Smooth Streaming format … If so, " +
            "specify true; if not, specify false.",
        ),
      ),
    ),
  ],
  "2014-01-31": [
    // Required enums whose newer values the older version lacks: the lossy downgrade's nearest older value.
    lossyFill("DefaultCacheBehavior", "ViewerProtocolPolicy", "https-only", nearest("redirect-to-https", "https-only")),
    lossyFill("CacheBehavior", "ViewerProtocolPolicy", "https-only", nearest("redirect-to-https", "https-only")),
  ],
  "2014-05-31": [equivalent("ForwardedValues", "Headers", emptyList(), "no entries", noEntries)],
  "2014-10-21": [
    equivalent(
      "AllowedMethods",
      "CachedMethods",
      (v) => methods(v, getHead),
      "GET and HEAD",
      'The Developer Guide (Cached HTTP methods): "CloudFront always caches the response to GET and HEAD requests."',
    ),
  ],
  "2014-11-06": [
    equivalent("Origin", "OriginPath", is(""), '""', noReference),
    // Five members became optional (three in streaming distributions).
    absentMeans(
      "DistributionConfig",
      "DefaultRootObject",
      "",
      "The model (DistributionConfig.DefaultRootObject): \"If you don't want to specify a default root object when " +
        'you create a distribution, include an empty DefaultRootObject element."',
    ),
    absentMeans("DistributionConfig", "Aliases", { Quantity: 0 }, noAliases),
    absentMeans("DistributionConfig", "CacheBehaviors", { Quantity: 0 }, noAliases),
    absentMeans(
      "DistributionConfig",
      "Logging",
      { Enabled: false, IncludeCookies: false, Bucket: "", Prefix: "" },
      noLogging,
    ),
    absentMeans("StreamingDistributionConfig", "Aliases", { Quantity: 0 }, noAliases),
    absentMeans("StreamingDistributionConfig", "Logging", { Enabled: false, Bucket: "", Prefix: "" }, noLogging),
    // A lossy downgrade writes PriceClass_All (every edge location) and says so.
    lossyFill("DistributionConfig", "PriceClass", "PriceClass_All", unknownPriceClass),
    lossyFill("StreamingDistributionConfig", "PriceClass", "PriceClass_All", unknownPriceClass),
  ],
  "2015-04-17": [
    ...behaviours.flatMap((shape) => [
      equivalent(
        shape,
        "DefaultTTL",
        (v, parent) => v === defaultTtl(parent),
        "86400, or MinTTL when larger",
        defaultTtlSource,
      ),
      equivalent(
        shape,
        "MaxTTL",
        (v, parent) => v === maxTtl(parent),
        "31536000, or DefaultTTL when MinTTL or DefaultTTL is larger",
        maxTtlSource,
      ),
    ]),
  ],
  "2015-07-27": [equivalent("DistributionConfig", "WebACLId", is(""), '""', noReference)],
  "2015-09-17": [
    ...behaviours.map((shape) =>
      equivalent(
        shape,
        "Compress",
        is(false),
        "false",
        switchedOff(
          "Compression",
          "Whether you want CloudFront to automatically compress content … If so, specify true; if not, specify false.",
        ),
      ),
    ),
  ],
  "2016-01-13": [
    equivalent("Origin", "CustomHeaders", emptyList(), "no entries", noEntries),
    lossyFill("CustomOriginConfig", "OriginProtocolPolicy", "match-viewer", nearest("https-only", "match-viewer")),
  ],
  "2016-08-01": [
    ...["Distribution", "DistributionSummary"].map((shape) =>
      defaultValue(shape, "ARN", arn("distribution"), arnSource("distribution"), arnShown("distribution")),
    ),
    ...["StreamingDistribution", "StreamingDistributionSummary"].map((shape) =>
      defaultValue(
        shape,
        "ARN",
        arn("streaming-distribution"),
        arnSource("streaming-distribution"),
        arnShown("streaming-distribution"),
      ),
    ),
  ],
  "2016-08-20": [equivalent("ForwardedValues", "QueryStringCacheKeys", emptyList(), "no entries", noEntries)],
  "2016-11-25": [
    ...behaviours.map((shape) => equivalent(shape, "LambdaFunctionAssociations", emptyList(), "no entries", noEntries)),
  ],
  "2017-03-25": [
    equivalent(
      "CustomOriginConfig",
      "OriginReadTimeout",
      is(30),
      "30",
      timeoutDefault("The default origin read timeout is 30 seconds"),
    ),
    equivalent(
      "CustomOriginConfig",
      "OriginKeepaliveTimeout",
      is(5),
      "5",
      timeoutDefault("The default keep-alive timeout is 5 seconds"),
    ),
  ],
  "2017-10-30": [...behaviours.map((shape) => equivalent(shape, "FieldLevelEncryptionId", is(""), '""', noReference))],
  "2018-06-18": [
    equivalent(
      "LambdaFunctionAssociation",
      "IncludeBody",
      is(false),
      "false",
      switchedOff(
        "A function's read access to the body",
        "A flag that allows a Lambda function to have read access to the body content.",
      ),
    ),
  ],
  "2018-11-05": [equivalent("DistributionConfig", "OriginGroups", emptyList(), "no entries", noEntries)],
  "2019-03-26": [
    equivalent(
      "Origin",
      "ConnectionAttempts",
      is(3),
      "3",
      timeoutDefault(
        "The minimum number is 1, the maximum is 3, and the default (if you don't specify otherwise) is 3.",
      ),
    ),
    equivalent(
      "Origin",
      "ConnectionTimeout",
      is(10),
      "10",
      timeoutDefault(
        "The minimum timeout is 1 second, the maximum is 10 seconds, and the default (if you don't specify " +
          "otherwise) is 10 seconds.",
      ),
    ),
  ],
  "2020-05-31": [
    ...behaviours.flatMap((shape) => [
      equivalent(shape, "TrustedKeyGroups", emptyList({ Enabled: false }), "Enabled false, no entries", noEntries),
      equivalent(shape, "FunctionAssociations", emptyList(), "no entries", noEntries),
      equivalent(
        shape,
        "GrpcConfig",
        (v) => record(v) && Object.keys(v).length === 1 && v["Enabled"] === false,
        "Enabled false",
        switchedOff(
          "gRPC",
          "Enables your CloudFront distribution to receive gRPC requests and to proxy them directly to your origins.",
        ),
      ),
    ]),
    equivalent(
      "Distribution",
      "ActiveTrustedKeyGroups",
      emptyList({ Enabled: false }),
      "Enabled false, no entries",
      noEntries,
    ),
    equivalent(
      "Origin",
      "OriginShield",
      (v) => record(v) && Object.keys(v).length === 1 && v["Enabled"] === false,
      "Enabled false",
      switchedOff(
        "Origin Shield",
        "When it's disabled, CloudFront might send requests directly to your origin from multiple edge locations or " +
          "regional edge caches.",
      ),
    ),
    equivalent("Origin", "OriginAccessControlId", is(""), '""', noReference),
    equivalent(
      "S3OriginConfig",
      "OriginReadTimeout",
      is(30),
      "30",
      timeoutDefault("the default (if you don't specify otherwise) is 30 seconds"),
    ),
    equivalent("DistributionConfig", "ContinuousDeploymentPolicyId", is(""), '""', noReference),
    equivalent(
      "DistributionConfig",
      "Staging",
      is(false),
      "false",
      'The model: "When this value is false, this is not a staging distribution." Before this version there were no ' +
        "staging distributions.",
    ),
    // Trusted signers became optional beside trusted key groups: omitted means no signed URLs.
    ...["DefaultCacheBehavior", "CacheBehavior", "Distribution"].map((shape) =>
      absentMeans(
        shape,
        shape === "Distribution" ? "ActiveTrustedSigners" : "TrustedSigners",
        noTrustedSigners,
        "The model (TrustedSigners): \"If you don't want to require signed URLs in requests for objects that match " +
          'PathPattern, specify false for Enabled and 0 for Quantity."',
      ),
    ),
    // All four Logging members became optional (2024-11 revision); omitted means off and empty.
    absentMeans("LoggingConfig", "Enabled", false, noLogging),
    absentMeans("LoggingConfig", "IncludeCookies", false, noLogging),
    absentMeans("LoggingConfig", "Bucket", "", noLogging),
    absentMeans("LoggingConfig", "Prefix", "", noLogging),
    // Summaries require what a configuration may leave out; the values added in 2020-05-31 have no older equal.
    lossyFill("DistributionSummary", "PriceClass", "PriceClass_All", choice("PriceClass_All for the price class None")),
    lossyFill(
      "StreamingDistributionSummary",
      "PriceClass",
      "PriceClass_All",
      choice("PriceClass_All for the price class None"),
    ),
    lossyFill("DistributionSummary", "HttpVersion", "http2", nearest("http3 and http2and3", "http2")),
    // A behaviour using a cache policy has no ForwardedValues or MinTTL; 2019-03-26 requires both.
    ...["DefaultCacheBehavior", "CacheBehavior"].flatMap((shape) => [
      lossyFill(
        shape,
        "ForwardedValues",
        noForwarding,
        choice("forward nothing, as a behaviour without a policy would"),
      ),
      lossyFill(shape, "MinTTL", 0, choice("MinTTL 0")),
    ]),
  ],
};

/** Every stated fact, by the version its step arrives at. */
export const facts: Readonly<Partial<Record<VersionId, readonly Fact[]>>> = stated;

// The structures a step remakes wholesale, by the version it arrives at (see src/migrations/convert.ts).
const converters: Partial<Record<VersionId, Readonly<Record<string, Converter>>>> = {
  "2010-11-01": customOrigins,
  "2012-05-05": formatBreak,
};

const indexed = new Map(
  [...new Set([...Object.keys(stated), ...Object.keys(converters)])].map((version) => [
    version,
    indexFacts(stated[version as VersionId] ?? [], converters[version as VersionId]),
  ]),
);
const none = indexFacts([]);

/** Whether the step that arrives at `version` remakes some structure wholesale (a fused run stops there). */
export const remakes = (version: string): boolean => Object.hasOwn(converters, version);

/** The facts of the step that arrives at `version`. */
export const stepFacts = (version: string): StepFacts => indexed.get(version) ?? none;
