// Deterministic generator of realistic 2020-05-31 <DistributionConfig> documents
// for benchmarks. Element names and member order follow the API model
// (see /work/shared/reference/model-trees.txt, "API 2020-05-31").

const NS = "http://cloudfront.amazonaws.com/doc/2020-05-31/";
const DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** A leaf `<name>text</name>` or a container `<name>…children…</name>`. */
type Node =
  | { readonly name: string; readonly text: string }
  | { readonly name: string; readonly children: readonly Node[] };

const leaf = (name: string, value: string | number | boolean): Node => ({ name, text: String(value) });
const el = (name: string, ...children: Node[]): Node => ({ name, children });

/** `<name>{prefix}<Quantity>n</Quantity>[<Items>…</Items>]</name>`; no Items when n is 0. */
function quantity(name: string, items: readonly Node[], prefix: readonly Node[] = []): Node {
  const kids = [...prefix, leaf("Quantity", items.length)];
  if (items.length > 0) kids.push(el("Items", ...items));
  return el(name, ...kids);
}
const strings = (name: string, itemName: string, values: readonly string[], prefix: readonly Node[] = []): Node =>
  quantity(
    name,
    values.map((v) => leaf(itemName, v)),
    prefix,
  );

const escapeText = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function render(node: Node, depth: number, xmlns = ""): string {
  const pad = "  ".repeat(depth);
  if ("text" in node) return `${pad}<${node.name}${xmlns}>${escapeText(node.text)}</${node.name}>\n`;
  let out = `${pad}<${node.name}${xmlns}>\n`;
  for (const child of node.children) out += render(child, depth + 1);
  return `${out}${pad}</${node.name}>\n`;
}

const ORIGINS = ["s3-assets", "api-origin"] as const;
const POLICIES = ["allow-all", "https-only", "redirect-to-https"] as const;
const CACHE_POLICY = "658327ea-f89d-4fab-a63d-7e88639e58f6";
const ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "OPTIONS", "DELETE"];

function origins(): Node {
  const s3 = el(
    "Origin",
    leaf("Id", "s3-assets"),
    leaf("DomainName", "example-assets.s3.us-east-1.amazonaws.com"),
    leaf("OriginPath", ""),
    strings("CustomHeaders", "OriginCustomHeader", []),
    el("S3OriginConfig", leaf("OriginAccessIdentity", "")),
    leaf("ConnectionAttempts", 3),
    leaf("ConnectionTimeout", 10),
    el("OriginShield", leaf("Enabled", false)),
    leaf("OriginAccessControlId", "E2QWRUHAPOMQZL"),
  );
  const custom = (id: string, domain: string, headers: number): Node =>
    el(
      "Origin",
      leaf("Id", id),
      leaf("DomainName", domain),
      leaf("OriginPath", "/v1"),
      quantity(
        "CustomHeaders",
        Array.from({ length: headers }, (_, i) =>
          el(
            "OriginCustomHeader",
            leaf("HeaderName", `X-Origin-Secret-${i}`),
            leaf("HeaderValue", `s3cr3t-value-${i}`),
          ),
        ),
      ),
      el(
        "CustomOriginConfig",
        leaf("HTTPPort", 80),
        leaf("HTTPSPort", 443),
        leaf("OriginProtocolPolicy", "https-only"),
        strings("OriginSslProtocols", "SslProtocol", ["TLSv1.1", "TLSv1.2"]),
        leaf("OriginReadTimeout", 30),
        leaf("OriginKeepaliveTimeout", 5),
      ),
      leaf("ConnectionAttempts", 3),
      leaf("ConnectionTimeout", 10),
      el("OriginShield", leaf("Enabled", false)),
    );
  return quantity("Origins", [s3, custom("api-origin", "api.example.com", 1)]);
}

/** AllowedMethods: Quantity, Items (required), then CachedMethods. */
const allowedMethods = (allowed: readonly string[], cached: readonly string[]): Node =>
  el(
    "AllowedMethods",
    leaf("Quantity", allowed.length),
    el("Items", ...allowed.map((m) => leaf("Method", m))),
    strings("CachedMethods", "Method", cached),
  );

/** The members shared by DefaultCacheBehavior and CacheBehavior, after TargetOriginId. */
function behaviourBody(i: number): Node[] {
  const writes = i % 2 === 1;
  const fns =
    i % 3 === 0
      ? []
      : [
          el(
            "FunctionAssociation",
            leaf("FunctionARN", `arn:aws:cloudfront::123456789012:function/rewrite-${i % 7}`),
            leaf("EventType", "viewer-request"),
          ),
        ];
  const cookies =
    i % 4 === 3
      ? el(
          "Cookies",
          leaf("Forward", "whitelist"),
          strings("WhitelistedNames", "Name", ["session-id", `pref-${i % 5}`]),
        )
      : el("Cookies", leaf("Forward", "none"));
  return [
    strings("TrustedSigners", "AwsAccountNumber", [], [leaf("Enabled", false)]),
    leaf("ViewerProtocolPolicy", POLICIES[i % POLICIES.length] ?? "https-only"),
    allowedMethods(writes ? ALL_METHODS : ["GET", "HEAD"], writes ? ["GET", "HEAD", "OPTIONS"] : ["GET", "HEAD"]),
    leaf("Compress", i % 5 !== 0),
    quantity("FunctionAssociations", fns),
    leaf("CachePolicyId", CACHE_POLICY),
    el(
      "ForwardedValues",
      leaf("QueryString", writes),
      cookies,
      strings("Headers", "Name", i % 3 === 1 ? ["Origin", "Accept-Language"] : []),
    ),
    leaf("MinTTL", 0),
    leaf("DefaultTTL", 86400),
    leaf("MaxTTL", 31536000),
  ];
}

function cacheBehaviour(i: number): Node {
  const origin = ORIGINS[i % ORIGINS.length] ?? "s3-assets";
  return el(
    "CacheBehavior",
    leaf("PathPattern", `/${origin}/v${i % 4}/resource-${i}/*`),
    leaf("TargetOriginId", origin),
    ...behaviourBody(i),
  );
}

function document(behaviours: readonly Node[]): Node {
  return el(
    "DistributionConfig",
    leaf("CallerReference", "cfxml-bench-2024-01-01T00:00:00Z"),
    strings("Aliases", "CNAME", []),
    leaf("DefaultRootObject", "index.html"),
    origins(),
    el("DefaultCacheBehavior", leaf("TargetOriginId", "s3-assets"), ...behaviourBody(6)),
    quantity("CacheBehaviors", behaviours),
    quantity(
      "CustomErrorResponses",
      [404].map((code) =>
        el(
          "CustomErrorResponse",
          leaf("ErrorCode", code),
          leaf("ResponsePagePath", "/errors/not-found.html"),
          leaf("ResponseCode", "404"),
          leaf("ErrorCachingMinTTL", 10),
        ),
      ),
    ),
    leaf("Comment", "Benchmark distribution generated by cfxml"),
    el("Logging", leaf("Enabled", false), leaf("IncludeCookies", false), leaf("Bucket", ""), leaf("Prefix", "")),
    leaf("PriceClass", "PriceClass_100"),
    leaf("Enabled", true),
    el("ViewerCertificate", leaf("CloudFrontDefaultCertificate", true), leaf("MinimumProtocolVersion", "TLSv1")),
    el("Restrictions", strings("GeoRestriction", "Location", [], [leaf("RestrictionType", "none")])),
    leaf("HttpVersion", "http2and3"),
    leaf("IsIPV6Enabled", true),
  );
}

/** Number of `<CacheBehavior>` elements (at least 1) that brings the document closest to `targetBytes`. */
export function behaviourCountFor(targetBytes: number): number {
  let total = Buffer.byteLength(DECL + render(document([]), 0, ` xmlns="${NS}"`));
  total += "    <Items>\n    </Items>\n".length; // CacheBehaviors/Items, present from the first behaviour on
  for (let n = 0; ; n++) {
    const next = total + Buffer.byteLength(render(cacheBehaviour(n), 3));
    if (n > 0 && Math.abs(next - targetBytes) >= Math.abs(total - targetBytes)) return n;
    total = next;
  }
}

/**
 * A pretty-printed (2-space) `<DistributionConfig>` of roughly `targetBytes` bytes (at least one behaviour, so ≥ ~5.6
 * KB).
 */
export function generateDistributionConfigXml(targetBytes: number): string {
  const n = behaviourCountFor(targetBytes);
  const behaviours = Array.from({ length: n }, (_, i) => cacheBehaviour(i));
  return DECL + render(document(behaviours), 0, ` xmlns="${NS}"`);
}
