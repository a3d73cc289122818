/**
 * The value checker: checks in-memory values and AWS CLI / SDK JSON against a schema node, with the same codes
 * and paths as the XML decoder: required members, unknown members (never silently dropped), scalar types and
 * ranges, enums of this version, string and list bounds, and `Quantity === Items.length`.
 *
 * It returns the value it checked rebuilt in model order, with JSON timestamps (ISO 8601 strings) as `Date`s.
 *
 * A value read from JSON text comes with what the reader wrote down of it (`json/located.ts`), walked beside it:
 * each issue then has the line and column of the member it concerns, an integer is read from its text as XML
 * reads it (so `1e2` and `1.0` are not integers), and keys an object repeats are reported, wherever they are.
 * Collection stops at `maxErrors`.
 */
import { absurd } from "../schema/ast.js";
import type { List, Node, Repeated, Scalar, Shapes, Struct } from "../schema/ast.js";
import { resolve } from "../schema/resolve.js";
import { ITEMS, QUANTITY } from "../schema/wrapper.js";
import { issue } from "../errors.js";
import type { Issue, Problem } from "../errors.js";
import { duplicateMember, indexIn, innerAt, innerOf, slotAt, STRIDE } from "../json/located.js";
import { heldExactly } from "../json/numbers.js";
import type { Located, Position, Slot } from "../json/located.js";
import { entryPath, memberPath } from "../json/paths.js";
import { attachMembers, carryUnknowns, unknownMembersOf } from "../unknown.js";
import type { Json } from "../unknown.js";
import { choiceProblems, lengthProblem, quantityProblem, repeatedBounds } from "./lists.js";
import type { Bounded } from "./lists.js";
import { checkScalar, describe, parseScalar, parseTimestamp } from "./scalars.js";

interface Context {
  readonly shapes: Shapes;
  /** What to do with members the version does not define (JSON only: an XML value has no unknown members). */
  readonly unknown: "error" | "skip" | "preserve";
  readonly issues: Issue[];
  /** What was accepted with a note (a CloudFront spelling of an enum value, …). */
  readonly warnings: Issue[];
  /** Whether timestamps may arrive as ISO 8601 strings (JSON) rather than only as `Date`s. */
  readonly json: boolean;
  /** Whether the JSON text repeated a key anywhere: then the parts the schema does not walk are looked through too. */
  readonly repeats: boolean;
  readonly maxErrors: number;
  truncated: boolean;
  /** Whether `maxErrors` warnings were collected and more were not: a warning per unknown member is unbounded. */
  warningsTruncated: boolean;
}

/** Thrown when `maxErrors` issues are collected and there is one more. */
const FULL = new Error("cfxml: maxErrors reached");

const placed = (path: string, at: Position | undefined) =>
  at === undefined ? { path } : { path, line: at.line, column: at.column };

const report = (ctx: Context, problem: Problem, path: string, at: Position | undefined): void => {
  if (ctx.issues.length >= ctx.maxErrors) {
    ctx.truncated = true;
    throw FULL;
  }
  ctx.issues.push(issue(problem, placed(path, at)));
};

const warn = (ctx: Context, warning: Issue): void => {
  if (ctx.warnings.length < ctx.maxErrors) ctx.warnings.push(warning);
  else ctx.warningsTruncated = true;
};

const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u) && !(u instanceof Date);

/**
 * Checks `u` at `path`. Read from text, `at` is where it was written (its member's name, its entry, or the root's
 * start) and `loc` what was written down of it, if it is an object or array.
 */
const check = (
  n: Node,
  u: unknown,
  path: string,
  ctx: Context,
  at: Slot | undefined,
  loc: Located | undefined,
): unknown => {
  const node = resolve(ctx.shapes, n);
  switch (node._tag) {
    case "struct":
      return checkStruct(node, u, path, ctx, at, loc);
    case "list":
      return checkList(node, u, path, ctx, at, loc);
    case "repeated":
      return checkRepeated(node, u, path, ctx, at, loc);
    case "string":
    case "integer":
    case "long":
    case "boolean":
    case "enum":
    case "timestamp":
    case "flag":
      return checkScalarValue(node, u, path, ctx, at, loc);
    default:
      return absurd(node);
  }
};

const checkScalarValue = (
  node: Scalar,
  u: unknown,
  path: string,
  ctx: Context,
  at: Slot | undefined,
  loc: Located | undefined,
): unknown => {
  let value = u;
  if (node._tag === "timestamp" && ctx.json && typeof u === "string") {
    const parsed = parseTimestamp(u);
    if (!parsed.ok) {
      report(ctx, { ...parsed.problem, actual: u }, path, at);
      return u;
    }
    value = parsed.value;
  }
  // A number read from text is an integer only if written as one, as in XML: not 1e2, 1.0 or 100.0000000000000001.
  if ((node._tag === "integer" || node._tag === "long") && typeof u === "number" && at !== undefined) {
    // Read from text: a number's text is kept when String(number) would not give it back.
    const text = at.number ?? String(u);
    const parsed = parseScalar(node, text);
    if (!parsed.ok) report(ctx, { ...parsed.problem, actual: text }, path, at);
    return parsed.ok ? parsed.value : u;
  }
  const verdict = checkScalar(node, value);
  if (!verdict.ok) report(ctx, { ...verdict.problem, actual: describe(u) }, path, at);
  else if (verdict.note !== undefined) warn(ctx, issue(verdict.note, placed(path, at)));
  unread(loc, path, ctx);
  // An integer has no sign of zero: -0 is read as 0, as XML reads "-0".
  return Object.is(value, -0) ? 0 : value;
};

const checkStruct = (
  node: Struct,
  u: unknown,
  path: string,
  ctx: Context,
  at: Slot | undefined,
  loc: Located | undefined,
): unknown => {
  if (!isRecord(u)) {
    report(
      ctx,
      {
        code: "invalid_type",
        message: `expected an object (${node.name}), got ${describe(u)}`,
        expected: node.name,
        actual: describe(u),
      },
      path,
      at,
    );
    unread(loc, path, ctx);
    return u;
  }
  const out: Record<string, unknown> = {};
  for (const name in node.members) {
    const member = node.members[name] as { node: Node; required: boolean };
    if (!Object.hasOwn(u, name)) {
      if (member.required)
        report(
          ctx,
          { code: "missing_element", message: `${node.name} lacks the required ${name}`, expected: name },
          memberPath(path, name),
          at,
        );
      continue;
    }
    const v = u[name];
    if (v === undefined) {
      report(
        ctx,
        {
          code: "invalid_type",
          message: `${name} is present but undefined; omit it instead`,
          expected: "a value or no member",
          actual: "undefined",
        },
        memberPath(path, name),
        at,
      );
      continue;
    }
    const i = indexIn(loc, name);
    out[name] = check(member.node, v, memberPath(path, name), ctx, slotAt(loc, i), innerAt(loc, i));
  }
  repeated(loc, path, ctx);
  const kept: Record<string, Json> = {};
  for (const name of Object.keys(u)) {
    if (Object.hasOwn(node.members, name)) continue;
    const problem: Problem = {
      code: "unknown_member",
      message: `${name} is not a member of ${node.name} in this version`,
      expected: memberNames(node),
      actual: name,
    };
    const i = indexIn(loc, name);
    const where = slotAt(loc, i);
    const preserve = ctx.unknown === "preserve";
    if (ctx.unknown === "error") report(ctx, problem, memberPath(path, name), where);
    else
      warn(
        ctx,
        issue(
          { ...problem, message: `${problem.message}: ${preserve ? "kept as read" : "dropped"}` },
          placed(memberPath(path, name), where),
        ),
      );
    if (preserve) {
      kept[name] = u[name] as Json;
      inexact(where, innerAt(loc, i), memberPath(path, name), ctx);
    }
    unread(innerAt(loc, i), memberPath(path, name), ctx);
  }
  if (node.quantity) checkQuantity(node, out, path, ctx, slotAt(loc, indexIn(loc, QUANTITY)));
  for (const p of choiceProblems(node, out))
    report(ctx, p.problem, memberPath(path, p.member), slotAt(loc, indexIn(loc, p.member)) ?? at);
  carryUnknowns(u, out);
  if (Object.keys(kept).length > 0) attachMembers(out, { ...unknownMembersOf(u), ...kept });
  return out;
};

const checkQuantity = (
  node: Struct,
  value: Record<string, unknown>,
  path: string,
  ctx: Context,
  at: Slot | undefined,
): void => {
  const quantity = value[QUANTITY];
  const items = value[ITEMS];
  const count = Array.isArray(items) ? items.length : 0;
  const mismatch = typeof quantity === "number" ? quantityProblem(node, quantity, count) : undefined;
  if (mismatch !== undefined) report(ctx, mismatch, memberPath(path, QUANTITY), at);
};

/** How a list's entries, or a repeated element's, are named and bounded. */
interface Entries {
  readonly item: string;
  readonly bounds: Bounded;
  /** The list as a length problem names it. */
  readonly what: string;
  /** Said after a length problem of no entries. */
  readonly ifEmpty: string;
  readonly entryAt: (i: number) => string;
}

// A list's entries are at `…/Items/Origin[1]`, under its item element; a repeated element's (the format before
// 2012-05-05) at `…/CNAME[1]`, the member's own path with the position. A repeated element with no entry is written
// by leaving it out, so it has at least one when present.
const checkList = (
  node: List,
  u: unknown,
  path: string,
  ctx: Context,
  at: Slot | undefined,
  loc: Located | undefined,
) =>
  checkEntries(node.node, u, path, ctx, at, loc, {
    item: node.item,
    bounds: node,
    what: `the ${node.item} list`,
    ifEmpty: "",
    entryAt: (i) => memberPath(path, `${node.item}[${i + 1}]`),
  });

const checkRepeated = (
  node: Repeated,
  u: unknown,
  path: string,
  ctx: Context,
  at: Slot | undefined,
  loc: Located | undefined,
): unknown => {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return checkEntries(node.node, u, path, ctx, at, loc, {
    item: name,
    bounds: repeatedBounds(node, name),
    what: `the repeated ${name}`,
    ifEmpty: ": leave the member out instead",
    entryAt: (i) => entryPath(path, i),
  });
};

const checkEntries = (
  entry: Node,
  u: unknown,
  path: string,
  ctx: Context,
  at: Slot | undefined,
  loc: Located | undefined,
  e: Entries,
): unknown => {
  if (!Array.isArray(u)) {
    const problem: Problem = {
      code: "invalid_type",
      message: `expected an array of ${e.item}, got ${describe(u)}`,
      expected: "an array",
      actual: describe(u),
    };
    report(ctx, problem, path, at);
    unread(loc, path, ctx);
    return u;
  }
  const length = lengthProblem(e.bounds, u.length);
  const message = `${e.what} ${length?.message}${u.length === 0 ? e.ifEmpty : ""}`;
  if (length !== undefined) report(ctx, { ...length, message }, path, at);
  const out = u.map((x, i) => check(entry, x, e.entryAt(i), ctx, slotAt(loc, i), innerAt(loc, i)));
  carryUnknowns(u, out);
  return out;
};

const names = new WeakMap<Struct, string>();
/** A structure's member names, as `expected` of an unknown member: once per structure, not once per member. */
const memberNames = (node: Struct): string => {
  let list = names.get(node);
  if (list === undefined) names.set(node, (list = Object.keys(node.members).join(", ")));
  return list;
};

/** Reports the keys an object read from text repeated (each where it was repeated; the first one was read). */
const repeated = (loc: Located | undefined, path: string, ctx: Context): void => {
  for (const d of loc?.duplicates ?? []) report(ctx, duplicateMember(d.key), memberPath(path, d.key), d);
};

/**
 * Each object and array read from text under `loc`, itself first, with its path (iterative: it nests as deep as read).
 */
const eachRead = (loc: Located | undefined, path: string, visit: (l: Located, p: string) => void): void => {
  const stack: (readonly [Located, string])[] = loc === undefined ? [] : [[loc, path]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [l, p] = next;
    visit(l, p);
    const inner = [...innerOf(l)];
    for (let k = inner.length - 1; k >= 0; k--) {
      const [key, child] = inner[k] as readonly [string | number, Located];
      stack.push([child, typeof key === "number" ? entryPath(p, key) : memberPath(p, key)]);
    }
  }
};

/**
 * What the schema does not walk (a member the version does not define, a value of the wrong type) was read from
 * the text all the same: its repeated keys are reported too, so that no key is read twice unsaid.
 */
const unread = (loc: Located | undefined, path: string, ctx: Context): void => {
  if (ctx.repeats) eachRead(loc, path, (l, p) => repeated(l, p, ctx));
};

/** A member kept as read goes back out as written: each number in it that a double would change is an error. */
const inexact = (at: Slot | undefined, loc: Located | undefined, path: string, ctx: Context): void => {
  const exactly = (text: string | undefined, p: string, where: Slot | undefined): void => {
    if (text === undefined || heldExactly(text)) return;
    const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    report(
      ctx,
      {
        code: "out_of_range",
        message:
          `${shown} cannot be kept as written: a JSON number here is a double, which reads it as ` + `${Number(text)}`,
        expected: "a number a double holds exactly",
        actual: text,
      },
      p,
      where,
    );
  };
  exactly(at?.number, path, at);
  eachRead(loc, path, (l, p) => {
    for (let i = 0; STRIDE * i < l.members.length; i++) {
      const text = l.members[STRIDE * i + 3];
      if (typeof text === "string")
        exactly(text, l.array ? entryPath(p, i) : memberPath(p, l.members[STRIDE * i] as string), slotAt(l, i));
    }
  });
};

/** How a value was read from JSON text (all absent for a value given in memory), and when to stop collecting. */
export interface JsonRead {
  /** Where the value starts, and what the reader wrote down of it (see `json/located.ts`). */
  readonly at?: Slot | undefined;
  readonly located?: Located | undefined;
  /** Whether the text repeated a key anywhere. */
  readonly repeats?: boolean | undefined;
  readonly maxErrors?: number | undefined;
}

/** What `fromJson` found; issues and warnings are each collected up to `maxErrors`. */
export interface JsonChecked {
  readonly value: unknown;
  readonly issues: readonly Issue[];
  readonly warnings: readonly Issue[];
  readonly truncated: boolean;
  readonly warningsTruncated: boolean;
}

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
  read: JsonRead = {},
): JsonChecked => {
  const ctx: Context = {
    shapes,
    issues: [],
    warnings: [],
    json: true,
    unknown,
    repeats: read.repeats ?? false,
    maxErrors: read.maxErrors ?? Infinity,
    truncated: false,
    warningsTruncated: false,
  };
  let value: unknown;
  try {
    value = check(node, u, `/${rootName}`, ctx, read.at, read.located);
  } catch (e) {
    if (e !== FULL) throw e;
  }
  const { truncated, warningsTruncated } = ctx;
  if (read.at === undefined) return { value, issues: ctx.issues, warnings: ctx.warnings, truncated, warningsTruncated };
  // Read from text, issues come in document order, as XML's do.
  return { value, issues: inOrder(ctx.issues), warnings: inOrder(ctx.warnings), truncated, warningsTruncated };
};

const inOrder = (issues: readonly Issue[]): Issue[] =>
  [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));

/** Checks an in-memory value: timestamps must already be `Date`s. */
export const validateValue = (shapes: Shapes, node: Node, rootName: string, u: unknown): readonly Issue[] => {
  const ctx: Context = {
    shapes,
    issues: [],
    warnings: [],
    json: false,
    unknown: "error",
    repeats: false,
    maxErrors: Infinity,
    truncated: false,
    warningsTruncated: false,
  };
  check(node, u, `/${rootName}`, ctx, undefined, undefined);
  return ctx.issues;
};
