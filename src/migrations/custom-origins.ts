/**
 * The step 2010-08-01 → 2010-11-01, custom origins: the origin, a bucket's DNS name in `Origin`, moves into
 * `S3Origin/DNSName`, and the origin access identity with it (`OriginAccessIdentity` →
 * `S3Origin/OriginAccessIdentity`),
 * as aws-sdk-net's obsolete `Origin`/`OriginAccessIdentity` properties map them (legacy-versions.md §4.2). Going
 * down, a custom origin has no older form; a lossy downgrade keeps its DNS name as `Origin`, and says so.
 */
import { isRecord } from "./convert.js";
import type { Converter, DownTools, Value } from "./convert.js";

const MOVED = ["Origin", "OriginAccessIdentity", "S3Origin", "CustomOrigin"];

const originDown = (n: Value, t: DownTools, identity: boolean): Record<string, unknown> => {
  const custom = n["CustomOrigin"];
  if (isRecord(custom)) {
    t.lose({
      path: `${t.path}/CustomOrigin`,
      kind: "member",
      message: "custom origins begin with 2010-11-01",
      value: custom,
      replacement: custom["DNSName"],
    });
    return { Origin: custom["DNSName"] };
  }
  const s3 = n["S3Origin"] as Value;
  const oai = s3["OriginAccessIdentity"];
  if (oai !== undefined && !identity)
    t.lose({
      path: `${t.path}/S3Origin/OriginAccessIdentity`,
      kind: "member",
      message: "a summary names no origin access identity before 2010-11-01",
      value: oai,
    });
  return { Origin: s3["DNSName"], ...(identity && oai !== undefined ? { OriginAccessIdentity: oai } : {}) };
};

/** `identity`: the structure carries the origin access identity (a configuration, not a summary). */
const origin = (identity: boolean): Converter => ({
  up: (v, t) => {
    const oai = v["OriginAccessIdentity"];
    return {
      S3Origin: { DNSName: v["Origin"], ...(oai === undefined ? {} : { OriginAccessIdentity: oai }) },
      ...t.members(v, MOVED),
    };
  },
  down: (n, t) => ({ ...originDown(n, t, identity), ...t.members(n, MOVED) }),
});

/** The converters of the step to 2010-11-01, by shape name. */
export const customOrigins: Readonly<Record<string, Converter>> = {
  DistributionConfig: origin(true),
  StreamingDistributionConfig: origin(true),
  DistributionSummary: origin(false),
  StreamingDistributionSummary: origin(false),
};
