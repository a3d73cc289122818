/** Behaving like a good Unix tool: --version, complete help, one-line usage errors, JSON output, helpful messages. */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { options as convertOptions } from "../src/cli/convert.js";
import { options as detectOptions } from "../src/cli/detect.js";
import { options as fixturesOptions } from "../src/cli/fixtures.js";
import { options as lintOptions } from "../src/cli/lint.js";
import { options as validateOptions } from "../src/cli/validate.js";
import { options as versionsOptions } from "../src/cli/versions.js";
import { cli, corpus, filesUnder, read, removeTemporaryFolders, root, run, tmp } from "./cli-kit.js";

afterAll(removeTemporaryFolders);

describe("versions and help", () => {
  it("cfxml --version prints the package version; fixtures takes --api-version, and --version as before", () => {
    const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
    expect(run(["--version"])).toMatchObject({ status: 0, stdout: `cfxml ${version}\n` });
    const dir = tmp();
    for (const flag of ["--api-version", "--version"]) {
      const r = run(["fixtures", flag, "2016-11-25", "--count", "2", "--seed", "1", "-o", join(dir, flag)]);
      expect([r.status, filesUnder(join(dir, flag))]).toEqual([
        0,
        ["DistributionConfig-1.xml", "DistributionConfig-2.xml"],
      ]);
    }
    expect(read(join(dir, "--api-version", "DistributionConfig-1.xml"))).toBe(
      read(join(dir, "--version", "DistributionConfig-1.xml")),
    );
  }, 120_000);

  it("lists every option a command takes in its --help, and --color everywhere", () => {
    const commands = {
      convert: convertOptions,
      validate: validateOptions,
      lint: lintOptions,
      detect: detectOptions,
      fixtures: fixturesOptions,
      versions: versionsOptions,
    };
    for (const [command, options] of Object.entries(commands)) {
      const help = run([command, "--help"]);
      expect(help.status).toBe(0);
      for (const [name, o] of Object.entries(options)) {
        expect([
          command,
          name,
          help.stdout.includes(`--${name}`) && ("short" in o ? help.stdout.includes(`-${o.short}`) : true),
        ]).toEqual([command, name, true]);
      }
      if (command !== "versions" && command !== "fixtures")
        expect([command, help.stdout]).toEqual([command, expect.stringContaining("--color")]);
    }
    expect(run(["--help"]).stdout).toContain("--color");
  }, 120_000);

  it("answers a usage mistake with one line and a hint, exit 2", () => {
    const cases: [string[], string, string][] = [
      [
        ["convert", "x.xml", "--tto", "2020-05-31"],
        "cfxml convert: unknown option --tto",
        "hint: did you mean --to? (run cfxml convert --help)",
      ],
      [
        ["convert", "x.xml", "--format", "jsn"],
        "cfxml convert: --format must be one of xml, json, not jsn",
        "hint: did you mean --format json?",
      ],
      [
        ["convert", "x.xml", "--frobnicate"],
        "cfxml convert: unknown option --frobnicate",
        "hint: run cfxml convert --help",
      ],
      [["convert", "x.xml", "--to"], "cfxml convert: --to needs a value", "hint: run cfxml convert --help"],
      [
        ["validate", "--form", "json"],
        "cfxml validate: unknown option --form",
        "hint: did you mean --format? (run cfxml validate --help)",
      ],
      [["convrt"], "cfxml: unknown command convrt", "hint: did you mean cfxml convert? run cfxml --help"],
      [
        ["convert", "corpus/2020-05-31"],
        "cfxml convert: several inputs need -o DIR (or --in-place)",
        "hint: run cfxml convert --help",
      ],
    ];
    for (const [args, line, hint] of cases) {
      const r = run(args);
      expect([args, r.status, r.stderr]).toEqual([args, 2, `${line}\n${hint}\n`]);
    }
  }, 120_000);
});

describe("start-up", () => {
  // What a command loads is most of the time of a small run: --help needs no codec, convert neither lint nor io-ts
  // (it imports the codec from src/xml.ts, not the package's index), and only fixtures needs fast-check (an
  // optional peer dependency), and only once it draws documents.
  const loaded = (args: string[]): string[] => {
    const r = spawnSync(process.execPath, ["--import", join(root, "test", "setup", "trace-loads.mjs"), cli, ...args], {
      cwd: root,
      encoding: "utf8",
    });
    return r.stderr
      .split("\n")
      .filter((l) => l.startsWith("load "))
      .map((l) => l.slice(5));
  };
  it("cfxml --help loads no version, codec or fast-check; convert loads no lint, index or fast-check; fixtures --help no fast-check; fixtures does", () => {
    const help = loaded(["--help"]);
    expect(help.length).toBeGreaterThan(0);
    expect(help.filter((u) => /\/(versions|interpreters|lint|migrations)\/|fast-check/.test(u))).toEqual([]);
    const convert = loaded(["convert", "corpus/2012-07-01/example-request.xml", "--to", "2020-05-31"]);
    expect(convert.some((u) => u.includes("/versions/"))).toBe(true);
    expect(
      convert.filter(
        (u) => u.includes("fast-check") || /\/(lint)\//.test(u) || /\/dist\/(index|codecs|standard)\.js$/.test(u),
      ),
    ).toEqual([]);
    expect(loaded(["fixtures", "--help"]).filter((u) => u.includes("fast-check"))).toEqual([]);
    expect(
      loaded(["fixtures", "--api-version", "2012-07-01", "--count", "1", "--seed", "1", "-o", join(tmp(), "f")]).some(
        (u) => u.includes("fast-check"),
      ),
    ).toBe(true);
  });
});

describe("machine-readable output", () => {
  it("validate --format json prints one object per input: file, version, root, valid, and issues with code, path, line, column", () => {
    const r = run([
      "validate",
      "corpus/invalid/booleans-misspelled.xml",
      "corpus/2020-05-31/s3-origin-oac.xml",
      "missing.xml",
      "--format",
      "json",
    ]);
    expect(r.status).toBe(1);
    const objects = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(objects).toHaveLength(3);
    expect(objects).toContainEqual({
      file: "corpus/2020-05-31/s3-origin-oac.xml",
      valid: true,
      version: "2020-05-31",
      root: "DistributionConfig",
      issues: [],
      warnings: [],
    });
    expect(objects).toContainEqual({
      file: "missing.xml",
      valid: false,
      version: null,
      root: null,
      issues: [{ code: "cannot_read", message: "no such file" }],
      warnings: [],
    });
    const bad = objects.find((o) => o["file"] === "corpus/invalid/booleans-misspelled.xml");
    expect(bad).toMatchObject({ valid: false, version: "2020-05-31", root: "DistributionConfig" });
    expect((bad?.["issues"] as unknown[] | undefined)?.[0]).toEqual({
      code: "invalid_boolean",
      path: "/DistributionConfig/DefaultCacheBehavior/Compress",
      line: 23,
      column: 5,
      message: '<Compress>: "TRUE" is not a boolean',
      expected: '"true" or "false" (or XML Schema\'s 1 or 0)',
      actual: "TRUE",
    });
  });

  it("detect --format json prints one object per input, with --earliest its pins", () => {
    const r = run([
      "detect",
      "corpus/2018-11-05/origin-group-failover.xml",
      "corpus/2020-05-31/s3-origin-oac.json",
      "--earliest",
      "--format",
      "json",
    ]);
    expect(r.status).toBe(1);
    const [xml, json] = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(xml).toEqual({
      file: "corpus/2018-11-05/origin-group-failover.xml",
      version: "2018-11-05",
      root: "DistributionConfig",
      earliest: "2018-11-05",
      pinnedBy: [{ introducedIn: "2018-11-05", path: "/DistributionConfig/OriginGroups" }],
      issues: [],
    });
    expect(json).toMatchObject({ version: null, root: null, issues: [{ code: "json_input" }] });
  });
});

describe("messages that help", () => {
  it("suggests --from for JSON of another version, --account-id for an upgrade that needs it, lists enum values, and places JSON syntax errors", () => {
    const older = run(["validate", "corpus/2012-07-01/example-response.json"]);
    expect(older.stdout).toContain(
      "error[missing_element]: Distribution lacks the required ARN\n  at /Distribution/ARN\n  hint: JSON does not name its API version and was read as 2020-05-31; it reads cleanly as 2016-01-28: add --from 2016-01-28\n",
    );
    const future = JSON.stringify({
      DistributionConfig: {
        ...(JSON.parse(read(join(corpus, "2020-05-31", "s3-origin-oac.json"))) as { DistributionConfig: object })
          .DistributionConfig,
        FutureFeature: true,
      },
    });
    expect(run(["validate", "-"], { input: future }).stdout).toContain(
      "error[unknown_member]: FutureFeature is not a member of DistributionConfig in this version\n  at /DistributionConfig/FutureFeature\n  hint: JSON does not name its API version and was read as 2020-05-31; if it is of another version, give --from VERSION\n",
    );
    const response = run(["convert", "corpus/2012-07-01/example-response.xml", "--to", "2020-05-31"]);
    expect(response.stderr).toContain(
      "error[missing_element]: cannot upgrade to 2016-08-01: Distribution lacks the required ARN\n  at /Distribution/ARN\n  hint: give --account-id ID",
    );
    const enumValue = read(join(corpus, "2020-05-31", "s3-origin-oac.xml")).replace(
      /<ViewerProtocolPolicy>[^<]*</,
      "<ViewerProtocolPolicy>sometimes<",
    );
    const e = run(["validate", "-"], { input: enumValue });
    expect(e.stdout).toMatch(
      /error\[invalid_enum\]: <ViewerProtocolPolicy>: "sometimes" is not a ViewerProtocolPolicy value of this version\n {2}at \/DistributionConfig\/DefaultCacheBehavior\/ViewerProtocolPolicy\n {2}allowed: allow-all, https-only, redirect-to-https\n/,
    );
    const dir = tmp();
    writeFileSync(
      join(dir, "broken.json"),
      '{\n  "DistributionConfig": {\n    "Comment": "x",\n    Enabled: true\n  }\n}\n',
    );
    const syntax = run(["validate", join(dir, "broken.json")]);
    expect(syntax.stdout).toBe(
      `${join(dir, "broken.json")}:4:5: error[malformed_json]: expected a member name in double quotes, found "E"\n  at /DistributionConfig\n`,
    );
  }, 120_000);
});
