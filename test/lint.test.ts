/**
 * `lint` as a library user meets it: options (quotas, rules off or at another severity), findings from XML and
 * from JSON, every root, the corpus (no errors in any valid document), SARIF, and the invalid fixtures.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { right } from "fp-ts/lib/Either.js";
import {
  decode,
  decodeJson,
  encode,
  formatIssue,
  invalidFixtures,
  lint,
  lintRules,
  migrate,
  minimalDraft,
  toSarif,
  toSarifFiles,
} from "../src/index.js";
import type { Decoded, LintFinding, VersionId } from "../src/index.js";
import { decodedDraft } from "../src/lint/fixtures.js";
import { behavior } from "../src/lint/rules/draft.js";
import { overlap } from "../src/lint/rules/warnings.js";
import { latest, legacyVersions, versions } from "../src/versions/index.js";

const corpus = join(import.meta.dirname, "..", "corpus");
const rulesOf = (fs: readonly LintFinding[]): string[] => fs.map((f) => f.rule);
const withBehaviors = (version: VersionId, n: number): Decoded => {
  const d = minimalDraft(version);
  for (let i = 0; i < n; i++) behavior(d, `/p${i}/*`);
  return decodedDraft(version, d);
};

describe("lint options", () => {
  it("take an account's raised quota in place of the version's default", () => {
    const d = withBehaviors("2020-05-31", 30);
    expect(rulesOf(lint(d))).toEqual(["cache-behaviors"]);
    expect(lint(d, { quotas: { cacheBehaviors: 75 } })).toEqual([]);
  });

  it("default a quota to what held while the version was current", () => {
    expect(rulesOf(lint(withBehaviors("2014-11-06", 11)))).toEqual(["cache-behaviors"]);
    expect(lint(withBehaviors("2016-09-29", 11))).toEqual([]);
  });

  it("turn a rule off, or change its severity", () => {
    const d = withBehaviors("2020-05-31", 26);
    expect(lint(d).map((f) => [f.rule, f.severity])).toEqual([["cache-behaviors", "error"]]);
    expect(lint(d, { rules: { "cache-behaviors": "warning" } }).map((f) => f.severity)).toEqual(["warning"]);
    expect(lint(d, { rules: { "cache-behaviors": "off" } })).toEqual([]);
  });

  it("refuse a rule or a quota they do not know, and a quota that is not a count", () => {
    const decoded = decodedDraft("2020-05-31", minimalDraft("2020-05-31"));
    expect(() => lint(decoded, { rules: { "no-such-rule": "off" } as never })).toThrow(TypeError);
    expect(() => lint(decoded, { quotas: { behaviours: 3 } as never })).toThrow(TypeError);
    expect(() => lint(decoded, { quotas: { origins: -1 } })).toThrow(TypeError);
  });
});

describe("lint findings", () => {
  const broken = (): Decoded => {
    const d = minimalDraft("2020-05-31");
    d["Comment"] = "c".repeat(200);
    d["DefaultCacheBehavior"]["TargetOriginId"] = "nowhere";
    return decodedDraft("2020-05-31", d);
  };

  it("come in document order with their positions when read from XML, as the one issue constructor builds them", () => {
    const read = decode(encode(broken(), { pretty: true }), { positions: true });
    if (read._tag === "Left") return expect.fail("does not read back");
    const found = lint(read.right);
    expect(found.map((f) => [f.rule, f.line])).toEqual([
      ["target-origin-exists", 22],
      ["comment-length", 39],
    ]);
    expect(Object.keys(found[0] ?? {})).toEqual([
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
    expect(formatIssue(found[0] as LintFinding, "d.xml")).toMatch(
      /^d\.xml:22:5: error\[NoSuchOrigin\] \(target-origin-exists\): no origin or origin group has the Id "nowhere"/,
    );
  });

  it("have no position when the document was JSON", () => {
    const found = lint(broken());
    expect(found.map((f) => f.rule)).toEqual(["target-origin-exists", "comment-length"]);
    for (const f of found) expect(f).not.toHaveProperty("line");
  });

  it("reach structures inside every root: a Distribution's configuration, a list's summaries", () => {
    const xml = readFileSync(join(corpus, "2020-05-31", "distribution-list.xml"), "utf8").replace(
      "<TargetOriginId>",
      "<TargetOriginId>x-",
    );
    const read = decode(xml, { positions: true });
    if (read._tag === "Left") return expect.fail("does not read");
    expect(lint(read.right).find((f) => f.rule === "target-origin-exists")?.path).toMatch(
      /^\/DistributionList\/Items\/DistributionSummary\[1\]\/(DefaultCacheBehavior|CacheBehaviors)/,
    );
  });

  it("say when a signed behaviour comes after an unsigned one on overlapping paths, and only then", () => {
    expect(overlap("/media/*", "/media/private/*")).toBe(true);
    expect(overlap("*.jpg", "/private/*")).toBe(true);
    expect(overlap("images/a?.png", "/images/*.png")).toBe(true);
    expect(overlap("/p1/*", "/p10/*")).toBe(false);
    expect(overlap("*.jpg", "*.png")).toBe(false);
    expect(overlap("a*b", "c*")).toBe(false);
    expect(overlap("a*b*c", "*d*")).toBe(true);
  });
});

describe("lint on the corpus", () => {
  const versionDirs = readdirSync(corpus).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  const documents = versionDirs.flatMap((v) =>
    readdirSync(join(corpus, v))
      .filter((f) => f.endsWith(".xml") && !f.endsWith(".canonical.xml"))
      .map((f) => join(v, f)),
  );

  // A document before 2012-05-05 is linted as what it becomes: its upgrade to the latest version.
  it.each(documents)("finds no error in %s", (file) => {
    const read = decode(readFileSync(join(corpus, file)), { positions: true });
    if (read._tag === "Left") return expect.fail("does not decode");
    const linted = legacyVersions.has(read.right.version)
      ? migrate(read.right, latest.version, { accountId: "123456789012" })
      : right(read.right);
    if (linted._tag === "Left") return;
    expect(lint(linted.right).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("declines a document before 2012-05-05, saying why and what to do instead", () => {
    const read = decode(
      '<DistributionConfig xmlns="http://cloudfront.amazonaws.com/doc/2008-06-30/"><Origin>b.s3.amazonaws.com</Origin><CallerReference>r</CallerReference><Enabled>true</Enabled></DistributionConfig>',
    );
    if (read._tag === "Left") return expect.fail("does not decode");
    expect(() => lint(read.right)).toThrow(
      /^lint reads API versions from 2012-05-05 on, .* 2008-06-30 is in the format before it: convert the document first \(cfxml convert --to 2020-05-31\)/,
    );
    expect(() => minimalDraft("2010-11-01")).toThrow(TypeError);
  });

  interface Entry {
    readonly file: string;
    readonly expect: {
      readonly rejected?: unknown;
      readonly json?: { readonly version: VersionId; readonly root: "DistributionConfig" };
    };
  }
  // Documents others wrote that CloudFront would refuse, each with why it is in the corpus all the same.
  const refused: Readonly<Record<string, { readonly rules: readonly string[]; readonly because: string }>> = {
    "paws/createstreamingdistribution-request.xml": {
      rules: ["origin-access-identity"],
      because:
        "Paws' serializer test writes the bare Id E3D5Y5RWA05QO1; the live response it is paired with (to another request: the CallerReference differs) shows origin-access-identity/cloudfront/E3D5Y5RWA05QO1",
    },
  };
  const manifest = (JSON.parse(readFileSync(join(corpus, "real", "MANIFEST.json"), "utf8")) as Entry[]).filter(
    (e) => e.expect.rejected === undefined,
  );

  it.each(manifest.map((e) => [e.file, e] as const))(
    "finds no error in real/%s, or only what is recorded",
    (file, e) => {
      const bytes = readFileSync(join(corpus, "real", file));
      const target = e.expect.json;
      const read =
        target === undefined
          ? decode(bytes, { positions: true })
          : decodeJson((JSON.parse(bytes.toString("utf8")) as Record<string, unknown>)[target.root], target);
      if (read._tag === "Left") return expect.fail("does not decode");
      expect(rulesOf(lint(read.right).filter((f) => f.severity === "error"))).toEqual(refused[file]?.rules ?? []);
    },
  );
});

describe("toSarif", () => {
  const found = (): readonly LintFinding[] => {
    const d = minimalDraft("2020-05-31");
    d["DefaultCacheBehavior"]["MinTTL"] = 60;
    d["DefaultCacheBehavior"]["TargetOriginId"] = "nowhere";
    const read = decode(encode(decodedDraft("2020-05-31", d), { pretty: true }), { positions: true });
    if (read._tag === "Left") throw new Error("does not read back");
    return lint(read.right);
  };

  it("writes SARIF 2.1.0: each rule that found something once, each finding a result at its line, column and path", () => {
    const log = toSarif(found(), "dist/config.xml");
    expect(log.version).toBe("2.1.0");
    const run = log.runs[0];
    expect(run.tool.driver.rules).toMatchObject([
      { id: "target-origin-exists", name: "NoSuchOrigin", defaultConfiguration: { level: "error" } },
      { id: "min-ttl-overrides-no-cache", defaultConfiguration: { level: "warning" } },
    ]);
    expect(run.results[0]).toMatchObject({
      ruleId: "target-origin-exists",
      ruleIndex: 0,
      level: "error",
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: "dist/config.xml" }, region: { startLine: 22, startColumn: 5 } },
          logicalLocations: [{ fullyQualifiedName: "/DistributionConfig/DefaultCacheBehavior/TargetOriginId" }],
        },
      ],
      properties: { code: "NoSuchOrigin", actual: "nowhere" },
    });
    expect(JSON.parse(JSON.stringify(log))).toEqual(log);
  });

  it("puts several files in one run, and leaves out what it does not know", () => {
    const log = toSarifFiles([
      { file: "a.xml", findings: found() },
      { findings: found().map(({ line, column, ...rest }) => rest) },
    ]);
    expect(log.runs[0].results).toHaveLength(4);
    expect(log.runs[0].results[3]).not.toHaveProperty("locations.0.physicalLocation");
    expect(toSarif([]).runs[0]).toEqual({ tool: { driver: { name: "cfxml", rules: [] } }, results: [] });
  });
});

describe("invalidFixtures", () => {
  it.each(["2012-05-05", "2016-11-25", "2020-05-31"] as const)(
    "gives one document per lint code of %s, each breaking one rule where it says",
    (version) => {
      const fixtures = invalidFixtures(version);
      const codes = new Set(lintRules.filter((r) => fixtures.some((f) => f.rule === r.id)).map((r) => r.code));
      expect(fixtures.map((f) => f.code)).toEqual([...codes]);
      expect(new Set(fixtures.map((f) => f.code)).size).toBe(fixtures.length);
      for (const f of fixtures) {
        const read = decode(encode(f.document, { pretty: true }), { positions: true });
        if (read._tag === "Left") return expect.fail(f.rule);
        expect(lint(read.right)).toEqual([f.expected]);
      }
    },
  );

  it("covers every code of the latest version", () => {
    const latest = versions[versions.length - 1]?.version as VersionId;
    expect(new Set(invalidFixtures(latest).map((f) => f.code))).toEqual(new Set(lintRules.map((r) => r.code)));
  });
});
