/** The list rules, stated once for the XML decoder and the value checker (io-ts) alike. */
import type { List, Struct } from "../schema/ast.js";
import type { IssueCode } from "../errors.js";

export interface ListProblem {
  readonly code: IssueCode;
  /** Without its subject: the caller names the list (`<Items> holds …`). */
  readonly message: string;
  readonly expected: string;
  readonly actual: string;
}

/** A list with more or fewer entries than the model allows. */
export const lengthProblem = (list: List, count: number): ListProblem | undefined => {
  const min = list.minItems ?? 0;
  const max = list.maxItems ?? Infinity;
  if (count >= min && count <= max) return undefined;
  const range = max === Infinity ? `at least ${min}` : min === max ? `exactly ${min}` : `${min} to ${max}`;
  return { code: "list_length", message: `holds ${count} <${list.item}>, the model allows ${range}`, expected: range, actual: String(count) };
};

/** A required `Items` with no entry: it cannot be written (CloudFront rejects `<Items/>`) nor left out. */
export const emptyItemsProblem = (wrapper: Struct, count: number): ListProblem | undefined => {
  const items = wrapper.members["Items"] as { node: List; required: boolean } | undefined;
  if (!wrapper.quantity || items?.required !== true || (items.node.minItems ?? 0) > 0 || count > 0) return undefined;
  return { code: "list_length", message: "is required here and cannot be empty: CloudFront rejects an empty <Items/>", expected: "at least 1", actual: "0" };
};

/** `Quantity` that disagrees with the number of `Items` entries (0 when `Items` is absent). */
export const quantityProblem = (wrapper: Struct, quantity: number, count: number): ListProblem | undefined => {
  if (quantity === count) return undefined;
  const item = (wrapper.members["Items"]?.node as List).item;
  return { code: "quantity_mismatch", message: `says ${quantity} but <Items> holds ${count} <${item}>`, expected: String(count), actual: String(quantity) };
};
