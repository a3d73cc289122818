/** Walks over a version's schema. */
import type { Node, Shapes, Struct } from "./ast.js";
import { resolve } from "./resolve.js";

/** Every structure reachable from `root`, once each, with the element name it first appears under. */
export const structsOf = (
  shapes: Shapes,
  root: Node,
  rootName: string,
): ReadonlyArray<{ readonly node: Struct; readonly element: string }> => {
  const seen = new Map<Struct, string>();
  const visit = (n: Node, element: string): void => {
    const node = resolve(shapes, n);
    if (node._tag === "list") return visit(node.node, node.item);
    if (node._tag === "repeated") return visit(node.node, element);
    if (node._tag !== "struct" || seen.has(node)) return;
    seen.set(node, element);
    for (const name in node.members) visit((node.members[name] as { node: Node }).node, name);
  };
  visit(root, rootName);
  return [...seen].map(([node, element]) => ({ node, element }));
};
