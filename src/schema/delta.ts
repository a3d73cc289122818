/**
 * The changes one API version makes to the previous one's shapes. Each returns a new frozen node and leaves
 * its input untouched, so older versions stay exactly as they were written.
 */
import type { EnumNode, List, Member, Members, Node, Struct } from "./ast.js";

const rebuild = <M extends Members>(s: Struct, members: Members): Struct<M> =>
  Object.freeze({ ...s, members: Object.freeze({ ...members }) }) as Struct<M>;

/** Inserts members after the member `after` (`null`: first). Wire order is member order, so position matters. */
export const insert = <M extends Members, const A extends Members>(
  s: Struct<M>,
  after: (keyof M & string) | null,
  added: A,
): Struct<M & A> => {
  const names = Object.keys(s.members);
  if (after !== null && !names.includes(after)) throw new Error(`${s.name} has no member ${after}`);
  const out: Record<string, Member> = {};
  if (after === null) Object.assign(out, added);
  for (const name of names) {
    out[name] = s.members[name] as Member;
    if (name === after) Object.assign(out, added);
  }
  return rebuild(s, out);
};

/** Removes members, and any choice that names one of them. */
export const remove = <M extends Members, const K extends keyof M & string>(
  s: Struct<M>,
  ...names: K[]
): Struct<Omit<M, K>> => {
  for (const name of names) if (!(name in s.members)) throw new Error(`${s.name} has no member ${name}`);
  const members = Object.fromEntries(Object.entries(s.members).filter(([name]) => !(names as string[]).includes(name)));
  const choices = s.choices?.filter((c) => !c.some((name) => (names as string[]).includes(name)));
  const out = rebuild<Omit<M, K>>(s, members);
  return choices === undefined || choices.length === (s.choices?.length ?? 0)
    ? out
    : Object.freeze({ ...out, choices: Object.freeze(choices) });
};

/** Appends members at the end. */
export const append = <M extends Members, const A extends Members>(s: Struct<M>, added: A): Struct<M & A> =>
  rebuild(s, { ...s.members, ...added });

/** Members `M` with the `required` (or `deprecated`) flag of members `K` set to `R`. */
export type WithFlag<M extends Members, K extends keyof M, R extends boolean> = Omit<M, K> & {
  readonly [P in K]: Member<M[P]["node"], R>;
};

const setFlag = (s: Struct, names: readonly string[], flag: "required" | "deprecated", value: boolean): Members => {
  const out: Record<string, Member> = { ...s.members };
  for (const name of names) {
    const m = s.members[name];
    if (m === undefined) throw new Error(`${s.name} has no member ${name}`);
    out[name] = Object.freeze({ ...m, [flag]: value });
  }
  return out;
};

export const makeRequired = <M extends Members, const K extends keyof M & string>(
  s: Struct<M>,
  ...names: K[]
): Struct<WithFlag<M, K, true>> => rebuild(s, setFlag(s, names, "required", true));

export const makeOptional = <M extends Members, const K extends keyof M & string>(
  s: Struct<M>,
  ...names: K[]
): Struct<WithFlag<M, K, false>> => rebuild(s, setFlag(s, names, "required", false));

export const markDeprecated = <M extends Members>(
  s: Struct<M>,
  deprecated: boolean,
  ...names: (keyof M & string)[]
): Struct<M> => rebuild(s, setFlag(s, names, "deprecated", deprecated));

/** Puts every member in the given order (all of them, once each). */
export const reorder = <M extends Members>(s: Struct<M>, order: readonly (keyof M & string)[]): Struct<M> => {
  const names = Object.keys(s.members);
  if (order.length !== names.length || !names.every((n) => order.includes(n))) {
    throw new Error(`reorder of ${s.name} must list exactly ${names.join(", ")}`);
  }
  return rebuild(s, Object.fromEntries(order.map((n) => [n, s.members[n] as Member])));
};

/** Replaces the definitions of existing members, keeping their positions. */
export const redefine = <M extends Members, const R extends { readonly [K in keyof M]?: Member }>(
  s: Struct<M>,
  replaced: R,
): Struct<Omit<M, keyof R> & R> => {
  for (const name of Object.keys(replaced))
    if (!(name in s.members)) throw new Error(`${s.name} has no member ${name}`);
  return rebuild(s, { ...s.members, ...replaced });
};

/** Adds enum values at the end (no value was ever removed from a CloudFront enum). */
export const addValues = <V extends string, const A extends readonly string[]>(
  e: EnumNode<V, never>,
  ...values: A
): EnumNode<V | A[number], never> => Object.freeze({ ...e, values: Object.freeze([...e.values, ...values]) });

/** Changes a list's bounds. */
export const bound = <N extends Node>(
  l: List<N>,
  bounds: { readonly minItems?: number; readonly maxItems?: number },
): List<N> => Object.freeze({ ...l, ...bounds });
