/**
 * Documents for testing lint and tools around it: the minimal valid DistributionConfig of a version, and one
 * invalid document per lint code, each the example of the first rule returning that code (test/lint-rules.test.ts
 * holds every example to breaking its rule alone).
 */
import type { Finding, Severity } from "../errors.js";
import type { Decoded, VersionId } from "../document.js";
import { decode, decodeJson, encode } from "../index.js";
import { requireKind } from "../document.js";
import { resolve } from "../schema/resolve.js";
import type { Node, Shapes } from "../schema/ast.js";
import { inEffect } from "./line.js";
import { lint, notLintable } from "./lint.js";
import type { LintCode, LintRule } from "./rules/index.js";
import { rules } from "./rules/index.js";
import type { Draft } from "./rule.js";

// Every member any version requires of a DistributionConfig, with values no rule objects to; `fitted` keeps those
// a version has.
const TEMPLATE = {
  CallerReference: "cfxml-lint-example",
  Aliases: { Quantity: 0 },
  DefaultRootObject: "index.html",
  Origins: {
    Quantity: 1,
    Items: [
      {
        Id: "origin-1",
        DomainName: "example-bucket.s3.amazonaws.com",
        OriginPath: "",
        S3OriginConfig: { OriginAccessIdentity: "" },
      },
    ],
  },
  DefaultCacheBehavior: {
    TargetOriginId: "origin-1",
    ForwardedValues: { QueryString: false, Cookies: { Forward: "none" } },
    TrustedSigners: { Enabled: false, Quantity: 0 },
    ViewerProtocolPolicy: "allow-all",
    MinTTL: 0,
  },
  CacheBehaviors: { Quantity: 0 },
  Comment: "",
  Logging: { Enabled: false, IncludeCookies: false, Bucket: "", Prefix: "" },
  PriceClass: "PriceClass_All",
  Enabled: true,
};

/** The value with only the members the version's schema has. */
const fitted = (shapes: Shapes, n: Node, value: unknown): unknown => {
  const node = resolve(shapes, n);
  if (node._tag === "list" && Array.isArray(value)) return value.map((v) => fitted(shapes, node.node, v));
  if (node._tag !== "struct" || typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(value)) {
    const member = node.members[name];
    if (member !== undefined) out[name] = fitted(shapes, member.node, v);
  }
  return out;
};

/** The minimal valid DistributionConfig of a version, as a value to change: one S3 origin, one behaviour. */
export const minimalDraft = (version: VersionId): Draft => {
  const declined = notLintable(version);
  if (declined !== undefined) throw new TypeError(declined);
  const kind = requireKind(version, "DistributionConfig");
  return fitted(kind.shapes, kind.node, structuredClone(TEMPLATE)) as Draft;
};

/** A draft as a decoded DistributionConfig of the version; a TypeError when the version does not have it so. */
export const decodedDraft = (version: VersionId, draft: Draft): Decoded => {
  const r = decodeJson(draft, { version, root: "DistributionConfig" });
  if (r._tag === "Left")
    throw new TypeError(
      `not a ${version} DistributionConfig: ${r.left.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
    );
  return r.right;
};

/** The rule's example, applied to the minimal document of a version. */
export const brokenDraft = (rule: LintRule, version: VersionId): Draft => {
  const d = minimalDraft(version);
  rule.example.breaks(d, version);
  return d;
};

export interface InvalidFixture {
  readonly code: LintCode;
  readonly rule: string;
  readonly severity: Severity;
  /** A DistributionConfig of the version that breaks the rule, and nothing else. */
  readonly document: Decoded;
  /** What `lint` finds in it, at the line and column of `encode(document, { pretty: true })`. */
  readonly expected: Finding<LintCode>;
}

/**
 * One invalid DistributionConfig per lint code a version has (codes several rules share come once, from the first
 * of them), with the finding expected of it.
 */
export const invalidFixtures = (version: VersionId): readonly InvalidFixture[] => {
  const seen = new Set<string>();
  const out: InvalidFixture[] = [];
  for (const rule of rules) {
    if (seen.has(rule.code) || !inEffect(rule, version)) continue;
    seen.add(rule.code);
    const document = decodedDraft(version, brokenDraft(rule, version));
    const read = decode(encode(document, { pretty: true }), { positions: true });
    if (read._tag === "Left") throw new Error(`the example of ${rule.id} does not read back`);
    const expected = lint(read.right).find((f) => f.rule === rule.id);
    if (expected === undefined) throw new Error(`the example of ${rule.id} does not break it in ${version}`);
    out.push({ code: rule.code, rule: rule.id, severity: rule.severity, document, expected });
  }
  return out;
};
