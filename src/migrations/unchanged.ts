/**
 * Whether a part of the schema is the same in two versions. Versions share the frozen node of every shape they do
 * not change (src/schema/delta.ts), so a node whose reachable shapes are the same objects in both versions means
 * the same there, and a step between them is the identity on a value of it: the step can hand the value on as it
 * is instead of copying it and checking it again.
 */
import type { Member, Node, Shapes } from "../schema/ast.js";

const reachable = (shapes: Shapes, node: Node, out: Set<string>): Set<string> => {
  if (node._tag === "ref") {
    if (out.has(node.name)) return out;
    out.add(node.name);
    const shape = shapes[node.name];
    return shape === undefined ? out : reachable(shapes, shape, out);
  }
  if (node._tag === "list" || node._tag === "repeated") return reachable(shapes, node.node, out);
  if (node._tag === "struct")
    for (const name in node.members) reachable(shapes, (node.members[name] as Member).node, out);
  return out;
};

// By the newer version's shapes: a step always pairs them with the same older ones.
const memo = new WeakMap<Shapes, { readonly older: Shapes; readonly byNode: WeakMap<Node, boolean> }>();

/** Whether `node` and every shape it reaches are the same objects in `older` and `newer`. */
export const unchanged = (older: Shapes, newer: Shapes, node: Node): boolean => {
  let entry = memo.get(newer);
  if (entry === undefined || entry.older !== older) memo.set(newer, (entry = { older, byNode: new WeakMap() }));
  let out = entry.byNode.get(node);
  if (out === undefined) {
    const names = reachable(older, node, reachable(newer, node, new Set()));
    out = [...names].every((name) => older[name] === newer[name]);
    entry.byNode.set(node, out);
  }
  return out;
};
