/** The static type of a schema node's values (type level only). */
import type {
  BooleanNode,
  EnumNode,
  IntegerNode,
  List,
  LongNode,
  Members,
  StringNode,
  Struct,
  TimestampNode,
} from "./ast.js";

type Simplify<T> = { [K in keyof T]: T[K] } & {};

type RequiredKeys<M extends Members> = { [K in keyof M]: M[K]["required"] extends true ? K : never }[keyof M];
type OptionalKeys<M extends Members> = Exclude<keyof M, RequiredKeys<M>>;

export type InferMembers<M extends Members> = Simplify<
  { [K in RequiredKeys<M>]: Infer<M[K]["node"]> } & { [K in OptionalKeys<M>]?: Infer<M[K]["node"]> }
>;

// Arrays are mutable so that values are assignable to the AWS SDK v3 types, which use `T[]`.
export type Infer<N> = N extends StringNode
  ? string
  : N extends IntegerNode | LongNode
    ? number
    : N extends BooleanNode
      ? boolean
      : N extends EnumNode<infer V>
        ? V
        : N extends TimestampNode
          ? Date
          : N extends List<infer I>
            ? Infer<I>[]
            : N extends Struct<infer M>
              ? InferMembers<M>
              : never;
