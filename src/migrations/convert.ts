/**
 * Converters: what a step does to a structure it remakes wholesale, where the generic walk (src/migrations/step.ts)
 * cannot follow members by name. The format break of 2012-05-05 needs them (`CNAME*` becomes `Aliases`, the origin an
 * `Origins` entry and a `DefaultCacheBehavior`, a present `Logging` one that is `Enabled`), and so does 2010-11-01,
 * which moved the origin into `S3Origin`. A converter is keyed by the structure's shape name in the step's newer
 * version, and is handed the tools of the walk, so that whatever it does not remake still goes the generic way.
 */
import type { Node } from "../schema/ast.js";
import type { Problem } from "../errors.js";
import type { Loss } from "./step.js";

/** A structure's value, as converters read it. */
export type Value = Readonly<Record<string, unknown>>;

export const isRecord = (v: unknown): v is Value =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** What an upgrading converter may do besides building the value. */
export interface UpTools {
  /** The structure's element path. */
  readonly path: string;
  /** The generic upgrade of the structure's members, but for those in `skip` (on either side). */
  members(value: Readonly<Record<string, unknown>>, skip: readonly string[]): Record<string, unknown>;
  /** The upgrade of a value from a node of the older version to one of the newer (references by shape name). */
  walk(oldNode: Node, newNode: Node, value: unknown, path: string): unknown;
  /** The step's `default` fact for `shape.member`, recorded as an assumption at `path`. */
  assume(shape: string, member: string, path: string): unknown;
  /** Refuses the upgrade: the value holds something the newer version cannot say. */
  refuse(problem: Problem, path: string): void;
}

/** What a downgrading converter may do besides building the value. */
export interface DownTools {
  readonly path: string;
  /** Whether the caller takes losses (the converter repairs what it loses then, and says with what). */
  readonly lossy: boolean;
  /** The generic downgrade of the structure's members, but for those in `skip` (on either side). */
  members(value: Readonly<Record<string, unknown>>, skip: readonly string[]): Record<string, unknown>;
  walk(newNode: Node, oldNode: Node, value: unknown, path: string): unknown;
  /** Something the older version cannot hold (`introducedIn` is the step's newer version). */
  lose(loss: Omit<Loss, "introducedIn">): void;
  /** Something dropped without a loss, since the older version says the same by leaving it out. */
  same(path: string, value: unknown, why: string): void;
}

export interface Converter {
  readonly up: (value: Readonly<Record<string, unknown>>, tools: UpTools) => unknown;
  /** The older form, or `undefined` for "leave the member out" (a disabled `Logging`). */
  readonly down: (value: Readonly<Record<string, unknown>>, tools: DownTools) => unknown;
}
