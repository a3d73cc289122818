/**
 * Element paths for places in JSON, the paths XML issues have: members by name, list entries by their item element
 * and 1-based index (`/DistributionConfig/Origins/Items/Origin[2]`). Where the schema says nothing (inside a member
 * the version does not define), an entry is its array's path with the index: `/DistributionConfig/Future[2]`.
 */
import type { Node, Shapes } from "../schema/ast.js";
import { resolve } from "../schema/resolve.js";

/** A place in a JSON value: member names and 0-based entry indices from its top. */
export type Segment = string | number;

export const memberPath = (path: string, name: string): string => `${path}/${name}`;
export const entryPath = (path: string, index: number): string => `${path}[${index + 1}]`;

/** The element path of `at` (names and 0-based indices) in a value read as `root`, whose schema is `node`. */
export const elementPath = (shapes: Shapes, node: Node | undefined, root: string, at: readonly Segment[]): string => {
  let path = `/${root}`;
  let n = node;
  for (const segment of at) {
    const r = n === undefined ? undefined : resolve(shapes, n);
    if (typeof segment === "number") {
      if (r?._tag === "list") {
        path = memberPath(path, `${r.item}[${segment + 1}]`);
        n = r.node;
      } else if (r?._tag === "repeated") {
        path = entryPath(path, segment);
        n = r.node;
      } else {
        path = entryPath(path, segment);
        n = undefined;
      }
    } else {
      const member = r?._tag === "struct" && Object.hasOwn(r.members, segment) ? r.members[segment] : undefined;
      path = memberPath(path, segment);
      n = member?.node;
    }
  }
  return path;
};
