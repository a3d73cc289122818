/**
 * What is checked when an element closes, once all of it has been read: a structure's required members, its
 * `Quantity` against its entries, its choices and its bounded repeated members; a list's length. Stated once for
 * both readers (the saxes decoder reports what it finds; the fast path gives up at the first), and returned as
 * data placed by member, so that a reader builds a path only for a problem it reports.
 */
import type { List } from "../schema/ast.js";
import type { Problem } from "../errors.js";
import { ITEMS, QUANTITY } from "../schema/wrapper.js";
import type { StructTable } from "./compiled.js";
import { choiceProblems, lengthProblem, quantityProblem } from "./lists.js";

/** A problem of a closing structure: the member it is about, and whether it is placed at `<Quantity>`. */
export interface Placed {
  readonly member: string;
  readonly problem: Problem;
  readonly atQuantity: boolean;
}

const NONE: readonly Placed[] = [];

/**
 * The problems of a structure that has closed holding `value`, in the order they are reported. `streamed` is the
 * member whose entries went to `onItem` (they count as present once there was one), `count` how many there were.
 */
export const structProblems = (
  t: StructTable,
  name: string,
  value: Record<string, unknown>,
  streamed: string | undefined,
  count: number,
): readonly Placed[] => {
  let out: Placed[] | undefined;
  for (const member of t.required) {
    if (!Object.hasOwn(value, member) && !(member === streamed && count > 0)) {
      (out ??= []).push({
        member,
        problem: {
          code: "missing_element",
          message: `<${name}> lacks the required <${member}>`,
          expected: `<${member}>`,
        },
        atQuantity: false,
      });
    }
  }
  if (t.node.quantity) {
    const quantity = value[QUANTITY];
    const items = value[ITEMS];
    if (typeof quantity === "number" && (items === undefined || Array.isArray(items))) {
      const problem = quantityProblem(t.node, quantity, items === undefined ? count : (items as unknown[]).length);
      if (problem !== undefined) (out ??= []).push({ member: QUANTITY, problem, atQuantity: true });
    }
  }
  if (t.node.choices !== undefined)
    for (const p of choiceProblems(t.node, value))
      (out ??= []).push({ member: p.member, problem: p.problem, atQuantity: false });
  for (const [member, bounds] of t.bounded) {
    const entries = value[member] as unknown[] | undefined;
    const p = entries === undefined ? undefined : lengthProblem(bounds, entries.length);
    if (p !== undefined)
      (out ??= []).push({ member, problem: { ...p, message: `<${name}> ${p.message}` }, atQuantity: false });
  }
  return out ?? NONE;
};

/** A list that closed with `count` entries: its length problem, if any. */
export const listProblem = (list: List, name: string, count: number): Problem | undefined => {
  const p = lengthProblem(list, count);
  return p === undefined ? undefined : { ...p, message: `<${name}> ${p.message}` };
};
