/**
 * `cfxml lint` as a user meets it: findings with CloudFront's codes and their places, rule and quota options,
 * JSON and SARIF for CI, inputs that do not decode, and the lint fixtures `fixtures --invalid` writes.
 */
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { encode } from "../src/index.js";
import { invalidFixtures, lintRules } from "../src/lint/index.js";
import { read, removeTemporaryFolders, run, tmp } from "./cli-kit.js";

afterAll(removeTemporaryFolders);

const fixtures = invalidFixtures("2020-05-31");
const fixture = (code: string) => {
  const f = fixtures.find((x) => x.code === code);
  if (f === undefined) throw new Error(`no fixture for ${code}`);
  return f;
};
/** A fixture written to a temporary folder as pretty XML, as `fixtures --invalid` writes it. */
const written = (code: string): string => {
  const file = join(tmp(), `${code}.xml`);
  writeFileSync(file, encode(fixture(code).document, { pretty: true }) + "\n");
  return file;
};
const warningOnly = fixtures.find((f) => f.severity === "warning");

describe("cfxml lint", () => {
  it("reports a finding with its code, place, path and rule, and fails the input", () => {
    const file = written("InvalidTTLOrder");
    const { line, column, path, rule } = fixture("InvalidTTLOrder").expected;
    const r = run(["lint", file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${file}:${line}:${column}: error[InvalidTTLOrder]: `);
    expect(r.stdout).toContain(`  at ${path}\n  rule: ${rule}\n`);
    expect(r.stderr.trim()).toBe("clean 0, failed 1");
  });

  it("passes a document CloudFront accepts, and one with only warnings unless --strict", () => {
    const clean = run(["lint", "corpus/2020-05-31/s3-origin-oac.xml"]);
    expect([clean.status, clean.stdout, clean.stderr.trim()]).toEqual([0, "", "clean 1, failed 0"]);
    if (warningOnly === undefined) expect.fail("no warning rule in 2020-05-31");
    const file = written(warningOnly.code);
    const lenient = run(["lint", file]);
    expect(lenient.status).toBe(0);
    expect(lenient.stdout).toContain(`: warning[${warningOnly.code}]: `);
    expect(lenient.stderr.trim()).toBe("clean 1, failed 0 (1 with warnings)");
    const strict = run(["lint", "--strict", file]);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain(`: error[${warningOnly.code}]: `);
  });

  it("--rule turns a rule off or changes its severity; --quota raises a limit", () => {
    const ttl = written("InvalidTTLOrder");
    const off = run(["lint", ttl, "--rule", `${fixture("InvalidTTLOrder").rule}=off`]);
    expect([off.status, off.stdout]).toEqual([0, ""]);
    const softened = run(["lint", ttl, "--rule", `${fixture("InvalidTTLOrder").rule}=warning`]);
    expect(softened.status).toBe(0);
    expect(softened.stdout).toContain("warning[InvalidTTLOrder]");
    const many = written("TooManyCacheBehaviors");
    expect(run(["lint", many]).stdout).toContain("error[TooManyCacheBehaviors]");
    const raised = run(["lint", many, "--quota", "cacheBehaviors=Infinity"]);
    expect(raised.stdout).not.toContain("TooManyCacheBehaviors");
  });

  it("answers a wrong rule or quota with a usage error and a hint, before reading", () => {
    const quota = run(["lint", "missing.xml", "--quota", "cacheBehaviours=80"]);
    expect([quota.status, quota.stdout]).toEqual([2, ""]);
    expect(quota.stderr).toContain(
      "cfxml lint: --quota: unknown quota cacheBehaviours\nhint: did you mean cacheBehaviors?",
    );
    const level = run(["lint", "missing.xml", "--rule", "ttl-order=fatal"]);
    expect(level.status).toBe(2);
    expect(level.stderr).toContain("must be one of error, warning, off, not fatal");
    expect(run(["lint", "missing.xml", "--quota", "origins=-1"]).status).toBe(2);
    expect(run(["lint", "missing.xml", "--rule", "ttl-order"]).status).toBe(2);
  });

  it("reports an input that does not decode as validate does, and goes on with the batch", () => {
    const r = run(["lint", "corpus/invalid/booleans-misspelled.xml", "corpus/2020-05-31/s3-origin-oac.xml"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^corpus\/invalid\/booleans-misspelled\.xml:\d+:\d+: error\[invalid_boolean\]/m);
    expect(r.stderr.trim()).toBe("clean 1, failed 1");
  });

  it("declines a document before 2012-05-05, saying to lint its upgrade instead, and goes on with the batch", () => {
    const r = run(["lint", "corpus/2010-11-01/boto-distribution-config.xml", "corpus/2020-05-31/s3-origin-oac.xml"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      "corpus/2010-11-01/boto-distribution-config.xml: error[unsupported]: lint reads API versions from 2012-05-05 on",
    );
    expect(r.stdout).toContain("cfxml convert corpus/2010-11-01/boto-distribution-config.xml --to 2020-05-31");
    expect(r.stderr.trim()).toBe("clean 1, failed 1");
  });

  it("--format json prints one object per input with its findings", () => {
    const file = written("InvalidTTLOrder");
    const r = run(["lint", file, "corpus/2020-05-31/s3-origin-oac.xml", "--format", "json"]);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { file: string; valid: boolean; version: string; findings: { code: string }[] });
    expect(lines.map((l) => [l.file, l.valid, l.version])).toEqual([
      [file, false, "2020-05-31"],
      ["corpus/2020-05-31/s3-origin-oac.xml", true, "2020-05-31"],
    ]);
    const { code, rule, severity, path, line, column } = fixture("InvalidTTLOrder").expected;
    expect(lines[0]?.findings).toContainEqual({
      code,
      rule,
      severity,
      path,
      line,
      column,
      message: expect.any(String),
    });
    expect(lines[1]?.findings).toEqual([]);
  });

  it("--format sarif writes one SARIF 2.1.0 log for the batch, with regions, and decode failures as results", () => {
    const file = written("InvalidTTLOrder");
    const r = run(["lint", file, "corpus/invalid/booleans-misspelled.xml", "--format", "sarif"]);
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout) as {
      version: string;
      runs: {
        tool: { driver: { rules: { id: string }[] } };
        results: {
          ruleId: string;
          level: string;
          locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[];
        }[];
      }[];
    };
    expect(log.version).toBe("2.1.0");
    const [sarifRun] = log.runs;
    const ttl = sarifRun?.results.find((x) => x.ruleId === fixture("InvalidTTLOrder").rule);
    expect(ttl?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: file },
      region: {
        startLine: fixture("InvalidTTLOrder").expected.line,
        startColumn: fixture("InvalidTTLOrder").expected.column,
      },
    });
    expect(sarifRun?.results.some((x) => x.ruleId === "decode/invalid_boolean" && x.level === "error")).toBe(true);
    expect(sarifRun?.tool.driver.rules.map((x) => x.id)).toContain(fixture("InvalidTTLOrder").rule);
  });

  it("--list-rules lists every rule with its code and severity", () => {
    const r = run(["lint", "--list-rules"]);
    expect(r.status).toBe(0);
    for (const rule of lintRules) expect(r.stdout).toContain(`${rule.id}\n  ${rule.severity} ${rule.code}, `);
  });
});

describe("cfxml fixtures --invalid, lint/", () => {
  it("writes one document per lint code, in which cfxml lint finds exactly what its sidecar names", () => {
    const dir = tmp();
    const made = run(["fixtures", "--api-version", "2016-11-25", "--invalid", "-o", dir, "--seed", "1"]);
    expect(made.status).toBe(0);
    const names = readdirSync(join(dir, "lint")).filter((n) => n.endsWith(".xml"));
    expect(names.length).toBe(invalidFixtures("2016-11-25").length);
    const linted = run(["lint", join(dir, "lint"), "--format", "json"]);
    const results = linted.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { file: string; findings: object[] });
    // The sidecars are not read as inputs.
    expect(results.length).toBe(names.length);
    for (const r of results) {
      const expected = JSON.parse(read(r.file.replace(/\.xml$/, ".expected.json"))) as { version: string };
      const { version: _version, ...finding } = expected;
      expect(r.findings, r.file).toContainEqual({ ...finding, message: expect.any(String) });
    }
  });
});
