/** The list rules, stated once for the XML decoder and the value checker (io-ts) alike. */
import type { Repeated, Struct } from "../schema/ast.js";
import { ITEMS, QUANTITY, wrapperOf } from "../schema/wrapper.js";
import type { Problem } from "../errors.js";

/** What a length rule needs of a list, or of a repeated element (whose entries are named as its member). */
export interface Bounded {
  readonly item: string;
  readonly minItems?: number;
  readonly maxItems?: number;
}

/** A list with more or fewer entries than the model allows. The message names the list's entries, not the list. */
export const lengthProblem = (list: Bounded, count: number): Problem | undefined => {
  const min = list.minItems ?? 0;
  const max = list.maxItems ?? Infinity;
  if (count >= min && count <= max) return undefined;
  const range = max === Infinity ? `at least ${min}` : min === max ? `exactly ${min}` : `${min} to ${max}`;
  return {
    code: "list_length",
    message: `holds ${count} <${list.item}>, the model allows ${range}`,
    expected: range,
    actual: String(count),
  };
};

/** `Quantity` that disagrees with the number of `Items` entries (0 when `Items` is absent). */
export const quantityProblem = (wrapper: Struct, quantity: number, count: number): Problem | undefined => {
  const w = wrapperOf(wrapper);
  if (w === undefined || quantity === count) return undefined;
  return {
    code: "quantity_mismatch",
    message: `<${QUANTITY}> says ${quantity} but <${ITEMS}> holds ${count} <${w.items.item}>`,
    expected: String(count),
    actual: String(quantity),
  };
};

/**
 * The bounds of a repeated element: at least one entry whatever the schema says, since no XML spells an empty one
 * (the member is left out instead).
 */
export const repeatedBounds = (node: Repeated, name: string): Bounded => ({
  item: name,
  minItems: Math.max(1, node.minItems ?? 0),
  ...(node.maxItems === undefined ? {} : { maxItems: node.maxItems }),
});

/**
 * Each choice of a structure (exactly one of `S3Origin`, `CustomOrigin`) that the members present break: none of
 * them (placed at the first), or more than one (placed at each after the first).
 */
export const choiceProblems = (
  node: Struct,
  present: object,
): readonly { readonly member: string; readonly problem: Problem }[] => {
  if (node.choices === undefined) return [];
  const out: { member: string; problem: Problem }[] = [];
  for (const choice of node.choices) {
    const names = choice.map((n) => `<${n}>`).join(" or ");
    const given = choice.filter((n) => Object.hasOwn(present, n));
    if (given.length === 0)
      out.push({
        member: choice[0] as string,
        problem: {
          code: "missing_element",
          message: `<${node.name}> lacks ${names}: it has exactly one of them`,
          expected: names,
        },
      });
    for (const extra of given.slice(1)) {
      out.push({
        member: extra,
        problem: {
          code: "unexpected_element",
          message: `<${extra}> beside <${given[0]}>: <${node.name}> has exactly one of ${names}`,
          expected: `one of ${names}`,
          actual: `<${extra}>`,
        },
      });
    }
  }
  return out;
};
