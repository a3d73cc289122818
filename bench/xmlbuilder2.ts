// xmlbuilder2 writing the same document as our encoder, through its DOM and its callback APIs, so that the
// choice recorded in src/interpreters/encoder.ts can be re-measured. Strings are pre-escaped as our encoder
// does (xmlbuilder2 leaves `&lt;` and friends untouched), so both produce equivalent XML for plain data.
import { create, createCB } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces.js";
import type { Node, Shapes, Struct } from "../src/schema/ast.js";
import { resolve } from "../src/schema/resolve.js";
import { printScalar } from "../src/interpreters/scalars.js";

interface Sink {
  ele(name: string): Sink;
  txt(text: string): Sink;
  up(): Sink;
}

const walk = (shapes: Shapes, sink: Sink, n: Node, name: string, value: unknown): void => {
  if (value === undefined) return;
  const node = resolve(shapes, n);
  if (node._tag === "struct") {
    const s = sink.ele(name);
    const v = value as Record<string, unknown>;
    for (const member in node.members) {
      if (node.quantity && member === "Items" && (v[member] as unknown[] | undefined)?.length === 0) continue;
      walk(shapes, s, (node.members[member] as { node: Node }).node, member, v[member]);
    }
    s.up();
  } else if (node._tag === "list") {
    const s = sink.ele(name);
    for (const item of value as unknown[]) walk(shapes, s, node.node, node.item, item);
    s.up();
  } else if (node._tag === "repeated") {
    for (const item of value as unknown[]) walk(shapes, sink, node.node, name, item);
  } else {
    sink.ele(name).txt(printScalar(node, value)).up();
  }
};

const NS = "http://cloudfront.amazonaws.com/doc/2020-05-31/";

export const encodeWithDom = (shapes: Shapes, root: Struct, value: unknown): string => {
  const doc = create({ version: "1.0", encoding: "UTF-8" });
  const top = doc.ele(NS, "DistributionConfig") as XMLBuilder;
  const v = value as Record<string, unknown>;
  for (const member in root.members)
    walk(shapes, top as unknown as Sink, (root.members[member] as { node: Node }).node, member, v[member]);
  return doc.end({ prettyPrint: false });
};

export const encodeWithCallbacks = (shapes: Shapes, root: Struct, value: unknown): string => {
  let out = "";
  const xml = createCB({ data: (chunk: string) => void (out += chunk), prettyPrint: false });
  xml.dec({ version: "1.0", encoding: "UTF-8" });
  const top = xml.ele(NS, "DistributionConfig");
  const v = value as Record<string, unknown>;
  for (const member in root.members)
    walk(shapes, top as unknown as Sink, (root.members[member] as { node: Node }).node, member, v[member]);
  top.up();
  xml.end();
  return out;
};
