/**
 * Where the encoder writes a structure's or list's preserved elements (`unknown: "preserve"`): each after the
 * member, or the number of entries, it followed when read.
 *
 * Places are numbered (0 the start, then the members in model order or the entries) and the elements are chained
 * by place once, in document order, so that writing the elements of a place costs nothing for the others: walking
 * them all after every entry made a list with many of them quadratic to write.
 */
import type { Struct } from "../schema/ast.js";
import type { UnknownElement } from "../unknown.js";

export class Placement {
  /** Per element: its place, or -1 when it followed nothing this value holds. */
  private readonly place: Int32Array;
  /** Per place: its first element, and per element: the next one of the same place (-1: none). */
  private readonly first: Int32Array;
  private readonly next: Int32Array;
  private readonly done: Uint8Array;

  private constructor(
    private readonly unknowns: readonly UnknownElement[],
    places: number,
    placeOf: (after: UnknownElement["after"]) => number,
  ) {
    const n = unknowns.length;
    this.place = new Int32Array(n);
    this.first = new Int32Array(places).fill(-1);
    this.next = new Int32Array(n);
    this.done = new Uint8Array(places);
    for (let i = n - 1; i >= 0; i--) {
      const p = placeOf((unknowns[i] as UnknownElement).after);
      this.place[i] = p;
      if (p < 0) continue;
      this.next[i] = this.first[p] as number;
      this.first[p] = i;
    }
  }

  /** A structure's: place 0 is the start (`after: null`), place k the k-th member in model order. */
  static struct(node: Struct, unknowns: readonly UnknownElement[]): Placement {
    const order = memberOrder(node);
    return new Placement(unknowns, order.size + 1, (after) =>
      after === null ? 0 : typeof after === "string" ? (order.get(after) ?? -1) : -1,
    );
  }

  /** A list's: place k is after k entries. */
  static list(entries: number, unknowns: readonly UnknownElement[]): Placement {
    return new Placement(unknowns, entries + 1, (after) =>
      typeof after === "number" && Number.isInteger(after) && after >= 0 && after <= entries ? after : -1,
    );
  }

  /** Hands over, in document order, the elements of a place: `at(0)` for the start, `at(member's place)` after it. */
  at(place: number, write: (u: UnknownElement) => void): void {
    this.done[place] = 1;
    for (let i = this.first[place] as number; i >= 0; i = this.next[i] as number)
      write(this.unknowns[i] as UnknownElement);
  }

  /**
   * The elements whose neighbour was removed from the value still go out, at the end, in their order: nothing is
   * dropped.
   */
  rest(write: (u: UnknownElement) => void): void {
    for (let i = 0; i < this.unknowns.length; i++) {
      const p = this.place[i] as number;
      if (p < 0 || this.done[p] === 0) write(this.unknowns[i] as UnknownElement);
    }
  }
}

const orders = new WeakMap<Struct, ReadonlyMap<string, number>>();
/** Each member's place: 1 for the first in model order. */
const memberOrder = (node: Struct): ReadonlyMap<string, number> => {
  let order = orders.get(node);
  if (order === undefined)
    orders.set(node, (order = new Map(Object.keys(node.members).map((name, i) => [name, i + 1]))));
  return order;
};
