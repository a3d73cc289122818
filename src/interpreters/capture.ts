/**
 * Keeping an unknown element exactly as written (`unknown: "preserve"`): its source text, from its `<` to the end
 * of its end tag, with the namespace declarations it relies on from outside it added to its start tag, so that it
 * means the same written anywhere. Nothing is kept per node of its subtree: only the prefixes declared inside it
 * while they are in scope, and the few declarations it needs.
 */
import type { SaxesAttributeNS, SaxesTagNS } from "saxes";
import { escapeAttribute } from "./encoder.js";

/** One preserved element being read (its subtree opens and closes elements through it). */
export class Capture {
  /** Where its start tag's `/>` or `>` is: the declarations go just before it. */
  private readonly tagEnd: number;
  /** Prefixes declared inside it ("" for the default namespace), with how many open elements declare each. */
  private readonly declared = new Map<string, number>();
  /** Per open element, the prefixes it declares. */
  private readonly scopes: Array<string[] | undefined> = [];
  /** What it needs declared that an ancestor outside it declared: prefix to namespace, in order of first use. */
  private readonly outer = new Map<string, string>();

  /**
   * @param start where its `<` is, and `position` where its start tag ends (saxes' offsets)
   * @param namespace the version's: the default namespace wherever the encoder writes the element
   */
  constructor(
    readonly start: number,
    readonly after: string | number | null,
    tag: SaxesTagNS,
    position: number,
    private readonly namespace: string,
  ) {
    this.tagEnd = position - (tag.isSelfClosing ? 2 : 1);
    this.open(tag);
  }

  /** An element of the subtree opens (the preserved one first). */
  open(tag: SaxesTagNS): void {
    let own: string[] | undefined;
    for (const name in tag.attributes) {
      const attr = tag.attributes[name] as SaxesAttributeNS;
      const prefix = attr.prefix === "xmlns" ? attr.local : attr.name === "xmlns" ? "" : undefined;
      if (prefix === undefined) continue;
      (own ??= []).push(prefix);
      this.declared.set(prefix, (this.declared.get(prefix) ?? 0) + 1);
    }
    this.scopes.push(own);
    this.need(tag.prefix, tag.uri);
    for (const name in tag.attributes) {
      const attr = tag.attributes[name] as SaxesAttributeNS;
      if (attr.prefix !== "" && attr.prefix !== "xmlns" && attr.prefix !== "xml") this.need(attr.prefix, attr.uri);
    }
  }

  /** An element of the subtree closes; true when it was the preserved one. */
  close(): boolean {
    const own = this.scopes.pop();
    if (own !== undefined)
      for (const prefix of own) this.declared.set(prefix, (this.declared.get(prefix) as number) - 1);
    return this.scopes.length === 0;
  }

  /** The element as kept, from its source text (its `<` to the end of its end tag). */
  text(source: string): string {
    if (this.outer.size === 0) return source;
    let declarations = "";
    for (const [prefix, uri] of this.outer)
      declarations += ` ${prefix === "" ? "xmlns" : `xmlns:${prefix}`}="${escapeAttribute(uri, "/")}"`;
    const at = this.tagEnd - this.start;
    return source.slice(0, at) + declarations + source.slice(at);
  }

  // A prefix is looked up where it is used: declared by an open element inside, it needs nothing (declared in a
  // sibling subtree that has closed, it still needs the outer declaration).
  private need(prefix: string, uri: string): void {
    if ((this.declared.get(prefix) ?? 0) > 0 || this.outer.has(prefix)) return;
    if (prefix === "" && uri === this.namespace) return;
    this.outer.set(prefix, uri);
  }
}
