/**
 * A small XML tree for the fuzzer's rewrites: enough to read the corpus (elements, attributes, text, CDATA,
 * comments, processing instructions) and write it back in many equivalent spellings. Not a general parser: a seed
 * it reads wrongly fails the sanity check in corpus.ts and is left out.
 */

export interface Element {
  readonly name: string;
  /** Attributes as name and logical value, in document order (the root's xmlns among them). */
  readonly attributes: readonly (readonly [string, string])[];
  readonly children: readonly Child[];
}
/** Text as its logical value: entities and character references resolved, CDATA unwrapped. */
export type Child = Element | { readonly text: string };

export interface Tree {
  readonly root: Element;
}

const entities: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export const unescapeXml = (raw: string): string =>
  raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    const e = entities[ref];
    if (e === undefined) throw new Error(`entity ${whole}`);
    return e;
  });

const token =
  /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([^\s/>]+)((?:\s+[^\s=]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/gy;
const attribute = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Reads a document into a tree, or throws when it is beyond this reader. */
export const parse = (text: string): Tree => {
  const stack: { name: string; attributes: [string, string][]; children: Child[] }[] = [
    { name: "", attributes: [], children: [] },
  ];
  token.lastIndex = 0;
  const normalised = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  let m: RegExpExecArray | null;
  while (token.lastIndex < normalised.length && (m = token.exec(normalised)) !== null) {
    const top = stack[stack.length - 1]!;
    const [whole, cdata, close, name, attrs, selfClosing, text] = m;
    if (cdata !== undefined) top.children.push({ text: cdata });
    else if (text !== undefined) top.children.push({ text: unescapeXml(text) });
    else if (name === undefined)
      continue; // comment or processing instruction
    else if (close === "/") {
      const done = stack.pop()!;
      if (done.name !== name) throw new Error(`</${name}> closes <${done.name}>`);
      stack[stack.length - 1]!.children.push(done);
    } else {
      const element = {
        name,
        attributes: [...(attrs ?? "").matchAll(attribute)].map(
          (a) => [a[1]!, unescapeXml(a[2] ?? a[3] ?? "")] as [string, string],
        ),
        children: [] as Child[],
      };
      if (selfClosing === "/") top.children.push(element);
      else stack.push(element);
    }
    if (whole === "") break;
  }
  if (token.lastIndex !== normalised.length && token.lastIndex !== 0) throw new Error("unread text");
  const [document, ...open] = stack;
  if (open.length > 0) throw new Error("unclosed element");
  const roots = document!.children.filter((c): c is Element => "name" in c);
  if (roots.length !== 1) throw new Error("not one root");
  return { root: roots[0]! };
};

export const isElement = (c: Child): c is Element => "name" in c;

/** Whether an element holds text rather than elements (a leaf: its text is a value). */
export const isLeaf = (e: Element): boolean => !e.children.some(isElement);
