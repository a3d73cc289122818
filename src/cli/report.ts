/**
 * What the CLI tells about one input, as data first: a report per problem (or note), with the file it concerns
 * and, when it came from the document, the issue code, element path and position. Rendered as text for people
 * (`file:line:col: error[code]: message`, `  at <path>`, hints) or as JSON for programs.
 */
import type { LintCode } from "../lint/index.js";
import type { Issue } from "../index.js";

/** Problems of the command line itself rather than of a document's content. */
export type FileCode =
  | "cannot_read"
  | "cannot_write"
  | "json_input"
  | "lossy_downgrade"
  | "unsupported"
  | "too_many_errors"
  | "too_many_warnings"
  | "lost"
  | "assumed"
  | "equivalent"
  | "cannot_encode"
  | "output_mismatch";

export interface Report {
  /** The input as a person knows it (its name as given or found, `-` for stdin). */
  readonly file: string;
  readonly code: Issue["code"] | FileCode | LintCode;
  readonly message: string;
  readonly path?: string;
  readonly line?: number;
  readonly column?: number;
  /** What the version accepts there, when the library says (the values of an enum, for example). */
  readonly expected?: string;
  /** The lint rule that found it, to name in `cfxml lint --rule`. */
  readonly rule?: string;
  /** What the user can do about it: one suggestion a line. */
  readonly hint?: string;
  /**
   * Less than an error: a warning (what was accepted with a note, such as a boolean written `1`), or a note (a
   * loss under --lossy, a value a migration assumed or dropped as equivalent). Absent for an error.
   */
  readonly level?: "warning" | "note";
}

/** What the CLI offers for an issue the library says a decode option would let through. */
const optionHints: Partial<Record<Issue["code"], string>> = {
  missing_items_wrapper: "--accept-unwrapped-items reads such entries anyway, with a warning",
  unknown_element:
    "--unknown skip drops what the version does not define (--unknown preserve keeps it, for XML output)",
  unknown_member:
    "--unknown skip drops what the version does not define (--unknown preserve keeps it, for JSON output)",
};

export const fromIssue = (file: string, issue: Issue, hint?: string): Report => {
  const hints = [hint, optionHints[issue.code]].filter((h) => h !== undefined);
  return { file, ...issue, ...(hints.length === 0 ? {} : { hint: hints.join("\n") }) };
};

/** A warning of the library (`decoded.warnings`): an error under `validate --strict`. */
export const fromWarning = (file: string, warning: Issue, strict = false): Report => ({
  ...fromIssue(file, warning),
  ...(strict ? {} : { level: "warning" as const }),
});

/** A decoded document's warnings (errors under --strict), and a note when there were more than `maxErrors`. */
export const decodingWarnings = (
  file: string,
  decoded: { readonly warnings?: readonly Issue[]; readonly warningsTruncated?: true },
  strict = false,
): Report[] => {
  const reports = (decoded.warnings ?? []).map((w) => fromWarning(file, w, strict));
  if (decoded.warningsTruncated === true)
    reports.push({ file, code: "too_many_warnings", message: "too many warnings; stopped collecting", level: "note" });
  return reports;
};

/** An I/O problem, phrased `x.xml: cannot read: no such file`. */
export const ioReport = (file: string, code: "cannot_read" | "cannot_write", error: unknown): Report => ({
  file,
  code,
  message: describeError(error),
});

const reasons: Readonly<Record<string, string>> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "is a directory",
  ENOTDIR: "a part of the path is not a directory",
  ELOOP: "too many levels of symbolic links",
  ENOSPC: "no space left on the device",
  EROFS: "read-only file system",
  EEXIST: "already exists",
  EMFILE: "too many open files",
  EIO: "input/output error",
  EXDEV: "on another device",
};

/** Names an error by what it means, without Node's syscall and the temporary file it may name. */
export const describeError = (error: unknown): string => {
  if (typeof error === "string") return error;
  const code = error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : undefined;
  if (code !== undefined) return reasons[code] ?? code.toLowerCase();
  return error instanceof Error ? error.message : String(error);
};

const isIo = (r: Report): boolean => r.code === "cannot_read" || r.code === "cannot_write";

/** One report as lines of text, each without its newline. */
export const reportLines = (r: Report): string[] => {
  if (r.level === "note") return [`${r.file}: ${r.message}`];
  if (isIo(r)) return [`${r.file}: ${r.code === "cannot_read" ? "cannot read" : "cannot write"}: ${r.message}`];
  const where = r.line !== undefined && r.column !== undefined ? `${r.file}:${r.line}:${r.column}` : r.file;
  const lines = [`${where}: ${r.level ?? "error"}[${r.code}]: ${r.message}`];
  if (r.path !== undefined) lines.push(`  at ${r.path}`);
  if (r.code === "invalid_enum" && r.expected !== undefined)
    lines.push(`  allowed: ${r.expected.split(" | ").join(", ")}`);
  if (r.rule !== undefined) lines.push(`  rule: ${r.rule}`);
  if (r.hint !== undefined) for (const hint of r.hint.split("\n")) lines.push(`  hint: ${hint}`);
  return lines;
};

/** The JSON form of a report: the fields a program needs, absent ones left out. */
export const reportJson = (r: Report): Record<string, unknown> => {
  const { file: _file, level: _level, ...rest } = r;
  return rest;
};
