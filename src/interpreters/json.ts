/** The JSON writer: a valid value as the AWS CLI prints it, members in model order, timestamps as ISO 8601. */
import { absurd } from "../schema/ast.js";
import type { Node, Shapes } from "../schema/ast.js";
import { resolve } from "../schema/resolve.js";
import { printScalar } from "./scalars.js";

import type { Json } from "../unknown.js";
import { unknownMembersOf } from "../unknown.js";

export type { Json } from "../unknown.js";

export const toJson = (shapes: Shapes, n: Node, value: unknown): Json => {
  const node = resolve(shapes, n);
  switch (node._tag) {
    case "struct": {
      const v = value as Record<string, unknown>;
      const out: { [key: string]: Json } = {};
      for (const name in node.members) {
        if (v[name] !== undefined) out[name] = toJson(shapes, (node.members[name] as { node: Node }).node, v[name]);
      }
      // Members read with unknown: "preserve" go back after the known ones.
      Object.assign(out, unknownMembersOf(v));
      return out;
    }
    case "list":
    case "repeated":
      return (value as unknown[]).map((item) => toJson(shapes, node.node, item));
    case "timestamp":
      return printScalar(node, value);
    case "string":
    case "integer":
    case "long":
    case "boolean":
    case "enum":
    case "flag":
      return value as Json;
    default:
      return absurd(node);
  }
};
