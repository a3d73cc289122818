/**
 * Writing a tree back in one of many spellings that XML says mean the same document: a namespace prefix, character
 * references, CDATA, comments and processing instructions between and inside values, members in another order,
 * CR LF or CR line ends, both forms of an empty element, white space inside tags, another XML declaration, a long
 * comment first (so that chunk boundaries fall inside the content). Each choice is drawn from `choices`, used
 * cyclically: all zeros is the plain spelling, and fast-check shrinks towards it.
 */
import type { Child, Element, Tree } from "./tree.js";
import { isElement, isLeaf } from "./tree.js";

export interface Spelling {
  readonly prefix: boolean;
  readonly lineEnd: "\n" | "\r\n" | "\r";
  readonly declaration: "plain" | "none" | "single-quoted";
  /** A comment this long before the root. */
  readonly pad: number;
  readonly choices: readonly number[];
}

export const plainSpelling: Spelling = { prefix: false, lineEnd: "\n", declaration: "plain", pad: 0, choices: [0] };

class Writer {
  private next = 0;
  private readonly out: string[] = [];

  constructor(private readonly s: Spelling) {}

  /** The next choice among `n`. */
  private pick(n: number): number {
    const c = this.s.choices[this.next++ % this.s.choices.length] ?? 0;
    return c % n;
  }

  private name(n: string): string {
    return this.s.prefix ? `p:${n}` : n;
  }

  private lines(text: string): string {
    return text.replace(/\n/g, this.s.lineEnd);
  }

  private space(): string {
    return ["", "\n  ", " ", "<!-- between -->", "<?cfxml-fuzz x?>", "\n\t\n"][this.pick(6)] as string;
  }

  private escape(text: string): string {
    let out = "";
    for (const ch of text) {
      const code = ch.codePointAt(0) as number;
      const special = ch === "<" ? "&lt;" : ch === "&" ? "&amp;" : ch === ">" ? "&gt;" : undefined;
      const how = this.pick(8);
      if (how === 1) out += `&#${code};`;
      else if (how === 2) out += `&#x${code.toString(16).toUpperCase()};`;
      else if (special !== undefined) out += special;
      else out += ch === "\n" ? this.s.lineEnd : ch;
    }
    return out;
  }

  private text(value: string): string {
    const cdataSafe = !value.includes("]]>");
    switch (this.pick(5)) {
      case 1:
        return cdataSafe ? `<![CDATA[${this.lines(value)}]]>` : this.escape(value);
      case 2: {
        const cut = this.pick(value.length + 1);
        return `${this.escape(value.slice(0, cut))}<!-- inside -->${this.escape(value.slice(cut))}`;
      }
      case 3: {
        const cut = this.pick(value.length + 1);
        const head = value.slice(0, cut);
        return cdataSafe && !head.endsWith("]")
          ? `<![CDATA[${this.lines(head)}]]>${this.escape(value.slice(cut))}`
          : this.escape(value);
      }
      default:
        return this.escape(value);
    }
  }

  private attributes(e: Element, root: boolean): string {
    return e.attributes
      .map(([n, v]) => {
        const name = root && this.s.prefix && n === "xmlns" ? "xmlns:p" : n;
        const quoted =
          this.pick(2) === 0
            ? `"${v.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;")}"`
            : `'${v.replace(/&/g, "&amp;").replace(/'/g, "&apos;").replace(/</g, "&lt;")}'`;
        return ` ${name}=${quoted}`;
      })
      .join("");
  }

  private tagEnd(): string {
    return ["", " ", "\n", "\t"][this.pick(4)] as string;
  }

  /** Members of a structure may come in any order; entries of a list (repeated names) may not. */
  private order(children: readonly Element[]): readonly Element[] {
    const names = new Set(children.map((c) => c.name));
    if (names.size !== children.length || children.length < 2 || this.pick(3) !== 0) return children;
    const out = [...children];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.pick(i + 1);
      [out[i], out[j]] = [out[j] as Element, out[i] as Element];
    }
    return out;
  }

  element(e: Element, root = false): void {
    const name = this.name(e.name);
    const open = `<${name}${this.attributes(e, root)}${this.tagEnd()}`;
    if (isLeaf(e)) {
      const value = e.children.map((c) => ("text" in c ? c.text : "")).join("");
      if (value === "" && this.pick(2) === 0) {
        this.out.push(`${open}/>`);
        return;
      }
      this.out.push(`${open}>${this.text(value)}</${name}${this.tagEnd()}>`);
      return;
    }
    this.out.push(`${open}>`);
    for (const child of this.order(e.children.filter((c: Child): c is Element => isElement(c)))) {
      this.out.push(this.lines(this.space()));
      this.element(child);
    }
    this.out.push(this.lines(this.space()), `</${name}${this.tagEnd()}>`);
  }

  document(t: Tree): string {
    const declaration = {
      plain: `<?xml version="1.0" encoding="UTF-8"?>\n`,
      none: "",
      "single-quoted": `<?xml version='1.0' encoding='UTF-8'?>\n`,
    }[this.s.declaration];
    this.out.push(this.lines(declaration));
    if (this.s.pad > 0) this.out.push(`<!--${"x".repeat(this.s.pad)}-->`, this.lines("\n"));
    this.element(t.root, true);
    this.out.push(this.lines("\n"));
    return this.out.join("");
  }
}

/** The tree written in the given spelling. */
export const spell = (t: Tree, s: Spelling): string => new Writer(s).document(t);
