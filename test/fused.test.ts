/**
 * Fused runs (src/migrations/fused.ts) must give exactly what the steps give one by one: the same `Either`, value
 * (preserved elements and members included), assumptions and failures, for every pair of versions and every root
 * they share; and they must not give up on the documents they exist for, which would only cost time, silently.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fc, it } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { decode, migrate } from "../src/index.js";
import type { Decoded } from "../src/index.js";
import { arbitraryFor } from "../src/interpreters/arbitrary.js";
import { fused } from "../src/migrations/fused.js";
import { migrateStepByStep } from "../src/migrations/migrate.js";
import { up } from "../src/migrations/step.js";
import type { Assumption } from "../src/migrations/step.js";
import { stepFacts } from "../src/migrations/steps.js";
import type { Issue } from "../src/errors.js";
import type { Node } from "../src/schema/ast.js";
import { attachMembers } from "../src/unknown.js";
import { versions } from "../src/versions/index.js";

type V = (typeof versions)[number];
const ACCOUNT = "123456789012";
const rootNode = (v: V, root: string): Node => (v.shapes as Readonly<Record<string, Node>>)[root] as Node;

// Every version and root it has, with an arbitrary of that root (built once).
const starts = versions.flatMap((v, from) => (v.roots as readonly string[]).map((root) => ({ from, root })));
const arbitraries = new Map<string, fc.Arbitrary<unknown>>();
const arbitraryOf = (from: number, root: string): fc.Arbitrary<unknown> => {
  const key = `${from} ${root}`;
  let arb = arbitraries.get(key);
  if (arb === undefined) {
    const v = versions[from] as V;
    arbitraries.set(key, (arb = arbitraryFor(v.shapes, rootNode(v, root), { maxItems: 2 })));
  }
  return arb;
};

/** What a call returns, or the error it throws. */
const outcome = (f: () => unknown): { readonly value: unknown } | { readonly threw: string } => {
  try {
    return { value: f() };
  } catch (e) {
    return { threw: String(e) };
  }
};

/** Deletes the first entry of the first list with entries (depth first), leaving a hole. */
const punch = (u: unknown): boolean => {
  if (Array.isArray(u) && u.length > 0) {
    delete u[0];
    return true;
  }
  if (typeof u !== "object" || u === null || u instanceof Date) return false;
  return Object.values(u).some(punch);
};

const upgrades = fc.constantFrom(...starts.filter(({ from }) => from + 1 < versions.length)).chain(({ from, root }) =>
  fc.record({
    from: fc.constant(from),
    to: fc.integer({ min: from + 1, max: versions.length - 1 }),
    root: fc.constant(root),
    value: arbitraryOf(from, root),
    // A JSON member kept as read on the root: a fused run gives up, and the steps say what becomes of it.
    preserved: fc.boolean(),
    // A hole in the first list with entries: the steps keep it (they map), and so must a fused run.
    hole: fc.boolean(),
    accountId: fc.boolean(),
  }),
);

describe("a fused upgrade", () => {
  it.prop([upgrades], { numRuns: 400 })("gives exactly what the steps give one by one", (u) => {
    const value = structuredClone(u.value);
    if (u.preserved && typeof value === "object" && value !== null) attachMembers(value, { Unheard: 1 });
    if (u.hole) punch(value);
    const d = { version: (versions[u.from] as V).version, root: u.root, value } as Decoded;
    const to = (versions[u.to] as V).version;
    const options = u.accountId ? { accountId: ACCOUNT } : {};
    // A hole can make a converter of the format break throw: then both ways throw the same.
    expect(outcome(() => migrate(d, to, options))).toStrictEqual(outcome(() => migrateStepByStep(d, to, options)));
  });

  // Unchecked, so that no failure of the final check can hide a difference.
  it.prop([upgrades], { numRuns: 400 })("is the steps' own walk, or gives up where a step assumes or refuses", (u) => {
    const value = structuredClone(u.value);
    if (u.preserved && typeof value === "object" && value !== null) attachMembers(value, { Unheard: 1 });
    if (u.hole) punch(value);
    const sides = versions.slice(u.from, u.to + 1);
    const run = { sides, facts: sides.map((v) => stepFacts(v.version)) };
    const out = fused(
      run,
      sides.map((v) => rootNode(v, u.root)),
      value,
    );
    const issues: Issue[] = [];
    const assumptions: Assumption[] = [];
    const stepped = outcome(() => {
      let at: unknown = value;
      for (let k = 0; k + 1 < sides.length; k++) {
        const older = sides[k] as V;
        const newer = sides[k + 1] as V;
        const node = (v: V): Node => rootNode(v, u.root);
        const context = { issues, assumptions, ...(u.accountId ? { accountId: ACCOUNT } : {}) };
        at = up(older, newer, stepFacts(newer.version), node(older), node(newer), at, `/${u.root}`, context);
      }
      return at;
    });
    if (out !== undefined) {
      expect([issues, assumptions]).toEqual([[], []]);
      expect({ value: out.value }).toStrictEqual(stepped);
    }
  });

  // Giving up costs only time, and would go unnoticed: every corpus document of 2012-05-05 or later that the steps
  // upgrade to 2020-05-31 assuming nothing is upgraded by one fused run.
  const modelled = versions.slice(versions.findIndex((v) => v.version === "2012-05-05"));
  const corpus = modelled.flatMap((v) =>
    readdirSync(new URL(`../corpus/${v.version}/`, import.meta.url))
      .filter((f) => f.endsWith(".xml"))
      .map((f) => [`${v.version}/${f}`] as const),
  );
  it.each(corpus)("does not give up on %s", (file) => {
    const r = decode(readFileSync(new URL(`../corpus/${file}`, import.meta.url), "utf8"));
    if (r._tag === "Left") return;
    const steps = migrateStepByStep(r.right, "2020-05-31");
    if (steps._tag === "Left" || steps.right.assumptions.length > 0) return;
    const sides = versions.slice(versions.findIndex((v) => v.version === r.right.version));
    const run = { sides, facts: sides.map((v) => stepFacts(v.version)) };
    const out = fused(
      run,
      sides.map((v) => rootNode(v, r.right.root)),
      r.right.value,
    );
    expect(out?.value).toStrictEqual(steps.right.value);
  });

  it("does not give up on a document from 2013-05-12 on the way to 2020-05-31", () => {
    const xml = readFileSync(new URL("../corpus/2013-05-12/custom-ssl-iam-certificate.xml", import.meta.url), "utf8");
    const r = decode(xml);
    if (r._tag === "Left") expect.fail(JSON.stringify(r.left));
    const from = versions.findIndex((v) => v.version === "2013-05-12");
    const sides = versions.slice(from);
    const run = { sides, facts: sides.map((v) => stepFacts(v.version)) };
    const out = fused(
      run,
      sides.map((v) => rootNode(v, r.right.root)),
      r.right.value,
    );
    expect(out).toBeDefined();
    const steps = migrateStepByStep(r.right, "2020-05-31");
    expect(steps._tag === "Right" && steps.right.value).toStrictEqual(out?.value);
  });
});
