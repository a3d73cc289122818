/**
 * The fast path for a whole document in memory: a reader of a strict subset of XML that builds the value directly
 * from the compiled schema (src/interpreters/compiled.ts), one method per node kind, without saxes.
 *
 * It is never the judge of a document. It accepts only what it is certain saxes reads the same way and the decoder
 * accepts without a word: elements without prefixes or attributes (but the root's `xmlns`), whitespace between
 * them, text with the predefined entities and character references, an optional `<?xml version="1.0"?>` declaration
 * (UTF-8 only), LF line ends; every value valid, every member known, every close check passed. At anything else (a
 * comment, PI, CDATA, DOCTYPE, prefix, attribute, CR, control character, surrogate or character past U+D7FF, an
 * unknown element, a value with an issue or a warning, a limit it comes near) it declines, and the caller decodes the
 * document with the saxes decoder from the start. So it reports nothing, and what it gives is exactly what the
 * saxes decoder gives: the value, no warnings, and with `positions`, the same start of every element.
 */
import type { List, Resolved, Scalar, Shapes } from "../schema/ast.js";
import { listProblem, structProblems } from "./closing.js";
import { listTable, structTable } from "./compiled.js";
import type { MemberEntry, StructTable } from "./compiled.js";
import type { DecodeResult, RootResolver, Target } from "./decoder.js";
import type { DecodeOptions } from "./options.js";
import { parseScalar } from "./scalars.js";

/** Thrown inside the reader when it meets what it does not take; caught at its entry. */
const DECLINE = new Error("cfxml fast path declined");

/**
 * The fast path reads recursively, a few stack frames per level. Every level must be a member of the schema, which
 * nests about 12 deep and never recursively, so this is only a guard: past it the fast path declines whatever
 * maxDepth allows, and no option or schema can make it overflow the stack.
 */
const DEEPEST = 100;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const AMP = 0x26;
const NL = 0x0a;
const TAB = 0x09;
const SPACE = 0x20;
const BRACKET = 0x5d;

// The only declaration taken: saxes reads it alike, and the decoder accepts these encodings (/^utf-?8$/i).
const DECLARATION = /<\?xml version=(?:"1\.0"|'1\.0')(?: encoding=(?:"[Uu][Tt][Ff]-?8"|'[Uu][Tt][Ff]-?8'))? ?\?>/y;
const XMLNS = /xmlns=(?:"([^"<&\t\n\r]*)"|'([^'<&\t\n\r]*)')/y;
const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const CHAR_REF = /#(?:([0-9]{1,7})|x([0-9a-fA-F]{1,6}));/y;
const ENTITY_NAME = /(lt|gt|amp|quot|apos);/y;

const isNameStart = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
const isNameChar = (c: number): boolean => isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;

type Place = { readonly line: number; readonly column: number };

/**
 * Reads `text` (the whole document, a leading byte order mark included) or returns `undefined` when the saxes decoder
 * must read it. `options` are resolved; the document size is the caller's to check (it counts bytes for bytes).
 */
export const fastDecode = <K extends Target>(
  text: string,
  resolve: RootResolver<K>,
  options: Required<DecodeOptions>,
  positions: boolean,
): DecodeResult<K> | undefined => {
  try {
    return new Reader<K>(text, options, positions).document(resolve);
  } catch (e) {
    if (e === DECLINE) return undefined;
    throw e;
  }
};

class Reader<K extends Target> {
  private i: number;
  private line = 1;
  /** Where the current line starts: columns count UTF-16 units from there (no surrogate is taken). */
  private lineStart: number;
  /** Where the last `<` was: a run of characters without one must stay below maxTextLength. */
  private lastLt: number;
  private shapes: Shapes = {};
  private depth = 0;
  private readonly deepest: number;
  /** Where the start tag `next` has just read begins. */
  private tagLine = 1;
  private tagColumn = 1;
  private readonly positions: Map<string, Place> | undefined;

  constructor(
    private readonly s: string,
    private readonly o: Required<DecodeOptions>,
    positions: boolean,
  ) {
    // The feeder drops one byte order mark before saxes sees the text: positions count from after it.
    this.i = s.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.lineStart = this.i;
    this.lastLt = this.i - 1;
    this.positions = positions ? new Map() : undefined;
    this.deepest = Math.min(o.maxDepth, DEEPEST);
  }

  document(resolve: RootResolver<K>): DecodeResult<K> {
    const s = this.s;
    if (s.startsWith("<?xml", this.i)) {
      DECLARATION.lastIndex = this.i;
      if (!DECLARATION.test(s)) throw DECLINE;
      this.i = DECLARATION.lastIndex;
    }
    this.space();
    const line = this.line;
    const column = this.column();
    const name = this.openName();
    const namespace = this.rootNamespace();
    const found = resolve(namespace, name);
    // Every child is in the root's default namespace (no prefix, no other xmlns is taken): it must be the kind's.
    if (!found.ok || found.kind.namespace !== namespace) throw DECLINE;
    this.shapes = found.kind.shapes;
    const path = this.positions === undefined ? "" : `/${name}`;
    this.positions?.set(path, { line, column });
    const value = this.struct(structTable(this.shapes, found.kind.node), name, path, false);
    this.space();
    if (this.i !== s.length || s.length - this.lastLt > this.o.maxTextLength) throw DECLINE;
    return this.positions === undefined
      ? { ok: true, kind: found.kind, value, warnings: [], warningsTruncated: false }
      : { ok: true, kind: found.kind, value, warnings: [], warningsTruncated: false, positions: this.positions };
  }

  private column(): number {
    return this.i - this.lineStart + 1;
  }

  /** Spaces, tabs and line feeds (a CR declines: saxes turns it into a line end of its own). */
  private space(): void {
    const s = this.s;
    let i = this.i;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === SPACE || c === TAB) i++;
      else if (c === NL) {
        i++;
        this.line++;
        this.lineStart = i;
      } else break;
    }
    this.i = i;
  }

  /** At a `<`: checks the run since the last one, and moves past it. */
  private lt(): void {
    if (this.i - this.lastLt > this.o.maxTextLength) throw DECLINE;
    this.lastLt = this.i;
    this.i++;
  }

  private name(): string {
    const s = this.s;
    const start = this.i;
    if (!isNameStart(s.charCodeAt(start))) throw DECLINE;
    let i = start + 1;
    while (isNameChar(s.charCodeAt(i))) i++;
    this.i = i;
    return s.slice(start, i);
  }

  /** `<Name`, the start of a start tag (a `<` followed by a name character: not `</`, `<!` or `<?`). */
  private openName(): string {
    if (this.s.charCodeAt(this.i) !== LT) throw DECLINE;
    this.lt();
    return this.name();
  }

  /** The rest of the root's start tag: nothing, or one `xmlns="…"`; its default namespace ("" without). */
  private rootNamespace(): string {
    const s = this.s;
    const before = this.i;
    this.space();
    let namespace = "";
    if (this.i > before && s.charCodeAt(this.i) === 0x78) {
      XMLNS.lastIndex = this.i;
      const m = XMLNS.exec(s);
      if (m === null) throw DECLINE;
      namespace = m[1] ?? m[2] ?? "";
      this.i = XMLNS.lastIndex;
      this.space();
    }
    // A self-closing root lacks its required members: the decoder says so.
    if (s.charCodeAt(this.i) !== GT) throw DECLINE;
    this.i++;
    return namespace;
  }

  /** The end of a child's start tag, after its name: true when it closed itself (`/>`). No attribute is taken. */
  private tagEnd(): boolean {
    this.space();
    const c = this.s.charCodeAt(this.i);
    if (c === GT) {
      this.i++;
      return false;
    }
    if (c === SLASH && this.s.charCodeAt(this.i + 1) === GT) {
      this.i += 2;
      return true;
    }
    throw DECLINE;
  }

  /** After the `<` of an end tag: `/Name`, spaces, `>` (the name compared in place, not sliced). */
  private endTag(name: string): void {
    const s = this.s;
    const at = this.i + 1;
    if (s.charCodeAt(this.i) !== SLASH || !s.startsWith(name, at) || isNameChar(s.charCodeAt(at + name.length)))
      throw DECLINE;
    this.i = at + name.length;
    this.space();
    if (this.s.charCodeAt(this.i) !== GT) throw DECLINE;
    this.i++;
  }

  /**
   * Inside an element that holds elements: whitespace, then either a child's start tag (true, `this.i` at its name)
   * or the element's own end tag (false, `this.i` past it).
   */
  private next(name: string): boolean {
    this.space();
    if (this.s.charCodeAt(this.i) !== LT) throw DECLINE;
    this.tagLine = this.line;
    this.tagColumn = this.i - this.lineStart + 1;
    this.lt();
    if (this.s.charCodeAt(this.i) !== SLASH) return true;
    this.endTag(name);
    return false;
  }

  /** Whether the name at `this.i` is `name`, whole; if so, moves past it. */
  private named(name: string): boolean {
    const s = this.s;
    const i = this.i;
    if (!s.startsWith(name, i) || isNameChar(s.charCodeAt(i + name.length))) return false;
    this.i = i + name.length;
    return true;
  }

  /**
   * Which member's name is at `this.i`, looked for from `from` on (members usually come in wire order, so the next
   * one is the first tried), then from the start. Names are compared in place: nothing is sliced or hashed.
   */
  private member(t: StructTable, from: number): number {
    const names = t.names;
    const c = this.s.charCodeAt(this.i);
    for (let k = from; k < names.length; k++)
      if ((names[k] as string).charCodeAt(0) === c && this.named(names[k] as string)) return k;
    for (let k = 0; k < from; k++)
      if ((names[k] as string).charCodeAt(0) === c && this.named(names[k] as string)) return k;
    throw DECLINE;
  }

  /** A child whose name `next` has just read: its value, read by its node's kind. */
  private child(node: Resolved, name: string, path: string): unknown {
    if (this.positions !== undefined) this.positions.set(path, { line: this.tagLine, column: this.tagColumn });
    const empty = this.tagEnd();
    switch (node._tag) {
      case "struct":
        return this.struct(structTable(this.shapes, node), name, path, empty);
      case "list":
        return this.list(node, name, path, empty);
      case "repeated":
        throw DECLINE;
      default:
        return this.scalar(node, name, empty);
    }
  }

  private struct(t: StructTable, name: string, path: string, empty: boolean): Record<string, unknown> {
    if (++this.depth >= this.deepest) throw DECLINE;
    const value: Record<string, unknown> = {};
    if (!empty) {
      let k = 0;
      while (this.next(name)) {
        k = this.member(t, k);
        const child = t.names[k] as string;
        const m = t.entries[k] as MemberEntry;
        if (m.entry !== undefined) {
          const entries = (value[child] ??= []) as unknown[];
          const at = this.positions === undefined ? "" : `${path}/${child}[${entries.length + 1}]`;
          entries.push(this.child(m.entry, child, at));
          continue;
        }
        if (Object.hasOwn(value, child)) throw DECLINE;
        value[child] = this.child(m.node, child, this.positions === undefined ? "" : `${path}/${child}`);
      }
    }
    if (structProblems(t, name, value, undefined, 0).length > 0) throw DECLINE;
    this.depth--;
    return value;
  }

  private list(node: List, name: string, path: string, empty: boolean): unknown[] {
    if (++this.depth >= this.deepest) throw DECLINE;
    const entry = listTable(this.shapes, node).entry;
    const items: unknown[] = [];
    if (!empty) {
      const item = node.item;
      while (this.next(name)) {
        if (!this.named(item)) throw DECLINE;
        items.push(this.child(entry, item, this.positions === undefined ? "" : `${path}/${item}[${items.length + 1}]`));
      }
    }
    if (listProblem(node, name, items.length) !== undefined) throw DECLINE;
    this.depth--;
    return items;
  }

  private scalar(node: Scalar, name: string, empty: boolean): unknown {
    const text = empty ? "" : this.text(name);
    const parsed = parseScalar(node, text);
    if (!parsed.ok || parsed.note !== undefined) throw DECLINE;
    return parsed.value;
  }

  /** A value's text, entities decoded, up to and past its end tag. */
  private text(name: string): string {
    const s = this.s;
    let i = this.i;
    let start = i;
    let out = "";
    for (;;) {
      const c = s.charCodeAt(i);
      // Letters and most punctuation first: one test each.
      if (c > GT && c < 0xd800) {
        i++;
        continue;
      }
      if (c === LT) break;
      if (c === AMP) {
        out += s.slice(start, i);
        i = this.entity(i + 1);
        out += this.decoded;
        start = i;
        continue;
      }
      if (c < SPACE) {
        // NaN (the end of the text) fails every test below, and declines with the other characters.
        if (c === NL) {
          this.line++;
          this.lineStart = i + 1;
        } else if (c !== TAB) throw DECLINE;
      } else if (c >= 0xd800 || (c === GT && s.charCodeAt(i - 1) === BRACKET && s.charCodeAt(i - 2) === BRACKET))
        throw DECLINE;
      else if (Number.isNaN(c)) throw DECLINE;
      i++;
    }
    out = start === this.i ? s.slice(start, i) : out + s.slice(start, i);
    if (out.length > this.o.maxTextLength) throw DECLINE;
    this.i = i;
    this.lt();
    this.endTag(name);
    return out;
  }

  private decoded = "";

  /** After a `&`: a predefined entity or a character reference XML allows, its text in `decoded`; where it ends. */
  private entity(at: number): number {
    const s = this.s;
    if (s.charCodeAt(at) === 0x23) {
      CHAR_REF.lastIndex = at;
      const m = CHAR_REF.exec(s);
      if (m === null) throw DECLINE;
      const code = m[1] !== undefined ? parseInt(m[1], 10) : parseInt(m[2] as string, 16);
      // A CR, a character past U+D7FF or a character XML 1.0 lacks: the decoder decides.
      if (!(code === TAB || code === NL || (code >= SPACE && code < 0xd800))) throw DECLINE;
      this.decoded = String.fromCharCode(code);
      return CHAR_REF.lastIndex;
    }
    ENTITY_NAME.lastIndex = at;
    const m = ENTITY_NAME.exec(s);
    if (m === null) throw DECLINE;
    this.decoded = NAMED[m[1] as string] as string;
    return ENTITY_NAME.lastIndex;
  }
}
