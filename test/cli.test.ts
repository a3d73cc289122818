/** The built CLI, run as a subprocess for each command, flag and exit code. */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { legacyVersions, versions } from "../src/versions/index.js";

const root = join(import.meta.dirname, "..");
const cli = process.env["CFXML_CLI"] ?? join(root, "dist", "cli", "main.js");
const corpus = join(root, "corpus");
const run = (args: string[], input?: string | Buffer, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: 64 << 20,
  });
const made: string[] = [];
const tmp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "cfxml-cli-"));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(xml|json)$/.test(f))
    .sort();

describe("cfxml convert", () => {
  const legacy = join("corpus", "2012-07-01", "example-request.xml");
  const current = join("corpus", "2020-05-31", "s3-origin-oac.xml");

  it("upgrades a legacy document to stdout, byte for byte the hand-checked golden file", () => {
    const r = run(["convert", legacy, "--to", "2020-05-31"]);
    expect([r.status, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toBe(readFileSync(join(corpus, "upgrades", "2012-07-01", "example-request.xml"), "utf8"));
  });

  it("npm start's conversion writes the golden 2020-05-31 upgrade and names each value it assumes", () => {
    const start = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: { start: string } })
      .scripts.start;
    const [node, script, ...args] = start.split(" ");
    expect([node, script]).toEqual(["node", "dist/cli/main.js"]);
    const r = run(args);
    const input = args[1] as string;
    expect([r.status, r.stdout]).toEqual([
      0,
      readFileSync(join(corpus, "upgrades", input.replace(/^corpus\//, "")), "utf8"),
    ]);
    const assumed = r.stderr.split("\n").filter((l) => l.startsWith(`${input}: assumed /DistributionConfig/`));
    expect(assumed.length).toBeGreaterThan(0);
    expect(r.stderr.trim().split("\n")).toEqual(assumed);
  });

  it("turns XML into AWS CLI JSON (wrapped or bare) and back, through stdin", () => {
    const wrapped = run(["convert", current, "--format", "json"]);
    expect(JSON.parse(wrapped.stdout)).toEqual(
      JSON.parse(readFileSync(join(corpus, "2020-05-31", "s3-origin-oac.json"), "utf8")),
    );
    const bare = run(["convert", current, "--format", "json", "--json-shape", "bare", "--compact"]);
    expect(JSON.parse(bare.stdout)).toEqual(JSON.parse(wrapped.stdout).DistributionConfig);
    expect(bare.stdout.trim()).not.toContain("\n");
    for (const input of [
      wrapped.stdout,
      bare.stdout,
      JSON.stringify({ ETag: "E2QWRUHEXAMPLE", ...JSON.parse(wrapped.stdout) }),
    ]) {
      const back = run(["convert", "--format", "xml"], input);
      expect([back.status, back.stdout]).toEqual([0, readFileSync(join(root, current), "utf8")]);
    }
  }, 120_000);

  it("reads get-distribution output ({ETag, Distribution}) and JSON of an older version with --from", () => {
    const distribution = readFileSync(join(corpus, "2012-07-01", "example-response.json"), "utf8");
    const withEtag = JSON.stringify({ ETag: "E1", ...JSON.parse(distribution) });
    const r = run(["convert", "-", "--from", "2012-07-01", "--format", "xml"], withEtag);
    expect([r.status, r.stdout]).toEqual([0, readFileSync(join(corpus, "2012-07-01", "example-response.xml"), "utf8")]);
    // Read as the current version, it lacks the ARN that 2016-08-01 made required.
    const wrongVersion = run(["convert", "-", "--format", "xml"], withEtag);
    expect([wrongVersion.status, wrongVersion.stdout]).toEqual([1, ""]);
    // A missing member is placed where its parent starts: the "Distribution" member, after {"ETag":"E1",.
    expect(wrongVersion.stderr).toContain(
      "-:1:14: error[missing_element]: Distribution lacks the required ARN\n  at /Distribution/ARN",
    );
  });

  it("refuses a lossy downgrade listing every lost path (exit 1, nothing on stdout); --lossy performs it and reports on stderr", () => {
    const refused = run(["convert", "corpus/2020-05-31/origin-group-failover.xml", "--to", "2018-06-18"]);
    expect([refused.status, refused.stdout]).toEqual([1, ""]);
    expect(refused.stderr).toContain("error[lossy_downgrade]");
    expect(refused.stderr).toContain(
      "error[lossy_downgrade]: <OriginGroups> does not exist before 2018-11-05\n  at /DistributionConfig/OriginGroups\n",
    );
    expect(refused.stderr).toMatch(
      /hint: 2018-06-18 cannot hold \d+ part\(s\) of this document; --lossy converts anyway, dropping them\n/,
    );
    const lossy = run(["convert", "corpus/2020-05-31/origin-group-failover.xml", "--to", "2018-06-18", "--lossy"]);
    expect(lossy.status).toBe(0);
    expect(lossy.stdout).toContain('xmlns="http://cloudfront.amazonaws.com/doc/2018-06-18/"');
    expect(lossy.stderr).toContain("lost: member /DistributionConfig/OriginGroups (2018-11-05) dropped");
  });

  it("says what an upgrade assumed and what a downgrade dropped as equivalent, as notes on stderr", () => {
    const up = run(["convert", "corpus/2012-05-05/private-downloads-distribution.xml", "--to", "2012-07-01"]);
    expect(up.status).toBe(0);
    expect(up.stderr).toContain(
      'assumed /Distribution/DistributionConfig/PriceClass = "PriceClass_All" (required from 2012-07-01): Price classes first appear in 2012-07-01.',
    );
    const same = run(["convert", "corpus/2012-05-05/private-downloads-distribution.xml", "--to", "2012-05-05"]);
    expect([same.status, same.stderr]).toEqual([0, ""]);
    const down = run(["convert", "-", "--to", "2012-05-05"], up.stdout);
    expect(down.status).toBe(0);
    expect(down.stderr).toMatch(
      /-: dropped \/Distribution\/DistributionConfig\/DefaultCacheBehavior\/ForwardedValues\/Cookies = \{"Forward":"none"\}: \S/,
    );
    expect(down.stdout).toBe(readFileSync("corpus/2012-05-05/private-downloads-distribution.xml", "utf8"));
  });

  it("converts a directory into a mirrored tree, continues past bad files, summarises, and exits 1", () => {
    const out = tmp();
    const r = run(["convert", "corpus/2018-06-18", "corpus/invalid", "--to", "2020-05-31", "-o", out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/converted \d+, failed \d+\n$/);
    expect(filesUnder(out)).toContain("distribution-response.xml");
    expect(filesUnder(out).some((f) => f.includes("unclosed-element"))).toBe(false);
    expect(readdirSync(out, { recursive: true, encoding: "utf8" }).some((f) => f.endsWith(".tmp"))).toBe(false);
  });

  it("writes atomically: a failed write leaves no partial file; inputs are overwritten only with --in-place", () => {
    const dir = tmp();
    const target = join(dir, "out.xml");
    mkdirSync(target); // renaming onto a directory fails
    const r = run(["convert", current, "-o", target]);
    expect(r.status).toBe(1);
    expect(readdirSync(dir)).toEqual(["out.xml"]);
    expect(readdirSync(target)).toEqual([]);
    const file = join(dir, "config.xml");
    writeFileSync(file, readFileSync(join(root, legacy)));
    expect(run(["convert", file, "--to", "2020-05-31", "-o", file]).status).toBe(2);
    expect(readFileSync(file, "utf8")).toBe(readFileSync(join(root, legacy), "utf8"));
    expect(run(["convert", file, "--to", "2020-05-31", "--in-place"]).status).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("doc/2020-05-31/");
  }, 120_000);

  it("uses worker threads for large batches and converts them all", () => {
    const dir = tmp();
    expect(run(["fixtures", "--api-version", "2013-05-12", "--count", "70", "--seed", "5", "-o", dir]).status).toBe(0);
    const out = tmp();
    const r = run(["convert", dir, "--to", "2020-05-31", "--format", "json", "-o", out]);
    expect([r.status, r.stderr.trim()]).toEqual([0, "converted 70, failed 0"]);
    expect(filesUnder(out)).toHaveLength(70);
    expect(filesUnder(out).every((f) => f.endsWith(".json"))).toBe(true);
  }, 120_000);

  it("keeps unknown elements with --unknown preserve in XML, and refuses to drop them into JSON", () => {
    const newer = readFileSync(join(root, current), "utf8").replace(
      "</Comment>",
      "</Comment><FutureFeature><On>true</On></FutureFeature>",
    );
    expect(run(["convert", "-"], newer).status).toBe(1);
    const kept = run(["convert", "-", "--unknown", "preserve"], newer);
    expect([kept.status, kept.stdout]).toEqual([
      0,
      expect.stringContaining("<FutureFeature><On>true</On></FutureFeature>"),
    ]);
    const json = run(["convert", "-", "--unknown", "preserve", "--format", "json"], newer);
    expect([json.status, json.stdout]).toEqual([1, ""]);
    expect(json.stderr).toContain("cannot be written as JSON");
  });

  it("exits 2 with a one-line error and a hint on bad flags or values", () => {
    for (const args of [
      ["convert", current, "--format", "yaml"],
      ["convert", current, "--frobnicate"],
      ["convert", current, "--to", "2014-08-31"],
      ["convert", "corpus/2020-05-31"],
      ["transmogrify"],
    ]) {
      const r = run(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^cfxml[^\n]*\nhint: [^\n]*\n$/);
    }
  }, 120_000);
});

describe("cfxml validate, detect, versions, --help", () => {
  it("validate reports file:line:col: error[code] with the path, and exits 1; clean inputs exit 0", () => {
    const bad = run(["validate", "corpus/invalid/booleans-misspelled.xml"]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(
      'corpus/invalid/booleans-misspelled.xml:23:5: error[invalid_boolean]: <Compress>: "TRUE" is not a boolean\n  at /DistributionConfig/DefaultCacheBehavior/Compress',
    );
    const json = run(["validate", "-"], JSON.stringify({ DistributionConfig: { CallerReference: "r" } }));
    expect(json.status).toBe(1);
    expect(json.stdout).toMatch(
      /^-:1:2: error\[missing_element\]: DistributionConfig lacks the required Origins\n {2}at \/DistributionConfig\/Origins\n/,
    );
    // the .json files there are not 2020-05-31
    expect(run(["validate", "corpus/2012-07-01", "corpus/2020-05-31/s3-origin-oac.xml"]).status).toBe(1);
    const documents = filesUnder(join(corpus, "2020-05-31"))
      .filter((f) => !f.endsWith(".expected.json"))
      .map((f) => join("corpus", "2020-05-31", f));
    const ok = run(["validate", ...documents]);
    // Warnings do not fail an input: booleans written 1/0 (booleans-as-digits.xml), HttpVersion HTTP2 as
    // CloudFront lists it (distribution-list.xml and .json).
    expect([ok.status, ok.stderr.trim()]).toEqual([0, `valid ${documents.length}, failed 0 (3 with warnings)`]);
    // A folder is walked without the .expected.json sidecars that say what its documents must produce.
    const walked = run(["validate", join("corpus", "2020-05-31")]);
    expect([walked.status, walked.stderr.trim()]).toEqual([0, `valid ${documents.length}, failed 0 (3 with warnings)`]);
  }, 120_000);

  it("detect names version and kind; --earliest adds the oldest version able to hold it and what pins it", () => {
    const r = run([
      "detect",
      "corpus/2012-07-01/example-response.xml",
      "corpus/2018-11-05/origin-group-failover.xml",
      "--earliest",
    ]);
    expect(r.stdout.trim().split("\n")).toEqual([
      expect.stringMatching(/example-response\.xml\t2012-07-01\tDistribution\tearliest 2012-07-01 \(/),
      "corpus/2018-11-05/origin-group-failover.xml\t2018-11-05\tDistributionConfig\tearliest 2018-11-05 (2018-11-05: /DistributionConfig/OriginGroups)",
    ]);
    // A configuration with nothing newer than one custom origin goes back to the first era.
    const old = run(["detect", "corpus/upgrades/2010-11-01/custom-origin-signed-https.xml", "--earliest"]);
    expect(old.stdout.trim()).toBe(
      "corpus/upgrades/2010-11-01/custom-origin-signed-https.xml\t2020-05-31\tDistributionConfig\tearliest 2010-11-01 (2010-11-01: /DistributionConfig/CustomOrigin)",
    );
    const unknown = run(
      ["detect", "-"],
      `<DistributionConfig xmlns="http://cloudfront.amazonaws.com/doc/2014-08-31/"/>`,
    );
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("API version 2014-08-31 is not supported");
  });

  it("versions lists all 38 with their namespaces, the eleven before 2012-05-05 as having no official model; every command has --help with examples", () => {
    const r = run(["versions"]);
    expect(r.stdout.match(/^\d{4}-\d{2}-\d{2} {2}http:\/\/cloudfront\.amazonaws\.com\/doc\//gm)).toHaveLength(38);
    expect(r.stdout.match(/^(\S+) {2}\S+ {2}\(no official model\)$/gm)?.map((l) => l.slice(0, 10))).toEqual([
      ...legacyVersions,
    ]);
    for (const command of ["convert", "validate", "detect", "fixtures", "versions"]) {
      const help = run([command, "--help"]);
      expect([help.status, help.stdout]).toEqual([0, expect.stringContaining("examples:")]);
    }
    expect(run(["--help"]).stdout).toContain("commands:");
  }, 120_000);

  it("writes no colour codes when stderr is not a terminal, or with NO_COLOR", () => {
    const r = run(
      ["validate", "corpus/invalid/booleans-misspelled.xml", "corpus/2020-05-31/s3-origin-oac.xml"],
      undefined,
      { NO_COLOR: "1" },
    );
    expect(r.stdout + r.stderr).not.toMatch(/\u001b\[/);
  });
});

describe("cfxml fixtures", () => {
  it("generates documents for every version with several seeds, reproducibly, all passing validate", () => {
    const dir = tmp();
    for (const [i, v] of versions.entries())
      expect(
        run(["fixtures", "--api-version", v.version, "--count", "6", "--seed", String(i), "-o", join(dir, v.version)])
          .status,
      ).toBe(0);
    expect(filesUnder(dir)).toHaveLength(versions.length * 6);
    const r = run(["validate", dir]);
    expect([r.status, r.stderr.trim()]).toEqual([0, `valid ${versions.length * 6}, failed 0`]);
    const again = tmp();
    run([
      "fixtures",
      "--api-version",
      "2016-11-25",
      "--count",
      "6",
      "--seed",
      String(versions.findIndex((v) => v.version === "2016-11-25")),
      "-o",
      again,
    ]);
    expect(filesUnder(again)).toHaveLength(6);
    for (const f of filesUnder(again))
      expect(readFileSync(join(again, f), "utf8")).toBe(readFileSync(join(dir, "2016-11-25", f), "utf8"));
  }, 240_000);

  it("--invalid writes one document per decoder error code, each producing the error its sidecar names", () => {
    for (const version of ["2012-05-05", "2016-08-01", "2020-05-31"]) {
      const dir = tmp();
      expect(run(["fixtures", "--api-version", version, "--invalid", "--seed", "9", "-o", dir]).status).toBe(0);
      const sidecars = readdirSync(dir).filter((f) => f.endsWith(".expected.json"));
      expect(sidecars.length).toBeGreaterThanOrEqual(21);
      // One validate over the folder: every document fails, each with its own code among its issues.
      const r = run([
        "validate",
        ...readdirSync(dir)
          .filter((f) => f.endsWith(".xml"))
          .map((f) => join(dir, f)),
      ]);
      expect([r.status, r.stderr.trim()]).toEqual([1, `valid 0, failed ${sidecars.length}`]);
      for (const sidecar of sidecars) {
        const { code } = JSON.parse(readFileSync(join(dir, sidecar), "utf8")) as { code: string };
        const own = r.stdout.split("\n").filter((line) => line.startsWith(join(dir, `${code}.xml`) + ":"));
        expect([code, own.some((line) => line.includes(`error[${code}]`))]).toEqual([code, true]);
      }
    }
  }, 120_000);

  it("exits 2, writing nothing, without --api-version or -o", () => {
    const dir = tmp();
    expect(run(["fixtures", "-o", dir]).status).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
    expect(run(["fixtures", "--api-version", "2020-05-31"]).status).toBe(2);
  });
});
