/**
 * What a lint rule is: a small declaration over the shared walk (src/lint/walk.ts). It names the structures it
 * reads (by the model's shape name), the versions it holds in, CloudFront's error code, and a check that returns
 * what it found, relative to the structure it was given. Adding a rule is adding one of these to a family file.
 */
import type { Severity } from "../errors.js";
import type { Struct } from "../schema/ast.js";
import type { Shape } from "../schema/infer.js";
import type { shapes as latestShapes } from "../versions/v2020_05_31.js";
import type { CloudFrontCode } from "./codes.js";
import type { Distribution } from "./facts.js";
import type { ApiVersion } from "./line.js";
import type { Quotas } from "./quotas.js";
import type { ReferenceId } from "./reference.js";

type Latest = typeof latestShapes;

/**
 * A structure of the model, by its shape name (`CacheBehavior`, `LoggingConfig` for `Logging`).
 * @useDeclaredType
 */
export type ShapeName = { [K in keyof Latest]: Latest[K] extends Struct ? K : never }[keyof Latest] & string;

/**
 * A value as a rule sees it, in any version: the latest version's members, every one optional (older versions lack
 * some, and the current model made some optional), read-only.
 */
export type View<T> = T extends Date
  ? T
  : T extends readonly (infer E)[]
    ? readonly View<E>[]
    : T extends object
      ? { readonly [K in keyof T]?: View<T[K]> }
      : T;

/** The view of the model's structure `N`. */
export type ViewOf<N extends ShapeName> = View<Shape<typeof latestShapes, N>>;

/**
 * Where a finding is, from the structure the rule was given: member names, and a number for the entry of a list
 * (0-based). `["ForwardedValues", "Headers", 2]` is `ForwardedValues/Headers/Items/Name[3]`; the walk spells
 * the list elements from the schema. No steps: the structure itself.
 */
export type Steps = readonly (string | number)[];

/** What a check found. The message says what to change. */
export interface Report {
  readonly at?: Steps;
  readonly message: string;
  readonly expected?: string;
  readonly actual?: string;
}

/** What a check may ask besides its structure. */
export interface Scope {
  readonly version: string;
  readonly quotas: Quotas;
  /** The structure's 0-based position in its list, or -1 when it is not a list entry. */
  readonly index: number;
  /** The distribution (configuration or summary) the structure belongs to, for cross-references. */
  readonly distribution: Distribution | undefined;
  /** Whether the version's shape of this structure has the member (a requirement may name one a version lacks). */
  has(member: string): boolean;
}

export type Found = Report | readonly Report[] | undefined;

/** A DistributionConfig as an example mutates it: the latest version's members, any of them settable. */
// Examples reach into any member of any version by name; what they make is checked by decoding it.
// biome-ignore lint/suspicious/noExplicitAny: see above.
export type Draft = Record<string, any>;

/** A minimal way to break the rule, applied to the minimal valid DistributionConfig of a version. */
export interface Example {
  /** Mutates the document so that this rule, and no other, finds one thing. */
  readonly breaks: (d: Draft, version: string) => void;
  /** Where that finding is, from the root element. */
  readonly at: Steps;
}

export interface Rule<Id extends string = string, Code extends string = string> {
  /** Stable, ours: it names the rule in options, SARIF and the docs. */
  readonly id: Id;
  /** CloudFront's error code; the rule's id where no source states one. */
  readonly code: Code;
  /** The rule's number in shared/reference/lint-rules.md. */
  readonly ref: ReferenceId;
  /** The first API version it holds in (and the first it no longer holds in). */
  readonly since: ApiVersion;
  readonly until?: ApiVersion;
  readonly severity: Severity;
  /** The structures it reads, by shape name. */
  readonly on: readonly ShapeName[];
  /** What it checks, for the README's table: one sentence. */
  readonly summary: string;
  /** Where the rule comes from. */
  readonly source: string;
  readonly check: (node: never, scope: Scope) => Found;
  readonly example: Example;
}

interface RuleSpec<Id extends string, Code extends string, N extends ShapeName>
  extends Omit<Rule<Id, Code>, "on" | "check"> {
  readonly on: readonly N[];
  readonly check: (node: ViewOf<N>, scope: Scope) => Found;
}

/** Declares a rule; the check is typed by the structures it reads. */
export const rule = <const Id extends string, const Code extends CloudFrontCode | Id, const N extends ShapeName>(
  spec: RuleSpec<Id, Code, N>,
): Rule<Id, Code> => Object.freeze(spec as unknown as Rule<Id, Code>);
