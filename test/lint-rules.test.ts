/**
 * Every lint rule, one by one: its example breaks it alone, at the path it says and at the element's line and
 * column, in the earliest and the latest version it holds in; it does not fire before it begins or once it ends;
 * and the minimal document of every version breaks nothing. The rules, with the ones lint leaves to others, cover
 * shared/reference/lint-rules.md.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decode, encode } from "../src/index.js";
import type { VersionId } from "../src/index.js";
import { requireKind } from "../src/document.js";
import { cloudFrontCodes } from "../src/lint/codes.js";
import { brokenDraft, decodedDraft, minimalDraft } from "../src/lint/fixtures.js";
import { inEffect, rank } from "../src/lint/line.js";
import { lint } from "../src/lint/lint.js";
import { notLinted, referenceIds } from "../src/lint/reference.js";
import { rules } from "../src/lint/rules/index.js";
import type { LintRule } from "../src/lint/rules/index.js";
import { elementsOf } from "../src/lint/walk.js";
import { legacyVersions, versions } from "../src/versions/index.js";

// Lint reads the versions with an official model (it declines the older ones: test/lint.test.ts).
const supported = versions.filter((v) => !legacyVersions.has(v.version)).map((v) => v.version) as VersionId[];
const spanOf = (rule: LintRule): VersionId[] => supported.filter((v) => inEffect(rule, v));
const pathOf = (version: VersionId, rule: LintRule): string => {
  const kind = requireKind(version, "DistributionConfig");
  return ["", "DistributionConfig", ...elementsOf(kind.shapes, kind.node, rule.example.at).elements].join("/");
};
const summary = (fs: readonly { rule: string; path: string }[]) => fs.map(({ rule, path }) => ({ rule, path }));

describe("lint rules", () => {
  it("have unique ids, CloudFront's codes or their own ids, and a version span holding at least one version cfxml reads", () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules) {
      expect(r.code === r.id || (cloudFrontCodes as readonly string[]).includes(r.code), r.id).toBe(true);
      expect(spanOf(r).length, r.id).toBeGreaterThan(0);
      if (r.until !== undefined) expect(rank(r.until)).toBeGreaterThan(rank(r.since));
    }
  });

  it.each(supported)("find nothing in the minimal DistributionConfig of %s", (version) => {
    expect(lint(decodedDraft(version, minimalDraft(version)))).toEqual([]);
  });

  describe.each(rules.map((r) => [r.id, r] as const))("%s", (_, rule) => {
    const span = spanOf(rule);
    const ends = [...new Set([span[0], span[span.length - 1]])] as VersionId[];

    it.each(ends)("its example breaks it, and only it, in %s", (version) => {
      const found = lint(decodedDraft(version, brokenDraft(rule, version)));
      expect(summary(found)).toEqual([{ rule: rule.id, path: pathOf(version, rule) }]);
      expect(found[0]).toMatchObject({ code: rule.code, severity: rule.severity });
      expect(found[0]?.message.length).toBeGreaterThan(20);
    });

    it.each(ends)("points at the line and column of the element when read from XML, in %s", (version) => {
      const xml = encode(decodedDraft(version, brokenDraft(rule, version)), { pretty: true });
      const read = decode(xml, { positions: true });
      if (read._tag === "Left") return expect.fail(JSON.stringify(read.left.issues));
      const [finding, ...rest] = lint(read.right);
      expect(rest).toEqual([]);
      const element = (finding?.path.split("/").pop() ?? "").replace(/\[\d+\]$/, "");
      const line = xml.split("\n")[(finding?.line ?? 0) - 1] ?? "";
      expect(line.slice((finding?.column ?? 0) - 1)).toMatch(new RegExp(`^<${element}[ >/]`));
    });

    const before = supported.filter((v) => rank(v) < rank(rule.since)).pop();
    const after = rule.until === undefined ? undefined : supported.find((v) => rank(v) >= rank(rule.until as string));
    const outside = [before, after].filter((v): v is VersionId => v !== undefined);
    it.each(outside)("does not fire in %s, outside its span, where its example still reads", (version) => {
      let draft: ReturnType<typeof decodedDraft>;
      try {
        draft = decodedDraft(version, brokenDraft(rule, version));
      } catch {
        return; // the example uses members the version does not have
      }
      expect(lint(draft).map((f) => f.rule)).not.toContain(rule.id);
    });
  });
});

describe("the rules and the reference", () => {
  const declared = new Set<string>(rules.map((r) => r.ref));
  const listed = new Set<string>(notLinted.map((n) => n.ref));

  it("declare or list, with a reason, every rule of lint-rules.md", () => {
    expect(referenceIds.filter((id) => !declared.has(id) && !listed.has(id))).toEqual([]);
    expect([...declared, ...listed].filter((id) => !(referenceIds as readonly string[]).includes(id))).toEqual([]);
    for (const n of notLinted) expect(n.why.length, n.ref).toBeGreaterThan(20);
  });

  const reference = join(import.meta.dirname, "..", "..", "shared", "reference", "lint-rules.md");
  it.skipIf(!existsSync(reference))("number the rules as lint-rules.md does", () => {
    const ids = [...readFileSync(reference, "utf8").matchAll(/^\| ([SQVC]\d+) \|/gm)].map((m) => m[1]);
    const warnings = [...readFileSync(reference, "utf8").matchAll(/^- \*\*(W\d+) /gm)].map((m) => m[1]);
    expect([...ids, ...warnings].sort()).toEqual([...referenceIds].sort());
  });

  it("know CloudFront's codes as the 2020-05-31 model lists them for CreateDistribution and UpdateDistribution", () => {
    const model = join(import.meta.dirname, "..", "..", "shared", "models", "cloudfront", "2020-05-31.json");
    if (!existsSync(model)) return;
    const ops = (
      JSON.parse(readFileSync(model, "utf8")) as { operations: Record<string, { errors?: { shape: string }[] }> }
    ).operations;
    const codes = new Set(
      Object.entries(ops).flatMap(([name, op]) =>
        name.startsWith("CreateDistribution") || name.startsWith("UpdateDistribution")
          ? (op.errors ?? []).map((e) => e.shape)
          : [],
      ),
    );
    expect([...cloudFrontCodes].sort()).toEqual([...codes].sort());
  });
});
