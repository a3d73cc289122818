/** The static type of a schema node's values within a version's shapes (type level only). */
import type {
  BooleanNode,
  EnumNode,
  FlagNode,
  IntegerNode,
  List,
  LongNode,
  Members,
  Ref,
  Repeated,
  Shapes,
  StringNode,
  Struct,
  TimestampNode,
} from "./ast.js";

type Simplify<T> = { [K in keyof T]: T[K] } & {};

type RequiredKeys<M extends Members> = { [K in keyof M]: M[K]["required"] extends true ? K : never }[keyof M];
type OptionalKeys<M extends Members> = Exclude<keyof M, RequiredKeys<M>>;

export type InferMembers<M extends Members, S extends Shapes> = Simplify<
  { [K in RequiredKeys<M>]: Infer<M[K]["node"], S> } & { [K in OptionalKeys<M>]?: Infer<M[K]["node"], S> }
>;

// Arrays are mutable so that values are assignable to the AWS SDK v3 types, which use `T[]`.
export type Infer<N, S extends Shapes> =
  N extends Ref<infer Name>
    ? Name extends keyof S
      ? Infer<S[Name], S>
      : never
    : N extends StringNode
      ? string
      : N extends IntegerNode | LongNode
        ? number
        : N extends BooleanNode
          ? boolean
          : N extends EnumNode<infer V, infer W>
            ? V | W
            : N extends TimestampNode
              ? Date
              : N extends FlagNode
                ? true
                : N extends List<infer I>
                  ? Infer<I, S>[]
                  : N extends Repeated<infer I>
                    ? Infer<I, S>[]
                    : N extends Struct<infer M>
                      ? InferMembers<M, S>
                      : never;

/** The value type of the shape `Name` of a version. */
export type Shape<S extends Shapes, Name extends keyof S> = Infer<S[Name], S>;

/**
 * The value type of every document root of a version, by root element: `v2020_05_31.Documents["DistributionConfig"]`.
 */
export type DocumentsOf<S extends Shapes, R extends readonly string[]> = {
  [K in R[number]]: K extends keyof S ? Infer<S[K], S> : never;
};
