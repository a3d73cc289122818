/** Every lint rule, by family, in the order the README lists them. */
import { behaviorRules } from "./behaviors.js";
import { certificateRules } from "./certificates.js";
import { distributionRules } from "./distribution.js";
import { originRules } from "./origins.js";
import { quotaRules } from "./quotas.js";
import { structureRules } from "./structure.js";
import { warningRules } from "./warnings.js";

export const rules = [
  ...structureRules,
  ...quotaRules,
  ...behaviorRules,
  ...originRules,
  ...distributionRules,
  ...certificateRules,
  ...warningRules,
] as const;

export type LintRule = (typeof rules)[number];
export type RuleId = LintRule["id"];
/** CloudFront's codes the rules return, and the ids of the rules for which no source states one. */
export type LintCode = LintRule["code"];
