/**
 * The value interpreter: checks in-memory values and AWS CLI / SDK JSON against a schema node, exposed as io-ts
 * codecs. `decode` accepts JSON (timestamps as ISO 8601 strings) or values (timestamps as `Date`), `encode`
 * gives JSON in model order, `is` accepts values only.
 *
 * It checks what the XML decoder checks, with the same codes and paths: required members, unknown members (never
 * silently dropped), scalar types and ranges, enums of this version, string and list bounds, and
 * `Quantity === Items.length`.
 */
import * as t from "io-ts";
import { absurd } from "../schema/ast.js";
import type { List, Node, Scalar, Shapes, Struct } from "../schema/ast.js";
import type { Infer } from "../schema/infer.js";
import { resolve } from "../schema/resolve.js";
import type { Issue, IssueCode } from "../errors.js";
import { unknownElements } from "../unknown.js";
import { emptyItemsProblem, lengthProblem, quantityProblem } from "./lists.js";
import { checkScalar, describe, parseTimestamp, printScalar } from "./scalars.js";

/** JSON as the AWS CLI prints it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Context {
  readonly shapes: Shapes;
  readonly issues: Issue[];
  /** Whether timestamps may arrive as ISO 8601 strings (JSON) rather than only as `Date`s. */
  readonly json: boolean;
}

const issue = (ctx: Context, code: IssueCode, path: string, message: string, expected?: string, actual?: string): void => {
  ctx.issues.push({
    code,
    path,
    message,
    ...(expected === undefined ? {} : { expected }),
    ...(actual === undefined ? {} : { actual }),
  });
};

const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u) && !(u instanceof Date);

const check = (n: Node, u: unknown, path: string, ctx: Context): unknown => {
  const node = resolve(ctx.shapes, n);
  switch (node._tag) {
    case "struct":
      return checkStruct(node, u, path, ctx);
    case "list":
      return checkList(node, u, path, ctx);
    case "string":
    case "integer":
    case "long":
    case "boolean":
    case "enum":
    case "timestamp":
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
      issue(ctx, parsed.problem.code, path, parsed.problem.message, parsed.problem.expected, u);
      return u;
    }
    value = parsed.value;
  }
  const problem = checkScalar(node, value);
  if (problem !== undefined) issue(ctx, problem.code, path, problem.message, problem.expected, describe(u));
  return value;
};

const checkStruct = (node: Struct, u: unknown, path: string, ctx: Context): unknown => {
  if (!isRecord(u)) {
    issue(ctx, "invalid_type", path, `expected an object (${node.name}), got ${describe(u)}`, node.name, describe(u));
    return u;
  }
  const out: Record<string, unknown> = {};
  for (const name in node.members) {
    const member = node.members[name] as { node: Node; required: boolean };
    if (!Object.hasOwn(u, name)) {
      if (member.required) issue(ctx, "missing_element", `${path}/${name}`, `${node.name} lacks the required ${name}`, name);
      continue;
    }
    const v = u[name];
    if (v === undefined) {
      issue(ctx, "invalid_type", `${path}/${name}`, `${name} is present but undefined; omit it instead`, "a value or no member", "undefined");
      continue;
    }
    out[name] = check(member.node, v, `${path}/${name}`, ctx);
  }
  for (const name of Object.keys(u)) {
    if (!Object.hasOwn(node.members, name)) {
      issue(ctx, "unknown_member", `${path}/${name}`, `${name} is not a member of ${node.name} in this version`, Object.keys(node.members).join(", "), name);
    }
  }
  if (node.quantity) checkQuantity(node, out, path, ctx);
  const unknowns = (u as { [unknownElements]?: unknown })[unknownElements];
  if (unknowns !== undefined) Object.defineProperty(out, unknownElements, { value: unknowns, enumerable: true, writable: true, configurable: true });
  return out;
};

const checkQuantity = (node: Struct, value: Record<string, unknown>, path: string, ctx: Context): void => {
  const quantity = value["Quantity"];
  const items = value["Items"];
  const count = Array.isArray(items) ? items.length : 0;
  const empty = Array.isArray(items) ? emptyItemsProblem(node, count) : undefined;
  if (empty !== undefined) issue(ctx, empty.code, `${path}/Items`, `Items ${empty.message}`, empty.expected, empty.actual);
  const mismatch = typeof quantity === "number" ? quantityProblem(node, quantity, count) : undefined;
  if (mismatch !== undefined) issue(ctx, mismatch.code, `${path}/Quantity`, `Quantity ${mismatch.message}`, mismatch.expected, mismatch.actual);
};

const checkList = (node: List, u: unknown, path: string, ctx: Context): unknown => {
  if (!Array.isArray(u)) {
    issue(ctx, "invalid_type", path, `expected an array of ${node.item}, got ${describe(u)}`, "an array", describe(u));
    return u;
  }
  const length = lengthProblem(node, u.length);
  if (length !== undefined) issue(ctx, length.code, path, `${node.item} list ${length.message}`, length.expected, length.actual);
  const out = u.map((item, i) => check(node.node, item, `${path}/${node.item}[${i + 1}]`, ctx));
  const unknowns = (u as { [unknownElements]?: unknown })[unknownElements];
  if (unknowns !== undefined) Object.defineProperty(out, unknownElements, { value: unknowns, enumerable: true, writable: true, configurable: true });
  return out;
};

/** Checks a JSON value (or an in-memory one); returns the value with timestamps as `Date`s, in model order. */
export const fromJson = (shapes: Shapes, node: Node, rootName: string, u: unknown): { readonly value: unknown; readonly issues: readonly Issue[] } => {
  const ctx: Context = { shapes, issues: [], json: true };
  const value = check(node, u, `/${rootName}`, ctx);
  return { value, issues: ctx.issues };
};

/** Checks an in-memory value: timestamps must already be `Date`s. */
export const validateValue = (shapes: Shapes, node: Node, rootName: string, u: unknown): readonly Issue[] => {
  const ctx: Context = { shapes, issues: [], json: false };
  check(node, u, `/${rootName}`, ctx);
  return ctx.issues;
};

/** The JSON form of a valid value: model order, timestamps as ISO 8601 strings. */
export const toJson = (shapes: Shapes, n: Node, value: unknown): Json => {
  const node = resolve(shapes, n);
  switch (node._tag) {
    case "struct": {
      const v = value as Record<string, unknown>;
      const out: { [key: string]: Json } = {};
      for (const name in node.members) {
        if (v[name] !== undefined) out[name] = toJson(shapes, (node.members[name] as { node: Node }).node, v[name]);
      }
      return out;
    }
    case "list":
      return (value as unknown[]).map((item) => toJson(shapes, node.node, item));
    case "timestamp":
      return printScalar(node, value);
    case "string":
    case "integer":
    case "long":
    case "boolean":
    case "enum":
      return value as Json;
    default:
      return absurd(node);
  }
};

const codecs = new WeakMap<Shapes, Map<Node, Map<string, t.Type<unknown, Json, unknown>>>>();

/** The io-ts codec of a node of a version; `name` is the element name its paths start with. Memoised. */
export const codecFor = <S extends Shapes, N extends Node>(shapes: S, node: N, name: string): t.Type<Infer<N, S>, Json, unknown> => {
  let byNode = codecs.get(shapes);
  if (byNode === undefined) codecs.set(shapes, (byNode = new Map()));
  let byName = byNode.get(node);
  if (byName === undefined) byNode.set(node, (byName = new Map()));
  let codec = byName.get(name);
  if (codec === undefined) {
    const resolved = resolve(shapes, node);
    codec = new t.Type<unknown, Json, unknown>(
      resolved._tag === "struct" ? resolved.name : name,
      (u): u is unknown => validateValue(shapes, node, name, u).length === 0,
      (u, c) => {
        const { value, issues } = fromJson(shapes, node, name, u);
        if (issues.length === 0) return t.success(value);
        return t.failures(
          issues.map((i) => ({ value: i.actual ?? u, context: [...c, { key: i.path, type: codec as t.Decoder<unknown, unknown>, actual: u }], message: `${i.path}: error[${i.code}]: ${i.message}` })),
        );
      },
      (value) => toJson(shapes, node, value),
    );
    byName.set(name, codec);
  }
  return codec as t.Type<Infer<N, S>, Json, unknown>;
};

/** One io-ts codec per document root of a version (typed by `codecs` in src/codecs.ts). */
export const codecsOf = (shapes: Shapes, roots: readonly string[]): Readonly<Record<string, t.Type<unknown, Json, unknown>>> =>
  Object.fromEntries(roots.map((name) => [name, codecFor<Shapes, Node>(shapes, shapes[name] as Node, name) as t.Type<unknown, Json, unknown>]));
