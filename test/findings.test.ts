/** Findings are issues: the one constructor builds them, with a rule and a severity, and formats them alike. */
import { describe, expect, it } from "vitest";
import { formatIssue, issue } from "../src/errors.js";

describe("issue()", () => {
  it("builds a finding when the problem has a rule and a severity, with the same fields in the same order", () => {
    const finding = issue(
      { code: "InvalidTTLOrder", rule: "ttl-order", severity: "error", message: "m", expected: "≥ 60", actual: "5" },
      { path: "/D/MaxTTL", line: 3, column: 5 },
    );
    expect(Object.keys(finding)).toEqual([
      "code",
      "rule",
      "severity",
      "path",
      "line",
      "column",
      "message",
      "expected",
      "actual",
    ]);
    expect(Object.keys(issue({ code: "out_of_range", message: "m" }, { path: "/D", line: 1, column: 1 }))).toEqual([
      "code",
      "path",
      "line",
      "column",
      "message",
    ]);
  });

  it("formats a finding with its severity, and its rule when the code is CloudFront's", () => {
    const at = { path: "/DistributionConfig/Comment", line: 4, column: 3 };
    expect(
      formatIssue(
        issue({ code: "comment-length", rule: "comment-length", severity: "error", message: "too long" }, at),
        "d.xml",
      ),
    ).toBe("d.xml:4:3: error[comment-length]: too long\n  at /DistributionConfig/Comment");
    expect(
      formatIssue(
        issue(
          { code: "InvalidArgument", rule: "query-string-cache-keys", severity: "warning", message: "m" },
          { path: "/D" },
        ),
      ),
    ).toBe("<input>: warning[InvalidArgument] (query-string-cache-keys): m\n  at /D");
    expect(formatIssue(issue({ code: "invalid_boolean", message: "m" }, at))).toBe(
      "<input>:4:3: error[invalid_boolean]: m\n  at /DistributionConfig/Comment",
    );
  });
});
