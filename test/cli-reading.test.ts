/**
 * The CLI on documents as people hold them: warnings and --strict, XML without a namespace, lists without their
 * <Items> wrapper, JSON members newer than the model, and outputs read back before they are written.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { corpus, read, removeTemporaryFolders, run, tmp } from "./cli-kit.js";

afterAll(removeTemporaryFolders);

const digits = "corpus/2020-05-31/booleans-as-digits.xml";
const ns = (v: string): string => `http://cloudfront.amazonaws.com/doc/${v}/`;
const withoutNamespace = read(join(corpus, "2020-05-31", "s3-origin-oac.xml")).replace(
  ` xmlns="${ns("2020-05-31")}"`,
  "",
);
/** The same document with its Aliases written as CNAME entries directly inside <Aliases>. */
const unwrapped = read(join(corpus, "2020-05-31", "s3-origin-oac.xml")).replace(
  /<Aliases>\s*<Quantity>2<\/Quantity>\s*<Items>([\s\S]*?)<\/Items>/,
  "<Aliases><Quantity>2</Quantity>$1",
);
/** AWS CLI output carrying a member newer than the 2020-05-31 model, as `get-distribution-config` prints in 2025. */
const newerJson = (() => {
  const json = JSON.parse(read(join(corpus, "2020-05-31", "s3-origin-oac.json"))) as {
    DistributionConfig: { ViewerCertificate: Record<string, unknown> };
  };
  json.DistributionConfig.ViewerCertificate["IncludeSubdomains"] = false;
  return JSON.stringify({ ETag: "E1DCWSG04WD1UL", ...json });
})();

describe("warnings", () => {
  it("validate shows each warning with its place and passes the input; --strict fails it", () => {
    const lenient = run(["validate", digits]);
    expect(lenient.status).toBe(0);
    expect(lenient.stdout.split("\n").filter((l) => l.includes("warning["))).toEqual([
      `${digits}:23:5: warning[noncanonical_boolean]: 1 is XML Schema's other spelling of true, which cfxml writes`,
      `${digits}:27:3: warning[noncanonical_boolean]: 1 is XML Schema's other spelling of true, which cfxml writes`,
      `${digits}:28:3: warning[noncanonical_boolean]: 0 is XML Schema's other spelling of false, which cfxml writes`,
    ]);
    expect(lenient.stdout).toContain("  at /DistributionConfig/Enabled\n");
    expect(lenient.stderr.trim()).toBe("valid 1, failed 0 (1 with warnings)");

    const strict = run(["validate", "--strict", digits]);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain(`${digits}:27:3: error[noncanonical_boolean]:`);
    expect(strict.stdout).not.toContain("warning[");
    expect(strict.stderr.trim()).toBe("valid 0, failed 1");
  });

  it("validate --format json lists warnings apart from issues; under --strict they are issues", () => {
    const [lenient] = run(["validate", digits, "--format", "json"])
      .stdout.trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lenient).toMatchObject({ valid: true, issues: [] });
    expect(lenient?.["warnings"]).toContainEqual(
      expect.objectContaining({
        code: "noncanonical_boolean",
        path: "/DistributionConfig/IsIPV6Enabled",
        line: 28,
        column: 3,
        expected: "false",
        actual: "0",
      }),
    );
    const [strict] = run(["validate", digits, "--format", "json", "--strict"])
      .stdout.trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(strict).toMatchObject({ valid: false, warnings: [] });
    expect(strict?.["issues"]).toHaveLength(3);
  });

  it("validate shows the first 100 warnings, then says it stopped collecting", () => {
    const json = JSON.parse(read(join(corpus, "2020-05-31", "s3-origin-oac.json"))) as {
      DistributionConfig: Record<string, unknown>;
    };
    for (let i = 0; i < 150; i++) json.DistributionConfig[`Future${i}`] = i;
    const r = run(["validate", "-", "--unknown", "skip"], { input: JSON.stringify(json) });
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n").filter((l) => l.includes("warning[unknown_member]"))).toHaveLength(100);
    expect(r.stdout).toContain("too many warnings; stopped collecting");
    expect(r.stdout).not.toContain("Future100");
  });

  it("convert prints the input's warnings on stderr and writes canonical booleans", () => {
    const r = run(["convert", digits]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`${digits}:23:5: warning[noncanonical_boolean]`);
    expect(r.stdout).toContain("<Enabled>true</Enabled>");
    expect(r.stdout).not.toMatch(/>[01]<\/(Enabled|Compress|IsIPV6Enabled)>/);
  });
});

describe("--assume-version", () => {
  it("reads XML without a namespace as the version named, in validate, convert and detect", () => {
    const refused = run(["validate", "-"], { input: withoutNamespace });
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain("error[wrong_namespace]");
    expect(refused.stdout).toContain("--assume-version VERSION");

    expect(run(["validate", "-", "--assume-version", "2020-05-31"], { input: withoutNamespace }).status).toBe(0);
    const detected = run(["detect", "-", "--assume-version", "2020-05-31"], { input: withoutNamespace });
    expect([detected.status, detected.stdout]).toEqual([0, "-\t2020-05-31\tDistributionConfig\n"]);
    // The output names its version.
    const converted = run(["convert", "-", "--assume-version", "2020-05-31"], { input: withoutNamespace });
    expect(converted.status).toBe(0);
    expect(converted.stdout).toContain(`<DistributionConfig xmlns="${ns("2020-05-31")}">`);
  });

  it("a document whose namespace names another version is an error that says so; an assumed version of the wrong shape fails", () => {
    const named = read(join(corpus, "2012-07-01", "example-request.xml"));
    const r = run(["detect", "-", "--assume-version", "2020-05-31"], { input: named });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      "error[wrong_namespace]: the document names API version 2012-07-01 through its namespace, not 2020-05-31",
    );
    // Read as 2012-07-01, a 2020-05-31 document without a namespace has members that version lacks.
    const wrong = run(["validate", "-", "--assume-version", "2012-07-01"], { input: withoutNamespace });
    expect(wrong.status).toBe(1);
    expect(wrong.stdout).toContain("error[unknown_element]");
  });

  it("names a mistyped version with the closest supported one", () => {
    const r = run(["validate", "-", "--assume-version", "2020-05-30"], { input: withoutNamespace });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("did you mean 2020-05-31?");
  });
});

describe("--accept-unwrapped-items", () => {
  it("without it, entries outside <Items> are an error whose hint names the option; with it, a warning, and convert writes the wrapper", () => {
    const refused = run(["validate", "-"], { input: unwrapped });
    expect(refused.status).toBe(1);
    expect(refused.stdout).toMatch(
      /error\[missing_items_wrapper\][^\n]*\n {2}at \/DistributionConfig\/Aliases\/CNAME\[1\]\n {2}hint: --accept-unwrapped-items/,
    );

    const accepted = run(["validate", "-", "--accept-unwrapped-items"], { input: unwrapped });
    expect(accepted.status).toBe(0);
    expect(accepted.stdout).toContain("warning[missing_items_wrapper]");
    const converted = run(["convert", "-", "--accept-unwrapped-items", "--compact"], { input: unwrapped });
    expect(converted.stdout).toContain(
      "<Aliases><Quantity>2</Quantity><Items><CNAME>www.example.com</CNAME><CNAME>example.com</CNAME></Items></Aliases>",
    );
    expect(run(["validate", "--strict", "-", "--accept-unwrapped-items"], { input: unwrapped }).status).toBe(1);
  });
});

describe("--unknown with JSON input", () => {
  it("refuses a member newer than the model by default, naming the option", () => {
    const r = run(["convert", "-"], { input: newerJson });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("error[unknown_member]");
    expect(r.stderr).toContain("/DistributionConfig/ViewerCertificate/IncludeSubdomains");
    expect(r.stderr).toContain("hint: --unknown skip");
  });

  it("skip drops it with a warning; preserve keeps it through JSON and refuses to invent its XML", () => {
    const skipped = run(["convert", "-", "--unknown", "skip", "--format", "xml"], { input: newerJson });
    expect(skipped.status).toBe(0);
    expect(skipped.stderr).toContain("warning[");
    expect(skipped.stderr).toContain("IncludeSubdomains");
    expect(skipped.stdout).not.toContain("IncludeSubdomains");

    const kept = run(["convert", "-", "--unknown", "preserve"], { input: newerJson });
    expect(kept.status).toBe(0);
    const out = JSON.parse(kept.stdout) as { DistributionConfig: { ViewerCertificate: Record<string, unknown> } };
    expect(out.DistributionConfig.ViewerCertificate["IncludeSubdomains"]).toBe(false);

    const asXml = run(["convert", "-", "--unknown", "preserve", "--format", "xml"], { input: newerJson });
    expect([asXml.status, asXml.stdout]).toEqual([1, ""]);
    expect(asXml.stderr).toContain("error[cannot_encode]");
    expect(asXml.stderr).toContain("/DistributionConfig/ViewerCertificate/IncludeSubdomains");
    expect(asXml.stderr).toContain("hint: write JSON (--format json), or drop such members with --unknown skip");
  });

  it("validate takes the same option", () => {
    expect(run(["validate", "-"], { input: newerJson }).status).toBe(1);
    const skipped = run(["validate", "-", "--unknown", "skip"], { input: newerJson });
    expect([skipped.status, skipped.stderr.trim()]).toEqual([0, "valid 1, failed 0 (1 with warnings)"]);
  });
});

describe("outputs are read back before they are written", () => {
  it("an existing output file is left as it was when the conversion fails", () => {
    const dir = tmp();
    const input = join(dir, "in.json");
    const output = join(dir, "out.xml");
    writeFileSync(input, newerJson);
    writeFileSync(output, "before");
    const r = run(["convert", input, "--unknown", "preserve", "--format", "xml", "-o", output]);
    expect(r.status).toBe(1);
    expect(readFileSync(output, "utf8")).toBe("before");
  });
});

describe("JSON input is read as strictly as XML", () => {
  const oac = join(corpus, "2020-05-31", "s3-origin-oac.json");

  it("validate places a repeated key, an invalid byte and a number that is not an integer at their line and column", () => {
    const dir = tmp();
    const text = read(oac);
    const repeated = join(dir, "repeated.json");
    writeFileSync(
      repeated,
      text.replace(
        '"CallerReference": "www-example-com-2024-03-18",',
        '"CallerReference": "www-example-com-2024-03-18",\n    "CallerReference": "again",',
      ),
    );
    const r = run(["validate", repeated]);
    expect([r.status, r.stdout]).toEqual([
      1,
      `${repeated}:4:5: error[duplicate_member]: CallerReference appears more than once in this object (the first one was read)\n  at /DistributionConfig/CallerReference\n`,
    ]);

    const latin1 = join(dir, "latin1.json");
    const bytes = Buffer.from(text.replace('"Comment": "Static website', '"Comment": "Caf\u00e9 website'), "utf8");
    const offset = bytes.indexOf(0xc3);
    writeFileSync(latin1, Buffer.concat([bytes.subarray(0, offset), Buffer.from([0xe9]), bytes.subarray(offset + 2)]));
    const line = text.slice(0, text.indexOf('"Comment"')).split("\n").length;
    expect(run(["validate", latin1]).stdout).toBe(
      `${latin1}:${line}:20: error[invalid_encoding]: invalid UTF-8 byte 0xe9 at byte offset ${offset}\n  at /DistributionConfig/Comment\n`,
    );

    // Around the document too: the AWS CLI's wrapper with its document twice.
    const twice = join(dir, "twice.json");
    writeFileSync(twice, `{\n  "DistributionConfig": {},\n${text.slice(text.indexOf('  "DistributionConfig"'))}`);
    const both = run(["validate", twice]).stdout;
    // The first one is read (and lacks everything); in document order, the repeated key comes after its issues.
    expect(both).toMatch(
      /twice\.json:2:3: error\[missing_element\]: DistributionConfig lacks the required CallerReference\n/,
    );
    expect(both).toMatch(
      new RegExp(
        `${twice}:3:3: error\\[duplicate_member\\]: DistributionConfig appears more than once in this object \\(the first one was read\\)\\n  at /DistributionConfig\\n$`,
      ),
    );

    const exponent = join(dir, "exponent.json");
    writeFileSync(exponent, text.replace('"ConnectionAttempts": 3', '"ConnectionAttempts": 3e0'));
    expect(run(["validate", exponent]).stdout).toContain(
      'error[invalid_integer]: "3e0" is not a decimal 32-bit integer\n  at /DistributionConfig/Origins/Items/Origin[1]/ConnectionAttempts\n',
    );
  });
});
