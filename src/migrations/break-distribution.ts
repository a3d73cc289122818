/**
 * A download distribution across the format break. The old one has one origin (`S3Origin` or `CustomOrigin`) and
 * one behaviour for every request, spread over the configuration (`TrustedSigners`, `RequiredProtocols`,
 * `CachingBehavior`); the new one names its origins and states its behaviours:
 *
 *   S3Origin{DNSName, OriginAccessIdentity?}  ⇄  Origins/Items/Origin[1]{Id, DomainName, S3OriginConfig}
 *   CustomOrigin{DNSName, ports?, policy}     ⇄  Origins/Items/Origin[1]{Id, DomainName, CustomOriginConfig}
 *   CNAME*                                     ⇄  Aliases
 *   TrustedSigners, RequiredProtocols https,   ⇄  DefaultCacheBehavior{TargetOriginId, ForwardedValues, TrustedSigners,
 *   CachingBehavior/MinTTL                         ViewerProtocolPolicy https-only, MinTTL}
 *   (none)                                     ⇄  CacheBehaviors, Quantity 0
 *
 * What the old document does not say is filled from the step's facts, each an assumption of the upgrade. A summary
 * in a list does not report RequiredProtocols, so its ViewerProtocolPolicy cannot be known: its upgrade is refused.
 */
import { ref } from "../schema/dsl.js";
import { cnamesOf, entriesOf, wrap } from "./break-lists.js";
import { isRecord } from "./convert.js";
import type { Converter, DownTools, UpTools, Value } from "./convert.js";

const OLD = ["S3Origin", "CustomOrigin", "CNAME", "TrustedSigners", "RequiredProtocols", "CachingBehavior"];
const NEW = ["Aliases", "Origins", "DefaultCacheBehavior", "CacheBehaviors"];

const originUp = (v: Value, id: unknown, at: string, t: UpTools): Value => {
  const s3 = v["S3Origin"];
  if (isRecord(s3)) {
    const identity =
      s3["OriginAccessIdentity"] ??
      t.assume("S3OriginConfig", "OriginAccessIdentity", `${at}/S3OriginConfig/OriginAccessIdentity`);
    return { Id: id, DomainName: s3["DNSName"], S3OriginConfig: { OriginAccessIdentity: identity } };
  }
  const c = v["CustomOrigin"] as Value;
  const port = (name: string): unknown =>
    c[name] ?? t.assume("CustomOriginConfig", name, `${at}/CustomOriginConfig/${name}`);
  return {
    Id: id,
    DomainName: c["DNSName"],
    CustomOriginConfig: {
      HTTPPort: port("HTTPPort"),
      HTTPSPort: port("HTTPSPort"),
      OriginProtocolPolicy: c["OriginProtocolPolicy"],
    },
  };
};

const protocolUp = (v: Value, at: string, t: UpTools): unknown => {
  const required = v["RequiredProtocols"];
  if (!isRecord(required)) return t.assume("DefaultCacheBehavior", "ViewerProtocolPolicy", at);
  const protocols = required["Protocol"] as string[];
  if (protocols.length > 1) {
    const message =
      `<Protocol> https is written ${protocols.length} times; 2012-05-05 says https-only once, and ` +
      `cannot keep the repeats`;
    t.refuse(
      { code: "duplicate_element", message, actual: String(protocols.length) },
      `${t.path}/RequiredProtocols/Protocol[2]`,
    );
  }
  return "https-only";
};

const behaviourUp = (v: Value, id: unknown, t: UpTools, summary: boolean): Value => {
  const at = `${t.path}/DefaultCacheBehavior`;
  const signers = v["TrustedSigners"];
  const minimum = v["CachingBehavior"];
  return {
    TargetOriginId: id,
    ForwardedValues: { QueryString: t.assume("ForwardedValues", "QueryString", `${at}/ForwardedValues/QueryString`) },
    TrustedSigners:
      signers === undefined
        ? t.assume("DefaultCacheBehavior", "TrustedSigners", `${at}/TrustedSigners`)
        : t.walk(ref("TrustedSigners"), ref("TrustedSigners"), signers, `${at}/TrustedSigners`),
    ...(summary ? {} : { ViewerProtocolPolicy: protocolUp(v, `${at}/ViewerProtocolPolicy`, t) }),
    MinTTL: isRecord(minimum) ? minimum["MinTTL"] : t.assume("DefaultCacheBehavior", "MinTTL", `${at}/MinTTL`),
  };
};

const up =
  (summary: boolean) =>
  (v: Value, t: UpTools): unknown => {
    const out = t.members(v, [...OLD, ...NEW]);
    const id = t.assume("Origin", "Id", `${t.path}/Origins/Items/Origin[1]/Id`);
    out["Aliases"] = wrap(v["CNAME"] as unknown[] | undefined);
    out["Origins"] = { Quantity: 1, Items: [originUp(v, id, `${t.path}/Origins/Items/Origin[1]`, t)] };
    out["DefaultCacheBehavior"] = behaviourUp(v, id, t, summary);
    out["CacheBehaviors"] = t.assume("DistributionConfig", "CacheBehaviors", `${t.path}/CacheBehaviors`);
    return out;
  };

const ID_UNUSED =
  "With one origin, which the default cache behaviour targets, the Id names nothing else: the old format, which has " +
  "one origin, needs no name for it.";
const NO_QUERY_STRINGS =
  "Before 2012-05-05 CloudFront forwarded no query string to the origin (AWS blog, May 2012, FACTS §8).";

const originDown = (n: Value, t: DownTools): Value => {
  const at = `${t.path}/Origins/Items/Origin`;
  const origins = entriesOf(n["Origins"], `${t.path}/Origins`, t) as Value[];
  for (const [i, o] of origins.slice(1).entries()) {
    t.lose({
      path: `${at}[${i + 2}]`,
      kind: "member",
      message: "before 2012-05-05 a distribution has one origin",
      value: o,
    });
  }
  const origin = origins[0] as Value;
  const target = isRecord(n["DefaultCacheBehavior"]) ? n["DefaultCacheBehavior"]["TargetOriginId"] : undefined;
  if (target === origin["Id"]) t.same(`${at}[1]/Id`, origin["Id"], ID_UNUSED);
  else
    t.lose({
      path: `${t.path}/DefaultCacheBehavior/TargetOriginId`,
      kind: "value",
      message: `before 2012-05-05 every request goes to the one origin, ${JSON.stringify(origin["Id"])}`,
      value: target,
    });
  const s3 = origin["S3OriginConfig"];
  const custom = origin["CustomOriginConfig"];
  if (isRecord(s3)) {
    if (custom !== undefined)
      t.lose({
        path: `${at}[1]/CustomOriginConfig`,
        kind: "member",
        message: "before 2012-05-05 an origin is S3Origin or CustomOrigin, not both",
        value: custom,
      });
    return { S3Origin: { DNSName: origin["DomainName"], OriginAccessIdentity: s3["OriginAccessIdentity"] } };
  }
  if (isRecord(custom)) return { CustomOrigin: { DNSName: origin["DomainName"], ...custom } };
  t.lose({
    path: `${at}[1]/S3OriginConfig`,
    kind: "required",
    message: "before 2012-05-05 an origin is S3Origin or CustomOrigin: this one says neither",
    replacement: "S3Origin",
  });
  return { S3Origin: { DNSName: origin["DomainName"] } };
};

const behaviourDown = (b: Value, t: DownTools, summary: boolean): Value => {
  const at = `${t.path}/DefaultCacheBehavior`;
  const forwarded = b["ForwardedValues"] as Value;
  if (forwarded["QueryString"] === false) t.same(`${at}/ForwardedValues`, forwarded, NO_QUERY_STRINGS);
  else
    t.lose({
      path: `${at}/ForwardedValues/QueryString`,
      kind: "value",
      message: "query strings reach the origin from 2012-05-05",
      value: true,
    });
  const signers = t.walk(ref("TrustedSigners"), ref("TrustedSigners"), b["TrustedSigners"], `${at}/TrustedSigners`);
  const policy = b["ViewerProtocolPolicy"];
  if (summary)
    t.lose({
      path: `${at}/ViewerProtocolPolicy`,
      kind: "member",
      message: "a summary before 2012-05-05 does not say which protocols viewers may use",
      value: policy,
    });
  const https = !summary && policy === "https-only";
  return {
    ...(signers === undefined ? {} : { TrustedSigners: signers }),
    ...(https ? { RequiredProtocols: { Protocol: ["https"] } } : {}),
    CachingBehavior: { MinTTL: b["MinTTL"] },
  };
};

const down =
  (summary: boolean) =>
  (n: Value, t: DownTools): unknown => {
    const out = t.members(n, [...OLD, ...NEW, "DefaultRootObject"]);
    // Left out before 2012-05-05, where an empty DefaultRootObject is MalformedXML; "" says the same since.
    if (typeof n["DefaultRootObject"] === "string" && n["DefaultRootObject"] !== "")
      out["DefaultRootObject"] = n["DefaultRootObject"];
    Object.assign(out, cnamesOf(n, t), originDown(n, t), behaviourDown(n["DefaultCacheBehavior"] as Value, t, summary));
    for (const [i, b] of entriesOf(n["CacheBehaviors"], `${t.path}/CacheBehaviors`, t).entries()) {
      t.lose({
        path: `${t.path}/CacheBehaviors/Items/CacheBehavior[${i + 1}]`,
        kind: "member",
        message: "cache behaviours by path pattern begin with 2012-05-05",
        value: b,
      });
    }
    return out;
  };

export const distributionConfig: Converter = { up: up(false), down: down(false) };
export const distributionSummary: Converter = { up: up(true), down: down(true) };
