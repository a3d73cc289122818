/**
 * Damage to a document, as data fast-check draws and shrinks: changes to its tree (an element deleted, doubled,
 * renamed, moved inside another; a value replaced by one of the values that have broken decoders before) and to its
 * bytes (a byte replaced, inserted or deleted; a snippet of hostile markup or bad UTF-8 inserted; the end cut off).
 */
import fc from "fast-check";
import type { Element, Tree } from "./tree.js";
import { isElement, isLeaf } from "./tree.js";

export type TreeDamage = {
  readonly kind: "delete" | "duplicate" | "rename" | "value" | "insert";
  readonly at: number;
  readonly pick: number;
};
export type ByteDamage = {
  readonly kind: "replace" | "insert" | "delete" | "snippet" | "truncate";
  readonly at: number;
  readonly pick: number;
};

/** Values at the edges of what each type accepts, and characters XML or JSON treat specially. */
export const edgeValues: readonly string[] = [
  "",
  " ",
  "-1",
  "0",
  "1",
  "2147483647",
  "2147483648",
  "-2147483649",
  "9223372036854775808",
  "1e2",
  "1.0",
  "+1",
  "01",
  "TRUE",
  "true ",
  "yes",
  "2",
  "x".repeat(4096),
  "\u0000",
  "\u0085",
  "\uFFFE",
  "😀",
  "a]]>b",
  "<&>",
  "\uD800",
  "0000-01-01T00:00:00+01:00",
  "9999-12-31T23:59:59-01:00",
  "2020-02-30T00:00:00Z",
  "2020-01-01T00:00:00.123456789Z",
  "allow-all",
  "PriceClass_All",
  "http2and3",
  "HTTP2",
  "origin-access-identity/cloudfront/E1",
  "__proto__",
  "constructor",
];

const utf8 = (s: string): readonly number[] => [...new TextEncoder().encode(s)];
/** Snippets of markup and encoding that decoders have mishandled. */
const snippets: readonly (readonly number[])[] = [
  ...[
    "<",
    "&",
    "]]>",
    "<!DOCTYPE x>",
    "&#0;",
    "&#xD800;",
    "&bogus;",
    '<?xml version="1.0"?>',
    "<!--",
    "<![CDATA[",
    "\r",
    "<x:y>",
    ' xmlns:x="u"',
    "<a\n>",
    "\uFEFF",
  ].map(utf8),
  [0xed, 0xa0, 0x80], // a surrogate, encoded
  [0xc0, 0xaf], // an overlong /
  [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
  [0xe2, 0x82], // cut short
  [0xff],
];

export const treeDamage: fc.Arbitrary<TreeDamage> = fc.record({
  kind: fc.constantFrom("delete", "duplicate", "rename", "value", "insert"),
  at: fc.nat(),
  pick: fc.nat(),
});
export const byteDamage: fc.Arbitrary<ByteDamage> = fc.record({
  kind: fc.constantFrom("replace", "insert", "delete", "snippet", "truncate"),
  at: fc.nat(),
  pick: fc.nat(),
});

type Mutable = { name: string; attributes: (readonly [string, string])[]; children: (Mutable | { text: string })[] };
const copy = (e: Element): Mutable => ({
  name: e.name,
  attributes: [...e.attributes],
  children: e.children.map((c) => (isElement(c) ? copy(c) : { text: c.text })),
});

/** Every element with its parent, in document order. */
const elements = (root: Mutable): { e: Mutable; parent: Mutable | undefined }[] => {
  const out: { e: Mutable; parent: Mutable | undefined }[] = [];
  const walk = (e: Mutable, parent: Mutable | undefined): void => {
    out.push({ e, parent });
    for (const c of e.children) if ("name" in c) walk(c, e);
  };
  walk(root, undefined);
  return out;
};

export const damageTree = (t: Tree, damage: readonly TreeDamage[]): Tree => {
  const root = copy(t.root);
  for (const d of damage) {
    const all = elements(root);
    const { e, parent } = all[d.at % all.length]!;
    const other = all[d.pick % all.length]!.e;
    switch (d.kind) {
      case "delete":
        if (parent !== undefined) parent.children.splice(parent.children.indexOf(e), 1);
        break;
      case "duplicate":
        if (parent !== undefined) parent.children.splice(parent.children.indexOf(e), 0, copy(e as Element));
        break;
      case "rename":
        if (parent !== undefined) e.name = other.name;
        break;
      case "value":
        if (isLeaf(e as Element)) e.children = [{ text: edgeValues[d.pick % edgeValues.length]! }];
        break;
      case "insert":
        e.children.push(
          other === e || parent === undefined
            ? { name: "Unknown", attributes: [], children: [{ text: "x" }] }
            : copy(other as Element),
        );
        break;
    }
  }
  return { root: root as Element };
};

export const damageBytes = (input: Uint8Array, damage: readonly ByteDamage[]): Uint8Array => {
  const bytes = [...input];
  for (const d of damage) {
    const i = d.at % (bytes.length + 1);
    if (d.kind === "replace" && i < bytes.length) bytes[i] = d.pick % 256;
    else if (d.kind === "insert") bytes.splice(i, 0, d.pick % 256);
    else if (d.kind === "delete") bytes.splice(i, 1);
    else if (d.kind === "snippet") bytes.splice(i, 0, ...snippets[d.pick % snippets.length]!);
    else if (d.kind === "truncate") bytes.length = i;
  }
  return Uint8Array.from(bytes);
};
