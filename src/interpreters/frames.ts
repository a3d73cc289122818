/**
 * The saxes decoder's stack frames: one per open element, taken from and given back to a free list, since
 * allocation dominated the profile before they were reused.
 */
import type { Resolved } from "../schema/ast.js";
import type { UnknownElement } from "../unknown.js";
import type { ListTable, StructTable } from "./compiled.js";

/** What an open element is read as: by its node's kind, or skipped, or captured as source text (preserve). */
export const Kind = { Struct: 0, List: 1, Scalar: 2, Skip: 3, Capture: 4 } as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

/** One open element, as the decoder reads it. */
export interface Frame {
  kind: Kind;
  node: Resolved | undefined;
  /** Structure or list: its compiled table (members by element name, or the entry node). */
  table: StructTable | ListTable | undefined;
  /** The element's local name, and its 1-based position when it is a list entry (0 otherwise). */
  name: string;
  index: number;
  line: number;
  column: number;
  /** Structure: the object; list: the array. */
  // A pooled frame holds a structure's object or a list's array, and the handlers of each kind write into it.
  // biome-ignore lint/suspicious/noExplicitAny: see above.
  value: any;
  text: string;
  /** Structure: the last known member seen (where a preserved unknown element goes back). */
  last: string | null;
  unknown: UnknownElement[] | undefined;
  reportedText: boolean;
  /** An entry read without its `<Items>` wrapper: it goes into the wrapper's `Items`. */
  unwrapped: boolean;
  /** An entry of a repeated element (`<CNAME>` before 2012-05-05): it goes into its structure's array. */
  repeated: boolean;
  quantityLine: number;
  quantityColumn: number;
  /** List: its entries are handed to `onItem` rather than kept (the document's own list, with `onItem`). */
  streamed: boolean;
  /** Streamed list: entries seen; structure: the entries of its streamed list. */
  count: number;
  /** Entry of a streamed list: how many issues and warnings there were when it opened. */
  issueMark: number;
  warningMark: number;
}

/** A frame for an element that has just opened: a reused one, every field set again. */
export const open = (
  reused: Frame | undefined,
  kind: Kind,
  node: Resolved | undefined,
  table: StructTable | ListTable | undefined,
  name: string,
  index: number,
  line: number,
  column: number,
  value: unknown,
  issueMark: number,
  warningMark: number,
): Frame => {
  const f = reused ?? ({} as Frame);
  f.kind = kind;
  f.node = node;
  f.table = table;
  f.name = name;
  f.index = index;
  f.line = line;
  f.column = column;
  f.value = value;
  f.text = "";
  f.last = null;
  f.unknown = undefined;
  f.reportedText = false;
  f.unwrapped = false;
  f.repeated = false;
  f.quantityLine = 0;
  f.quantityColumn = 0;
  f.streamed = false;
  f.count = 0;
  f.issueMark = issueMark;
  f.warningMark = warningMark;
  return f;
};

/** Its step of an element path: the name, with the 1-based position of a list entry. */
export const segment = (f: Frame): string => (f.index === 0 ? f.name : `${f.name}[${f.index}]`);
