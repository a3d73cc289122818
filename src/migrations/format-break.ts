/**
 * The step 2012-03-15 → 2012-05-05: the format break. AWS introduced `Quantity`/`Items` "to prevent accidental
 * deletions of multi-valued elements" (Developer Guide, "Changes to the CloudFront API"), converted every existing
 * distribution on its servers, and never published how. The structures remade wholesale have a converter each,
 * keyed by their shape name in 2012-05-05; everything else (identifiers, timestamps, caller references, the error
 * document, origin access identities) goes the generic way, and what the new format requires that the old one never
 * had comes from the step's facts (src/migrations/legacy-facts.ts).
 */
import { distributionConfig, distributionSummary } from "./break-distribution.js";
import { cnamesOf, entriesOf, listDocument, wrap } from "./break-lists.js";
import { activeTrustedSigners, logging, trustedSigners } from "./break-switches.js";
import type { Converter } from "./convert.js";

/** A streaming distribution (configuration or summary): `CNAME*` ⇄ `Aliases`; the rest member by member. */
const streaming: Converter = {
  up: (v, t) => ({ ...t.members(v, ["CNAME", "Aliases"]), Aliases: wrap(v["CNAME"] as unknown[] | undefined) }),
  down: (n, t) => ({ ...t.members(n, ["CNAME", "Aliases"]), ...cnamesOf(n, t) }),
};

/** A streaming distribution's origin: `DNSName` ⇄ `DomainName`. */
const s3Origin: Converter = {
  up: (v, t) => ({ DomainName: v["DNSName"], ...t.members(v, ["DNSName", "DomainName"]) }),
  down: (n, t) => ({ DNSName: n["DomainName"], ...t.members(n, ["DNSName", "DomainName"]) }),
};

/** `Path*` ⇄ `Paths`. A batch of no paths has no old form (the old format requires one). */
const invalidationBatch: Converter = {
  up: (v, t) => ({ Paths: wrap(v["Path"] as unknown[]), ...t.members(v, ["Path", "Paths"]) }),
  down: (n, t) => {
    const paths = entriesOf(n["Paths"], `${t.path}/Paths`, t);
    if (paths.length === 0)
      t.lose({
        path: `${t.path}/Paths`,
        kind: "required",
        message: "before 2012-05-05 a batch has at least one <Path>",
      });
    return { ...(paths.length > 0 ? { Path: paths } : {}), ...t.members(n, ["Path", "Paths"]) };
  },
};

/** The converters of the step to 2012-05-05, by shape name. */
export const formatBreak: Readonly<Record<string, Converter>> = {
  DistributionConfig: distributionConfig,
  DistributionSummary: distributionSummary,
  DistributionList: listDocument("DistributionSummary"),
  TrustedSigners: trustedSigners,
  ActiveTrustedSigners: activeTrustedSigners,
  LoggingConfig: logging,
  StreamingLoggingConfig: logging,
  StreamingDistributionConfig: streaming,
  StreamingDistributionSummary: streaming,
  StreamingDistributionList: listDocument("StreamingDistributionSummary"),
  S3Origin: s3Origin,
  InvalidationBatch: invalidationBatch,
  InvalidationList: listDocument("InvalidationSummary"),
  CloudFrontOriginAccessIdentityList: listDocument("CloudFrontOriginAccessIdentitySummary"),
};
