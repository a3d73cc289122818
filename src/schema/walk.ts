/** Walks over a schema. */
import type { Node, Struct } from "./ast.js";

/** Every structure reachable from `root`, once each, with the element name it first appears under. */
export const structsOf = (root: Struct, rootName: string): ReadonlyArray<{ readonly node: Struct; readonly element: string }> => {
  const seen = new Map<Struct, string>();
  const visit = (node: Node, element: string): void => {
    if (node._tag === "list") return visit(node.node, node.item);
    if (node._tag !== "struct" || seen.has(node)) return;
    seen.set(node, element);
    for (const name in node.members) visit((node.members[name] as { node: Node }).node, name);
  };
  visit(root, rootName);
  return [...seen].map(([node, element]) => ({ node, element }));
};
