/**
 * The streaming XML decoder: one saxes pass, a stack of frames, no DOM.
 *
 * Each open element pushes a frame chosen by walking the schema (structure, list, scalar, or a subtree that is
 * skipped or captured); each close parses, checks and hands the value to its parent. Problems are collected as
 * data with their path and position; saxes errors and hostile-input limits are fatal and stop the parse at once.
 * Elements are accepted in any order (the encoder writes model order).
 */
import type { SaxesAttributeNS, SaxesTagNS } from "saxes";
import type { List, Member, Node, Resolved, Scalar, Shapes, Struct } from "../schema/ast.js";
import { resolve } from "../schema/resolve.js";
import type { DecodeFailure, DecodeIssue, IssueCode } from "../errors.js";
import { unknownElements } from "../unknown.js";
import type { UnknownElement, XmlElement } from "../unknown.js";
import { attributesOf, declareOuterNamespaces } from "./capture.js";
import { codePointCount, Parser } from "./sax.js";
import { emptyItemsProblem, lengthProblem, quantityProblem } from "./lists.js";
import { parseScalar } from "./scalars.js";

export interface DecodeOptions {
  /** What to do with elements the version does not define: report them (default), drop them, or keep them. */
  readonly unknown?: "error" | "skip" | "preserve";
  /**
   * List entries written directly in their wrapper, without `<Items>` (as the 2012-07-01 API reference's example
   * response does with `<KeyPairId>`): an error naming the missing wrapper (default), or accepted with a warning.
   */
  readonly unwrappedItems?: "error" | "accept";
  /** Stop collecting after this many issues (default 100). */
  readonly maxErrors?: number;
  /** Deepest element nesting accepted (default 64; CloudFront documents need about 12). */
  readonly maxDepth?: number;
  /** Longest run of text, attribute or markup without a `<` (default 1 MiB characters). */
  readonly maxTextLength?: number;
  /** Largest document: bytes for binary input, UTF-16 code units for strings (default 32 MiB). */
  readonly maxDocumentSize?: number;
}

export const defaults = {
  unknown: "error",
  unwrappedItems: "error",
  maxErrors: 100,
  maxDepth: 64,
  maxTextLength: 1 << 20,
  maxDocumentSize: 32 << 20,
} as const satisfies Required<DecodeOptions>;

/** What the root element turned out to be, or why it is not one we read. */
export type RootResolution<R> =
  | { readonly ok: true; readonly shapes: Shapes; readonly node: Struct; readonly namespace: string; readonly info: R }
  | { readonly ok: false; readonly code: IssueCode; readonly message: string; readonly expected?: string; readonly actual?: string };

export type RootResolver<R> = (namespace: string, localName: string) => RootResolution<R>;

export type DecodeResult<R> =
  | { readonly ok: true; readonly info: R; readonly value: unknown; readonly warnings: readonly DecodeIssue[] }
  | { readonly ok: false; readonly failure: DecodeFailure };

const enum Kind {
  Struct,
  List,
  Scalar,
  Skip,
  Capture,
}

/** Frames are reused (a free list): allocation dominated the profile before. */
interface Frame {
  kind: Kind;
  node: Resolved | undefined;
  /** Structure: its members by element name. */
  members: ReadonlyMap<string, Member> | undefined;
  /** The element's local name, and its 1-based position when it is a list entry (0 otherwise). */
  name: string;
  index: number;
  line: number;
  column: number;
  /** Structure: the object; list: the array; capture: the element being captured. */
  value: any;
  text: string;
  /** Structure: the last known member seen (where a preserved unknown element goes back). */
  last: string | null;
  unknown: UnknownElement[] | undefined;
  reportedText: boolean;
  /** An entry read without its `<Items>` wrapper: it goes into the wrapper's `Items`. */
  unwrapped: boolean;
  quantityLine: number;
  quantityColumn: number;
  /** Capture: namespace prefixes declared inside the captured subtree. */
  declared: Set<string> | undefined;
}

/** Stands for a member whose text was invalid, so that it is not also reported missing. */
const INVALID = Symbol("invalid");
const ABORT = new Error("cfxml decode aborted");
// XML's whitespace only (a loop: the regex showed in profiles, once per indentation run).
const isWhitespace = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
};

export class Decoder<R> {
  private readonly parser: Parser;
  private readonly stack: Frame[] = [];
  private readonly free: Frame[] = [];
  private readonly issues: DecodeIssue[] = [];
  private readonly warnings: DecodeIssue[] = [];
  private readonly opts: Required<DecodeOptions>;
  private readonly rootOnly: boolean;
  private namespace = "";
  private shapes: Shapes = {};
  private info: R | undefined;
  private result: unknown;
  private truncated = false;
  private stopped = false;
  private size = 0;
  private run = 0;
  private tagLine = 1;
  private tagColumn = 1;
  /** The text being parsed and the end of the one before, to place a start tag split by a newline. */
  private piece = "";
  private pieceStart = 0;
  private previousPiece = "";
  /** Where the last close happened, what it had reported and whom it closed, in case saxes then rejects the end tag. */
  private closePosition = -1;
  private closeIssues = 0;
  private closeSegment = "";

  constructor(
    private readonly resolve: RootResolver<R>,
    options: DecodeOptions & { readonly rootOnly?: boolean } = {},
  ) {
    const { rootOnly = false, ...rest } = options;
    this.opts = { ...defaults, ...rest };
    this.rootOnly = rootOnly;
    this.parser = new Parser({
      xmldecl: (decl) => this.onXmlDecl(decl.version, decl.encoding),
      doctype: () => this.fatal("doctype_forbidden", "a DOCTYPE is not allowed (no DTDs, no custom entities)"),
      opentagstart: (tag) => this.onOpenStart(tag.name),
      opentag: (tag) => this.onOpen(tag),
      text: (text) => this.onText(text),
      cdata: (text) => this.onText(text),
      closetag: () => this.onClose(),
      error: (err) => this.onSaxesError(err.message.replace(/^\d+:\d+: /, "")),
    });
  }

  /** Feeds the next piece of the document; returns false once decoding has stopped. */
  write(piece: string, countedAsBytes = false): boolean {
    if (this.stopped) return false;
    return this.guard(() => {
      let text = piece;
      if (!countedAsBytes) {
        // Parse up to the limit, so that the error says where the document became too large.
        const room = this.opts.maxDocumentSize - this.size;
        this.size += piece.length;
        if (piece.length > room) text = piece.slice(0, Math.max(0, room));
      }
      this.pieceStart += this.piece.length;
      this.previousPiece = this.piece.slice(-4096);
      this.piece = text;
      this.parser.write(this.checkRun(text));
      this.checkSize();
    });
  }

  /** Accounts input size in bytes instead of characters (binary input). */
  countBytes(bytes: number): boolean {
    if (this.stopped) return false;
    this.size += bytes;
    return this.guard(() => this.checkSize());
  }

  /** Stops with a fatal issue at the character after the last one read (for bytes that never became text). */
  abort(code: IssueCode, message: string, actual?: string): void {
    if (this.stopped) return;
    this.guard(() => this.fatal(code, message, undefined, actual, { line: this.parser.line, column: this.parser.column + 1 }));
  }

  end(): DecodeResult<R> {
    if (!this.stopped) this.guard(() => void this.parser.close());
    this.stopped = true;
    if (this.issues.length > 0 || this.info === undefined) {
      // Document order: a missing member is found when its parent closes but belongs at the parent's start.
      const issues = [...this.issues].sort((a, b) => a.line - b.line || a.column - b.column);
      return { ok: false, failure: { issues, truncated: this.truncated } };
    }
    return { ok: true, info: this.info, value: this.result, warnings: this.warnings };
  }

  private guard(action: () => void): boolean {
    try {
      action();
    } catch (e) {
      if (e !== ABORT) throw e;
      this.stopped = true;
    }
    return !this.stopped;
  }

  private onXmlDecl(version: string | undefined, encoding: string | undefined): void {
    if (version !== undefined && version !== "1.0") this.fatal("malformed_xml", `XML version ${version} is not supported`, "1.0", version);
    if (encoding !== undefined && !/^utf-?8$/i.test(encoding)) {
      this.fatal("unsupported_encoding", `the document declares encoding ${encoding}; only UTF-8 is read`, "UTF-8", encoding);
    }
  }

  // saxes pops and closes an element before it sees that the end tag names another one; what that close
  // reported is withdrawn, and the error belongs to the element whose end tag was wrong.
  private onSaxesError(message: string): never {
    if (this.closePosition === this.parser.position) {
      this.issues.length = this.closeIssues;
      this.report("malformed_xml", message, this.path(this.closeSegment), this.parser.line, Math.max(1, this.parser.column));
      throw ABORT;
    }
    return this.fatal("malformed_xml", message);
  }

  // saxes' column counts the characters read on the line, the last being the name's terminator. When that
  // terminator is a newline the line has already advanced, so the start is found in the text itself.
  private onOpenStart(name: string): void {
    const p = this.parser;
    if (p.column > name.length) {
      this.tagLine = p.line;
      this.tagColumn = p.column - name.length - 1;
      return;
    }
    this.tagLine = p.line - 1;
    const text = this.previousPiece + this.piece;
    const end = p.position - this.pieceStart + this.previousPiece.length;
    const lt = text.lastIndexOf("<" + name, end);
    const lineStart = Math.max(text.lastIndexOf("\n", lt), text.lastIndexOf("\r", lt)) + 1;
    this.tagColumn = codePointCount(text, lineStart, lt) + 1;
  }

  private checkSize(): void {
    if (this.size > this.opts.maxDocumentSize) {
      this.fatal("document_too_large", `the document is larger than maxDocumentSize (${this.opts.maxDocumentSize})`);
    }
  }

  // saxes buffers text until the next tag, so an endless text node is caught here, before saxes sees it:
  // the piece is fed only up to the point where the run of characters without a `<` grows too long.
  // (Feeding whole pieces matters: slicing them made saxes' hot loop 5× slower, measured on 1 MB.)
  private checkRun(piece: string): string {
    const max = this.opts.maxTextLength;
    let from = 0;
    let run = this.run;
    for (;;) {
      const lt = piece.indexOf("<", from);
      const end = lt === -1 ? piece.length : lt;
      if (run + end - from > max) {
        this.parser.write(piece.slice(0, from + (max - run)));
        this.fatal("text_too_long", `more than maxTextLength (${max}) characters without markup`);
      }
      if (lt === -1) {
        this.run = run + end - from;
        return piece;
      }
      run = 0;
      from = lt + 1;
    }
  }

  private path(extra?: string): string {
    let p = "";
    for (const f of this.stack) p += "/" + segment(f);
    return extra === undefined ? p : p + "/" + extra;
  }

  private report(code: IssueCode, message: string, path: string, line: number, column: number, expected?: string, actual?: string): void {
    if (this.issues.length >= this.opts.maxErrors) {
      this.truncated = true;
      throw ABORT;
    }
    const issue: { -readonly [K in keyof DecodeIssue]: DecodeIssue[K] } = { code, path, line, column, message };
    if (expected !== undefined) issue.expected = expected;
    if (actual !== undefined) issue.actual = actual;
    this.issues.push(issue);
  }

  /** Stops decoding; the position is where saxes stands (the last character read) unless given. */
  private fatal(code: IssueCode, message: string, expected?: string, actual?: string, at?: { line: number; column: number }): never {
    const path = this.path() || "/";
    this.report(code, message, path, at?.line ?? this.parser.line, at?.column ?? Math.max(1, this.parser.column), expected, actual);
    throw ABORT;
  }

  private push(kind: Kind, node: Resolved | undefined, name: string, index: number, value: unknown): Frame {
    const f = this.free.pop() ?? ({} as Frame);
    f.kind = kind;
    f.node = node;
    f.members = kind === Kind.Struct ? membersOf(node as Struct) : undefined;
    f.name = name;
    f.index = index;
    f.line = this.tagLine;
    f.column = this.tagColumn;
    f.value = value;
    f.text = "";
    f.last = null;
    f.unknown = undefined;
    f.reportedText = false;
    f.unwrapped = false;
    f.quantityLine = 0;
    f.quantityColumn = 0;
    f.declared = undefined;
    this.stack.push(f);
    return f;
  }

  private pushNode(n: Node, name: string, index: number): void {
    const node = resolve(this.shapes, n);
    switch (node._tag) {
      case "struct":
        this.push(Kind.Struct, node, name, index, {});
        return;
      case "list":
        this.push(Kind.List, node, name, index, []);
        return;
      default:
        this.push(Kind.Scalar, node, name, index, undefined);
    }
  }

  private onOpen(tag: SaxesTagNS): void {
    const stack = this.stack;
    if (stack.length >= this.opts.maxDepth) {
      this.fatal("too_deep", `elements nest deeper than maxDepth (${this.opts.maxDepth})`, undefined, undefined, { line: this.tagLine, column: this.tagColumn });
    }
    const parent = stack[stack.length - 1];
    if (parent === undefined) return this.openRoot(tag);
    switch (parent.kind) {
      case Kind.Skip:
        this.push(Kind.Skip, undefined, tag.local, 0, undefined);
        return;
      case Kind.Capture:
        return this.capture(tag, parent);
      case Kind.Scalar:
        this.report("unexpected_element", `<${tag.name}> inside a text value`, this.path(tag.local), this.tagLine, this.tagColumn, "text", `<${tag.name}>`);
        this.push(Kind.Skip, undefined, tag.local, 0, undefined);
        return;
      case Kind.Struct: {
        const member = tag.uri === this.namespace ? (parent.members as ReadonlyMap<string, Member>).get(tag.local) : undefined;
        if (member === undefined) {
          const items = (parent.node as Struct).quantity ? ((parent.members as ReadonlyMap<string, Member>).get("Items")?.node as List) : undefined;
          if (items !== undefined && tag.uri === this.namespace && tag.local === items.item) return this.unwrappedItem(tag, parent, items);
          return this.unknown(tag, parent, parent.last);
        }
        if (Object.hasOwn(parent.value, tag.local)) {
          this.report("duplicate_element", `<${tag.local}> appears more than once`, this.path(tag.local), this.tagLine, this.tagColumn);
          this.push(Kind.Skip, undefined, tag.local, 0, undefined);
          return;
        }
        this.checkAttributes(tag);
        return this.pushNode(member.node, tag.local, 0);
      }
      case Kind.List: {
        const list = parent.node as List;
        if (tag.uri !== this.namespace || tag.local !== list.item) return this.unknown(tag, parent, parent.value.length);
        const index = parent.value.length + 1;
        this.checkAttributes(tag, index);
        return this.pushNode(list.node, tag.local, index);
      }
    }
  }

  // The entry is read into Items either way, so that nothing else (Quantity) is reported because of it.
  private unwrappedItem(tag: SaxesTagNS, parent: Frame, items: List): void {
    const entries = parent.value["Items"] as unknown[] | undefined;
    const index = (entries?.length ?? 0) + 1;
    const path = this.path(`${tag.local}[${index}]`);
    if (this.opts.unwrappedItems === "accept") {
      this.warnings.push({ code: "missing_items_wrapper", path, line: this.tagLine, column: this.tagColumn, message: `<${tag.local}> directly inside <${parent.name}> was read as if inside <Items>`, expected: "<Items>" });
    } else {
      this.report(
        "missing_items_wrapper",
        `<${tag.local}> must be inside <Items>: <${parent.name}><Quantity>n</Quantity><Items><${tag.local}>…</${tag.local}></Items></${parent.name}> (unwrappedItems: "accept" reads it anyway)`,
        path,
        this.tagLine,
        this.tagColumn,
        "<Items>",
        `<${tag.name}>`,
      );
    }
    if (entries === undefined) parent.value["Items"] = [];
    this.pushNode(items.node, tag.local, index);
    (this.stack[this.stack.length - 1] as Frame).unwrapped = true;
  }

  private openRoot(tag: SaxesTagNS): void {
    const resolved = this.resolve(tag.uri, tag.local);
    if (!resolved.ok) {
      this.report(resolved.code, resolved.message, `/${tag.local}`, this.tagLine, this.tagColumn, resolved.expected, resolved.actual);
      throw ABORT;
    }
    this.namespace = resolved.namespace;
    this.shapes = resolved.shapes;
    this.info = resolved.info;
    // `detect` needs nothing past the root's start tag.
    if (this.rootOnly) throw ABORT;
    this.push(Kind.Struct, resolved.node, tag.local, 0, {});
    this.checkAttributes(tag, 0, true);
  }

  /** Checks a known element's attributes; call before pushing its frame (or after, for the root). */
  private checkAttributes(tag: SaxesTagNS, index = 0, pushed = false): void {
    for (const name in tag.attributes) {
      const attr = tag.attributes[name] as SaxesAttributeNS;
      if (attr.prefix === "xmlns" || attr.name === "xmlns" || this.opts.unknown === "skip") continue;
      this.report(
        "unexpected_attribute",
        `attribute ${name} on <${tag.local}>: CloudFront elements have no attributes`,
        pushed ? this.path() : this.path(index === 0 ? tag.local : `${tag.local}[${index}]`),
        this.tagLine,
        this.tagColumn,
        undefined,
        `${name}="${attr.value}"`,
      );
    }
  }

  private unknown(tag: SaxesTagNS, parent: Frame, after: string | number | null): void {
    const mode = this.opts.unknown;
    if (mode === "preserve") {
      const element: XmlElement = { name: tag.name, attributes: attributesOf(tag), children: [] };
      (parent.unknown ??= []).push({ after, element });
      const frame = this.push(Kind.Capture, undefined, tag.local, 0, element);
      frame.declared = new Set();
      return declareOuterNamespaces(tag, frame.declared as Set<string>, element, this.namespace);
    }
    if (mode === "error") {
      const where = tag.uri === this.namespace ? `in this version (${this.namespace})` : `in namespace "${tag.uri}"`;
      const expected = parent.kind === Kind.List ? `<${(parent.node as List).item}>` : undefined;
      this.report("unknown_element", `<${tag.local}> is not defined here ${where}`, this.path(tag.local), this.tagLine, this.tagColumn, expected, `<${tag.name}>`);
    }
    this.push(Kind.Skip, undefined, tag.local, 0, undefined);
  }

  private capture(tag: SaxesTagNS, parent: Frame): void {
    const element: XmlElement = { name: tag.name, attributes: attributesOf(tag), children: [] };
    (parent.value.children as (XmlElement | string)[]).push(element);
    const frame = this.push(Kind.Capture, undefined, tag.local, 0, element);
    frame.declared = parent.declared;
    declareOuterNamespaces(tag, frame.declared as Set<string>, this.captureRoot(), this.namespace);
  }

  private captureRoot(): XmlElement {
    let i = this.stack.length - 1;
    while (i > 0 && (this.stack[i - 1] as Frame).kind === Kind.Capture) i--;
    return (this.stack[i] as Frame).value as XmlElement;
  }

  private onText(text: string): void {
    const frame = this.stack[this.stack.length - 1];
    if (frame === undefined) return;
    if (text.length > this.opts.maxTextLength) {
      this.fatal("text_too_long", `a text node is longer than maxTextLength (${this.opts.maxTextLength})`);
    }
    switch (frame.kind) {
      case Kind.Scalar:
        frame.text += text;
        return;
      case Kind.Capture:
        (frame.value.children as (XmlElement | string)[]).push(text);
        return;
      case Kind.Skip:
        return;
      default:
        if (frame.reportedText || isWhitespace(text)) return;
        frame.reportedText = true;
        this.report(
          "unexpected_text",
          `text inside <${frame.name}>, which holds only elements`,
          this.path(),
          this.parser.line,
          Math.max(1, this.parser.column),
          "elements",
          JSON.stringify(text.trim().slice(0, 40)),
        );
    }
  }

  private onClose(): void {
    const frame = this.stack.pop() as Frame;
    this.closePosition = this.parser.position;
    this.closeIssues = this.issues.length;
    this.closeSegment = segment(frame);
    if (frame.kind !== Kind.Skip && frame.kind !== Kind.Capture) this.deliver(frame, this.close(frame));
    this.free.push(frame);
  }

  private close(frame: Frame): unknown {
    switch (frame.kind) {
      case Kind.Scalar: {
        const parsed = parseScalar(frame.node as Scalar, frame.text);
        if (parsed.ok) return parsed.value;
        const { code, message, expected } = parsed.problem;
        this.report(code, `<${frame.name}>: ${message}`, this.path(segment(frame)), frame.line, frame.column, expected, frame.text);
        return INVALID;
      }
      case Kind.Struct:
        return this.closeStruct(frame);
      default:
        return this.closeList(frame);
    }
  }

  private deliver(frame: Frame, value: unknown): void {
    const parent = this.stack[this.stack.length - 1];
    if (parent === undefined) {
      this.result = value;
      return;
    }
    if (parent.kind === Kind.List) {
      parent.value.push(value);
      return;
    }
    if (frame.unwrapped) {
      (parent.value["Items"] as unknown[]).push(value);
      return;
    }
    parent.value[frame.name] = value;
    parent.last = frame.name;
    if (frame.name === "Quantity") {
      parent.quantityLine = frame.line;
      parent.quantityColumn = frame.column;
    }
  }

  private closeStruct(frame: Frame): unknown {
    const node = frame.node as Struct;
    const value = frame.value as Record<string, unknown>;
    for (const name of requiredMembers(node)) {
      if (!Object.hasOwn(value, name)) {
        this.report("missing_element", `<${frame.name}> lacks the required <${name}>`, this.path(`${segment(frame)}/${name}`), frame.line, frame.column, `<${name}>`);
      }
    }
    if (node.quantity) this.checkQuantity(frame, node, value);
    if (frame.unknown !== undefined) Object.defineProperty(value, unknownElements, { value: frame.unknown, enumerable: true, writable: true, configurable: true });
    return value;
  }

  private checkQuantity(frame: Frame, node: Struct, value: Record<string, unknown>): void {
    const quantity = value["Quantity"];
    const items = value["Items"];
    if (typeof quantity !== "number" || (items !== undefined && !Array.isArray(items))) return;
    const p = quantityProblem(node, quantity, items === undefined ? 0 : (items as unknown[]).length);
    if (p !== undefined) this.report(p.code, `<Quantity> ${p.message}`, this.path(`${segment(frame)}/Quantity`), frame.quantityLine, frame.quantityColumn, p.expected, p.actual);
  }

  private closeList(frame: Frame): unknown {
    const items = frame.value as unknown[];
    const parent = this.stack[this.stack.length - 1];
    const wrapper = parent?.kind === Kind.Struct && frame.name === "Items" ? (parent.node as Struct) : undefined;
    for (const p of [lengthProblem(frame.node as List, items.length), wrapper && emptyItemsProblem(wrapper, items.length)]) {
      if (p !== undefined) this.report(p.code, `<${frame.name}> ${p.message}`, this.path(segment(frame)), frame.line, frame.column, p.expected, p.actual);
    }
    if (frame.unknown !== undefined) Object.defineProperty(items, unknownElements, { value: frame.unknown, enumerable: true, writable: true, configurable: true });
    return items;
  }
}


const segment = (f: Frame): string => (f.index === 0 ? f.name : `${f.name}[${f.index}]`);

const memberMaps = new WeakMap<Struct, ReadonlyMap<string, Member>>();
const membersOf = (node: Struct): ReadonlyMap<string, Member> => {
  let map = memberMaps.get(node);
  if (map === undefined) memberMaps.set(node, (map = new Map(Object.entries(node.members))));
  return map;
};

const requiredCache = new WeakMap<Struct, readonly string[]>();
const requiredMembers = (node: Struct): readonly string[] => {
  let names = requiredCache.get(node);
  if (names === undefined) {
    names = Object.keys(node.members).filter((name) => node.members[name]?.required === true);
    requiredCache.set(node, names);
  }
  return names;
};
