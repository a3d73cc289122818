/**
 * The scripts of examples/ run as a reader would run them, against the built package (test/setup/build.ts
 * builds it first), so that they cannot rot. Each runs with a temporary folder of its own as TMPDIR, which must
 * be empty again when it ends: an example cleans up what it creates.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const example = (
  command: string,
  args: readonly string[],
): { status: number | null; stdout: string; stderr: string; leftBehind: string[] } => {
  const tmp = mkdtempSync(join(tmpdir(), "cfxml-example-"));
  made.push(tmp);
  // The node running the suite comes first on PATH, so that a shell script's `node` is the same one.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TMPDIR: tmp,
    PATH: `${dirname(process.execPath)}${delimiter}${process.env["PATH"] ?? ""}`,
  };
  for (const k of ["NO_COLOR", "FORCE_COLOR", "CI", "TERM", "NODE_OPTIONS", "NODE_TEST_CONTEXT"]) delete env[k];
  const r = spawnSync(command, args, { cwd: root, env, encoding: "utf8", timeout: 180_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, leftBehind: readdirSync(tmp) };
};

describe("examples", () => {
  it("library.mjs decodes a 2012-07-01 document, migrates it to 2020-05-31, lints it and writes it as XML and JSON", () => {
    const r = example(process.execPath, ["examples/library.mjs"]);
    expect([r.status, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toContain("read DistributionConfig of API version 2012-07-01");
    expect(r.stdout).toContain('<DistributionConfig xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/">');
    expect(r.stdout).toContain("reads back to the same document");
    expect(r.leftBehind).toEqual([]);
  }, 180_000);

  it("cli-batch.sh upgrades a folder of legacy XML to 2020-05-31 with the CLI, and checks what it wrote", () => {
    const r = example("bash", ["examples/cli-batch.sh"]);
    expect([r.status, r.stderr.split("\n").filter((l) => /^(converted|valid) /.test(l))]).toEqual([
      0,
      ["converted 13, failed 1", "valid 13, failed 0"],
    ]);
    expect(
      r.stdout
        .trim()
        .split("\n")
        .map((l) => l.split("\t")[1]),
    ).toEqual(Array(13).fill("2020-05-31"));
    expect(r.leftBehind).toEqual([]);
  }, 180_000);

  it("property-test.mjs runs a user's property test over cfxml/arbitrary documents with fast-check", () => {
    // TAP, which every Node line can be asked for (from 23 the default reporter is "spec" when not on a terminal).
    const r = example(process.execPath, ["--test", "--test-reporter=tap", "examples/property-test.mjs"]);
    expect([r.status, /^# pass 2$/m.test(r.stdout), /^# fail 0$/m.test(r.stdout)]).toEqual([0, true, true]);
    expect(r.leftBehind).toEqual([]);
  }, 180_000);
});
