/** `lint` as a library user meets it: options (quotas, rules off or at another severity). */
import { describe, expect, it } from "vitest";
import { lint, minimalDraft } from "../src/index.js";
import type { Decoded, LintFinding, VersionId } from "../src/index.js";
import { decodedDraft } from "../src/lint/fixtures.js";
import { behavior } from "../src/lint/rules/draft.js";

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
