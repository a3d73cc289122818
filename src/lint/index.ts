/** The linter's public face: `lint`, its rules and quotas, SARIF, and fixtures. */
export { lint, notLintable } from "./lint.js";
export type { LintFinding, LintOptions } from "./lint.js";
export { rules as lintRules } from "./rules/index.js";
export type { LintCode, LintRule, RuleId } from "./rules/index.js";
export { notLinted, referenceIds } from "./reference.js";
export type { NotLinted, Reason, ReferenceId } from "./reference.js";
export { quotaInfo, quotasFor } from "./quotas.js";
export type { QuotaName, Quotas } from "./quotas.js";
export { apiVersions } from "./line.js";
export type { ApiVersion, Era } from "./line.js";
export type { Draft, Example, Found, Report, Rule, Scope, ShapeName, Steps, View, ViewOf } from "./rule.js";
export type { BehaviorView, Distribution, OriginView } from "./facts.js";
export type { CloudFrontCode } from "./codes.js";
export { invalidFixtures, minimalDraft } from "./fixtures.js";
export type { InvalidFixture } from "./fixtures.js";
export { toSarif, toSarifFiles } from "./sarif.js";
export type { FileFindings, SarifLog } from "./sarif.js";
export { lintRulesTable, notLintedTable, quotasTable } from "./docs.js";
