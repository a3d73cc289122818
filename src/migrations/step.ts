/**
 * One step between adjacent versions, in either direction: a walk over the two schemas side by side. Values
 * only: the XML never enters a migration. Both directions are pure (inputs are never modified); a part of the
 * value whose schema the step does not change is handed on as it is, so the result may share it with the input.
 *
 * Laws (checked for every adjacent pair and for the whole chain in test/migrations.test.ts):
 *   CreateGet  down(up(o)) = o                         upgrading then downgrading changes nothing;
 *   PutGet     up(down(n)) = n, up to `absent` facts   whenever the strict downgrade loses nothing (members
 *              and equivalents                         dropped as equivalents do not come back);
 *   Honesty    strict down fails ⇔ lossy down reports a loss, and every output passes its version's codec.
 */
import type { Member, Node, Resolved, Shapes, Struct } from "../schema/ast.js";
import { resolve } from "../schema/resolve.js";
import { issue } from "../errors.js";
import type { Issue } from "../errors.js";
import { readPreserved, readPreservedJson } from "../interpreters/preserved.js";
import {
  attachElements,
  attachMembers,
  carryUnknowns,
  preservedMemberName,
  unknownMembersOf,
  unknownsOf,
} from "../unknown.js";
import type { Json, UnknownElement } from "../unknown.js";
import { enumHas } from "../interpreters/scalars.js";
import { factValue } from "./facts.js";
import { unchanged } from "./unchanged.js";
import type { DefaultContext, StepFacts } from "./facts.js";
import type { DownTools, UpTools } from "./convert.js";

/** Something a downgrade could not carry into the older version. */
export interface Loss {
  readonly path: string;
  /** A member the older version lacks, a value it lacks, or a member it requires that the value lacks. */
  readonly kind: "member" | "value" | "required";
  readonly message: string;
  /** What the newer value held there (absent for `required`). */
  readonly value?: unknown;
  /** The version that introduced the member or value. */
  readonly introducedIn: string;
  /** With `lossy`: what was written instead (absent when the member was dropped). */
  readonly replacement?: unknown;
}

export interface Side {
  readonly version: string;
  readonly shapes: Shapes;
}

const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u) && !(u instanceof Date);

export const clone = (u: unknown): unknown =>
  u instanceof Date
    ? new Date(u.getTime())
    : Array.isArray(u)
      ? u.map(clone)
      : isRecord(u)
        ? Object.fromEntries(Object.entries(u).map(([k, v]) => [k, clone(v)]))
        : u;

export const deepEqual = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (!isRecord(a) || !isRecord(b)) return false;
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
};

const member = (s: Struct, name: string): Member | undefined =>
  Object.hasOwn(s.members, name) ? s.members[name] : undefined;

/** A member an upgrade filled in because the newer version requires it: the documented value it assumed. */
export interface Assumption {
  readonly path: string;
  readonly value: unknown;
  /** The version that requires the member. */
  readonly introducedIn: string;
  /** The fact it rests on, with its source. */
  readonly why: string;
}

/** Older to newer: the newer shape of the value, with the `defaults` filled in. The caller validates the result. */
export interface UpContext extends Omit<DefaultContext, "parent"> {
  /** Preserved elements the newer version defines but that do not decode as its members. */
  readonly issues: Issue[];
  /** Every default filled in, so that the result can say what it assumed. */
  readonly assumptions: Assumption[];
}

/**
 * Older to newer: the newer shape of the value. A member the newer version adds is, in this order, the document's
 * own preserved element of that name (see src/interpreters/preserved.ts), or the documented default when the newer
 * version requires it; so is one the older version let the value leave out. A structure the step remakes wholesale
 * (the format break of 2012-05-05) goes through its converter. The caller validates the result.
 */
export const up = (
  older: Side,
  newer: Side,
  facts: StepFacts,
  oldNode: Node,
  newNode: Node,
  value: unknown,
  path: string,
  context: UpContext,
): unknown => {
  if (oldNode === newNode && unchanged(older.shapes, newer.shapes, newNode)) return value;
  const n = resolve(newer.shapes, newNode);
  if (n._tag === "list" || n._tag === "repeated") {
    const o = resolve(older.shapes, oldNode) as Extract<Resolved, { _tag: "list" | "repeated" }>;
    const at = (i: number): string => (n._tag === "list" ? `${path}/${n.item}[${i + 1}]` : `${path}[${i + 1}]`);
    const out = (value as unknown[]).map((item, i) => up(older, newer, facts, o.node, n.node, item, at(i), context));
    carryUnknowns(value as object, out);
    return out;
  }
  if (n._tag !== "struct") return clone(value);
  const o = resolve(older.shapes, oldNode) as Struct;
  const converter = facts.converter(n.name);
  if (converter !== undefined)
    return converter.up(value as Record<string, unknown>, upTools(older, newer, facts, o, n, path, context));
  return upMembers(older, newer, facts, o, n, value as Record<string, unknown>, path, context, NONE);
};

const NONE: ReadonlySet<string> = new Set();

const upTools = (
  older: Side,
  newer: Side,
  facts: StepFacts,
  o: Struct,
  n: Struct,
  path: string,
  context: UpContext,
): UpTools => ({
  path,
  members: (value, skip) => upMembers(older, newer, facts, o, n, value, path, context, new Set(skip)),
  walk: (oldNode, newNode, value, at) => up(older, newer, facts, oldNode, newNode, value, at, context),
  assume: (shape, name, at) => {
    const d = facts.find("default", shape, name);
    if (d === undefined) throw new Error(`the step to ${newer.version} states no default for ${shape}.${name}`);
    const filled = clone(factValue(d, { parent: {} }));
    context.assumptions.push({ path: at, value: filled, introducedIn: newer.version, why: d.source });
    return filled;
  },
  refuse: (problem, at) => void context.issues.push(issue(problem, { path: at })),
});

// The members of a structure both versions name, and those the newer adds, but for those in `skip`.
const upMembers = (
  older: Side,
  newer: Side,
  facts: StepFacts,
  o: Struct,
  n: Struct,
  v: Record<string, unknown>,
  path: string,
  context: UpContext,
  skip: ReadonlySet<string>,
): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  const preserved = unknownsOf(v);
  const preservedNames = preserved?.map(preservedMemberName);
  const jsonMembers = unknownMembersOf(v);
  // Most values carry nothing preserved: then there is nothing to match against the newer members.
  const consumed = preserved === undefined ? undefined : new Set<UnknownElement>();
  const consumedJson = jsonMembers === undefined ? undefined : new Set<string>();
  for (const name in n.members) {
    if (skip.has(name)) continue;
    const m = n.members[name] as Member;
    const was = member(o, name);
    if (Object.hasOwn(v, name) && was !== undefined) {
      // Checked here too, so that an unchanged member costs no path.
      out[name] =
        was.node === m.node && unchanged(older.shapes, newer.shapes, m.node)
          ? v[name]
          : up(older, newer, facts, was.node, m.node, v[name], `${path}/${name}`, context);
      continue;
    }
    if (was !== undefined) {
      // Left out where the older version allowed it, required by the newer: the documented default, if any.
      if (m.required) fillDefault(newer, facts, n, name, out, path, context);
      continue;
    }
    const own = preserved?.filter((_, i) => preservedNames?.[i] === name) ?? [];
    for (const u of own) consumed?.add(u);
    const json = jsonMembers?.[name];
    if (json !== undefined) consumedJson?.add(name);
    if (own.length + (json === undefined ? 0 : 1) > 1) {
      context.issues.push(
        issue(
          {
            code: "duplicate_element",
            message: `<${name}> was preserved more than once and ${newer.version} defines it once`,
          },
          { path: `${path}/${name}` },
        ),
      );
    }
    if (own[0] !== undefined || json !== undefined) {
      const read =
        own[0] !== undefined
          ? readPreserved(newer.shapes, m, name, own[0].raw, path)
          : readPreservedJson(newer.shapes, m, name, json as Json, path);
      if (read.ok) out[name] = read.value;
      else context.issues.push(...read.issues);
    } else if (m.required) fillDefault(newer, facts, n, name, out, path, context);
  }
  const left = preserved?.filter((u) => consumed?.has(u) !== true) ?? [];
  if (left.length > 0) attachElements(out, left);
  const leftJson = Object.entries(jsonMembers ?? {}).filter(([name]) => consumedJson?.has(name) !== true);
  if (leftJson.length > 0) attachMembers(out, Object.fromEntries(leftJson));
  return out;
};

// A member the newer version requires and the value lacks: its documented default, said as an assumption.
const fillDefault = (
  newer: Side,
  facts: StepFacts,
  n: Struct,
  name: string,
  out: Record<string, unknown>,
  path: string,
  context: UpContext,
): void => {
  const d = facts.find("default", n.name, name);
  const filled =
    d === undefined
      ? undefined
      : clone(
          factValue(d, { ...(context.accountId === undefined ? {} : { accountId: context.accountId }), parent: out }),
        );
  if (d !== undefined && filled !== undefined) {
    out[name] = filled;
    context.assumptions.push({ path: `${path}/${name}`, value: filled, introducedIn: newer.version, why: d.source });
  }
};

/** A member the older version lacks, dropped without a loss: its value means what its absence meant there. */
export interface Equivalent {
  readonly path: string;
  readonly value: unknown;
  /** The version that introduced the member. */
  readonly introducedIn: string;
  /** The fact it rests on, with its source. */
  readonly why: string;
}

interface DownContext {
  readonly lossy: boolean;
  readonly losses: Loss[];
  readonly equivalents: Equivalent[];
  readonly accountId?: string;
}

/** Newer to older: the older shape of the value, recording every loss (and, with `lossy`, repairing it). */
export const down = (
  newer: Side,
  older: Side,
  facts: StepFacts,
  newNode: Node,
  oldNode: Node,
  value: unknown,
  path: string,
  ctx: DownContext,
): unknown => {
  if (oldNode === newNode && unchanged(older.shapes, newer.shapes, newNode)) return value;
  const o = resolve(older.shapes, oldNode);
  if (o._tag === "list" || o._tag === "repeated") {
    const n = resolve(newer.shapes, newNode) as Extract<Resolved, { _tag: "list" | "repeated" }>;
    const at = (i: number): string => (o._tag === "list" ? `${path}/${o.item}[${i + 1}]` : `${path}[${i + 1}]`);
    const out = (value as unknown[]).map((item, i) => down(newer, older, facts, n.node, o.node, item, at(i), ctx));
    carryUnknowns(value as object, out);
    return out;
  }
  if (o._tag !== "struct") return clone(value);
  const n = resolve(newer.shapes, newNode) as Struct;
  const converter = facts.converter(n.name);
  if (converter !== undefined)
    return converter.down(value as Record<string, unknown>, downTools(newer, older, facts, n, o, path, ctx));
  return downMembers(newer, older, facts, n, o, value as Record<string, unknown>, path, ctx, NONE);
};

const downTools = (
  newer: Side,
  older: Side,
  facts: StepFacts,
  n: Struct,
  o: Struct,
  path: string,
  ctx: DownContext,
): DownTools => ({
  path,
  lossy: ctx.lossy,
  members: (value, skip) => downMembers(newer, older, facts, n, o, value, path, ctx, new Set(skip)),
  walk: (newNode, oldNode, value, at) => down(newer, older, facts, newNode, oldNode, value, at, ctx),
  lose: (loss) => void ctx.losses.push({ ...loss, introducedIn: newer.version }),
  same: (at, value, why) => void ctx.equivalents.push({ path: at, value, introducedIn: newer.version, why }),
});

// The members of a structure the older version has, from the newer value, but for those in `skip` (on either side).
// A member whose downgrade is "leave it out" (a converter's `undefined`) is left out.
const downMembers = (
  newer: Side,
  older: Side,
  facts: StepFacts,
  n: Struct,
  o: Struct,
  v: Record<string, unknown>,
  path: string,
  ctx: DownContext,
  skip: ReadonlySet<string>,
): Record<string, unknown> => {
  const kept: Record<string, unknown> = {};
  for (const name of Object.keys(v)) {
    if (skip.has(name)) continue;
    const was = member(o, name);
    const at = `${path}/${name}`;
    if (was === undefined) {
      const d = facts.find("default", n.name, name);
      const expected =
        d === undefined
          ? undefined
          : factValue(d, { parent: v, ...(ctx.accountId === undefined ? {} : { accountId: ctx.accountId }) });
      const e = facts.find("equivalent", n.name, name);
      const why =
        expected !== undefined && deepEqual(expected, v[name])
          ? d?.source
          : e?.holds(v[name], v) === true
            ? e.source
            : undefined;
      if (why !== undefined) {
        ctx.equivalents.push({ path: at, value: v[name], introducedIn: newer.version, why });
        continue;
      }
      ctx.losses.push({
        path: at,
        kind: "member",
        message: `<${name}> does not exist before ${newer.version}`,
        value: v[name],
        introducedIn: newer.version,
      });
      continue;
    }
    const target = resolve(older.shapes, was.node);
    if (target._tag === "enum" && !enumHas(target, v[name])) {
      const fill = was.required ? facts.find("lossyFill", o.name, name)?.value : undefined;
      ctx.losses.push({
        path: at,
        kind: "value",
        message: `${target.name} ${JSON.stringify(v[name])} does not exist before ${newer.version}`,
        value: v[name],
        introducedIn: newer.version,
        ...(ctx.lossy && fill !== undefined ? { replacement: fill } : {}),
      });
      if (ctx.lossy && fill !== undefined) kept[name] = clone(fill);
      continue;
    }
    const child = member(n, name) as Member;
    const d = down(newer, older, facts, child.node, was.node, v[name], at, ctx);
    if (d !== undefined) kept[name] = d;
  }
  const out: Record<string, unknown> = {};
  for (const name in o.members) {
    if (skip.has(name)) continue;
    if (Object.hasOwn(kept, name)) {
      out[name] = kept[name];
      continue;
    }
    if (!(o.members[name] as Member).required) continue;
    const absent = facts.find("absent", o.name, name);
    if (absent !== undefined) {
      out[name] = clone(absent.value);
      continue;
    }
    const fill = facts.find("lossyFill", o.name, name)?.value;
    if (Object.hasOwn(v, name)) continue; // its value was lost above, and reported there
    ctx.losses.push({
      path: `${path}/${name}`,
      kind: "required",
      message: `${older.version} requires <${name}>, which this value lacks (optional from ${newer.version})`,
      introducedIn: newer.version,
      ...(ctx.lossy && fill !== undefined ? { replacement: fill } : {}),
    });
    if (ctx.lossy && fill !== undefined) out[name] = clone(fill);
  }
  carryUnknowns(v, out);
  return out;
};
