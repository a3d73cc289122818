/**
 * Elements a version does not define, kept by `decode(…, { unknown: "preserve" })` so that a document from a
 * newer model revision is written back unchanged.
 *
 * They live under a symbol key on the structure (or list array) that contained them: JSON output and the io-ts
 * codecs do not see them, object spread copies them, and the encoder writes each back after the member (or
 * list entry) it followed.
 */

export const unknownElements: unique symbol = Symbol.for("cfxml.unknownElements");

/** A raw XML subtree: names and attributes exactly as written (namespace declarations included), text as decoded. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: ReadonlyArray<readonly [name: string, value: string]>;
  readonly children: ReadonlyArray<XmlElement | string>;
}

export interface UnknownElement {
  /** The member element it followed in a structure, the number of entries before it in a list, or `null` when first. */
  readonly after: string | number | null;
  readonly element: XmlElement;
}

export const unknownsOf = (value: object): readonly UnknownElement[] | undefined =>
  (value as { [unknownElements]?: readonly UnknownElement[] })[unknownElements];

/** The member a preserved element can stand for: unprefixed, in the document's own namespace (no xmlns of its own). */
export const preservedMemberName = (el: XmlElement): string | undefined =>
  el.name.includes(":") || el.attributes.some(([name]) => name === "xmlns" || name.startsWith("xmlns:")) ? undefined : el.name;
