/**
 * CloudFront's list wrapper, `<X><Quantity>n</Quantity><Items><item>…</item>…</Items></X>`, stated once: the
 * member names, and the parts of a wrapper structure every interpreter asks for. A structure is a wrapper when
 * it was built by `quantityList` (its `quantity` flag); no module spells the two names itself.
 */
import type { List, Shapes, Struct } from "./ast.js";
import { resolve } from "./resolve.js";

export const QUANTITY = "Quantity";
export const ITEMS = "Items";

export interface Wrapper {
  /** The `Items` list: its item element name, item node and bounds. */
  readonly items: List;
  /** Whether the model requires `Items` (then a wrapper of zero entries cannot be written without it). */
  readonly itemsRequired: boolean;
}

const cache = new WeakMap<Struct, Wrapper | null>();

/** The wrapper parts of a structure, or `undefined` for any other structure. Memoised per node. */
export const wrapperOf = (s: Struct): Wrapper | undefined => {
  let w = cache.get(s);
  if (w === undefined) {
    const items = s.quantity ? s.members[ITEMS] : undefined;
    w = items === undefined || items.node._tag !== "list" ? null : { items: items.node, itemsRequired: items.required };
    cache.set(s, w);
  }
  return w ?? undefined;
};

/**
 * The list a list document is about (`DistributionList`'s summaries, `Tags`' tags): a wrapper's `Items`, or else
 * the structure's only list member (a repeated element before 2012-05-05); `undefined` for any other document.
 */
export const listMemberOf = (shapes: Shapes, s: Struct): string | undefined => {
  if (wrapperOf(s) !== undefined) return ITEMS;
  const lists = Object.entries(s.members).filter(([, m]) => {
    const tag = resolve(shapes, m.node)._tag;
    return tag === "list" || tag === "repeated";
  });
  return lists.length === 1 ? lists[0]?.[0] : undefined;
};
