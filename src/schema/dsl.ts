/**
 * Constructors for schema nodes. Every node they return is deeply frozen: a version file is data that
 * nothing may edit after it is written.
 */
import type {
  BooleanNode,
  EnumNode,
  IntegerNode,
  List,
  LongNode,
  Member,
  Members,
  Node,
  StringNode,
  Struct,
  TimestampNode,
} from "./ast.js";

const freeze = <T extends object>(value: T): T => Object.freeze(value);

export const string = (constraints: Omit<StringNode, "_tag"> = {}): StringNode =>
  freeze({ _tag: "string", ...constraints });
export const integer: IntegerNode = freeze({ _tag: "integer" });
export const long: LongNode = freeze({ _tag: "long" });
export const boolean: BooleanNode = freeze({ _tag: "boolean" });
export const timestamp: TimestampNode = freeze({ _tag: "timestamp" });

export const enumeration = <const V extends readonly string[]>(name: string, values: V): EnumNode<V[number]> =>
  freeze({ _tag: "enum", name, values: freeze([...values]) });

export const required = <N extends Node>(node: N): Member<N, true> =>
  freeze({ node, required: true, deprecated: false });
export const optional = <N extends Node>(node: N): Member<N, false> =>
  freeze({ node, required: false, deprecated: false });
/** Marks a member the model documents as deprecated; it stays fully supported. */
export const deprecated = <N extends Node, R extends boolean>(member: Member<N, R>): Member<N, R> =>
  freeze({ ...member, deprecated: true });

export const struct = <const M extends Members>(name: string, members: M): Struct<M> =>
  freeze({ _tag: "struct", name, members: freeze({ ...members }), quantity: false });

export const list = <N extends Node>(
  item: string,
  node: N,
  bounds: { readonly minItems?: number; readonly maxItems?: number } = {},
): List<N> => freeze({ _tag: "list", item, node, ...bounds });

interface QuantityListOptions<B extends Members, R extends boolean, A extends Members> {
  /** Members before `Quantity` (`Enabled` in TrustedSigners, `RestrictionType` in GeoRestriction). */
  readonly before?: B;
  /** Whether the model marks `Items` required (then a list of zero entries cannot be written). */
  readonly itemsRequired?: R;
  readonly minItems?: number;
  readonly maxItems?: number;
  /** Members after `Items` (`CachedMethods` in AllowedMethods). */
  readonly after?: A;
}

type QuantityMembers<N extends Node, B extends Members, R extends boolean, A extends Members> = B & {
  readonly Quantity: Member<IntegerNode, true>;
  readonly Items: Member<List<N>, R>;
} & A;

/** CloudFront's list wrapper `<X><Quantity>n</Quantity><Items><item>…</item>…</Items></X>`. */
export const quantityList = <
  N extends Node,
  const B extends Members = {},
  R extends boolean = false,
  const A extends Members = {},
>(
  name: string,
  item: string,
  node: N,
  options: QuantityListOptions<B, R, A> = {},
): Struct<QuantityMembers<N, B, R, A>> => {
  const bounds = {
    ...(options.minItems === undefined ? {} : { minItems: options.minItems }),
    ...(options.maxItems === undefined ? {} : { maxItems: options.maxItems }),
  };
  const items = list(item, node, bounds);
  const members = {
    ...(options.before ?? {}),
    Quantity: required(integer),
    Items: options.itemsRequired === true ? required(items) : optional(items),
    ...(options.after ?? {}),
  } as QuantityMembers<N, B, R, A>;
  return freeze({ _tag: "struct", name, members: freeze(members), quantity: true });
};
