/**
 * The streaming XML decoder: one saxes pass, a stack of frames, no DOM.
 *
 * Each open element pushes a frame chosen by walking the schema (structure, list, scalar, or a subtree that is
 * skipped or captured); each close parses, checks and hands the value to its parent. Problems are collected as
 * data with their path and position; saxes errors and hostile-input limits are fatal and stop the parse at once.
 * Elements are accepted in any order (the encoder writes model order).
 */
import { SaxesParser } from "saxes";
import type { SaxesAttributeNS, SaxesTagNS } from "saxes";
import type { List, Node, Struct } from "../schema/ast.js";
import type { DecodeFailure, DecodeIssue, IssueCode } from "../errors.js";
import { unknownElements } from "../unknown.js";
import type { UnknownElement, XmlElement } from "../unknown.js";
import { parseScalar } from "./scalars.js";

export interface DecodeOptions {
  /** What to do with elements the version does not define: report them (default), drop them, or keep them. */
  readonly unknown?: "error" | "skip" | "preserve";
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
  maxErrors: 100,
  maxDepth: 64,
  maxTextLength: 1 << 20,
  maxDocumentSize: 32 << 20,
} as const satisfies Required<DecodeOptions>;

/** What the root element turned out to be, or why it is not one we read. */
export type RootResolution<R> =
  | { readonly ok: true; readonly node: Struct; readonly namespace: string; readonly info: R }
  | { readonly ok: false; readonly code: IssueCode; readonly message: string; readonly expected?: string; readonly actual?: string };

export type RootResolver<R> = (namespace: string, localName: string) => RootResolution<R>;

export type DecodeResult<R> =
  | { readonly ok: true; readonly info: R; readonly value: unknown }
  | { readonly ok: false; readonly failure: DecodeFailure };

const enum Kind {
  Struct,
  List,
  Scalar,
  Skip,
  Capture,
}

interface Frame {
  readonly kind: Kind;
  readonly node: Node | undefined;
  /** Path segment: the element name, with `[n]` for list entries. */
  readonly segment: string;
  readonly line: number;
  readonly column: number;
  /** Structure: the object; list: the array; capture: the element being captured. */
  readonly value: any;
  text: string;
  /** Structure: the last known member seen (where a preserved unknown element goes back). */
  last: string | null;
  unknown: UnknownElement[] | undefined;
  reportedText: boolean;
  quantityLine: number;
  quantityColumn: number;
  /** Capture: namespace prefixes declared inside the captured subtree. */
  declared: Set<string> | undefined;
}

/** Stands for a member whose text was invalid, so that it is not also reported missing. */
const INVALID = Symbol("invalid");
const ABORT = new Error("cfxml decode aborted");
const WHITESPACE = /^[ \t\r\n]*$/;

export class Decoder<R> {
  private readonly parser: SaxesParser<{ xmlns: true; position: true }>;
  private readonly stack: Frame[] = [];
  private readonly issues: DecodeIssue[] = [];
  private readonly opts: Required<DecodeOptions>;
  private readonly rootOnly: boolean;
  private namespace = "";
  private info: R | undefined;
  private result: unknown;
  private truncated = false;
  private stopped = false;
  private size = 0;
  private run = 0;
  private tagLine = 1;
  private tagColumn = 1;

  constructor(
    private readonly resolve: RootResolver<R>,
    options: DecodeOptions & { readonly rootOnly?: boolean } = {},
  ) {
    const { rootOnly = false, ...rest } = options;
    this.opts = { ...defaults, ...rest };
    this.rootOnly = rootOnly;
    const p = (this.parser = new SaxesParser({ xmlns: true, position: true }));
    p.on("xmldecl", (decl) => this.onXmlDecl(decl.version, decl.encoding));
    p.on("doctype", () => this.fatal("doctype_forbidden", "a DOCTYPE is not allowed (no DTDs, no custom entities)"));
    p.on("opentagstart", (tag) => {
      // saxes' column is the count of characters read on the line; the name's terminator was the last one.
      this.tagLine = p.line;
      this.tagColumn = Math.max(1, p.column - tag.name.length - 1);
    });
    p.on("opentag", (tag) => this.onOpen(tag));
    p.on("text", (text) => this.onText(text));
    p.on("cdata", (text) => this.onText(text));
    p.on("closetag", () => this.onClose());
    p.on("error", (err) => this.fatal("malformed_xml", err.message.replace(/^\d+:\d+: /, "")));
  }

  /** Feeds the next piece of the document; returns false once decoding has stopped. */
  write(piece: string): boolean {
    if (this.stopped) return false;
    this.size += piece.length;
    return this.guard(() => {
      this.checkRun(piece);
      this.parser.write(piece);
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
      return { ok: false, failure: { issues: this.issues, truncated: this.truncated } };
    }
    return { ok: true, info: this.info, value: this.result };
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

  private checkSize(): void {
    if (this.size > this.opts.maxDocumentSize) {
      this.fatal("document_too_large", `the document is larger than maxDocumentSize (${this.opts.maxDocumentSize})`);
    }
  }

  // saxes buffers text until the next tag, so an endless text node is caught here, before it is buffered.
  private checkRun(piece: string): void {
    this.checkSize();
    const lt = piece.lastIndexOf("<");
    this.run = lt === -1 ? this.run + piece.length : piece.length - lt - 1;
    if (this.run > this.opts.maxTextLength) {
      this.fatal("text_too_long", `more than maxTextLength (${this.opts.maxTextLength}) characters without markup`);
    }
  }

  private onXmlDecl(version: string | undefined, encoding: string | undefined): void {
    if (version !== undefined && version !== "1.0") this.fatal("malformed_xml", `XML version ${version} is not supported`, "1.0", version);
    if (encoding !== undefined && !/^utf-?8$/i.test(encoding)) {
      this.fatal("unsupported_encoding", `the document declares encoding ${encoding}; only UTF-8 is read`, "UTF-8", encoding);
    }
  }

  private path(extra?: string): string {
    let p = "";
    for (const f of this.stack) p += "/" + f.segment;
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

  private push(kind: Kind, node: Node | undefined, segment: string, value: unknown): void {
    this.stack.push({
      kind,
      node,
      segment,
      line: this.tagLine,
      column: this.tagColumn,
      value,
      text: "",
      last: null,
      unknown: undefined,
      reportedText: false,
      quantityLine: 0,
      quantityColumn: 0,
      declared: undefined,
    });
  }

  private pushNode(node: Node, segment: string): void {
    switch (node._tag) {
      case "struct":
        return this.push(Kind.Struct, node, segment, {});
      case "list":
        return this.push(Kind.List, node, segment, []);
      default:
        return this.push(Kind.Scalar, node, segment, undefined);
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
        return this.push(Kind.Skip, undefined, tag.local, undefined);
      case Kind.Capture:
        return this.capture(tag, parent);
      case Kind.Scalar:
        this.report("unexpected_element", `<${tag.name}> inside a text value`, this.path(tag.local), this.tagLine, this.tagColumn, "text", `<${tag.name}>`);
        return this.push(Kind.Skip, undefined, tag.local, undefined);
      case Kind.Struct: {
        const members = (parent.node as Struct).members;
        const member = tag.uri === this.namespace && Object.hasOwn(members, tag.local) ? members[tag.local] : undefined;
        if (member === undefined) return this.unknown(tag, parent, parent.last);
        if (Object.hasOwn(parent.value, tag.local)) {
          this.report("duplicate_element", `<${tag.local}> appears more than once`, this.path(tag.local), this.tagLine, this.tagColumn);
          return this.push(Kind.Skip, undefined, tag.local, undefined);
        }
        this.checkAttributes(tag, tag.local);
        return this.pushNode(member.node, tag.local);
      }
      case Kind.List: {
        const list = parent.node as List;
        if (tag.uri !== this.namespace || tag.local !== list.item) return this.unknown(tag, parent, parent.value.length);
        const segment = `${tag.local}[${parent.value.length + 1}]`;
        this.checkAttributes(tag, segment);
        return this.pushNode(list.node, segment);
      }
    }
  }

  private openRoot(tag: SaxesTagNS): void {
    const resolved = this.resolve(tag.uri, tag.local);
    if (!resolved.ok) {
      this.report(resolved.code, resolved.message, `/${tag.local}`, this.tagLine, this.tagColumn, resolved.expected, resolved.actual);
      throw ABORT;
    }
    this.namespace = resolved.namespace;
    this.info = resolved.info;
    // `detect` needs nothing past the root's start tag.
    if (this.rootOnly) throw ABORT;
    this.checkAttributes(tag, tag.local, `/${tag.local}`);
    this.push(Kind.Struct, resolved.node, tag.local, {});
  }

  private checkAttributes(tag: SaxesTagNS, segment: string, path?: string): void {
    for (const name in tag.attributes) {
      const attr = tag.attributes[name] as SaxesAttributeNS;
      if (attr.prefix === "xmlns" || attr.name === "xmlns" || this.opts.unknown === "skip") continue;
      this.report(
        "unexpected_attribute",
        `attribute ${name} on <${tag.local}>: CloudFront elements have no attributes`,
        path ?? this.path(segment),
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
      this.push(Kind.Capture, undefined, tag.local, element);
      const frame = this.stack[this.stack.length - 1] as Frame;
      frame.declared = new Set();
      return this.declareOuterNamespaces(tag, frame, element);
    }
    if (mode === "error") {
      const where = tag.uri === this.namespace ? `in this version (${this.namespace})` : `in namespace "${tag.uri}"`;
      const expected = parent.kind === Kind.List ? `<${(parent.node as List).item}>` : undefined;
      this.report("unknown_element", `<${tag.local}> is not defined here ${where}`, this.path(tag.local), this.tagLine, this.tagColumn, expected, `<${tag.name}>`);
    }
    this.push(Kind.Skip, undefined, tag.local, undefined);
  }

  private capture(tag: SaxesTagNS, parent: Frame): void {
    const element: XmlElement = { name: tag.name, attributes: attributesOf(tag), children: [] };
    (parent.value.children as (XmlElement | string)[]).push(element);
    this.push(Kind.Capture, undefined, tag.local, element);
    const frame = this.stack[this.stack.length - 1] as Frame;
    frame.declared = parent.declared;
    this.declareOuterNamespaces(tag, frame, this.captureRoot());
  }

  private captureRoot(): XmlElement {
    let i = this.stack.length - 1;
    while (i > 0 && (this.stack[i - 1] as Frame).kind === Kind.Capture) i--;
    return (this.stack[i] as Frame).value as XmlElement;
  }

  // A captured subtree must still mean the same when written alone: declare, on its top element, every prefix
  // it uses that an ancestor outside it declared. The default namespace is the version's when written back.
  private declareOuterNamespaces(tag: SaxesTagNS, frame: Frame, top: XmlElement): void {
    const declared = frame.declared as Set<string>;
    for (const name in tag.attributes) {
      const attr = tag.attributes[name] as SaxesAttributeNS;
      if (attr.prefix === "xmlns") declared.add(attr.local);
      else if (attr.name === "xmlns") declared.add("");
    }
    const needs: Array<[string, string]> = [[tag.prefix, tag.uri]];
    for (const name in tag.attributes) {
      const attr = tag.attributes[name] as SaxesAttributeNS;
      if (attr.prefix !== "" && attr.prefix !== "xmlns" && attr.prefix !== "xml") needs.push([attr.prefix, attr.uri]);
    }
    for (const [prefix, uri] of needs) {
      if (declared.has(prefix) || (prefix === "" && uri === this.namespace)) continue;
      declared.add(prefix);
      (top.attributes as Array<readonly [string, string]>).push([prefix === "" ? "xmlns" : `xmlns:${prefix}`, uri]);
    }
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
        if (frame.reportedText || WHITESPACE.test(text)) return;
        frame.reportedText = true;
        this.report(
          "unexpected_text",
          `text inside <${frame.segment}>, which holds only elements`,
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
    let value: unknown;
    switch (frame.kind) {
      case Kind.Skip:
      case Kind.Capture:
        return;
      case Kind.Scalar: {
        const parsed = parseScalar(frame.node as Exclude<Node, Struct | List>, frame.text);
        if (parsed.ok) value = parsed.value;
        else {
          const { code, message, expected } = parsed.problem;
          this.report(code, `<${frame.segment}>: ${message}`, this.path(frame.segment), frame.line, frame.column, expected, frame.text);
          value = INVALID;
        }
        break;
      }
      case Kind.Struct:
        value = this.closeStruct(frame);
        break;
      case Kind.List:
        value = this.closeList(frame);
        break;
    }
    const parent = this.stack[this.stack.length - 1];
    if (parent === undefined) {
      this.result = value;
      return;
    }
    if (parent.kind === Kind.List) {
      parent.value.push(value);
      return;
    }
    parent.value[frame.segment] = value;
    parent.last = frame.segment;
    if (frame.segment === "Quantity") {
      parent.quantityLine = frame.line;
      parent.quantityColumn = frame.column;
    }
  }

  private closeStruct(frame: Frame): unknown {
    const node = frame.node as Struct;
    const value = frame.value as Record<string, unknown>;
    for (const name of requiredMembers(node)) {
      if (!Object.hasOwn(value, name)) {
        this.report("missing_element", `<${frame.segment}> lacks the required <${name}>`, this.path(`${frame.segment}/${name}`), frame.line, frame.column, `<${name}>`);
      }
    }
    if (node.quantity) this.checkQuantity(frame, node, value);
    if (frame.unknown !== undefined) Object.defineProperty(value, unknownElements, { value: frame.unknown, enumerable: true, writable: true, configurable: true });
    return value;
  }

  private checkQuantity(frame: Frame, node: Struct, value: Record<string, unknown>): void {
    const quantity = value["Quantity"];
    const items = value["Items"];
    const list = node.members["Items"] as { node: List; required: boolean };
    if (typeof quantity !== "number" || (items !== undefined && !Array.isArray(items))) return;
    const count = items === undefined ? 0 : (items as unknown[]).length;
    if (quantity === count) return;
    const item = list.node.item;
    this.report(
      "quantity_mismatch",
      `<Quantity> says ${quantity} but <Items> holds ${count} <${item}>`,
      this.path(`${frame.segment}/Quantity`),
      frame.quantityLine,
      frame.quantityColumn,
      String(count),
      String(quantity),
    );
  }

  private closeList(frame: Frame): unknown {
    const list = frame.node as List;
    const items = frame.value as unknown[];
    const min = list.minItems ?? 0;
    const max = list.maxItems ?? Infinity;
    if (items.length < min || items.length > max) {
      const range = max === Infinity ? `at least ${min}` : min === max ? `exactly ${min}` : `${min} to ${max}`;
      this.report("list_length", `<${frame.segment}> holds ${items.length} <${list.item}>, the model allows ${range}`, this.path(frame.segment), frame.line, frame.column, range, String(items.length));
    }
    const parent = this.stack[this.stack.length - 1];
    const wrapper = parent?.kind === Kind.Struct ? (parent.node as Struct) : undefined;
    if (wrapper?.quantity === true && frame.segment === "Items" && wrapper.members["Items"]?.required === true && min === 0 && items.length === 0) {
      this.report("list_length", `<Items> is required here and cannot be empty: CloudFront rejects an empty <Items/>`, this.path(frame.segment), frame.line, frame.column, "at least 1", "0");
    }
    if (frame.unknown !== undefined) Object.defineProperty(items, unknownElements, { value: frame.unknown, enumerable: true, writable: true, configurable: true });
    return items;
  }
}

const attributesOf = (tag: SaxesTagNS): Array<readonly [string, string]> => {
  const out: Array<readonly [string, string]> = [];
  for (const name in tag.attributes) out.push([name, (tag.attributes[name] as SaxesAttributeNS).value]);
  return out;
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
