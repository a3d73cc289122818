/**
 * Scalar semantics shared by every interpreter: how wire text becomes a value, how a value is checked, how it
 * becomes text again. Strict by design: `TRUE`, ` 80 `, `1e3` and out-of-range numbers are errors; what a
 * standard allows but the model does not spell (a boolean `1`) is accepted with a note.
 */
import { absurd } from "../schema/ast.js";
import type { EnumNode, Scalar, StringNode } from "../schema/ast.js";
import type { IssueCode, Problem } from "../errors.js";

/**
 * A scalar's verdict: its value, possibly with a note (a warning: accepted, but not as the model spells it), or
 * the problem that makes it invalid.
 */
export type Parsed =
  | { readonly ok: true; readonly value: unknown; readonly note?: Problem }
  | { readonly ok: false; readonly problem: Problem };

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const DECIMAL = /^-?[0-9]+$/;
// rest-xml timestamps are ISO 8601 date-times; values are `Date`s, so precision stops at milliseconds.
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/;
// Characters XML 1.0 can carry at all (saxes rejects the rest on input).
const NON_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

const ok = (value: unknown): Parsed => ({ ok: true, value });
const noted = (value: unknown, note: Problem): Parsed => ({ ok: true, value, note });
const fail = (code: IssueCode, message: string, expected: string): Parsed => ({
  ok: false,
  problem: { code, message, expected },
});

const patternCache = new Map<string, RegExp>();
const compiled = (pattern: string): RegExp => {
  let re = patternCache.get(pattern);
  if (re === undefined) {
    re = new RegExp(pattern, "u");
    patternCache.set(pattern, re);
  }
  return re;
};

const codePoints = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/** Checks a string against the model's length bounds and pattern; `undefined` when it fits. */
export const stringProblem = (node: StringNode, s: string): Problem | undefined => {
  if (node.minLength !== undefined || node.maxLength !== undefined) {
    const n = codePoints(s);
    const min = node.minLength ?? 0;
    const max = node.maxLength ?? Infinity;
    if (n < min || n > max) {
      const range = node.maxLength === undefined ? `at least ${min}` : `${min} to ${max}`;
      return {
        code: "string_length",
        message: `length ${n} is outside ${range} characters`,
        expected: `${range} characters`,
      };
    }
  }
  if (node.pattern !== undefined && !compiled(node.pattern).test(s)) {
    return {
      code: "pattern_mismatch",
      message: `does not match the pattern /${node.pattern}/`,
      expected: `/${node.pattern}/`,
    };
  }
  return undefined;
};

const parseInteger = (text: string, min: number, max: number, kind: string): Parsed => {
  if (!DECIMAL.test(text))
    return fail("invalid_integer", `${JSON.stringify(text)} is not a decimal ${kind}`, `a decimal ${kind}`);
  const n = Number(text);
  if (!(n >= min && n <= max)) {
    return fail("out_of_range", `${text} is outside the ${kind} range ${min} to ${max}`, `${min} to ${max}`);
  }
  return ok(n === 0 ? 0 : n);
};

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (year: number, month: number): number =>
  [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;

export const parseTimestamp = (text: string): Parsed => {
  const expected = "an ISO 8601 date-time such as 2013-05-18T20:08:00.350Z";
  const m = ISO_8601.exec(text);
  if (m === null) return fail("invalid_timestamp", `${JSON.stringify(text)} is not an ISO 8601 date-time`, expected);
  const [, y, mo, d, h, mi, s, frac = "", zone = "Z"] = m as unknown as string[];
  const year = Number(y),
    month = Number(mo),
    day = Number(d),
    hour = Number(h),
    minute = Number(mi),
    second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
    return fail("invalid_timestamp", `${JSON.stringify(text)} is not a valid date-time`, expected);
  }
  if (/[1-9]/.test(frac.slice(3))) {
    return fail(
      "invalid_timestamp",
      `${JSON.stringify(text)} has sub-millisecond precision, which a Date cannot hold`,
      expected,
    );
  }
  let offset = 0;
  if (zone !== "Z") {
    const zh = Number(zone.slice(1, 3)),
      zm = Number(zone.slice(4, 6));
    if (zh > 23 || zm > 59)
      return fail("invalid_timestamp", `${JSON.stringify(text)} has an invalid UTC offset`, expected);
    offset = (zone[0] === "-" ? -1 : 1) * (zh * 60 + zm);
  }
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute - offset, second, Number(frac.slice(0, 3).padEnd(3, "0")));
  // The value is written back in UTC, so the offset can move it out of the years ISO 8601 spells with four digits.
  const utcYear = date.getUTCFullYear();
  if (utcYear < 0 || utcYear > 9999) {
    return fail(
      "out_of_range",
      `${JSON.stringify(text)} is in year ${utcYear} in UTC, which cannot be written back as ISO 8601`,
      "years 0000 to 9999 in UTC",
    );
  }
  return ok(date);
};

/** A value of the enum, a CloudFront spelling of one (noted), or neither. */
const readEnum = (node: EnumNode, text: string): Parsed => {
  if ((node.values as readonly string[]).includes(text)) return ok(text);
  const meant = node.variants?.[text];
  if (meant !== undefined) {
    return noted(text, {
      code: "noncanonical_enum",
      message:
        `${JSON.stringify(text)} is CloudFront's own spelling of the ${node.name} value ` +
        `${JSON.stringify(meant)}: kept as written`,
      expected: meant,
      actual: text,
    });
  }
  return fail(
    "invalid_enum",
    `${JSON.stringify(text)} is not a ${node.name} value of this version`,
    node.values.join(" | "),
  );
};

/** Whether an enum reads a value at all (its own values and CloudFront's spellings of them). */
export const enumHas = (node: EnumNode, value: unknown): boolean =>
  typeof value === "string" &&
  ((node.values as readonly string[]).includes(value) || node.variants?.[value] !== undefined);

/** Wire text to value. Strings are taken exactly as decoded: whitespace is data. */
export const parseScalar = (node: Scalar, text: string): Parsed => {
  switch (node._tag) {
    case "string": {
      const problem = stringProblem(node, text);
      return problem === undefined ? ok(text) : { ok: false, problem };
    }
    case "integer":
      return parseInteger(text, INT32_MIN, INT32_MAX, "32-bit integer");
    case "long":
      return parseInteger(text, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, "integer (safe range)");
    case "boolean":
      if (text === "true") return ok(true);
      if (text === "false") return ok(false);
      // XML Schema's boolean also spells true and false as 1 and 0, and a widely used SDK (Paws) sends them;
      // CloudFront answered those requests. Nothing else: TRUE, yes, " true" stay errors.
      if (text === "1" || text === "0") {
        const value = text === "1";
        return noted(value, {
          code: "noncanonical_boolean",
          message: `${text} is XML Schema's other spelling of ${value}, which cfxml writes`,
          expected: String(value),
          actual: text,
        });
      }
      return fail(
        "invalid_boolean",
        `${JSON.stringify(text)} is not a boolean`,
        '"true" or "false" (or XML Schema\'s 1 or 0)',
      );
    case "enum":
      return readEnum(node, text);
    case "timestamp":
      return parseTimestamp(text);
    case "flag":
      // The element is there, so the flag is: it holds nothing but XML whitespace (`<Self/>`, boto's `<Self></Self>`).
      return /^[ \t\r\n]*$/.test(text)
        ? ok(true)
        : fail(
            "unexpected_text",
            `${JSON.stringify(text.trim().slice(0, 40))} inside an empty element, whose presence alone is the value`,
            "no text",
          );
    default:
      return absurd(node);
  }
};

/** Checks an in-memory value (from JSON or a program), as `parseScalar` checks text. */
export const checkScalar = (node: Scalar, value: unknown): Parsed => {
  if (node._tag === "enum")
    return typeof value === "string" ? readEnum(node, value) : { ok: false, problem: typeProblem("a string", value) };
  const problem = valueProblem(node, value);
  return problem === undefined ? ok(value) : { ok: false, problem };
};

/** Whether `checkScalar` accepts the value (with or without a note), without building its verdict. */
export const scalarValid = (node: Scalar, value: unknown): boolean =>
  node._tag === "enum" ? enumHas(node, value) : valueProblem(node, value) === undefined;

const valueProblem = (node: Exclude<Scalar, EnumNode>, value: unknown): Problem | undefined => {
  switch (node._tag) {
    case "string":
      if (typeof value !== "string") return typeProblem("a string", value);
      if (NON_XML_CHAR.test(value)) {
        return {
          code: "invalid_string",
          message: "contains a character XML 1.0 cannot carry",
          expected: "XML 1.0 characters",
        };
      }
      return stringProblem(node, value);
    case "integer":
    case "long": {
      if (typeof value !== "number" || !Number.isInteger(value)) return typeProblem("an integer", value);
      const [min, max] =
        node._tag === "integer" ? [INT32_MIN, INT32_MAX] : [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
      if (value < min || value > max) {
        return {
          code: "out_of_range",
          message: `${value} is outside the range ${min} to ${max}`,
          expected: `${min} to ${max}`,
        };
      }
      return undefined;
    }
    case "boolean":
      return typeof value === "boolean" ? undefined : typeProblem("a boolean", value);
    case "flag":
      return value === true ? undefined : typeProblem("true (a flag is true, or left out)", value);
    case "timestamp": {
      if (!(value instanceof Date) || Number.isNaN(value.getTime())) return typeProblem("a valid Date", value);
      const year = value.getUTCFullYear();
      if (year < 0 || year > 9999) {
        return {
          code: "out_of_range",
          message: `year ${year} cannot be written as ISO 8601`,
          expected: "years 0000 to 9999",
        };
      }
      return undefined;
    }
    default:
      return absurd(node);
  }
};

const typeProblem = (expected: string, value: unknown): Problem => ({
  code: "invalid_type",
  message: `expected ${expected}, got ${describe(value)}`,
  expected,
});

export const describe = (value: unknown): string =>
  value === null
    ? "null"
    : Array.isArray(value)
      ? "an array"
      : value instanceof Date
        ? "a Date"
        : typeof value === "string"
          ? JSON.stringify(value)
          : typeof value === "object"
            ? "an object"
            : String(value);

/** Value to wire text (before XML escaping). */
export const printScalar = (node: Scalar, value: unknown): string => {
  switch (node._tag) {
    case "timestamp":
      return (value as Date).toISOString();
    case "string":
    case "enum":
      return value as string;
    case "integer":
    case "long":
    case "boolean":
      return String(value);
    case "flag":
      return "";
    default:
      return absurd(node);
  }
};
