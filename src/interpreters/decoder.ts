/**
 * The streaming XML decoder: one saxes pass, a stack of frames, no DOM.
 *
 * Each open element pushes a frame chosen by walking the schema (structure, list, scalar, or a subtree that is
 * skipped or captured); each close parses, checks and hands the value to its parent. Problems are collected as
 * data with their path and position; saxes errors and hostile-input limits are fatal and stop the parse at once.
 * Elements are accepted in any order (the encoder writes model order).
 */
import type { SaxesAttributeNS, SaxesTagNS } from "saxes";
import type { List, Resolved, Scalar, Shapes, Struct } from "../schema/ast.js";
import { issue } from "../errors.js";
import type { DecodeFailure, DecodeIssue, IssueCode, Problem } from "../errors.js";
import { ITEMS, listMemberOf, QUANTITY } from "../schema/wrapper.js";
import { attachElements } from "../unknown.js";
import { Capture } from "./capture.js";
import { Kind, open, segment } from "./frames.js";
import type { Frame } from "./frames.js";
import { listProblem, structProblems } from "./closing.js";
import { listTable, structTable } from "./compiled.js";
import type { ListTable, StructTable } from "./compiled.js";
import { KeptElement } from "./kept.js";
import { runTooLong, TextRun, textTooLong, tooDeep, tooLarge } from "./limits.js";
import { resolveOptions } from "./options.js";
import type { DecodeOptions } from "./options.js";
import { Repair } from "./repair.js";
import { Parser } from "./sax.js";
import { choiceProblems } from "./lists.js";
import { parseScalar } from "./scalars.js";
import { Source } from "./source.js";

export type { DecodeOptions } from "./options.js";

/** What the decoder needs of the document kind its root element names. */
export interface Target {
  readonly shapes: Shapes;
  readonly node: Struct;
  readonly namespace: string;
}

/** Finds the kind a root element names, or the problem why it names none (see `findByElement`). */
export type RootResolver<K extends Target> = (
  namespace: string,
  localName: string,
) => { readonly ok: true; readonly kind: K } | { readonly ok: false; readonly problem: Problem };

/** Where each element of a decoded document starts, by element path (the paths issues use). */
export type Positions = ReadonlyMap<string, { readonly line: number; readonly column: number }>;

export type DecodeResult<K> =
  | {
      readonly ok: true;
      readonly kind: K;
      readonly value: unknown;
      readonly warnings: readonly DecodeIssue[];
      /** Whether more than `maxErrors` warnings were found, and the rest not kept. */
      readonly warningsTruncated: boolean;
      readonly positions?: Positions;
    }
  | { readonly ok: false; readonly failure: DecodeFailure };

/** What `decodeItems` is told of each entry of a list document, as soon as it is complete and checked. */
export type ItemHandler = (item: unknown, index: number, warnings: readonly DecodeIssue[]) => void;

/** Stands for a member whose text was invalid, so that it is not also reported missing. */
const INVALID = Symbol("invalid");
/** Stands for a streamed list: its entries went to `onItem`, and the member is left out of the value. */
const STREAMED = Symbol("streamed");
const ABORT = new Error("cfxml decode aborted");
// XML's whitespace only (a loop: the regex showed in profiles, once per indentation run).
const isWhitespace = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
};

export class Decoder<K extends Target> {
  private readonly parser: Parser;
  private readonly stack: Frame[] = [];
  private readonly free: Frame[] = [];
  private readonly issues: DecodeIssue[] = [];
  private readonly warnings: DecodeIssue[] = [];
  private readonly opts: Required<DecodeOptions>;
  private readonly rootOnly: boolean;
  private readonly onItem: ItemHandler | undefined;
  /** With `positions`: where each element (of the value, not skipped or captured) starts. */
  private readonly positions: Map<string, { readonly line: number; readonly column: number }> | undefined;
  /** With `onItem`: the root's list member, whose entries are streamed. */
  private streamMember: string | undefined;
  private namespace = "";
  private shapes: Shapes = {};
  private kind: K | undefined;
  private result: unknown;
  private truncated = false;
  /** Warnings found, kept up to `maxErrors` as issues are: one per unknown element would grow without bound. */
  private warned = 0;
  private stopped = false;
  private readonly run: TextRun;
  private readonly repair = new Repair();
  private tagLine = 1;
  private tagColumn = 1;
  /** With `unknown: "preserve"`: the text a preserved element may still need, and the element being read. */
  private readonly source: Source | undefined;
  private capturing: Capture | undefined;
  /** Where the last start or end tag ended. */
  private tagDone = 0;

  constructor(
    private readonly resolve: RootResolver<K>,
    options: DecodeOptions & {
      readonly rootOnly?: boolean;
      readonly onItem?: ItemHandler;
      readonly positions?: boolean;
    } = {},
  ) {
    const { rootOnly = false, onItem, positions = false, ...rest } = options;
    this.opts = resolveOptions(rest);
    this.rootOnly = rootOnly;
    this.onItem = onItem;
    this.positions = positions ? new Map() : undefined;
    this.source = this.opts.unknown === "preserve" ? new Source() : undefined;
    this.run = new TextRun(this.opts.maxTextLength);
    this.parser = new Parser({
      xmldecl: (decl) => this.onXmlDecl(decl.version, decl.encoding),
      doctype: () =>
        this.fatal({ code: "doctype_forbidden", message: "a DOCTYPE is not allowed (no DTDs, no custom entities)" }),
      opentagstart: () => this.onOpenStart(),
      opentag: (tag) => this.onOpen(tag),
      text: (text) => this.onText(text),
      cdata: (text) => this.onText(text),
      closetag: () => this.onClose(),
      error: (err) => this.onSaxesError(err.message.replace(/^\d+:\d+: /, "")),
    });
  }

  /** Feeds the next piece of the document; returns false once decoding has stopped. */
  write(piece: string): boolean {
    if (this.stopped) return false;
    if (this.source === undefined) return this.guard(() => void this.parser.write(this.checkRun(piece)));
    this.source.read(piece);
    const going = this.guard(() => void this.parser.write(this.checkRun(piece)));
    // What a preserved element may still need: itself while open, or a start tag that has not ended yet.
    this.source.keep(this.capturing?.start ?? this.source.unfinishedTag(this.parser.wakaPosition, this.tagDone));
    return going;
  }

  /** Stops: the input goes on past `maxDocumentSize` (the feeder counts it, and has given the text up to there). */
  tooLarge(): void {
    if (this.stopped) return;
    this.guard(() => this.fatal(tooLarge(this.opts)));
  }

  /** The largest document, as the feeder must count it. */
  get maxSize(): number {
    return this.opts.maxDocumentSize;
  }

  /** Stops with a fatal issue at the character after the last one read (for bytes that never became text). */
  abort(code: IssueCode, message: string, actual?: string): void {
    if (this.stopped) return;
    this.guard(() =>
      this.fatal(
        { code, message, ...(actual === undefined ? {} : { actual }) },
        { line: this.parser.line, column: this.parser.column + 1 },
      ),
    );
  }

  end(): DecodeResult<K> {
    if (!this.stopped) this.guard(() => void this.parser.close());
    if (this.repair.textBeforeRoot && !this.stopped && this.kind === undefined)
      this.guard(() => this.fatal({ code: "malformed_xml", message: "text before the root element" }));
    this.stopped = true;
    if (this.issues.length > 0 || this.kind === undefined) {
      // Document order: a missing member is found when its parent closes but belongs at the parent's start.
      const issues = [...this.issues].sort((a, b) => a.line - b.line || a.column - b.column);
      return { ok: false, failure: { issues, truncated: this.truncated } };
    }
    const warningsTruncated = this.warned > this.opts.maxErrors;
    return this.positions === undefined
      ? { ok: true, kind: this.kind, value: this.result, warnings: this.warnings, warningsTruncated }
      : {
          ok: true,
          kind: this.kind,
          value: this.result,
          warnings: this.warnings,
          warningsTruncated,
          positions: this.positions,
        };
  }

  private warn(warning: DecodeIssue): void {
    if (this.warned++ < this.opts.maxErrors) this.warnings.push(warning);
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
    if (version !== undefined && version !== "1.0")
      this.fatal({
        code: "malformed_xml",
        message: `XML version ${version} is not supported`,
        expected: "1.0",
        actual: version,
      });
    if (encoding !== undefined && !/^utf-?8$/i.test(encoding)) {
      this.fatal({
        code: "unsupported_encoding",
        message: `the document declares encoding ${encoding}; only UTF-8 is read`,
        expected: "UTF-8",
        actual: encoding,
      });
    }
  }

  // Placed where it belongs (src/interpreters/repair.ts), not always where saxes stands.
  private onSaxesError(message: string): void {
    const repair = this.repair;
    if (Repair.outsideRoot(message)) {
      if (repair.rootEnd !== undefined)
        return this.fatal({ code: "malformed_xml", message: "text after the root element" }, repair.rootEnd);
      repair.textBeforeRoot = true;
      return;
    }
    if (repair.endTagOfLastClose(this.parser.position)) {
      this.issues.length = repair.closeIssues;
      this.report(
        { code: "malformed_xml", message },
        this.path(repair.closeSegment),
        this.parser.line,
        Math.max(1, this.parser.column),
      );
      throw ABORT;
    }
    return this.fatal({ code: "malformed_xml", message });
  }

  private onOpenStart(): void {
    this.tagLine = this.parser.wakaLine;
    this.tagColumn = this.parser.wakaColumn;
  }

  // The piece is fed only up to the point where the run of characters without a `<` grows too long.
  private checkRun(piece: string): string {
    const allowed = this.run.allowed(piece);
    if (allowed < 0) return piece;
    this.parser.write(piece.slice(0, allowed));
    return this.fatal(runTooLong(this.opts));
  }

  private path(extra?: string): string {
    let p = "";
    for (const f of this.stack) p += "/" + segment(f);
    return extra === undefined ? p : p + "/" + extra;
  }

  private report(problem: Problem, path: string, line: number, column: number): void {
    if (this.issues.length >= this.opts.maxErrors) {
      this.truncated = true;
      throw ABORT;
    }
    this.issues.push(issue(problem, { path, line, column }));
  }

  /** Stops decoding; the position is where saxes stands (the last character read) unless given. */
  private fatal(problem: Problem, at?: { line: number; column: number }): never {
    const path = this.path() || "/";
    this.report(problem, path, at?.line ?? this.parser.line, at?.column ?? Math.max(1, this.parser.column));
    throw ABORT;
  }

  private push(kind: Kind, node: Resolved | undefined, name: string, index: number, value: unknown): Frame {
    const table =
      kind === Kind.Struct
        ? structTable(this.shapes, node as Struct)
        : kind === Kind.List
          ? listTable(this.shapes, node as List)
          : undefined;
    const f = open(
      this.free.pop(),
      kind,
      node,
      table,
      name,
      index,
      this.tagLine,
      this.tagColumn,
      value,
      this.issues.length,
      this.warnings.length,
    );
    this.stack.push(f);
    if (this.positions !== undefined && kind !== Kind.Skip && kind !== Kind.Capture)
      this.positions.set(this.path(), { line: f.line, column: f.column });
    return f;
  }

  private pushResolved(node: Resolved, name: string, index: number): void {
    switch (node._tag) {
      case "struct":
        this.push(Kind.Struct, node, name, index, {});
        return;
      case "list": {
        const streamed = this.stack.length === 1 && name === this.streamMember;
        this.push(Kind.List, node, name, index, []).streamed = streamed;
        return;
      }
      default:
        this.push(Kind.Scalar, node, name, index, undefined);
    }
  }

  private onOpen(tag: SaxesTagNS): void {
    this.tagDone = this.parser.position;
    const stack = this.stack;
    if (stack.length >= this.opts.maxDepth) {
      this.fatal(tooDeep(this.opts), { line: this.tagLine, column: this.tagColumn });
    }
    const parent = stack[stack.length - 1];
    if (parent === undefined) return this.openRoot(tag);
    switch (parent.kind) {
      case Kind.Skip:
        this.push(Kind.Skip, undefined, tag.local, 0, undefined);
        return;
      case Kind.Capture:
        (this.capturing as Capture).open(tag);
        this.push(Kind.Capture, undefined, tag.local, 0, undefined);
        return;
      case Kind.Scalar:
        this.report(
          {
            code: "unexpected_element",
            message: `<${tag.name}> inside a text value`,
            expected: "text",
            actual: `<${tag.name}>`,
          },
          this.path(tag.local),
          this.tagLine,
          this.tagColumn,
        );
        this.push(Kind.Skip, undefined, tag.local, 0, undefined);
        return;
      case Kind.Struct: {
        const table = parent.table as StructTable;
        const member = tag.uri === this.namespace ? table.members.get(tag.local) : undefined;
        if (member === undefined) {
          const items = table.items;
          if (items !== undefined && tag.uri === this.namespace && tag.local === items.item)
            return this.unwrappedItem(tag, parent, table);
          return this.unknown(tag, parent, parent.last);
        }
        const node = member.node;
        if (member.entry !== undefined) return this.entry(tag, parent, member.entry);
        if (Object.hasOwn(parent.value, tag.local)) {
          this.report(
            { code: "duplicate_element", message: `<${tag.local}> appears more than once` },
            this.path(tag.local),
            this.tagLine,
            this.tagColumn,
          );
          this.push(Kind.Skip, undefined, tag.local, 0, undefined);
          return;
        }
        if ((parent.node as Struct).choices !== undefined && this.chosenBefore(tag, parent)) return;
        this.checkAttributes(tag);
        return this.pushResolved(node, tag.local, 0);
      }
      case Kind.List: {
        const list = parent.node as List;
        if (tag.uri !== this.namespace || tag.local !== list.item)
          return this.unknown(tag, parent, parent.value.length);
        const index = (parent.streamed ? parent.count : parent.value.length) + 1;
        this.checkAttributes(tag, index);
        return this.pushResolved((parent.table as ListTable).entry, tag.local, index);
      }
    }
  }

  // An entry of a repeated element: its position among the entries so far (streamed ones counted, not kept).
  private entry(tag: SaxesTagNS, parent: Frame, node: Resolved): void {
    const streamed = parent === this.stack[0] && this.streamMember === tag.local;
    const index = (streamed ? parent.count : ((parent.value[tag.local] as unknown[] | undefined)?.length ?? 0)) + 1;
    this.checkAttributes(tag, index);
    this.pushResolved(node, tag.local, index);
    (this.stack[this.stack.length - 1] as Frame).repeated = true;
  }

  // A second member of a choice (`<CustomOrigin>` after `<S3Origin>`) is reported where it starts, and skipped.
  private chosenBefore(tag: SaxesTagNS, parent: Frame): boolean {
    const node = parent.node as Struct;
    for (const p of choiceProblems(node, { ...parent.value, [tag.local]: true })) {
      if (p.member !== tag.local || p.problem.code !== "unexpected_element") continue;
      this.report(p.problem, this.path(tag.local), this.tagLine, this.tagColumn);
      this.push(Kind.Skip, undefined, tag.local, 0, undefined);
      return true;
    }
    return false;
  }

  // The entry is read into Items either way, so that nothing else (Quantity) is reported because of it.
  private unwrappedItem(tag: SaxesTagNS, parent: Frame, table: StructTable): void {
    const streamed = this.streamsItems(parent);
    const entries = parent.value[ITEMS] as unknown[] | undefined;
    const index = (streamed ? parent.count : (entries?.length ?? 0)) + 1;
    const path = this.path(`${tag.local}[${index}]`);
    if (this.opts.unwrappedItems === "accept") {
      this.warn(
        issue(
          {
            code: "missing_items_wrapper",
            message: `<${tag.local}> directly inside <${parent.name}> was read as if inside <${ITEMS}>`,
            expected: `<${ITEMS}>`,
          },
          { path, line: this.tagLine, column: this.tagColumn },
        ),
      );
    } else {
      this.report(
        {
          code: "missing_items_wrapper",
          message:
            `<${tag.local}> must be inside <${ITEMS}>: ` +
            `<${parent.name}><${QUANTITY}>n</${QUANTITY}><${ITEMS}><${tag.local}>…</${tag.local}></${ITEMS}>` +
            `</${parent.name}> (unwrappedItems: "accept" reads it anyway)`,
          expected: `<${ITEMS}>`,
          actual: `<${tag.name}>`,
        },
        path,
        this.tagLine,
        this.tagColumn,
      );
    }
    if (entries === undefined && !streamed) parent.value[ITEMS] = [];
    this.pushResolved(table.itemNode as Resolved, tag.local, index);
    (this.stack[this.stack.length - 1] as Frame).unwrapped = true;
  }

  private openRoot(tag: SaxesTagNS): void {
    if (this.repair.textBeforeRoot)
      this.fatal(
        { code: "malformed_xml", message: "text before the root element" },
        { line: this.tagLine, column: this.tagColumn },
      );
    const found = this.resolve(tag.uri, tag.local);
    if (!found.ok) {
      this.report(found.problem, `/${tag.local}`, this.tagLine, this.tagColumn);
      throw ABORT;
    }
    const kind = found.kind;
    this.namespace = kind.namespace;
    this.shapes = kind.shapes;
    this.kind = kind;
    if (this.onItem !== undefined) this.streamMember = listMemberOf(kind.shapes, kind.node);
    // `detect` needs nothing past the root's start tag.
    if (this.rootOnly) throw ABORT;
    this.push(Kind.Struct, kind.node, tag.local, 0, {});
    this.checkAttributes(tag, 0, true);
  }

  /** Checks a known element's attributes; call before pushing its frame (or after, for the root). */
  private checkAttributes(tag: SaxesTagNS, index = 0, pushed = false): void {
    for (const name in tag.attributes) {
      const attr = tag.attributes[name] as SaxesAttributeNS;
      if (attr.prefix === "xmlns" || attr.name === "xmlns") continue;
      const problem: Problem = {
        code: "unexpected_attribute",
        message: `attribute ${name} on <${tag.local}>: CloudFront elements have no attributes`,
        actual: `${name}="${attr.value}"`,
      };
      const path = pushed ? this.path() : this.path(index === 0 ? tag.local : `${tag.local}[${index}]`);
      if (this.opts.unknown === "skip")
        this.warn(
          issue(
            { ...problem, message: `${problem.message}: dropped` },
            { path, line: this.tagLine, column: this.tagColumn },
          ),
        );
      else this.report(problem, path, this.tagLine, this.tagColumn);
    }
  }

  // Skipped or kept, an unknown element is still said, as a warning: the user chose leniency, not silence.
  private unknown(tag: SaxesTagNS, parent: Frame, after: string | number | null): void {
    const mode = this.opts.unknown;
    const where = tag.uri === this.namespace ? `in this version (${this.namespace})` : `in namespace "${tag.uri}"`;
    const expected = parent.kind === Kind.List ? `<${(parent.node as List).item}>` : undefined;
    const problem: Problem = {
      code: "unknown_element",
      message: `<${tag.local}> is not defined here ${where}`,
      ...(expected === undefined ? {} : { expected }),
      actual: `<${tag.name}>`,
    };
    if (mode === "preserve" && parent.kind === Kind.List && parent.streamed) {
      // decodeItems holds no list, so nothing could carry the element back out: an error rather than a silent drop.
      const message =
        `${problem.message}; between the entries of a list that decodeItems streams it cannot be kept: ` +
        `read the document with decode`;
      this.report({ ...problem, message }, this.path(tag.local), this.tagLine, this.tagColumn);
      this.push(Kind.Skip, undefined, tag.local, 0, undefined);
      return;
    }
    if (mode === "error") this.report(problem, this.path(tag.local), this.tagLine, this.tagColumn);
    else
      this.warn(
        issue(
          { ...problem, message: `${problem.message}: ${mode === "preserve" ? "kept as read" : "dropped"}` },
          { path: this.path(tag.local), line: this.tagLine, column: this.tagColumn },
        ),
      );
    if (mode === "preserve") {
      this.capturing = new Capture(this.parser.wakaPosition, after, tag, this.parser.position, this.namespace);
      this.push(Kind.Capture, undefined, tag.local, 0, undefined);
      return;
    }
    this.push(Kind.Skip, undefined, tag.local, 0, undefined);
  }

  /** The preserved element has closed: its text goes on its parent, with the member or entry count it followed. */
  private kept(capture: Capture): void {
    this.capturing = undefined;
    const raw = capture.text((this.source as Source).slice(capture.start, this.parser.position));
    const parent = this.stack[this.stack.length - 1] as Frame;
    (parent.unknown ??= []).push(new KeptElement(capture.after, raw));
  }

  private onText(text: string): void {
    const frame = this.stack[this.stack.length - 1];
    if (frame === undefined) return;
    if (text.length > this.opts.maxTextLength) {
      this.fatal(textTooLong(this.opts));
    }
    switch (frame.kind) {
      case Kind.Scalar:
        frame.text += text;
        return;
      case Kind.Capture:
      case Kind.Skip:
        return;
      default:
        if (frame.reportedText || isWhitespace(text)) return;
        frame.reportedText = true;
        this.report(
          {
            code: "unexpected_text",
            message: `text inside <${frame.name}>, which holds only elements`,
            expected: "elements",
            actual: JSON.stringify(text.trim().slice(0, 40)),
          },
          this.path(),
          this.parser.line,
          Math.max(1, this.parser.column),
        );
    }
  }

  private onClose(): void {
    const frame = this.stack.pop() as Frame;
    this.tagDone = this.parser.position;
    if (this.stack.length === 0) this.repair.rootEnd = { line: this.parser.line, column: this.parser.column + 1 };
    this.repair.closed(this.parser.position, this.issues.length, segment(frame));
    if (frame.kind === Kind.Capture) {
      const capture = this.capturing as Capture;
      if (capture.close()) this.kept(capture);
    } else if (frame.kind !== Kind.Skip) this.deliver(frame, this.close(frame));
    this.free.push(frame);
  }

  private close(frame: Frame): unknown {
    switch (frame.kind) {
      case Kind.Scalar: {
        const parsed = parseScalar(frame.node as Scalar, frame.text);
        if (parsed.ok) {
          if (parsed.note !== undefined)
            this.warn(issue(parsed.note, { path: this.path(segment(frame)), line: frame.line, column: frame.column }));
          return parsed.value;
        }
        this.report(
          { ...parsed.problem, message: `<${frame.name}>: ${parsed.problem.message}`, actual: frame.text },
          this.path(segment(frame)),
          frame.line,
          frame.column,
        );
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
      if (parent.streamed) this.emit(frame, value);
      else parent.value.push(value);
      return;
    }
    if (frame.unwrapped) {
      if (this.streamsItems(parent)) this.emit(frame, value);
      else (parent.value[ITEMS] as unknown[]).push(value);
      return;
    }
    if (frame.repeated) {
      if (parent === this.stack[0] && this.streamMember === frame.name) this.emit(frame, value);
      else ((parent.value[frame.name] as unknown[] | undefined) ?? (parent.value[frame.name] = [])).push(value);
      parent.last = frame.name;
      return;
    }
    if (value === STREAMED) {
      parent.count = frame.count;
      return;
    }
    parent.value[frame.name] = value;
    parent.last = frame.name;
    if (frame.name === QUANTITY) {
      parent.quantityLine = frame.line;
      parent.quantityColumn = frame.column;
    }
  }

  /** Whether entries written directly in this structure (without `<Items>`) belong to the streamed list. */
  private streamsItems(parent: Frame): boolean {
    return parent === this.stack[0] && this.streamMember === ITEMS;
  }

  // An entry of the streamed list: handed over with its own warnings if it is valid, and forgotten either way, so
  // that memory does not grow with the list.
  private emit(entry: Frame, value: unknown): void {
    const parent = this.stack[this.stack.length - 1] as Frame;
    parent.count++;
    const warnings = this.warnings.splice(entry.warningMark);
    if (this.issues.length === entry.issueMark) (this.onItem as ItemHandler)(value, entry.index, warnings);
  }

  private closeStruct(frame: Frame): unknown {
    const value = frame.value as Record<string, unknown>;
    // The root has been popped: the stack is empty when it closes.
    const streamed = this.stack.length === 0 ? this.streamMember : undefined;
    for (const p of structProblems(frame.table as StructTable, frame.name, value, streamed, frame.count)) {
      const path = this.path(`${segment(frame)}/${p.member}`);
      if (p.atQuantity) this.report(p.problem, path, frame.quantityLine, frame.quantityColumn);
      else this.report(p.problem, path, frame.line, frame.column);
    }
    if (frame.unknown !== undefined) attachElements(value, frame.unknown);
    return value;
  }

  private closeList(frame: Frame): unknown {
    const items = frame.value as unknown[];
    const p = listProblem(frame.node as List, frame.name, frame.streamed ? frame.count : items.length);
    if (p !== undefined) this.report(p, this.path(segment(frame)), frame.line, frame.column);
    if (frame.streamed) return STREAMED;
    if (frame.unknown !== undefined) attachElements(items, frame.unknown);
    return items;
  }
}
