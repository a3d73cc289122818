/**
 * A preserved element as `decode(…, { unknown: "preserve" })` keeps it: its source text only. One object per node
 * of its subtree took 46 times the input in heap (32 MiB of `<x/>`: 1.5 GB); the text is the input's own, and the
 * tree view is parsed when asked for.
 */
import type { UnknownElement, XmlElement } from "../unknown.js";
import { Parser } from "./sax.js";

const views = new WeakMap<KeptElement, XmlElement>();

export class KeptElement implements UnknownElement {
  constructor(
    readonly after: string | number | null,
    readonly raw: string,
  ) {}

  /** Parsed from `raw` on first use, then kept as long as the element (not an own property: equality is on `raw`). */
  get element(): XmlElement {
    let view = views.get(this);
    if (view === undefined) views.set(this, (view = parseElement(this.raw)));
    return view;
  }
}

type Building = {
  readonly name: string;
  readonly attributes: Array<readonly [string, string]>;
  readonly children: Array<XmlElement | string>;
};

const noop = (): void => undefined;

/** The tree of an element's text: names and attributes as written, text and CDATA as decoded, comments left out. */
export const parseElement = (raw: string): XmlElement => {
  const open: Building[] = [];
  let top: Building | undefined;
  const text = (t: string): void => void open[open.length - 1]?.children.push(t);
  // The decoder's own parser class: another saxes configuration would slow every parser in the process.
  const parser = new Parser({
    xmldecl: noop,
    doctype: noop,
    opentagstart: noop,
    opentag: (tag) => {
      const attributes: Array<readonly [string, string]> = [];
      for (const name in tag.attributes) attributes.push([name, (tag.attributes[name] as { value: string }).value]);
      const el: Building = { name: tag.name, attributes, children: [] };
      open[open.length - 1]?.children.push(el);
      open.push(el);
      top ??= el;
    },
    text,
    cdata: text,
    closetag: () => void open.pop(),
    error: (e) => {
      throw e;
    },
  });
  parser.write(raw).close();
  if (top === undefined) throw new Error("cfxml: a preserved element's raw text holds no element");
  return top;
};
