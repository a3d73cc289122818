/** Following a shape reference within a version. */
import type { Node, Resolved, Shapes } from "./ast.js";

export const resolve = (shapes: Shapes, node: Node): Resolved => {
  if (node._tag !== "ref") return node;
  const shape = shapes[node.name];
  if (shape === undefined) throw new Error(`the version has no shape ${node.name}`);
  return shape;
};
