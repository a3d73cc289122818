/**
 * A strict JSON reader (RFC 8259): one pass over the text, iterative (a stack of open objects and arrays, so deep
 * nesting cannot exhaust the call stack), linear in the text, and bounded by the decoder's limits: values nest at
 * most `maxDepth` deep (a value's depth is one more than the objects and arrays around it, as an element's is in
 * XML) and no string or number is longer than `maxTextLength`.
 *
 * Besides the value it writes down where each part was written and the text of each number that `String` would
 * not give back (see `located.ts`), and it keeps an object's repeated keys as data (the first is read): the checker
 * reports them with the element path the schema gives. Syntax errors and limits are fatal, at their line and column.
 */
import type { Problem } from "../errors.js";
import type { Json } from "../unknown.js";
import { STRIDE } from "./located.js";
import type { Located, Position } from "./located.js";
import type { Segment } from "./paths.js";

export interface ReadLimits {
  readonly maxDepth: number;
  readonly maxTextLength: number;
}

export type ReadResult =
  | {
      readonly ok: true;
      readonly value: Json;
      /** Where the value starts, and what was written down of it when it is an object or array. */
      readonly start: Position;
      readonly located: Located | undefined;
      /** Whether any object repeated a key. */
      readonly repeats: boolean;
    }
  | {
      readonly ok: false;
      readonly problem: Problem;
      readonly line: number;
      readonly column: number;
      readonly at: readonly Segment[];
    };

type JsonObject = { [key: string]: Json };

/** What the reader writes down of an object or array (see `Located`); `members` is filled in when it closes. */
interface Written {
  readonly line: number;
  readonly column: number;
  members: (string | number | Located | undefined)[];
  readonly array: boolean;
  duplicates: (Position & { key: string })[] | undefined;
}

/** An open object or array. Frames are reused: there is one per level of nesting, not one per container. */
interface Frame {
  container: JsonObject | Json[];
  record: Written;
  array: boolean;
  /** Where its members start in the reader's `members` stack. */
  base: number;
  /** The member whose value is being read (objects). */
  key: string | undefined;
  /** The index of the member or entry whose value is being read; -1 between them, or for a repeated key. */
  index: number;
  /** Whether a value is being read (so that a failure's place names its member or entry). */
  reading: boolean;
}

class Failure {
  constructor(
    readonly problem: Problem,
    readonly position: Position,
    readonly at: readonly Segment[],
  ) {}
}

/** Reads `text`; `stop` is why the input ended there (see `text.ts`), reported when the reader reaches the end. */
export const readJsonText = (text: string, limits: ReadLimits, stop?: Problem): ReadResult => {
  const reader = new Reader(text, limits, stop);
  try {
    const value = reader.read();
    return { ok: true, value, start: reader.start, located: reader.top, repeats: reader.repeats };
  } catch (e) {
    if (!(e instanceof Failure)) throw e;
    return { ok: false, problem: e.problem, line: e.position.line, column: e.position.column, at: e.at };
  }
};

/** Returned by `value()` for an object or array that is open: its first member or entry comes next. */
const OPEN = Symbol("open");

const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;
const BACKSLASH = 0x5c;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

const malformed = (message: string): Problem => ({ code: "malformed_json", message });

class Reader {
  /** What was written down of the value, and whether any object repeated a key. */
  top: Located | undefined;
  repeats = false;
  /** Where the value starts. */
  start: Position = { line: 1, column: 1 };
  private i = 0;
  private line = 1;
  private lineStart = 0;
  /** Low surrogates since the line started: a character outside the BMP is two units but one column. */
  private astral = 0;
  private readonly end: number;
  /** Frames of the open objects and arrays: the first `depth` of them. */
  private readonly frames: Frame[] = [];
  private depth = 0;
  /**
   * The members of the open objects and arrays, `STRIDE` entries each, outermost first: each is copied out, at its
   * exact size, when it closes (arrays grown one push at a time would hold several times that).
   */
  private readonly members: (string | number | Located | undefined)[] = [];

  constructor(
    private readonly s: string,
    private readonly limits: ReadLimits,
    private readonly stop: Problem | undefined,
  ) {
    this.end = s.length;
  }

  read(): Json {
    this.space();
    this.start = this.here();
    for (;;) {
      this.space();
      let value = this.value();
      if (value === OPEN) continue;
      // A complete value: into its container, closing each container that ends after it.
      for (;;) {
        if (this.depth === 0) return this.finish(value);
        const frame = this.frames[this.depth - 1] as Frame;
        this.add(frame, value);
        this.space();
        const c = this.s.charCodeAt(this.i);
        const array = frame.array;
        if (c === COMMA) {
          this.i++;
          if (!array) {
            this.space();
            this.member(frame);
          }
          break;
        }
        if (c === (array ? 0x5d : 0x7d)) {
          this.i++;
          this.close(frame);
          value = frame.container;
          continue;
        }
        this.unexpected(array ? '"," or "]" after an entry' : '"," or "}" after a member');
      }
    }
  }

  private finish(value: Json): Json {
    this.space();
    if (this.i < this.end) this.unexpected("the end of the JSON after its value");
    if (this.stop !== undefined) this.fail(this.stop);
    return value;
  }

  private value(): Json | typeof OPEN {
    const top = this.depth === 0 ? undefined : (this.frames[this.depth - 1] as Frame);
    if (top?.array === true) {
      top.index = (this.members.length - top.base) / STRIDE;
      this.members.push(undefined, this.line, this.column(), undefined);
    }
    if (top !== undefined) top.reading = true;
    if (this.i < this.end && this.depth >= this.limits.maxDepth)
      this.fail({ code: "too_deep", message: `values nest deeper than maxDepth (${this.limits.maxDepth})` });
    const c = this.s.charCodeAt(this.i);
    switch (c) {
      case 0x7b:
        return this.open({});
      case 0x5b:
        return this.open([]);
      case QUOTE:
        return this.string();
      case 0x74:
        return this.literal("true", true);
      case 0x66:
        return this.literal("false", false);
      case 0x6e:
        return this.literal("null", null);
      default:
        if (c === 0x2d || isDigit(c)) return this.number(top);
        return this.unexpected("a JSON value");
    }
  }

  private open(container: JsonObject | Json[]): Json | typeof OPEN {
    const array = Array.isArray(container);
    const record: Written = { line: this.line, column: this.column(), members: [], array, duplicates: undefined };
    const parent = this.depth === 0 ? undefined : (this.frames[this.depth - 1] as Frame);
    if (parent === undefined) this.top = record;
    else if (parent.index >= 0) this.members[parent.base + STRIDE * parent.index + 3] = record;
    const frame = (this.frames[this.depth] ??= {
      container,
      record,
      array,
      base: 0,
      key: undefined,
      index: -1,
      reading: false,
    });
    frame.container = container;
    frame.record = record;
    frame.array = array;
    frame.base = this.members.length;
    frame.key = undefined;
    frame.index = -1;
    frame.reading = false;
    this.depth++;
    this.i++;
    this.space();
    if (this.s.charCodeAt(this.i) === (array ? 0x5d : 0x7d)) {
      this.i++;
      this.close(frame);
      return container;
    }
    if (!array) this.member(frame);
    return OPEN;
  }

  private close(frame: Frame): void {
    frame.record.members = this.members.slice(frame.base);
    this.members.length = frame.base;
    this.depth--;
  }

  /** A member's name and colon: its value comes next. */
  private member(frame: Frame): void {
    if (this.s.charCodeAt(this.i) !== QUOTE) this.unexpected("a member name in double quotes");
    const line = this.line;
    const column = this.column();
    const key = this.string();
    const record = frame.record;
    frame.key = key;
    // The earlier member of that name is in the object already (its value was added before this name was read).
    if (Object.hasOwn(frame.container, key)) {
      (record.duplicates ??= []).push({ key, line, column });
      this.repeats = true;
      frame.index = -1;
    } else {
      frame.index = (this.members.length - frame.base) / STRIDE;
      this.members.push(key, line, column, undefined);
    }
    this.space();
    if (this.s.charCodeAt(this.i) !== COLON) this.unexpected('":" after the member name');
    this.i++;
  }

  private add(frame: Frame, value: Json): void {
    if (frame.array) (frame.container as Json[]).push(value);
    else if (frame.index >= 0) {
      const key = frame.key as string;
      // A member named __proto__ is a member, as JSON.parse makes it, never the object's prototype.
      if (key === "__proto__")
        Object.defineProperty(frame.container, key, { value, enumerable: true, writable: true, configurable: true });
      else (frame.container as JsonObject)[key] = value;
    }
    frame.key = undefined;
    frame.index = -1;
    frame.reading = false;
  }

  private string(): string {
    const start = this.here();
    const s = this.s;
    const max = this.limits.maxTextLength;
    let i = this.i + 1;
    let from = i;
    let out = "";
    for (;;) {
      if (out.length + (i - from) > max) {
        this.i = i;
        this.fail({ code: "text_too_long", message: `a string is longer than maxTextLength (${max})` }, start);
      }
      if (i >= this.end) {
        this.i = i;
        this.unexpected('a closing " (the string is not closed)');
      }
      const c = s.charCodeAt(i);
      if (c === QUOTE) break;
      if (c === BACKSLASH) {
        out += s.slice(from, i);
        this.i = i;
        out += this.escape();
        i = from = this.i;
        continue;
      }
      if (c < 0x20) {
        this.i = i;
        this.fail(malformed(`a control character (U+${hex(c)}) must be escaped in a string`));
      }
      if ((c & 0xfc00) === 0xdc00) this.astral++;
      i++;
    }
    this.i = i + 1;
    return out + s.slice(from, i);
  }

  /** The escape at the backslash here; leaves the reader after it. */
  private escape(): string {
    const c = this.s[this.i + 1];
    if (c === undefined || this.i + 1 >= this.end) {
      this.i = this.end;
      return this.unexpected("an escape after \\");
    }
    const simple = ESCAPES[c];
    if (simple !== undefined) {
      this.i += 2;
      return simple;
    }
    if (c === "u") {
      const digits = this.s.slice(this.i + 2, this.i + 6);
      if (/^[0-9A-Fa-f]{4}$/.test(digits)) {
        this.i += 6;
        return String.fromCharCode(parseInt(digits, 16));
      }
      if (this.i + 6 > this.end && /^[0-9A-Fa-f]*$/.test(digits)) {
        this.i = this.end;
        return this.unexpected("four hexadecimal digits after \\u");
      }
      return this.fail(malformed(`\\u must be followed by four hexadecimal digits, not ${JSON.stringify(digits)}`));
    }
    return this.fail(malformed(`\\${c} is not an escape JSON has (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)`));
  }

  /** A number, its text kept for the member or entry it is the value of. */
  private number(frame: Frame | undefined): number {
    const s = this.s;
    const start = this.i;
    let canonical = true;
    if (s.charCodeAt(this.i) === 0x2d) this.i++;
    if (s.charCodeAt(this.i) === 0x30) {
      this.i++;
      if (isDigit(s.charCodeAt(this.i))) this.fail(malformed("a number does not start with 0 followed by digits"));
      canonical = this.i - start === 1;
    } else this.digits("a digit");
    // Up to 15 digits, no fraction, no exponent, not -0: String(number) gives the text back, which need not be kept.
    if (this.i - start > 15) canonical = false;
    if (s.charCodeAt(this.i) === 0x2e) {
      this.i++;
      canonical = false;
      this.digits("a digit after the decimal point");
    }
    if ((s.charCodeAt(this.i) | 0x20) === 0x65) {
      this.i++;
      canonical = false;
      if (s.charCodeAt(this.i) === 0x2b || s.charCodeAt(this.i) === 0x2d) this.i++;
      this.digits("a digit in the exponent");
    }
    if (this.i - start > this.limits.maxTextLength) {
      this.fail(
        { code: "text_too_long", message: `a number is longer than maxTextLength (${this.limits.maxTextLength})` },
        this.positionOf(start),
      );
    }
    const text = s.slice(start, this.i);
    if (!canonical && frame !== undefined && frame.index >= 0)
      this.members[frame.base + STRIDE * frame.index + 3] = text;
    return Number(text);
  }

  private digits(what: string): void {
    if (!isDigit(this.s.charCodeAt(this.i))) this.unexpected(what);
    while (isDigit(this.s.charCodeAt(this.i))) this.i++;
  }

  private literal<V extends Json>(word: string, value: V): V {
    for (let k = 0; k < word.length; k++, this.i++) {
      if (this.s.charCodeAt(this.i) !== word.charCodeAt(k) || this.i >= this.end)
        this.unexpected(k === 0 ? "a JSON value" : word);
    }
    return value;
  }

  private space(): void {
    const s = this.s;
    for (;;) {
      const c = s.charCodeAt(this.i);
      if (c === 0x20 || c === 0x09) this.i++;
      else if (c === 0x0a || c === 0x0d) {
        this.i++;
        // CR LF is one line end, and so is a CR alone (as XML reads it).
        if (c === 0x0d && s.charCodeAt(this.i) === 0x0a) continue;
        this.line++;
        this.lineStart = this.i;
        this.astral = 0;
      } else return;
    }
  }

  private column(): number {
    return this.i - this.lineStart - this.astral + 1;
  }

  private here(): Position {
    return { line: this.line, column: this.column() };
  }

  /** A position earlier on the current line, with no character outside the BMP after it (numbers are ASCII). */
  private positionOf(offset: number): Position {
    return { line: this.line, column: offset - this.lineStart - this.astral + 1 };
  }

  private unexpected(expected: string): never {
    if (this.i >= this.end) {
      if (this.stop !== undefined) this.fail(this.stop);
      this.fail(malformed(`expected ${expected}, but the JSON ends`));
    }
    const c = this.s.codePointAt(this.i) as number;
    const found = c > 0x20 && c < 0x7f ? JSON.stringify(String.fromCharCode(c)) : `U+${hex(c)}`;
    return this.fail(malformed(`expected ${expected}, found ${found}`));
  }

  private fail(problem: Problem, at: Position = this.here()): never {
    const path: Segment[] = [];
    for (const f of this.frames.slice(0, this.depth)) {
      if (f.array) {
        if (f.reading) path.push((f.container as Json[]).length);
      } else if (f.key !== undefined) path.push(f.key);
    }
    throw new Failure(problem, at, path);
  }
}

const hex = (code: number): string => code.toString(16).toUpperCase().padStart(4, "0");
