/**
 * Elements a version does not define, kept by `decode(…, { unknown: "preserve" })` so that a document from a
 * newer model revision is written back unchanged.
 *
 * They live under a symbol key on the structure (or list array) that contained them: JSON output and the io-ts
 * codecs do not see them, object spread copies them, and the encoder writes each back after the member (or
 * list entry) it followed.
 */

export const unknownElements: unique symbol = Symbol.for("cfxml.unknownElements");

/**
 * JSON members a version does not define, kept by `decodeJson(…, { unknown: "preserve" })` (the AWS CLI prints
 * members newer than any public model, `ViewerCertificate.IncludeSubdomains` in 2025): written back by
 * `encodeJson`; `encode` refuses them, since their XML form is not known.
 */
export const unknownMembers: unique symbol = Symbol.for("cfxml.unknownMembers");

/** JSON as the AWS CLI prints it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * A preserved element as a tree: names and attributes exactly as written (namespace declarations included), text as
 * decoded.
 */
export interface XmlElement {
  readonly name: string;
  readonly attributes: ReadonlyArray<readonly [name: string, value: string]>;
  readonly children: ReadonlyArray<XmlElement | string>;
}

export interface UnknownElement {
  /** The member element it followed in a structure, the number of entries before it in a list, or `null` when first. */
  readonly after: string | number | null;
  /**
   * The element exactly as the document spells it, from its `<` to the end of its end tag (references, CDATA,
   * comments and whitespace inside it included), with the namespace declarations it relied on from its ancestors
   * added to its start tag, so that it means the same written anywhere. `encode` writes it back as it is.
   */
  readonly raw: string;
  /** The same element as a tree, parsed from `raw` when first asked for. */
  readonly element: XmlElement;
}

export const unknownsOf = (value: object): readonly UnknownElement[] | undefined =>
  (value as { [unknownElements]?: readonly UnknownElement[] })[unknownElements];

// XML's whitespace only: JavaScript's \s also matches characters that XML names may hold (U+FEFF).
const NAME = /^<([^ \t\r\n/>]+)/;
const ATTRIBUTE = /[ \t\r\n]+([^ \t\r\n=]+)[ \t\r\n]*=[ \t\r\n]*(?:"[^"]*"|'[^']*')/y;

/**
 * The member a preserved element can stand for: unprefixed, in the document's own namespace (no namespace
 * declaration of its own). Read from the start tag of its text, which saxes found well-formed: a name, then
 * attributes, each `name="…"` or `name='…'` (no markup inside a value).
 */
export const preservedMemberName = (u: UnknownElement): string | undefined => {
  const name = NAME.exec(u.raw)?.[1];
  if (name === undefined || name.includes(":")) return undefined;
  ATTRIBUTE.lastIndex = name.length + 1;
  for (let m = ATTRIBUTE.exec(u.raw); m !== null; m = ATTRIBUTE.exec(u.raw)) {
    const attribute = m[1] as string;
    if (attribute === "xmlns" || attribute.startsWith("xmlns:")) return undefined;
  }
  return name;
};

export const unknownMembersOf = (value: object): Readonly<Record<string, Json>> | undefined =>
  (value as { [unknownMembers]?: Readonly<Record<string, Json>> })[unknownMembers];

const keep = (to: object, key: symbol, value: unknown): void =>
  void Object.defineProperty(to, key, { value, enumerable: true, writable: true, configurable: true });

/** Puts preserved elements on a structure or list value (under their symbol, so JSON and io-ts do not see them). */
export const attachElements = (to: object, elements: readonly UnknownElement[]): void =>
  keep(to, unknownElements, elements);
export const attachMembers = (to: object, members: Readonly<Record<string, Json>>): void =>
  keep(to, unknownMembers, members);

/** Carries what `from` preserved (elements and JSON members) over to its rebuilt copy `to`. */
export const carryUnknowns = (from: object, to: object): void => {
  const elements = unknownsOf(from);
  if (elements !== undefined) attachElements(to, elements);
  const members = unknownMembersOf(from);
  if (members !== undefined) attachMembers(to, members);
};
