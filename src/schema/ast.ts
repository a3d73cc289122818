/**
 * The closed vocabulary every CloudFront API version is written in.
 *
 * A version is a table of named shapes (`Shapes`), as in the AWS models; members refer to other shapes by name
 * (`Ref`), so a version that changes one shape overrides that one entry and every shape using it follows.
 * A schema is plain frozen data: interpreters (decoder, encoder, io-ts, arbitraries, docs) walk it with an
 * exhaustive `switch (node._tag)`, so adding a node kind fails to compile until every interpreter handles it.
 * Values follow the AWS SDK v3 / AWS CLI JSON shape: members named as the XML elements, CloudFront's
 * `Quantity`/`Items` wrappers kept as structures (see `Struct.quantity`).
 *
 * The versions before 2012-05-05 wrote lists another way, and have no SDK JSON: an element repeated in its parent
 * without a wrapper (`Repeated`), an empty element that is a flag (`FlagNode`), and a choice of exactly one of several
 * members (`Struct.choices`). Their values follow the same rule: a repeated element is an array named as the element,
 * a flag is `true` (or left out), and a choice is whichever member is present.
 */

export interface StringNode {
  readonly _tag: "string";
  /** Length bounds in Unicode code points, as Smithy's `length` trait counts them. */
  readonly minLength?: number;
  readonly maxLength?: number;
  /** The model's pattern: an ECMAScript regex that must match somewhere in the value (Smithy semantics, unanchored). */
  readonly pattern?: string;
}

/** A 32-bit signed integer (`Quantity`, ports, timeouts, `ErrorCode`, `StatusCode`). */
export interface IntegerNode {
  readonly _tag: "integer";
}

/** A 64-bit integer on the wire; values beyond ±(2^53 − 1) are rejected rather than rounded. */
export interface LongNode {
  readonly _tag: "long";
}

export interface BooleanNode {
  readonly _tag: "boolean";
}

export interface EnumNode<V extends string = string, W extends string = string> {
  readonly _tag: "enum";
  /** The model's shape name, e.g. `ViewerProtocolPolicy`. */
  readonly name: string;
  readonly values: readonly V[];
  /**
   * Spellings CloudFront itself writes outside the model's values (`HTTP2` for `http2` in ListDistributions),
   * each with the value it stands for. They are read with a `noncanonical_enum` warning and kept as written, so
   * the document is written back as it was read.
   */
  readonly variants?: Readonly<Record<W, V>>;
}

/**
 * An empty element whose presence is the value, as `<Self/>` in the trusted signers of the format before 2012-05-05:
 * `true` when the element is there; the member is left out otherwise (no element spells false).
 */
export interface FlagNode {
  readonly _tag: "flag";
}

/** ISO 8601 on the wire (rest-xml's default), a `Date` in values as in the AWS SDK v3. */
export interface TimestampNode {
  readonly _tag: "timestamp";
}

export interface Member<N extends Node = Node, R extends boolean = boolean> {
  readonly node: N;
  readonly required: R;
  readonly deprecated: boolean;
}

/** Members in wire order: object key order is the canonical child order. */
export type Members = { readonly [element: string]: Member };

export interface Struct<M extends Members = Members> {
  readonly _tag: "struct";
  /** The model's shape name (`LoggingConfig` for the `Logging` element). */
  readonly name: string;
  readonly members: M;
  /**
   * True for CloudFront's list wrappers: an integer member `Quantity` that must equal the number of entries
   * in the list member `Items` (0 when `Items` is absent). Other members may sit beside them.
   */
  readonly quantity: boolean;
  /**
   * Groups of members of which exactly one is present (`S3Origin` or `CustomOrigin`). On the wire and in values they
   * are ordinary members: a choice has no element of its own, so it is a rule of the structure, not a node.
   */
  readonly choices?: readonly (readonly string[])[];
}

/** A wrapped list: the member element contains one `item` element per entry. No list is `flattened`. */
export interface List<N extends Node = Node> {
  readonly _tag: "list";
  readonly item: string;
  readonly node: N;
  readonly minItems?: number;
  readonly maxItems?: number;
}

/**
 * An element repeated directly in its structure, with no wrapper and no `Quantity`, as the format before 2012-05-05
 * wrote `<CNAME>a</CNAME><CNAME>b</CNAME>`: only a structure's member can be one, and the entry's element is the
 * member's. Its value is an array of at least one entry (Smithy's `@xmlFlattened` list); none is the member left out,
 * since no XML spells an empty one.
 */
export interface Repeated<N extends Node = Node> {
  readonly _tag: "repeated";
  readonly node: N;
  readonly minItems?: number;
  readonly maxItems?: number;
}

/** A shape of the version, by name: resolved through the version's `Shapes`. */
export interface Ref<Name extends string = string> {
  readonly _tag: "ref";
  readonly name: Name;
}

export type Scalar = StringNode | IntegerNode | LongNode | BooleanNode | EnumNode | TimestampNode | FlagNode;
/** A node with its references resolved. */
export type Resolved = Scalar | Struct | List | Repeated;
export type Node = Resolved | Ref;

/** A version's named shapes. */
export type Shapes = { readonly [name: string]: Resolved };

export const absurd = (node: never): never => {
  throw new Error(`unknown schema node ${JSON.stringify(node)}`);
};
