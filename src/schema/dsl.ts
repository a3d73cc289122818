/**
 * Constructors for schema nodes. Every node they return is frozen: a version file is data that nothing may
 * edit after it is written. Where a node is expected, a string names another shape of the version (a `Ref`).
 */
import type {
  BooleanNode,
  EnumNode,
  FlagNode,
  IntegerNode,
  List,
  LongNode,
  Member,
  Members,
  Node,
  Ref,
  Repeated,
  StringNode,
  Struct,
  TimestampNode,
} from "./ast.js";
import { ITEMS, QUANTITY } from "./wrapper.js";

const freeze = <T extends object>(value: T): T => Object.freeze(value);

/** A node, or the name of a shape. */
export type NodeLike = Node | string;
export type NodeOf<N extends NodeLike> = N extends string ? Ref<N> : N;

export const ref = <const Name extends string>(name: Name): Ref<Name> => freeze({ _tag: "ref", name });
const node = <N extends NodeLike>(n: N): NodeOf<N> => (typeof n === "string" ? ref(n) : n) as NodeOf<N>;

export const string = (constraints: Omit<StringNode, "_tag"> = {}): StringNode =>
  freeze({ _tag: "string", ...constraints });
export const integer: IntegerNode = freeze({ _tag: "integer" });
export const long: LongNode = freeze({ _tag: "long" });
export const boolean: BooleanNode = freeze({ _tag: "boolean" });
export const timestamp: TimestampNode = freeze({ _tag: "timestamp" });
/** An empty element whose presence is the value (`<Self/>`). */
export const flag: FlagNode = freeze({ _tag: "flag" });

export const enumeration = <const V extends readonly string[]>(name: string, values: V): EnumNode<V[number], never> =>
  freeze({ _tag: "enum", name, values: freeze([...values]) });

/**
 * `HttpVersion` as ListDistributions writes it: with the prefix upper-cased (`HTTP2`, `HTTP2and3`), while
 * GetDistribution writes the model's `http2`. Seen in live responses from 2017 to 2024 (Paws and Cloud Custodian
 * recordings, the AWS CLI's own list-distributions example) and reported as aws-sdk-js-v3 issues 5613 and 6605.
 */
export const listedHttpVersion = <V extends string>(e: EnumNode<V, never>): EnumNode<V, Shouted<V>> =>
  withVariants(e, (v) => v.replace(/^http/, "HTTP") as Shouted<V>);
type Shouted<V extends string> = V extends `http${infer R}` ? `HTTP${R}` : V;

/**
 * The enum with CloudFront's own other spelling of each value, `spell(value)`, accepted beside it (see
 * `EnumNode.variants`).
 */
export const withVariants = <V extends string, const W extends string>(
  e: EnumNode<V, never>,
  spell: (value: V) => W,
): EnumNode<V, W> =>
  freeze({ ...e, variants: freeze(Object.fromEntries(e.values.map((v) => [spell(v), v])) as Record<W, V>) });

export const required = <const N extends NodeLike>(n: N): Member<NodeOf<N>, true> =>
  freeze({ node: node(n), required: true, deprecated: false });
export const optional = <const N extends NodeLike>(n: N): Member<NodeOf<N>, false> =>
  freeze({ node: node(n), required: false, deprecated: false });
/** Marks a member the model documents as deprecated; it stays fully supported. */
export const deprecated = <N extends Node, R extends boolean>(member: Member<N, R>): Member<N, R> =>
  freeze({ ...member, deprecated: true });

export const struct = <const M extends Members>(name: string, members: M): Struct<M> =>
  freeze({ _tag: "struct", name, members: freeze({ ...members }), quantity: false });

export const list = <const N extends NodeLike>(
  item: string,
  n: N,
  bounds: { readonly minItems?: number; readonly maxItems?: number } = {},
): List<NodeOf<N>> => freeze({ _tag: "list", item, node: node(n), ...bounds });

/** An element repeated in its structure without a wrapper (`CNAME*`): a member's node only. */
export const repeated = <const N extends NodeLike>(
  n: N,
  bounds: { readonly minItems?: number; readonly maxItems?: number } = {},
): Repeated<NodeOf<N>> => freeze({ _tag: "repeated", node: node(n), ...bounds });

/** The structure with one more choice: exactly one of these (optional) members is present. */
export const oneOf = <M extends Members>(s: Struct<M>, ...names: (keyof M & string)[]): Struct<M> => {
  for (const name of names) {
    const m = s.members[name];
    if (m === undefined) throw new Error(`${s.name} has no member ${name}`);
    if (m.required) throw new Error(`${s.name}.${name} is in a choice, so it cannot be required on its own`);
  }
  return freeze({ ...s, choices: freeze([...(s.choices ?? []), freeze([...names])]) });
};

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

/** The members of a `quantityList` wrapper: `B`, then `Quantity` and `Items` of `N`, then `A`. */
export type QuantityMembers<N extends Node, B extends Members, R extends boolean, A extends Members> = B & {
  readonly [QUANTITY]: Member<IntegerNode, true>;
  readonly [ITEMS]: Member<List<N>, R>;
} & A;

/** CloudFront's list wrapper `<X><Quantity>n</Quantity><Items><item>…</item>…</Items></X>`. */
export const quantityList = <
  const N extends NodeLike,
  // biome-ignore lint/complexity/noBannedTypes: {} is the empty set of members, which an intersection leaves as it is.
  const B extends Members = {},
  R extends boolean = false,
  // biome-ignore lint/complexity/noBannedTypes: as above.
  const A extends Members = {},
>(
  name: string,
  item: string,
  n: N,
  options: QuantityListOptions<B, R, A> = {},
): Struct<QuantityMembers<NodeOf<N>, B, R, A>> => {
  const bounds = {
    ...(options.minItems === undefined ? {} : { minItems: options.minItems }),
    ...(options.maxItems === undefined ? {} : { maxItems: options.maxItems }),
  };
  const items = list(item, n, bounds);
  const members = {
    ...(options.before ?? {}),
    [QUANTITY]: required(integer),
    [ITEMS]: options.itemsRequired === true ? required(items) : optional(items),
    ...(options.after ?? {}),
  } as unknown as QuantityMembers<NodeOf<N>, B, R, A>;
  return freeze({ _tag: "struct", name, members: freeze(members), quantity: true });
};
