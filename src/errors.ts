/**
 * Problems are data first: a code a program can branch on, the element path, the position, what was expected
 * and what was found. `formatFailure` turns them into text afterwards.
 */

export type IssueCode =
  // Well-formedness and hostile input: fatal, decoding stops at the first one.
  | "malformed_xml"
  | "malformed_json"
  | "doctype_forbidden"
  | "invalid_encoding"
  | "unsupported_encoding"
  | "too_deep"
  | "text_too_long"
  | "document_too_large"
  // Which document this is.
  | "wrong_namespace"
  | "unsupported_version"
  | "unknown_root"
  // Structure.
  | "unknown_element"
  | "unexpected_element"
  | "duplicate_element"
  | "missing_element"
  | "unexpected_text"
  | "unexpected_attribute"
  | "quantity_mismatch"
  | "missing_items_wrapper"
  | "list_length"
  // Scalars.
  | "invalid_boolean"
  | "invalid_integer"
  | "out_of_range"
  | "invalid_enum"
  | "invalid_timestamp"
  | "invalid_string"
  | "string_length"
  | "pattern_mismatch"
  // Warnings: accepted, but not as the model spells it.
  | "noncanonical_enum"
  | "noncanonical_boolean"
  // JSON only.
  | "invalid_type"
  | "unknown_member"
  | "duplicate_member";

/** What a rule found, before it is placed at a path and position: the part every checker shares. */
export interface Problem<C extends string = IssueCode> {
  readonly code: C;
  readonly message: string;
  readonly expected?: string;
  readonly actual?: string;
}

export interface Issue<C extends string = IssueCode> {
  readonly code: C;
  /**
   * Element path from the root, XPath style with 1-based indices on list items:
   * `/DistributionConfig/Origins/Items/Origin[2]/CustomOriginConfig/HTTPPort`.
   */
  readonly path: string;
  /**
   * 1-based, where the issue was found in an XML document or JSON text (columns count characters); absent for a
   * JSON value already in memory.
   */
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
  readonly expected?: string;
  readonly actual?: string;
}

/** An issue found in an XML document: it always has its position. */
export interface DecodeIssue extends Issue {
  readonly line: number;
  readonly column: number;
}

export interface DecodeFailure {
  readonly issues: readonly DecodeIssue[];
  /** True when `maxErrors` was reached and further issues were not collected. */
  readonly truncated: boolean;
}

/** What `decodeJson` found: issues are positioned when it read JSON text, not when it was given a value. */
export interface JsonFailure {
  readonly issues: readonly Issue[];
  /** True when `maxErrors` was reached and further issues were not collected. */
  readonly truncated: boolean;
}

/**
 * How sure it is that CloudFront refuses what a lint rule found: `error` it would, `warning` it accepts a likely
 * mistake.
 */
export type Severity = "error" | "warning";

/** What makes a problem a lint finding: the rule that found it, and its severity. */
export interface Verdict {
  /** The rule's stable id (`ttl-order`); several rules may share one CloudFront code. */
  readonly rule: string;
  readonly severity: Severity;
}

/**
 * What the linter found: an issue whose code is CloudFront's own (`InvalidTTLOrder`) or, where CloudFront documents
 * none, the rule's id, with the rule and its severity.
 */
export type Finding<C extends string = string> = Issue<C> & Verdict;

/** Where an issue is: the element path, and the line and column when it came from XML or JSON text. */
export interface Place {
  readonly path: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * The one constructor of issues: a problem at a place. Absent fields stay absent (no `undefined` members), so
 * issues compare equal whichever checker built them.
 */
export function issue<C extends string>(problem: Problem<C> & Verdict, place: Place): Finding<C>;
export function issue(problem: Problem, place: Place & { readonly line: number; readonly column: number }): DecodeIssue;
export function issue(problem: Problem, place: Place): Issue;
export function issue(problem: Problem<string> & Partial<Verdict>, place: Place): Issue<string> {
  const out: { -readonly [K in keyof Finding]?: Finding[K] } = { code: problem.code };
  if (problem.rule !== undefined && problem.severity !== undefined) {
    out.rule = problem.rule;
    out.severity = problem.severity;
  }
  out.path = place.path;
  if (place.line !== undefined && place.column !== undefined) {
    out.line = place.line;
    out.column = place.column;
  }
  out.message = problem.message;
  if (problem.expected !== undefined) out.expected = problem.expected;
  if (problem.actual !== undefined) out.actual = problem.actual;
  return out as Issue<string>;
}

const hasPosition = (issue: Issue<string>): issue is DecodeIssue => "line" in issue && "column" in issue;

/**
 * One issue as `file:line:col: error[code]: message` followed by `  at <path>` (no position for JSON values). A lint
 * finding shows its severity, and its rule where the code is CloudFront's: `warning[InvalidArgument] (cache-policy-…)`.
 */
export const formatIssue = (issue: Issue<string> | Finding, fileName = "<input>"): string => {
  const where = hasPosition(issue) ? `${fileName}:${issue.line}:${issue.column}` : fileName;
  const verdict = "severity" in issue ? issue : undefined;
  const rule = verdict === undefined || verdict.rule === issue.code ? "" : ` (${verdict.rule})`;
  return `${where}: ${verdict?.severity ?? "error"}[${issue.code}]${rule}: ${issue.message}\n  at ${issue.path}`;
};

export const formatFailure = (
  failure: { readonly issues: readonly Issue<string>[]; readonly truncated?: boolean },
  fileName?: string,
): string => {
  const lines = failure.issues.map((issue) => formatIssue(issue, fileName));
  if (failure.truncated === true) lines.push(`${fileName ?? "<input>"}: too many errors; stopped collecting`);
  return lines.join("\n");
};
