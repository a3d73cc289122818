/**
 * Findings as SARIF 2.1.0, the log format code-scanning services read (GitHub code scanning, Azure DevOps, …).
 * Pure: the caller writes `JSON.stringify(toSarif(findings, file))` where it likes.
 */
import type { Finding } from "../errors.js";
import { rules } from "./rules/index.js";

/** The parts of SARIF 2.1.0 this writes. */
export interface SarifLog {
  readonly $schema: string;
  readonly version: "2.1.0";
  readonly runs: readonly [
    {
      readonly tool: { readonly driver: { readonly name: string; readonly rules: readonly object[] } };
      readonly results: readonly object[];
    },
  ];
}

export interface FileFindings {
  /**
   * The artifact's URI: relative to the repository root for code scanning. Left out, results have no physical location.
   */
  readonly file?: string;
  readonly findings: readonly Finding[];
}

const describe = (id: string): object => {
  const rule = rules.find((r) => r.id === id);
  if (rule === undefined) return { id };
  return {
    id,
    name: rule.code,
    shortDescription: { text: rule.summary },
    fullDescription: { text: `${rule.summary} Source: ${rule.source}.` },
    defaultConfiguration: { level: rule.severity },
    properties: {
      code: rule.code,
      since: rule.since,
      ...(rule.until === undefined ? {} : { until: rule.until }),
      reference: rule.ref,
    },
  };
};

const result = (f: Finding, ruleIndex: number, file: string | undefined): object => {
  const region = f.line === undefined ? {} : { region: { startLine: f.line, startColumn: f.column ?? 1 } };
  const physical = file === undefined ? {} : { physicalLocation: { artifactLocation: { uri: file }, ...region } };
  return {
    ruleId: f.rule,
    ruleIndex,
    level: f.severity,
    message: { text: `${f.code}: ${f.message}` },
    locations: [{ ...physical, logicalLocations: [{ fullyQualifiedName: f.path, kind: "element" }] }],
    properties: {
      code: f.code,
      ...(f.expected === undefined ? {} : { expected: f.expected }),
      ...(f.actual === undefined ? {} : { actual: f.actual }),
    },
  };
};

/** One run over several files: each rule that found something described once, each finding a result. */
export const toSarifFiles = (files: readonly FileFindings[]): SarifLog => {
  const used = [...new Set(files.flatMap((f) => f.findings.map((x) => x.rule)))];
  const index = new Map(used.map((id, i) => [id, i]));
  const results = files.flatMap(({ file, findings }) =>
    findings.map((f) => result(f, index.get(f.rule) as number, file)),
  );
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{ tool: { driver: { name: "cfxml", rules: used.map(describe) } }, results }],
  };
};

/** The SARIF log of one file's findings. */
export const toSarif = (findings: readonly Finding[], file?: string): SarifLog =>
  toSarifFiles([file === undefined ? { findings } : { file, findings }]);
