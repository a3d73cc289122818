/**
 * Whether an in-memory value passes the value checker, compiled once per version and node: one closure per node,
 * that answers yes or no without rebuilding the value, building paths or collecting issues. `isValid` is true
 * exactly when `validateValue` (src/interpreters/check.ts) finds no issue, by the same rules (stated once, in
 * scalars.ts and lists.ts); test/valid.test.ts checks that on valid and broken values of every root of every
 * version. A caller that needs the issues asks `validateValue` once `isValid` has said no.
 */
import { absurd } from "../schema/ast.js";
import type { Member, Node, Resolved, Shapes } from "../schema/ast.js";
import { QUANTITY, ITEMS, wrapperOf } from "../schema/wrapper.js";
import { choiceProblems, lengthProblem, repeatedBounds } from "./lists.js";
import { scalarValid } from "./scalars.js";

type Valid = (u: unknown) => boolean;

const compiled = new WeakMap<Shapes, WeakMap<Node, Valid>>();

const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u) && !(u instanceof Date);

const validator = (shapes: Shapes, node: Node): Valid => {
  let byNode = compiled.get(shapes);
  if (byNode === undefined) compiled.set(shapes, (byNode = new WeakMap()));
  const known = byNode.get(node);
  if (known !== undefined) return known;
  // A node met again while compiling itself (a schema that refers to itself) calls the finished closure.
  let body: Valid | undefined;
  byNode.set(node, (u) => (body as Valid)(u));
  body = build(shapes, node);
  byNode.set(node, body);
  return body;
};

const build = (shapes: Shapes, node: Node): Valid => {
  if (node._tag === "ref") {
    const shape = shapes[node.name];
    if (shape === undefined) throw new Error(`the version has no shape ${node.name}`);
    return validator(shapes, shape);
  }
  const n: Resolved = node;
  switch (n._tag) {
    case "struct": {
      const names = Object.keys(n.members);
      const required = names.map((name) => (n.members[name] as Member).required);
      const members = names.map((name) => validator(shapes, (n.members[name] as Member).node));
      const wrapper = wrapperOf(n) !== undefined;
      const choices = n.choices !== undefined;
      return (u) => {
        if (!isRecord(u)) return false;
        for (let i = 0; i < names.length; i++) {
          const name = names[i] as string;
          if (!Object.hasOwn(u, name)) {
            if (required[i]) return false;
            continue;
          }
          const v = u[name];
          if (v === undefined || !(members[i] as Valid)(v)) return false;
        }
        // A member the version does not define (own and enumerable, as Object.keys lists them).
        for (const name in u) if (!Object.hasOwn(n.members, name) && Object.hasOwn(u, name)) return false;
        if (wrapper) {
          const quantity = u[QUANTITY];
          const items = u[ITEMS];
          if (typeof quantity === "number" && quantity !== (Array.isArray(items) ? items.length : 0)) return false;
        }
        return !choices || choiceProblems(n, u).length === 0;
      };
    }
    case "list":
    case "repeated": {
      const item = validator(shapes, n.node);
      const bounds = n._tag === "list" ? n : repeatedBounds(n, "");
      return (u) => {
        // `every` passes over holes, as the checker's `map` does.
        return Array.isArray(u) && lengthProblem(bounds, u.length) === undefined && u.every(item);
      };
    }
    case "string":
    case "integer":
    case "long":
    case "boolean":
    case "enum":
    case "timestamp":
    case "flag":
      return (u) => scalarValid(n, u);
    default:
      return absurd(n);
  }
};

/** Whether `validateValue(shapes, node, …, u)` would find no issue. */
export const isValid = (shapes: Shapes, node: Node, u: unknown): boolean => validator(shapes, node)(u);
