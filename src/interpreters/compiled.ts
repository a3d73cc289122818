/**
 * The schema compiled for reading: per structure, its members by element name with their nodes already resolved,
 * and what its close checks need; per list, its entry node. Compiled once per version's shapes and structure (a
 * structure's references resolve through the version's table, so the same structure object can mean two things in
 * two versions), then looked up, as Effect Schema's and protobuf-es's compilers memoise per schema node.
 */
import type { List, Member, Repeated, Resolved, Shapes, Struct } from "../schema/ast.js";
import { resolve } from "../schema/resolve.js";
import { wrapperOf } from "../schema/wrapper.js";
import type { Bounded } from "./lists.js";
import { repeatedBounds } from "./lists.js";

/** A member as the decoder meets it: its resolved node, and for a repeated element, its entries' node. */
export interface MemberEntry {
  readonly member: Member;
  readonly node: Resolved;
  /** Repeated element: the node of each entry (resolved); `undefined` for any other member. */
  readonly entry: Resolved | undefined;
}

export interface StructTable {
  readonly node: Struct;
  readonly members: ReadonlyMap<string, MemberEntry>;
  /** The same in member order (wire order), for a reader that matches names in place rather than slicing them. */
  readonly names: readonly string[];
  readonly entries: readonly MemberEntry[];
  /** Required members, in member order (the order their absence is reported in). */
  readonly required: readonly string[];
  /** Repeated members bounded beyond "at least one" (none today): checked on close. */
  readonly bounded: ReadonlyArray<readonly [string, Bounded]>;
  /** A list wrapper's `Items` list and its entry node (entries written without `<Items>` go there). */
  readonly items: List | undefined;
  readonly itemNode: Resolved | undefined;
}

export interface ListTable {
  readonly node: List;
  readonly entry: Resolved;
}

const compiled = new WeakMap<Shapes, Map<Struct | List, StructTable | ListTable>>();

const tablesOf = (shapes: Shapes): Map<Struct | List, StructTable | ListTable> => {
  let tables = compiled.get(shapes);
  if (tables === undefined) compiled.set(shapes, (tables = new Map()));
  return tables;
};

export const structTable = (shapes: Shapes, node: Struct): StructTable => {
  const tables = tablesOf(shapes);
  let t = tables.get(node) as StructTable | undefined;
  if (t === undefined) tables.set(node, (t = compileStruct(shapes, node)));
  return t;
};

export const listTable = (shapes: Shapes, node: List): ListTable => {
  const tables = tablesOf(shapes);
  let t = tables.get(node) as ListTable | undefined;
  if (t === undefined) tables.set(node, (t = { node, entry: resolve(shapes, node.node) }));
  return t;
};

const compileStruct = (shapes: Shapes, node: Struct): StructTable => {
  const members = new Map<string, MemberEntry>();
  const required: string[] = [];
  const bounded: Array<readonly [string, Bounded]> = [];
  for (const name of Object.keys(node.members)) {
    const member = node.members[name] as Member;
    const resolved = resolve(shapes, member.node);
    const entry = resolved._tag === "repeated" ? resolve(shapes, resolved.node) : undefined;
    members.set(name, { member, node: resolved, entry });
    if (member.required) required.push(name);
    // Bounds are read from the member as written, as before: a repeated element is never a named shape.
    if (member.node._tag === "repeated" && isBounded(member.node))
      bounded.push([name, repeatedBounds(member.node, name)]);
  }
  const items = wrapperOf(node)?.items;
  return {
    node,
    members,
    names: [...members.keys()],
    entries: [...members.values()],
    required,
    bounded,
    items,
    itemNode: items === undefined ? undefined : resolve(shapes, items.node),
  };
};

const isBounded = (r: Repeated): boolean => r.maxItems !== undefined || (r.minItems ?? 0) > 1;
