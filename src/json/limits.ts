/**
 * The reader's limits, applied to a JSON value given in memory, so that `decodeJson` accepts no value it would
 * refuse as text: no value deeper than `maxDepth`, no string (member names included) longer than `maxTextLength`,
 * and no value whose JSON text (compact, as `JSON.stringify` writes it) is longer than `maxDocumentSize`.
 *
 * One iterative pass, stopped at the first limit crossed: linear in the value, whatever its shape. A value that
 * refers to itself is too deep, and one that shares parts is measured as the text it stands for.
 */
import type { Problem } from "../errors.js";
import type { Segment } from "./paths.js";

export interface Limits {
  readonly maxDepth: number;
  readonly maxTextLength: number;
  readonly maxDocumentSize: number;
}

interface Visit {
  readonly value: unknown;
  readonly depth: number;
  readonly parent: Visit | undefined;
  readonly segment: Segment | undefined;
}

/** The first limit the value crosses, and where; `undefined` when it keeps to them all. */
export const limitProblem = (
  value: unknown,
  limits: Limits,
): { readonly problem: Problem; readonly at: readonly Segment[] } | undefined => {
  const tooDeep: Problem = { code: "too_deep", message: `values nest deeper than maxDepth (${limits.maxDepth})` };
  const tooLarge: Problem = {
    code: "document_too_large",
    message: `the value's JSON text is larger than maxDocumentSize (${limits.maxDocumentSize})`,
  };
  let size = 0;
  /** A string or other scalar at `depth`: its problem, if any, after counting its size. */
  const scalar = (v: unknown, depth: number): Problem | undefined => {
    if (depth > limits.maxDepth) return tooDeep;
    if (typeof v === "string" && v.length > limits.maxTextLength) return tooLong("a string", limits.maxTextLength);
    size += typeof v === "string" ? stringSize(v) : scalarSize(v);
    return size > limits.maxDocumentSize ? tooLarge : undefined;
  };
  if (!isContainer(value)) {
    const problem = scalar(value, 1);
    return problem === undefined ? undefined : { problem, at: [] };
  }
  // Objects and arrays wait on a stack; scalars are measured where they are met, without a visit each.
  const stack: Visit[] = [{ value, depth: 1, parent: undefined, segment: undefined }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    if (visit.depth > limits.maxDepth) return { problem: tooDeep, at: segmentsOf(visit) };
    const v = visit.value as object;
    const array = Array.isArray(v);
    const keys: readonly Segment[] = array ? Array.from(v.keys()) : Object.keys(v);
    const inner: Visit[] = [];
    let kept = 0;
    for (const segment of keys) {
      const child = (v as Record<Segment, unknown>)[segment];
      // What JSON.stringify leaves out of an object (in an array, it writes null).
      if (!array && (child === undefined || typeof child === "function" || typeof child === "symbol")) continue;
      kept++;
      if (typeof segment === "string") {
        if (segment.length > limits.maxTextLength)
          return { problem: tooLong("a member name", limits.maxTextLength), at: [...segmentsOf(visit), segment] };
        size += stringSize(segment) + 1;
      }
      if (isContainer(child)) inner.push({ value: child, depth: visit.depth + 1, parent: visit, segment });
      else {
        const problem = scalar(child, visit.depth + 1);
        if (problem !== undefined) return { problem, at: [...segmentsOf(visit), segment] };
      }
    }
    size += 2 + Math.max(0, kept - 1);
    if (size > limits.maxDocumentSize) return { problem: tooLarge, at: segmentsOf(visit) };
    // Pushed last first, so that the first is measured first.
    for (let k = inner.length - 1; k >= 0; k--) stack.push(inner[k] as Visit);
  }
  return undefined;
};

const isContainer = (v: unknown): v is object => typeof v === "object" && v !== null && !(v instanceof Date);

const tooLong = (what: string, max: number): Problem => ({
  code: "text_too_long",
  message: `${what} is longer than maxTextLength (${max})`,
});

const segmentsOf = (visit: Visit): Segment[] => {
  const out: Segment[] = [];
  for (let v: Visit | undefined = visit; v?.segment !== undefined; v = v.parent) out.push(v.segment);
  return out.reverse();
};

// What JSON.stringify escapes: quote, backslash and controls, and lone surrogates (as \uXXXX).
const NEEDS_ESCAPE = /["\\\u0000-\u001F\uD800-\uDFFF]/;

/** The length of a string as JSON text: quotes and escapes included. */
const stringSize = (s: string): number => {
  if (!NEEDS_ESCAPE.test(s)) return s.length + 2;
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c || c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) n += 2;
    else if (c < 0x20) n += 6;
    else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2;
      i++;
    } else n += c >= 0xd800 && c <= 0xdfff ? 6 : 1;
  }
  return n;
};

/** A scalar's length as JSON text (a `Date` as its ISO string); anything JSON cannot hold counts as what it prints. */
const scalarSize = (v: unknown): number => {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 4 : v.toISOString().length + 2;
  if (typeof v === "number") return Number.isFinite(v) ? String(v).length : 4;
  if (v === null || v === undefined) return 4;
  return String(v).length;
};
