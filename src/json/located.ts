/**
 * What the JSON reader knows of a value beyond the value itself: where each object, array, member and entry was
 * written, each number's text as written, and the keys an object had more than once. The checker places its issues
 * with it and reads integers from their text; a value given in memory has none of it.
 *
 * It is kept beside the value, by each object and array the reader made, so that the value stays plain JSON and a
 * part of it (the document under the AWS CLI's `{ "DistributionConfig": … }`) keeps its places. Positions are
 * numbers in an array per object or array, not an object per member: reading allocates little more than the value.
 */
import type { Problem } from "../errors.js";

/** 1-based; columns count characters (code points), as in XML. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A member (where its name starts) or an array entry (where its value starts), and its number's text if needed. */
export interface Slot extends Position {
  /** The text of a number that `String(number)` would not give back (`1e2`, `1.0`, `-0`, more than 15 digits). */
  readonly number?: string;
}

/** An object or array as the reader wrote it down; the checker walks these beside the value. */
export interface Located extends Position {
  /**
   * Four entries per member or entry, in the order written (a repeated key once): its name (`undefined` in an
   * array), the line and column where its name (or an entry's value) starts, and then what was written down of its
   * value: the `Located` of an object or array, or a number's text when `String(number)` would not give it back.
   */
  readonly members: readonly (string | number | Located | undefined)[];
  readonly array: boolean;
  /** Each repeated key, where it was repeated (the first one is the one read). */
  readonly duplicates: readonly (Position & { readonly key: string })[] | undefined;
}

/** How many entries of `Located.members` each member or entry takes. */
export const STRIDE = 4;

/** A key an object has more than once: JSON leaves its meaning open, so it is an error wherever it is. */
export const duplicateMember = (key: string): Problem => ({
  code: "duplicate_member",
  message: `${key} appears more than once in this object (the first one was read)`,
  actual: key,
});

/** Objects with more members than this are looked up through an index, built on the first lookup. */
const SCAN = 16;
const indexes = new WeakMap<Located, ReadonlyMap<string, number>>();

/** The index of member `key` (a name) or entry `key` (a number) in `located`, or -1. */
export const indexIn = (located: Located | undefined, key: string | number): number => {
  if (located === undefined || (typeof key === "number") !== located.array) return -1;
  if (typeof key === "number") return key;
  const m = located.members;
  const n = m.length / STRIDE;
  if (n <= SCAN) {
    for (let i = 0; i < n; i++) if (m[STRIDE * i] === key) return i;
    return -1;
  }
  let index = indexes.get(located);
  if (index === undefined) {
    const built = new Map<string, number>();
    for (let i = 0; i < n; i++) built.set(m[STRIDE * i] as string, i);
    indexes.set(located, (index = built));
  }
  return index.get(key) ?? -1;
};

/** Where the member or entry at index `i` was written, with its text when it is a number not written canonically. */
export const slotAt = (located: Located | undefined, i: number): Slot | undefined => {
  if (located === undefined || i < 0 || STRIDE * i >= located.members.length) return undefined;
  const line = located.members[STRIDE * i + 1] as number;
  const column = located.members[STRIDE * i + 2] as number;
  const value = located.members[STRIDE * i + 3];
  return typeof value === "string" ? { line, column, number: value } : { line, column };
};

/** What was written down of the object or array at index `i`. */
export const innerAt = (located: Located | undefined, i: number): Located | undefined => {
  if (located === undefined || i < 0) return undefined;
  const value = located.members[STRIDE * i + 3];
  return typeof value === "object" ? value : undefined;
};

/** The members or entries of `located` that are objects or arrays, with their names (or indices). */
export function* innerOf(located: Located): Generator<readonly [string | number, Located]> {
  for (let i = 0; STRIDE * i < located.members.length; i++) {
    const value = located.members[STRIDE * i + 3];
    if (typeof value === "object") yield [located.array ? i : (located.members[STRIDE * i] as string), value];
  }
}
