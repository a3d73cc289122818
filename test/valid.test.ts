/**
 * The compiled check (src/interpreters/valid.ts) says yes exactly when the value checker finds no issue: on values
 * of every root of every version, as generated and with one part broken (a member removed, added, emptied or given a
 * value of another kind, a list entry removed or duplicated, a Quantity off by one).
 */
import { fc, it } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { arbitraryFor } from "../src/interpreters/arbitrary.js";
import { validateValue } from "../src/interpreters/check.js";
import { isValid } from "../src/interpreters/valid.js";
import type { Node } from "../src/schema/ast.js";
import { versions } from "../src/versions/index.js";

type V = (typeof versions)[number];
const rootNode = (v: V, root: string): Node => (v.shapes as Readonly<Record<string, Node>>)[root] as Node;

const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u) && !(u instanceof Date);

/** Every object and array in a value, itself first. */
const parts = (u: unknown, out: object[] = []): object[] => {
  if (Array.isArray(u)) {
    out.push(u);
    for (const x of u) parts(x, out);
  } else if (isRecord(u)) {
    out.push(u);
    for (const k of Object.keys(u)) parts(u[k], out);
  }
  return out;
};

const others: readonly unknown[] = [undefined, null, "", "x\u0000", 0, -1, 1.5, 2 ** 40, true, new Date(0), [], {}];

/** Breaks one part of `u` (in place), chosen by `pick`, in the way `how` says. */
const breakOne = (u: unknown, pick: number, how: number, other: unknown): void => {
  const all = parts(u);
  const at = all[pick % all.length];
  if (Array.isArray(at)) {
    if (how % 3 === 0) at.pop();
    else if (how % 3 === 1 && at.length > 0) at.push(at[0]);
    else at.push(other);
    return;
  }
  if (!isRecord(at)) return;
  const keys = Object.keys(at);
  const key = keys[how % Math.max(1, keys.length)];
  switch (how % 5) {
    case 0:
      if (key !== undefined) delete at[key];
      return;
    case 1:
      at["NotAMember"] = other;
      return;
    case 2:
      if (key !== undefined) at[key] = other;
      return;
    case 3:
      if (typeof at["Quantity"] === "number") at["Quantity"] += 1;
      return;
    default:
      if (key !== undefined) at[key] = Array.isArray(at[key]) ? [] : isRecord(at[key]) ? {} : other;
  }
};

const roots = versions.flatMap((v) => (v.roots as readonly string[]).map((root) => [v, root] as const));
const cases = fc
  .constantFrom(...roots)
  .chain(([v, root]) =>
    fc.tuple(
      fc.constant(v),
      fc.constant(root),
      arbitraryFor(v.shapes, rootNode(v, root), { maxItems: 2 }),
      fc.option(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...others)), { freq: 3 }),
    ),
  );

describe("the compiled check", () => {
  it.prop([cases], { numRuns: 600 })(
    "says yes exactly when the value checker finds no issue",
    ([v, root, u, broken]) => {
      if (broken !== null) breakOne(u, ...broken);
      const issues = validateValue(v.shapes, rootNode(v, root), root, u);
      expect(isValid(v.shapes, rootNode(v, root), u)).toBe(issues.length === 0);
    },
  );
});
