/**
 * Hand-checked migrations: `corpus/upgrades/<version>/<name>.xml` is the 2020-05-31 form of
 * `corpus/<version>/<name>.xml`, and every `corpus/downgrades/<name>.xml` must refuse to go down to the version
 * its `<name>.expected.json` names, with exactly the losses listed there.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decode, encode, formatFailure, migrate } from "../src/index.js";
import type { Decoded, VersionId } from "../src/index.js";

const corpus = join(import.meta.dirname, "..", "corpus");
const load = (path: string): Decoded => {
  const r = decode(readFileSync(path));
  if (r._tag === "Left") throw new Error(formatFailure(r.left, path));
  return r.right;
};
const xmlIn = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".xml") && !f.endsWith(".canonical.xml"))
        .map((f) => f.slice(0, -4))
    : [];

// Every version before 2012-05-05 has its golden upgrades, across the format break.
const golden = [
  "2008-06-30",
  "2009-04-02",
  "2009-12-01",
  "2010-03-01",
  "2010-11-01",
  "2012-03-15",
  "2012-07-01",
  "2017-03-25",
  "2018-06-18",
];
const upgrades = golden.flatMap((version) =>
  xmlIn(join(corpus, "upgrades", version)).map((name) => [version, name] as const),
);

const refusals = golden.flatMap((version) => {
  const dir = join(corpus, "upgrades", version);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".refused.json"))
        .map((f) => [version, f.slice(0, -".refused.json".length)] as const)
    : [];
});

describe("golden upgrades to 2020-05-31", () => {
  it("cover every corpus document of 2012-07-01, 2017-03-25, 2018-06-18 and before 2012-05-05, as a golden file or a recorded refusal", () => {
    for (const version of golden) {
      const covered = [
        ...xmlIn(join(corpus, "upgrades", version)),
        ...refusals.filter(([v]) => v === version).map(([, n]) => n),
      ].sort();
      expect(covered).toEqual(xmlIn(join(corpus, version)).sort());
    }
  });

  // A document the older model allowed but no later one does, with nothing documented to repair it.
  it.each(refusals)("%s/%s is refused, with exactly the recorded issues", (version, name) => {
    const expected = JSON.parse(readFileSync(join(corpus, "upgrades", version, `${name}.refused.json`), "utf8")) as {
      version: string;
      issues: unknown[];
    };
    const r = migrate(load(join(corpus, version, `${name}.xml`)), "2020-05-31", { accountId: "123456789012" });
    if (r._tag === "Right" || r.left.kind !== "upgrade")
      expect.fail(`expected a refused upgrade, got ${JSON.stringify(r)}`);
    expect({ version: r.left.version, issues: r.left.issues.map(({ code, path }) => ({ code, path })) }).toEqual(
      expected,
    );
  });

  it.each(upgrades)("%s/%s", (version, name) => {
    const r = migrate(load(join(corpus, version, `${name}.xml`)), "2020-05-31", { accountId: "123456789012" });
    if (r._tag === "Left") expect.fail(JSON.stringify(r.left));
    expect(r.right.losses).toEqual([]);
    expect(encode(r.right, { pretty: true }) + "\n").toBe(
      readFileSync(join(corpus, "upgrades", version, `${name}.xml`), "utf8"),
    );
  });
});

describe("refused downgrades, with the members they drop as equivalents", () => {
  const names = xmlIn(join(corpus, "downgrades"));

  it("holds at least five documents", () => expect(names.length).toBeGreaterThanOrEqual(5));

  it.each(names)("%s", (name) => {
    const expected = JSON.parse(readFileSync(join(corpus, "downgrades", `${name}.expected.json`), "utf8")) as {
      to: VersionId;
      losses: unknown[];
      equivalents: string[];
    };
    const d = load(join(corpus, "downgrades", `${name}.xml`));
    const r = migrate(d, expected.to);
    if (r._tag === "Right" || r.left.kind !== "downgrade")
      expect.fail(`expected a refused downgrade, got ${JSON.stringify(r)}`);
    expect(r.left.losses.map(({ path, kind, introducedIn }) => ({ path, kind, introducedIn }))).toEqual(
      expected.losses,
    );
    const lossy = migrate(d, expected.to, { lossy: true });
    expect(lossy._tag === "Right" && lossy.right.losses.map(({ path }) => path)).toEqual(
      r.left.losses.map(({ path }) => path),
    );
    // What the downgrade drops without a loss, because it holds what its absence means in the older version.
    expect(lossy._tag === "Right" && lossy.right.equivalents.map(({ path }) => path)).toEqual(expected.equivalents);
  });
});
