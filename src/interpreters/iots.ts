/**
 * io-ts codecs over the value checker: `decode` accepts JSON (timestamps as ISO 8601 strings) or values
 * (timestamps as `Date`), `encode` gives JSON in model order, `is` accepts valid values only.
 */
import * as t from "io-ts";
import type { Node, Shapes } from "../schema/ast.js";
import type { Infer } from "../schema/infer.js";
import { resolve } from "../schema/resolve.js";
import { fromJson, validateValue } from "./check.js";
import { toJson } from "./json.js";
import type { Json } from "./json.js";

const codecs = new WeakMap<Shapes, Map<Node, Map<string, t.Type<unknown, Json, unknown>>>>();

/** The io-ts codec of a node of a version; `name` is the element name its paths start with. Memoised. */
export const codecFor = <S extends Shapes, N extends Node>(
  shapes: S,
  node: N,
  name: string,
): t.Type<Infer<N, S>, Json, unknown> => {
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
          issues.map((i) => ({
            value: i.actual ?? u,
            context: [...c, { key: i.path, type: codec as t.Decoder<unknown, unknown>, actual: u }],
            message: `${i.path}: error[${i.code}]: ${i.message}`,
          })),
        );
      },
      (value) => toJson(shapes, node, value),
    );
    byName.set(name, codec);
  }
  return codec as t.Type<Infer<N, S>, Json, unknown>;
};

/** One io-ts codec per document root of a version (typed by `codecs` in src/codecs.ts). */
export const codecsOf = (
  shapes: Shapes,
  roots: readonly string[],
): Readonly<Record<string, t.Type<unknown, Json, unknown>>> =>
  Object.fromEntries(
    roots.map((name) => [
      name,
      codecFor<Shapes, Node>(shapes, shapes[name] as Node, name) as t.Type<unknown, Json, unknown>,
    ]),
  );
