/**
 * The value checker: checks in-memory values and AWS CLI / SDK JSON against a schema node, with the same codes
 * and paths as the XML decoder: required members, unknown members (never silently dropped), scalar types and
 * ranges, enums of this version, string and list bounds, and `Quantity === Items.length`.
 *
 * It returns the value it checked rebuilt in model order, with JSON timestamps (ISO 8601 strings) as `Date`s.
 */
import { absurd } from "../schema/ast.js";
import type { List, Node, Repeated, Scalar, Shapes, Struct } from "../schema/ast.js";
import { resolve } from "../schema/resolve.js";
import { ITEMS, QUANTITY } from "../schema/wrapper.js";
import { issue } from "../errors.js";
import type { Issue, Problem } from "../errors.js";
import { attachMembers, carryUnknowns, unknownMembersOf } from "../unknown.js";
import type { Json } from "../unknown.js";
import { choiceProblems, lengthProblem, quantityProblem, repeatedBounds } from "./lists.js";
import { checkScalar, describe, parseTimestamp } from "./scalars.js";

interface Context {
  readonly shapes: Shapes;
  /** What to do with members the version does not define (JSON only: an XML value has no unknown members). */
  readonly unknown: "error" | "skip" | "preserve";
  readonly issues: Issue[];
  /** What was accepted with a note (a CloudFront spelling of an enum value, …). */
  readonly warnings: Issue[];
  /** Whether timestamps may arrive as ISO 8601 strings (JSON) rather than only as `Date`s. */
  readonly json: boolean;
}

const report = (ctx: Context, problem: Problem, path: string): void => void ctx.issues.push(issue(problem, { path }));

const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u) && !(u instanceof Date);

const check = (n: Node, u: unknown, path: string, ctx: Context): unknown => {
  const node = resolve(ctx.shapes, n);
  switch (node._tag) {
    case "struct":
      return checkStruct(node, u, path, ctx);
    case "list":
      return checkList(node, u, path, ctx);
    case "repeated":
      return checkRepeated(node, u, path, ctx);
    case "string":
    case "integer":
    case "long":
    case "boolean":
    case "enum":
    case "timestamp":
    case "flag":
      return checkScalarValue(node, u, path, ctx);
    default:
      return absurd(node);
  }
};

const checkScalarValue = (node: Scalar, u: unknown, path: string, ctx: Context): unknown => {
  let value = u;
  if (node._tag === "timestamp" && ctx.json && typeof u === "string") {
    const parsed = parseTimestamp(u);
    if (!parsed.ok) {
      report(ctx, { ...parsed.problem, actual: u }, path);
      return u;
    }
    value = parsed.value;
  }
  const verdict = checkScalar(node, value);
  if (!verdict.ok) report(ctx, { ...verdict.problem, actual: describe(u) }, path);
  else if (verdict.note !== undefined) ctx.warnings.push(issue(verdict.note, { path }));
  return value;
};

const checkStruct = (node: Struct, u: unknown, path: string, ctx: Context): unknown => {
  if (!isRecord(u)) {
    report(ctx, { code: "invalid_type", message: `expected an object (${node.name}), got ${describe(u)}`, expected: node.name, actual: describe(u) }, path);
    return u;
  }
  const out: Record<string, unknown> = {};
  for (const name in node.members) {
    const member = node.members[name] as { node: Node; required: boolean };
    if (!Object.hasOwn(u, name)) {
      if (member.required) report(ctx, { code: "missing_element", message: `${node.name} lacks the required ${name}`, expected: name }, `${path}/${name}`);
      continue;
    }
    const v = u[name];
    if (v === undefined) {
      report(ctx, { code: "invalid_type", message: `${name} is present but undefined; omit it instead`, expected: "a value or no member", actual: "undefined" }, `${path}/${name}`);
      continue;
    }
    out[name] = check(member.node, v, `${path}/${name}`, ctx);
  }
  const kept: Record<string, Json> = {};
  for (const name of Object.keys(u)) {
    if (Object.hasOwn(node.members, name)) continue;
    const problem: Problem = { code: "unknown_member", message: `${name} is not a member of ${node.name} in this version`, expected: Object.keys(node.members).join(", "), actual: name };
    if (ctx.unknown === "error") {
      report(ctx, problem, `${path}/${name}`);
      continue;
    }
    const preserve = ctx.unknown === "preserve";
    ctx.warnings.push(issue({ ...problem, message: `${problem.message}: ${preserve ? "kept as read" : "dropped"}` }, { path: `${path}/${name}` }));
    if (preserve) kept[name] = u[name] as Json;
  }
  if (node.quantity) checkQuantity(node, out, path, ctx);
  for (const p of choiceProblems(node, out)) report(ctx, p.problem, `${path}/${p.member}`);
  carryUnknowns(u, out);
  if (Object.keys(kept).length > 0) attachMembers(out, { ...unknownMembersOf(u), ...kept });
  return out;
};

const checkQuantity = (node: Struct, value: Record<string, unknown>, path: string, ctx: Context): void => {
  const quantity = value[QUANTITY];
  const items = value[ITEMS];
  const count = Array.isArray(items) ? items.length : 0;
  const mismatch = typeof quantity === "number" ? quantityProblem(node, quantity, count) : undefined;
  if (mismatch !== undefined) report(ctx, mismatch, `${path}/${QUANTITY}`);
};

const checkList = (node: List, u: unknown, path: string, ctx: Context): unknown => {
  if (!Array.isArray(u)) {
    report(ctx, { code: "invalid_type", message: `expected an array of ${node.item}, got ${describe(u)}`, expected: "an array", actual: describe(u) }, path);
    return u;
  }
  const length = lengthProblem(node, u.length);
  if (length !== undefined) report(ctx, { ...length, message: `the ${node.item} list ${length.message}` }, path);
  const out = u.map((item, i) => check(node.node, item, `${path}/${node.item}[${i + 1}]`, ctx));
  carryUnknowns(u, out);
  return out;
};

// A repeated element's entries are at `…/CNAME[1]`, the member's own path with the position.
const checkRepeated = (node: Repeated, u: unknown, path: string, ctx: Context): unknown => {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (!Array.isArray(u)) {
    report(ctx, { code: "invalid_type", message: `expected an array of ${name}, got ${describe(u)}`, expected: "an array", actual: describe(u) }, path);
    return u;
  }
  const length = lengthProblem(repeatedBounds(node, name), u.length);
  if (length !== undefined) report(ctx, { ...length, message: `the repeated ${name} ${length.message}${u.length === 0 ? ": leave the member out instead" : ""}` }, path);
  const out = u.map((item, i) => check(node.node, item, `${path}[${i + 1}]`, ctx));
  carryUnknowns(u, out);
  return out;
};

/**
 * Checks a JSON value (or an in-memory one); returns the value with timestamps as `Date`s, in model order. Members
 * the version does not define are reported (`unknown: "error"`, the default), or dropped or kept with a warning.
 */
export const fromJson = (
  shapes: Shapes,
  node: Node,
  rootName: string,
  u: unknown,
  unknown: Context["unknown"] = "error",
): { readonly value: unknown; readonly issues: readonly Issue[]; readonly warnings: readonly Issue[] } => {
  const ctx: Context = { shapes, issues: [], warnings: [], json: true, unknown };
  const value = check(node, u, `/${rootName}`, ctx);
  return { value, issues: ctx.issues, warnings: ctx.warnings };
};

/** Checks an in-memory value: timestamps must already be `Date`s. */
export const validateValue = (shapes: Shapes, node: Node, rootName: string, u: unknown): readonly Issue[] => {
  const ctx: Context = { shapes, issues: [], warnings: [], json: false, unknown: "error" };
  check(node, u, `/${rootName}`, ctx);
  return ctx.issues;
};
