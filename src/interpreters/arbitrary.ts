/**
 * fast-check arbitraries, valid by construction: `Quantity` derived from the generated entries, enums of the
 * version, required members always present, bounds respected through constraints rather than `.filter`.
 * Strings are XML 1.0-safe yet hostile: markup characters, `]]>`, CR, tabs, edge spaces and non-BMP characters.
 */
import fc from "fast-check";
import { absurd } from "../schema/ast.js";
import type { List, Node, Repeated, Shapes, StringNode, Struct } from "../schema/ast.js";
import type { Infer } from "../schema/infer.js";
import { resolve } from "../schema/resolve.js";
import { ITEMS, QUANTITY, wrapperOf } from "../schema/wrapper.js";
import type { Wrapper } from "../schema/wrapper.js";

export interface ArbitraryOptions {
  /** Most entries in a list (default 3); keeps documents small enough for many runs. */
  readonly maxItems?: number;
  /** Longest free-form string (default 12 characters). */
  readonly maxLength?: number;
}

// Code points XML 1.0 allows, as [first, last] ranges; tab, LF and CR are added among the specials.
const XML_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0xd7ff],
  [0xe000, 0xfffd],
  [0x10000, 0x10ffff],
];
const XML_SIZE = XML_RANGES.reduce((n, [a, b]) => n + b - a + 1, 0);
const anyXmlChar = fc.integer({ min: 0, max: XML_SIZE - 1 }).map((i) => {
  for (const [a, b] of XML_RANGES) {
    if (i <= b - a) return String.fromCodePoint(a + i);
    i -= b - a + 1;
  }
  return " ";
});
const special = fc.constantFrom("&", "<", ">", '"', "'", "]]>", "\r", "\r\n", "\t", "\n", " ", "😀", "&amp;", "&#13;");
const ascii = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c));
const unit = fc.oneof(
  { arbitrary: ascii, weight: 6 },
  { arbitrary: special, weight: 3 },
  { arbitrary: anyXmlChar, weight: 1 },
);
// Single code points only, so that a length bound in code points holds for every string drawn.
const codePointUnit = fc.oneof({ arbitrary: ascii, weight: 6 }, { arbitrary: anyXmlChar, weight: 1 });

const stringArbitrary = (node: StringNode, maxLength: number): fc.Arbitrary<string> => {
  if (node.pattern !== undefined) {
    const re = new RegExp(`^(?:${node.pattern})$`, "u");
    const max = node.maxLength ?? Infinity;
    const min = node.minLength ?? 0;
    // Pattern strings are short in every model; the bound check rejects only the rare overlong draw.
    return fc.stringMatching(re).filter((s) => [...s].length >= min && [...s].length <= max);
  }
  if (node.minLength !== undefined || node.maxLength !== undefined) {
    const min = node.minLength ?? 0;
    return fc.string({
      unit: codePointUnit,
      minLength: min,
      maxLength: Math.min(node.maxLength ?? maxLength, Math.max(min, maxLength)),
    });
  }
  return fc.string({ unit, maxLength });
};

const memos = new WeakMap<Shapes, Map<string, WeakMap<Node, fc.Arbitrary<unknown>>>>();

/** The arbitrary of a node of a version, memoised per version, node and options. */
export const arbitraryFor = <S extends Shapes, N extends Node>(
  shapes: S,
  node: N,
  options: ArbitraryOptions = {},
): fc.Arbitrary<Infer<N, S>> => {
  const o: Options = { shapes, maxItems: options.maxItems ?? 3, maxLength: options.maxLength ?? 12 };
  const key = `${o.maxItems}/${o.maxLength}`;
  let byOptions = memos.get(shapes);
  if (byOptions === undefined) memos.set(shapes, (byOptions = new Map()));
  let memo = byOptions.get(key);
  if (memo === undefined) byOptions.set(key, (memo = new WeakMap()));
  let arb = memo.get(node);
  if (arb === undefined) memo.set(node, (arb = build(node, o)));
  return arb as fc.Arbitrary<Infer<N, S>>;
};

interface Options extends Required<ArbitraryOptions> {
  readonly shapes: Shapes;
}

const build = (n: Node, o: Options): fc.Arbitrary<unknown> => {
  const node = resolve(o.shapes, n);
  switch (node._tag) {
    case "string":
      return stringArbitrary(node, o.maxLength);
    case "integer":
      return fc.integer();
    case "long":
      return fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
    case "boolean":
      return fc.boolean();
    case "enum":
      return fc.constantFrom(...node.values);
    case "timestamp":
      return fc.date({
        min: new Date("0000-01-01T00:00:00.000Z"),
        max: new Date("9999-12-31T23:59:59.999Z"),
        noInvalidDate: true,
      });
    case "flag":
      return fc.constant(true);
    case "list":
      return items(node, o);
    case "repeated":
      return entries(node, o);
    case "struct": {
      const wrapper = wrapperOf(node);
      return wrapper === undefined ? record(node, o) : quantityStruct(node, o, wrapper);
    }
    default:
      return absurd(node);
  }
};

const items = (node: List, o: Options): fc.Arbitrary<unknown[]> => {
  const minLength = node.minItems ?? 0;
  const maxLength = Math.max(minLength, Math.min(node.maxItems ?? Infinity, o.maxItems));
  return fc.array(arbitraryFor(o.shapes, node.node, o), { minLength, maxLength });
};

// At least one entry: an empty repeated element cannot be written (the member is left out instead).
const entries = (node: Repeated, o: Options): fc.Arbitrary<unknown[]> => {
  const minLength = Math.max(1, node.minItems ?? 0);
  const maxLength = Math.max(minLength, Math.min(node.maxItems ?? Infinity, o.maxItems));
  return fc.array(arbitraryFor(o.shapes, node.node, o), { minLength, maxLength });
};

const record = (
  node: Struct,
  o: Options,
  skip: ReadonlySet<string> = new Set(),
): fc.Arbitrary<Record<string, unknown>> => {
  const chosen = new Set((node.choices ?? []).flat());
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const requiredKeys: string[] = [];
  for (const name in node.members) {
    if (skip.has(name) || chosen.has(name)) continue;
    const member = node.members[name] as { node: Node; required: boolean };
    model[name] = arbitraryFor(o.shapes, member.node, o);
    if (member.required) requiredKeys.push(name);
  }
  const base = fc.record(model, { requiredKeys, noNullPrototype: true }) as fc.Arbitrary<Record<string, unknown>>;
  if (chosen.size === 0) return base;
  // Exactly one member of each choice, the rest as usual; the members are then put back in model order.
  const picks = (node.choices ?? []).map((choice) =>
    fc.oneof(
      ...choice.map((name) =>
        arbitraryFor(o.shapes, (node.members[name] as { node: Node }).node, o).map((v) => [name, v] as const),
      ),
    ),
  );
  return fc.tuple(base, ...picks).map(([rest, ...picked]) => {
    const all: Record<string, unknown> = { ...rest, ...Object.fromEntries(picked) };
    const out: Record<string, unknown> = {};
    for (const name in node.members) if (Object.hasOwn(all, name)) out[name] = all[name];
    return out;
  });
};

// Quantity is derived from the entries. A list of no entries comes in both spellings CloudFront accepts, without
// Items or with an empty <Items/>, unless the model requires Items.
const quantityStruct = (node: Struct, o: Options, wrapper: Wrapper): fc.Arbitrary<Record<string, unknown>> => {
  const others = record(node, o, new Set([QUANTITY, ITEMS]));
  return fc.tuple(others, items(wrapper.items, o), fc.boolean()).map(([rest, entries, spellEmpty]) => {
    const out: Record<string, unknown> = {};
    for (const name in node.members) {
      if (name === QUANTITY) out[name] = entries.length;
      else if (name === ITEMS) {
        if (entries.length > 0 || wrapper.itemsRequired || spellEmpty) out[name] = entries;
      } else if (Object.hasOwn(rest, name)) out[name] = rest[name];
    }
    return out;
  });
};
