/**
 * The README's tables of lint rules, of what lint leaves to others, and of quotas, generated from the
 * declarations (`npm run docs`; test/lint-docs.test.ts fails when the README is stale).
 */
import { quotaInfo } from "./quotas.js";
import { notLinted } from "./reference.js";
import type { Reason } from "./reference.js";
import { rules } from "./rules/index.js";

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** Every rule: CloudFront's code (or the rule's id), the rule, its span of versions, severity and what it checks. */
export const lintRulesTable = (): string => {
  const rows = rules.map((r) => {
    const span = r.until === undefined ? r.since : `${r.since}, until ${r.until}`;
    return `| \`${r.code}\` | \`${r.id}\` (${r.ref}) | ${span} | ${r.severity} | ${cell(r.summary)} |`;
  });
  return ["| code | rule | since | severity | what |", "|---|---|---|---|---|", ...rows].join("\n");
};

const reasons: Readonly<Record<Reason, string>> = {
  account: "the account decides",
  decoder: "the decoder checks it",
  unstated: "no source states it",
  unread: "versions not read yet",
  console: "the console's rule",
};

/** What lint does not check, and why. */
export const notLintedTable = (): string => {
  const rows = notLinted.map(
    (n) =>
      `| ${n.ref} | ${cell(n.what)} | ${reasons[n.reason]} | ${cell(n.why)} | ` +
      `${(n.codes ?? []).map((c) => `\`${c}\``).join(", ")} |`,
  );
  return ["| rule | not checked | why not | details | CloudFront's codes |", "|---|---|---|---|---|", ...rows].join(
    "\n",
  );
};

/** Each quota option: what it counts, its default by version, whether AWS raises it, and the source. */
export const quotasTable = (): string => {
  const rows = Object.entries(quotaInfo).map(([name, q]) => {
    const era = q.era.length === 1 ? String(q.era[0]?.[1]) : q.era.map(([since, v]) => `${v} from ${since}`).join(", ");
    return `| \`${name}\` | ${cell(q.entity)} | ${era} | ${q.adjustable ? "yes" : "no"} | ${cell(q.source)} |`;
  });
  return ["| option | quota | default | raised on request | source |", "|---|---|---|---|---|", ...rows].join("\n");
};
