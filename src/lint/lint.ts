/** `lint`: what CloudFront would refuse in a decoded document, found offline, with CloudFront's error codes. */
import type { Finding, Severity } from "../errors.js";
import type { Decoded } from "../document.js";
import { requireKind } from "../document.js";
import { firstModelled, latest, legacyVersions } from "../versions/index.js";
import { inEffect } from "./line.js";
import { quotasFor } from "./quotas.js";
import type { Quotas } from "./quotas.js";
import { rules } from "./rules/index.js";
import type { LintCode, RuleId } from "./rules/index.js";
import { Walk } from "./walk.js";
import type { Armed, Placed } from "./walk.js";

export interface LintOptions {
  /** Your account's quotas where they differ from the published defaults: `{ cacheBehaviors: 75 }`. */
  readonly quotas?: Partial<Quotas>;
  /** Rules to turn off or to report at another severity: `{ "min-ttl-overrides-no-cache": "off" }`. */
  readonly rules?: Partial<Readonly<Record<RuleId, Severity | "off">>>;
}

export type LintFinding = Finding<LintCode>;

/**
 * Why lint does not read a version, or `undefined` when it does. Its rules are written against the official models,
 * from 2012-05-05 on; a document of the format before it is upgraded first, and the upgrade linted.
 */
export const notLintable = (version: string): string | undefined =>
  legacyVersions.has(version)
    ? `lint reads API versions from ${firstModelled.version} on, whose rules follow the official models; ${version} ` +
      `is in the format before it: convert the document first (cfxml convert --to ${latest.version}) and lint that`
    : undefined;

const ids: ReadonlySet<string> = new Set(rules.map((r) => r.id));
const armories = new Map<string, ReadonlyMap<string, readonly Armed[]>>();

/** The rules in effect in a version, by the shape they read, with the severities the options give them. */
const armory = (version: string, given: LintOptions["rules"] = {}): ReadonlyMap<string, readonly Armed[]> => {
  const key = `${version} ${JSON.stringify(given)}`;
  let out = armories.get(key);
  if (out !== undefined) return out;
  for (const id of Object.keys(given)) if (!ids.has(id)) throw new TypeError(`unknown lint rule ${id}`);
  const byShape = new Map<string, Armed[]>();
  for (const rule of rules) {
    const severity = (given as Partial<Record<string, Severity | "off">>)[rule.id] ?? rule.severity;
    if (severity === "off" || !inEffect(rule, version)) continue;
    for (const shape of rule.on) byShape.set(shape, [...(byShape.get(shape) ?? []), { rule, severity }]);
  }
  if (armories.size > 100) armories.clear();
  armories.set(key, (out = byShape));
  return out;
};

// Document order: by line and column when the document was XML, else by the model's order of the elements.
const byPosition = (a: Placed, b: Placed): number =>
  (a.finding.line ?? 0) - (b.finding.line ?? 0) || (a.finding.column ?? 0) - (b.finding.column ?? 0) || byOrder(a, b);
const byOrder = (a: Placed, b: Placed): number => {
  for (let i = 0; i < Math.min(a.order.length, b.order.length); i++)
    if (a.order[i] !== b.order[i]) return (a.order[i] as number) - (b.order[i] as number);
  return a.order.length - b.order.length;
};

/**
 * Every rule of the document's version over the whole document, at once: CloudFront's error code (or the rule's
 * id where none is documented), the rule, its severity (`error`: CloudFront refuses it; `warning`: accepted but
 * almost certainly a mistake), the element path, and the line and column when it was decoded from XML with
 * `{ positions: true }`. Findings come in document order. Rules the account decides are not checked (see the README).
 * A version before 2012-05-05 is a TypeError (see `notLintable`).
 */
export const lint = (decoded: Decoded, options: LintOptions = {}): readonly LintFinding[] => {
  const declined = notLintable(decoded.version);
  if (declined !== undefined) throw new TypeError(declined);
  const kind = requireKind(decoded.version, decoded.root);
  const walk = new Walk(
    kind.shapes,
    armory(decoded.version, options.rules),
    decoded.version,
    quotasFor(decoded.version, options.quotas),
    decoded.positions,
  );
  walk.root(kind.node, decoded.root, decoded.value);
  return walk.found.sort(byPosition).map((p) => p.finding as LintFinding);
};
