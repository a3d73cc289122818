/**
 * Migration facts as data: what one step between adjacent versions needs beyond what the two schemas say, each
 * with the source it rests on. The step engine looks facts up by shape and member; test/migrations.test.ts
 * checks every fact against the schemas of its step (the shape and member exist, and have the requiredness the
 * kind of fact is about), so a fact can never name something that is not there.
 */
import type { Converter } from "./convert.js";

/** What an upgrade derives from the caller's context (the AWS account, for ARNs) and the value being built. */
export interface DefaultContext {
  /** The structure being upgraded (already in the newer version's shape). */
  readonly parent: Readonly<Record<string, unknown>>;
  /** The AWS account the distribution belongs to, when the caller knows it. */
  readonly accountId?: string;
}

/** A value, or how to derive it; `undefined` from a derivation means it cannot be known. */
export type FactValue = unknown | ((context: DefaultContext) => unknown);

interface FactBase {
  /** The structure, by model shape name (`DistributionConfig`, `LoggingConfig`). */
  readonly shape: string;
  readonly member: string;
  readonly value: FactValue;
  /** Where the value comes from, quoted or cited. */
  readonly source: string;
  /** How a derived value reads in the docs (`arn:aws:cloudfront::<accountId>:distribution/<Id>`). */
  readonly shown?: string;
}

export type Fact =
  /**
   * A member the newer version requires and the older one lacks (or lets you leave out): the value that reproduces
   * the old behaviour. An upgrade fills it in, and says so among its assumptions; a downgrade drops a member the
   * older version lacks that holds exactly this value, without a loss.
   */
  | (FactBase & { readonly kind: "default" })
  /**
   * A member the older version requires and the newer one lets you omit: what omitting it means. A downgrade
   * writes this value for an omitted member, which is no loss; the laws compare up to these equivalences.
   */
  | (FactBase & { readonly kind: "absent" })
  /**
   * For a lossy downgrade only: what to write where the older version requires a member and the newer value has
   * nothing equivalent (or a value the older version lacks). Always reported among the losses.
   */
  | (FactBase & { readonly kind: "lossyFill" })
  /**
   * A member the newer version adds, optional there, whose value can mean exactly what the older version did
   * without it (`OriginGroups` with no group, `ConnectionAttempts` 3): a downgrade drops a member that holds
   * such a value without a loss, and lists it among the `equivalents`. `value` is a predicate here.
   */
  | (Omit<FactBase, "value"> & {
      readonly kind: "equivalent";
      readonly holds: (value: unknown, parent: Readonly<Record<string, unknown>>) => boolean;
      readonly shown: string;
    });

export type FactKind = Fact["kind"];

type ValueKind = Exclude<FactKind, "equivalent">;
const fact =
  (kind: ValueKind) =>
  (shape: string, member: string, value: FactValue, source: string, shown?: string): Fact =>
    Object.freeze({ kind, shape, member, value, source, ...(shown === undefined ? {} : { shown }) }) as Fact;

export const defaultValue = fact("default");
export const absentMeans = fact("absent");
export const lossyFill = fact("lossyFill");
export const equivalent = (
  shape: string,
  member: string,
  holds: (value: unknown, parent: Readonly<Record<string, unknown>>) => boolean,
  shown: string,
  source: string,
): Fact => Object.freeze({ kind: "equivalent", shape, member, holds, shown, source });

/** The facts of one step, looked up by kind, shape and member, and the converters of the structures it remakes. */
export interface StepFacts {
  readonly find: <K extends FactKind>(kind: K, shape: string, member: string) => Extract<Fact, { kind: K }> | undefined;
  readonly converter: (shape: string) => Converter | undefined;
}

export const indexFacts = (facts: readonly Fact[], converters: Readonly<Record<string, Converter>> = {}): StepFacts => {
  const byKey = new Map(facts.map((f) => [`${f.kind} ${f.shape}.${f.member}`, f]));
  if (byKey.size !== facts.length) throw new Error("a migration fact is stated twice");
  return {
    find: <K extends FactKind>(kind: K, shape: string, member: string) =>
      byKey.get(`${kind} ${shape}.${member}`) as Extract<Fact, { kind: K }> | undefined,
    converter: (shape) => (Object.hasOwn(converters, shape) ? converters[shape] : undefined),
  };
};

/** The value of a fact in a context: a derivation is called, a constant is copied by the caller. */
export const factValue = (f: Exclude<Fact, { kind: "equivalent" }>, context: DefaultContext): unknown =>
  typeof f.value === "function" ? (f.value as (c: DefaultContext) => unknown)(context) : f.value;
