/**
 * What each step between adjacent versions needs beyond what the two schemas already say. The structural part
 * of every migration (members added, made optional or required, enum values added, members reordered) comes
 * from the version files; only facts the schemas cannot know are written here, each with its source.
 * Steps not listed need nothing: their upgrade adds only optional members and enum values.
 *
 * Keys are `Shape.Member` and apply wherever the shape occurs.
 */

/** What the upgrade needs to fill a member the newer version requires; `undefined` when it cannot be derived. */
export type Default = unknown | ((context: DefaultContext) => unknown);

export interface DefaultContext {
  /** The structure being upgraded (already in the newer version's shape). */
  readonly parent: Readonly<Record<string, unknown>>;
  /** The AWS account the distribution belongs to, when the caller knows it. */
  readonly accountId?: string;
}

export interface StepFacts {
  /**
   * Members the newer version requires and the older one lacks: the value that reproduces the old behaviour.
   * A downgrade drops a member holding exactly this value without reporting a loss (nothing is lost).
   */
  readonly defaults?: Readonly<Record<string, Default>>;
  /**
   * Members the older version requires and the newer one lets you omit: what omitting them means. A downgrade
   * writes this value for an omitted member, which is no loss; the laws compare up to these equivalences.
   */
  readonly absent?: Readonly<Record<string, unknown>>;
  /**
   * For a lossy downgrade only: what to write where the older version requires a member and the newer value
   * has nothing equivalent (or a value the older version lacks). Always reported among the losses.
   */
  readonly lossyFill?: Readonly<Record<string, unknown>>;
}

const noTrustedSigners = { Enabled: false, Quantity: 0 };
const noForwarding = { QueryString: false, Cookies: { Forward: "none" } };

/** The facts of the step that arrives at each version, by that version. */
export const facts: Readonly<Record<string, StepFacts>> = {
  "2012-07-01": {
    defaults: {
      // Cookies, and with them cookie forwarding, first appear in 2012-07-01 (../shared/reference/versions.md);
      // of "all, none or whitelist" (model documentation of CookiePreference.Forward), none forwards no cookie.
      "ForwardedValues.Cookies": { Forward: "none" },
      // Cookie logging first appears in 2012-07-01. The model (LoggingConfig.IncludeCookies): "If you do not want
      // to include cookies when you create a distribution …, specify false for IncludeCookies."
      "LoggingConfig.IncludeCookies": false,
      // Price classes first appear in 2012-07-01; earlier distributions used every edge location. The model
      // (DistributionConfig.PriceClass): "If you specify PriceClass_All, CloudFront responds to requests for your
      // objects from all CloudFront edge locations." The 2012-07-01 reference's example request uses it too.
      "DistributionConfig.PriceClass": "PriceClass_All",
    },
  },
  "2014-11-06": {
    // Five members became optional. Leaving out a list or text means what an empty one meant before; the model:
    // DefaultRootObject "If you don't want to specify a default root object when you create a distribution,
    // include an empty DefaultRootObject element"; Logging (LoggingConfig.Enabled) "If you do not want to
    // enable logging …, specify false for Enabled, and specify empty Bucket and Prefix elements".
    absent: {
      "DistributionConfig.DefaultRootObject": "",
      "DistributionConfig.Aliases": { Quantity: 0 },
      "DistributionConfig.CacheBehaviors": { Quantity: 0 },
      "DistributionConfig.Logging": { Enabled: false, IncludeCookies: false, Bucket: "", Prefix: "" },
    },
    // Which price class an omitted PriceClass stands for is documented nowhere we can cite, so its absence is a
    // loss; a lossy downgrade writes PriceClass_All (every edge location) and says so.
    lossyFill: { "DistributionConfig.PriceClass": "PriceClass_All" },
  },
  "2016-08-01": {
    defaults: {
      // The 2018-06-18 API reference (../shared/seeds/001_*): "For example:
      // arn:aws:cloudfront::123456789012:distribution/EDFDVBD632BHDS5, where 123456789012 is your AWS account ID."
      // Without the account it cannot be known, and the upgrade fails rather than guess.
      "Distribution.ARN": ({ parent, accountId }: DefaultContext) =>
        accountId === undefined ? undefined : `arn:aws:cloudfront::${accountId}:distribution/${String(parent["Id"])}`,
    },
  },
  "2020-05-31": {
    absent: {
      // Trusted signers became optional beside trusted key groups: omitted means no signed URLs, which the model
      // (TrustedSigners) spells out: "If you don't want to require signed URLs in requests for objects that
      // match PathPattern, specify false for Enabled and 0 for Quantity."
      "DefaultCacheBehavior.TrustedSigners": noTrustedSigners,
      "CacheBehavior.TrustedSigners": noTrustedSigners,
      "Distribution.ActiveTrustedSigners": noTrustedSigners,
      // All four Logging members became optional (2024-11 revision); omitted means off and empty, as above.
      "LoggingConfig.Enabled": false,
      "LoggingConfig.IncludeCookies": false,
      "LoggingConfig.Bucket": "",
      "LoggingConfig.Prefix": "",
    },
    // A behaviour using a cache policy has no ForwardedValues or MinTTL; 2019-03-26 requires both.
    lossyFill: {
      "DefaultCacheBehavior.ForwardedValues": noForwarding,
      "CacheBehavior.ForwardedValues": noForwarding,
      "DefaultCacheBehavior.MinTTL": 0,
      "CacheBehavior.MinTTL": 0,
    },
  },
  // Required enums whose newer values an older version lacks: the lossy downgrade's nearest older value.
  "2014-01-31": {
    lossyFill: { "DefaultCacheBehavior.ViewerProtocolPolicy": "https-only", "CacheBehavior.ViewerProtocolPolicy": "https-only" },
  },
  "2016-01-13": {
    lossyFill: { "CustomOriginConfig.OriginProtocolPolicy": "match-viewer" },
  },
};
