/**
 * Whether a JavaScript number holds a JSON number exactly as written. A member kept under `unknown: "preserve"` is
 * written back from the value, so a number the double rounds (`100.0000000000000001` becomes 100) or cannot hold
 * (`1e400` becomes Infinity, which JSON.stringify writes as null) would come back changed.
 */

interface Decimal {
  readonly negative: boolean;
  /** Significant digits, without leading or trailing zeros ("" for zero). */
  readonly digits: string;
  /** The power of ten of the last digit. */
  readonly exponent: number;
}

const NUMBER = /^(-?)([0-9]+)(?:\.([0-9]+))?(?:[eE]([+-]?[0-9]+))?$/;

/** A number's decimal value, normalized; loops rather than regular expressions trim the zeros (linear on any text). */
const decimal = (text: string): Decimal | undefined => {
  const m = NUMBER.exec(text);
  if (m === null) return undefined;
  const [, sign = "", whole = "", fraction = "", exp = "0"] = m;
  const all = whole + fraction;
  let start = 0;
  while (start < all.length && all[start] === "0") start++;
  let end = all.length;
  while (end > start && all[end - 1] === "0") end--;
  const digits = all.slice(start, end);
  if (digits === "") return { negative: false, digits, exponent: 0 };
  return { negative: sign === "-", digits, exponent: Number(exp) - fraction.length + (all.length - end) };
};

/** Whether `Number(text)` is the number `text` writes, to the last digit (so JSON.stringify gives its value back). */
export const heldExactly = (text: string): boolean => {
  const written = decimal(text);
  // String gives the shortest text that reads back as the same double: "1e+21", "1.5e-7", "Infinity".
  const held = decimal(String(Number(text)).replace("e+", "e"));
  return (
    written !== undefined &&
    held !== undefined &&
    written.negative === held.negative &&
    written.digits === held.digits &&
    written.exponent === held.exponent
  );
};
