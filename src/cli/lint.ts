/**
 * `cfxml lint`: what CloudFront would refuse in each input, found offline, with CloudFront's error codes; as text
 * for people, one JSON object per input for programs, or one SARIF log for code-scanning services.
 */
import { setImmediate as yieldToEvents } from "node:timers/promises";
import type { Issue, Severity } from "../errors.js";
import { lint, lintRules, notLintable, quotaInfo, quotasFor, toSarifFiles } from "../lint/index.js";
import type { FileFindings, LintFinding, LintOptions, QuotaName, RuleId } from "../lint/index.js";
import { latest } from "../versions/index.js";
import { closest, oneOf, parse, UsageError } from "./args.js";
import type { ReadResult } from "./documents.js";
import { expandInputs } from "./inputs.js";
import type { Input } from "./inputs.js";
import { readInput } from "./read.js";
import { inputOptions, readingOptions, readingUsage } from "./reading.js";
import { decodingWarnings, reportJson, reportLines } from "./report.js";
import type { Report } from "./report.js";
import { out, outRaw, progress, say, summary } from "./ui.js";

export const options = {
  ...readingOptions,
  quota: { type: "string", multiple: true },
  rule: { type: "string", multiple: true },
  strict: { type: "boolean", default: false },
  "list-rules": { type: "boolean", default: false },
  format: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const quotaNames = Object.keys(quotaInfo) as QuotaName[];

export const usage = `usage: cfxml lint [INPUT...] [--quota NAME=N]... [--rule ID=error|warning|off]... [--strict]
                  [--format text|json|sarif] [--from VERSION] [--assume-version VERSION]
                  [--unknown error|skip|preserve] [--accept-unwrapped-items] [--color WHEN]
       cfxml lint --list-rules

Finds, before any API call, what CloudFront would refuse in each document (a TargetOriginId naming no origin,
MinTTL above MaxTTL, too many cache behaviors, …), every rule of the document's own API version at once, each
with the error code CloudFront returns (or the rule's id where no code is documented). INPUT is as for validate:
a file, a directory (its .xml and .json files, recursively, but not *.expected.json), - (stdin, also when no
INPUT), or a FIFO. An input that does not decode is reported as validate reports it, and fails.

Errors are what CloudFront refuses; warnings are what it accepts but is almost certainly a mistake. An input
fails on an error (and, with --strict, on a warning).

  --quota NAME=N      your account's quota where it differs from the published default of the document's
                      version (repeatable; N a whole number or Infinity). Names: ${quotaNames.join(", ")}
  --rule ID=LEVEL     report a rule as error or warning, or turn it off (repeatable; --list-rules lists them)
  --strict            warnings fail the input too (and decoding warnings are errors, as in validate --strict)
  --list-rules        print every rule: id, CloudFront's code, severity, the versions it holds in, and what it checks
${readingUsage}
  --format FORMAT     text (default): each finding as file:line:col: error[code]: message, then "  at <path>" and
                      "  rule: <id>"; json: one object per input on its own line: {"file", "valid", "version",
                      "root", "issues": [...], "findings": [...]}, each finding with "code", "rule", "severity",
                      "path", "line", "column", "message"; sarif: one SARIF 2.1.0 log of every input, for code
                      scanning (an input that does not decode is a result of rule "decode/<code>")
  --color WHEN        auto (default), always or never; NO_COLOR and FORCE_COLOR are honoured
  -h, --help          this help

Findings go to stdout, the summary to stderr. exit status: 0 no input failed, 1 some input failed, 2 usage error

examples:
  cfxml lint configs/
  cfxml lint --quota cacheBehaviors=75 --rule min-ttl-overrides-no-cache=off dist.xml
  cfxml lint configs/ --format sarif > cfxml.sarif
  aws cloudfront get-distribution-config --id E123 | cfxml lint`;

const ruleIds: readonly string[] = lintRules.map((r) => r.id);

/** `NAME=N` options, each name checked against `known`. */
const pairs = (flag: string, given: readonly string[] | undefined, known: readonly string[]): [string, string][] =>
  (given ?? []).map((arg) => {
    const at = arg.indexOf("=");
    if (at < 1) throw new UsageError(`--${flag} takes NAME=VALUE, not ${arg}`);
    const name = arg.slice(0, at);
    if (!known.includes(name)) {
      const meant = closest(name, known);
      throw new UsageError(
        `--${flag}: unknown ${flag} ${name}`,
        meant === undefined ? `run cfxml lint --help` : `did you mean ${meant}?`,
      );
    }
    return [name, arg.slice(at + 1)];
  });

const lintOptions = (values: { quota?: string[] | undefined; rule?: string[] | undefined }): LintOptions => {
  const quotas: Partial<Record<QuotaName, number>> = {};
  for (const [name, text] of pairs("quota", values.quota, quotaNames)) {
    const n = text === "Infinity" ? Infinity : /^[0-9]{1,9}$/.test(text) ? Number(text) : NaN;
    if (Number.isNaN(n))
      throw new UsageError(`--quota ${name} must be a whole number or Infinity, not ${JSON.stringify(text)}`);
    quotas[name as QuotaName] = n;
  }
  const rules: Partial<Record<RuleId, Severity | "off">> = {};
  for (const [id, level] of pairs("rule", values.rule, ruleIds))
    rules[id as RuleId] = oneOf(`rule ${id}`, level, ["error", "warning", "off"], "error");
  quotasFor(latest.version, quotas);
  return { quotas, rules };
};

const ruleList = (): string =>
  lintRules
    .map(
      (r) =>
        `${r.id}\n  ${r.severity} ${r.code}, ` +
        `${r.until === undefined ? `from ${r.since}` : `${r.since} to ${r.until}`}: ${r.summary}`,
    )
    .join("\n");

/** A finding as the CLI tells it: like a decode problem, and with the rule to name in --rule. */
const findingReport = (file: string, f: LintFinding, strict: boolean): Report => ({
  file,
  code: f.code,
  message: f.message,
  path: f.path,
  ...(f.line === undefined ? {} : { line: f.line, column: f.column }),
  ...(f.severity === "warning" && !strict ? { level: "warning" as const } : {}),
  rule: f.rule,
});

interface Outcome {
  readonly file: string;
  readonly read: ReadResult;
  readonly findings: readonly LintFinding[];
  /** Decode problems (or decoding warnings under --strict): what fails the input before any rule. */
  readonly errors: readonly Report[];
  readonly warnings: readonly Report[];
  readonly failed: boolean;
}

const outcome = (file: string, read: ReadResult, o: LintOptions, strict: boolean): Outcome => {
  if (!read.ok)
    return {
      file,
      read,
      findings: [],
      errors: read.reports.filter((r) => r.level !== "note"),
      warnings: [],
      failed: true,
    };
  const declined = notLintable(read.decoded.version);
  if (declined !== undefined) {
    const report: Report = {
      file,
      code: "unsupported",
      message: declined,
      hint: `cfxml convert ${file} --to ${latest.version} -o upgraded.xml && cfxml lint upgraded.xml`,
    };
    return {
      file,
      read: { ok: false, reports: [report], json: false, version: read.decoded.version, root: read.decoded.root },
      findings: [],
      errors: [report],
      warnings: [],
      failed: true,
    };
  }
  const decoding = decodingWarnings(file, read.decoded, strict);
  const findings = lint(read.decoded, o);
  const lintReports = findings.map((f) => findingReport(file, f, strict));
  const all = [...lintReports, ...decoding];
  const errors = all.filter((r) => r.level === undefined);
  return {
    file,
    read,
    findings,
    errors,
    warnings: all.filter((r) => r.level !== undefined),
    failed: errors.length > 0,
  };
};

const resultJson = (r: Outcome): string => {
  const known = r.read.ok
    ? { version: r.read.decoded.version, root: r.read.decoded.root }
    : { version: r.read.version ?? null, root: r.read.root ?? null };
  const issues = r.read.ok ? [] : r.errors.map(reportJson);
  const findings = r.findings.map((f) => ({
    code: f.code,
    rule: f.rule,
    severity: f.severity,
    path: f.path,
    line: f.line ?? null,
    column: f.column ?? null,
    message: f.message,
  }));
  return JSON.stringify({
    file: r.file,
    valid: !r.failed,
    ...known,
    issues,
    findings,
    ...(r.read.ok ? { warnings: decodingWarnings(r.file, r.read.decoded).map(reportJson) } : {}),
  });
};

/** What SARIF gets for an input: its findings, or its decode problems as findings of `decode/<code>`. */
const sarifOf = (r: Outcome): FileFindings => ({
  file: r.file,
  findings: r.read.ok
    ? r.findings
    : r.errors.map(
        (e) =>
          ({
            code: e.code,
            rule: `decode/${e.code}`,
            severity: "error",
            message: e.message,
            path: e.path ?? "/",
            ...(e.line === undefined ? {} : { line: e.line, column: e.column }),
          }) as Issue & { rule: string; severity: Severity },
      ),
});

export const lintCommand = async (args: string[]): Promise<number> => {
  const { values, positionals } = parse("lint", { args, allowPositionals: true, options });
  if (values.help === true) {
    process.stdout.write(usage + "\n");
    return 0;
  }
  if (values["list-rules"] === true) {
    process.stdout.write(ruleList() + "\n");
    return 0;
  }
  const read = { ...inputOptions(values), positions: true };
  const format = oneOf("format", values.format, ["text", "json", "sarif"], "text");
  const o = lintOptions(values);
  const strict = values.strict;
  const expanded = expandInputs(positionals);
  for (const note of expanded.notes) say(note);
  const bar = progress(expanded.inputs.length + expanded.failures.length, "files");
  const sarif: FileFindings[] = [];
  let clean = 0;
  let failed = 0;
  let warned = 0;
  const show = (r: Outcome): void => {
    bar.tick();
    if (r.failed) failed++;
    else clean++;
    if (r.warnings.length > 0) warned++;
    if (format === "json") outRaw(resultJson(r) + "\n");
    else if (format === "sarif") sarif.push(sarifOf(r));
    else
      for (const report of r.read.ok ? [...r.errors, ...r.warnings].sort(byPlace) : r.errors)
        out(reportLines(report).join("\n"));
  };
  for (const f of expanded.failures)
    show({
      file: f.file,
      read: { ok: false, reports: [f], json: false },
      findings: [],
      errors: [f],
      warnings: [],
      failed: true,
    });
  for (const input of expanded.inputs as readonly Input[]) {
    show(outcome(input.shown, await readInput(input, read), o, strict));
    await yieldToEvents();
  }
  bar.stop();
  if (format === "sarif") outRaw(JSON.stringify(toSarifFiles(sarif), null, 2) + "\n");
  if (clean + failed === 0) {
    say("nothing to lint: no .xml or .json files found");
    return 1;
  }
  say(summary("clean", clean, failed) + (warned > 0 ? ` (${warned.toLocaleString("en-US")} with warnings)` : ""));
  return failed > 0 ? 1 : 0;
};

// In document order, as the linter gives them, with decoding warnings among them.
const byPlace = (a: Report, b: Report): number => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
