/** The list rules, stated once for the XML decoder and the value checker (io-ts) alike. */
import type { List, Struct } from "../schema/ast.js";
import { ITEMS, QUANTITY, wrapperOf } from "../schema/wrapper.js";
import type { Problem } from "../errors.js";

/** A list with more or fewer entries than the model allows. The message names the list's entries, not the list. */
export const lengthProblem = (list: List, count: number): Problem | undefined => {
  const min = list.minItems ?? 0;
  const max = list.maxItems ?? Infinity;
  if (count >= min && count <= max) return undefined;
  const range = max === Infinity ? `at least ${min}` : min === max ? `exactly ${min}` : `${min} to ${max}`;
  return { code: "list_length", message: `holds ${count} <${list.item}>, the model allows ${range}`, expected: range, actual: String(count) };
};

/** `Quantity` that disagrees with the number of `Items` entries (0 when `Items` is absent). */
export const quantityProblem = (wrapper: Struct, quantity: number, count: number): Problem | undefined => {
  const w = wrapperOf(wrapper);
  if (w === undefined || quantity === count) return undefined;
  return { code: "quantity_mismatch", message: `<${QUANTITY}> says ${quantity} but <${ITEMS}> holds ${count} <${w.items.item}>`, expected: String(count), actual: String(quantity) };
};
