/**
 * Migrations along the version line: `migrate` composes the steps between any two of the 38 versions, in
 * either direction. Upgrades fill only stated defaults, each returned as an assumption with its source (across the
 * format break of 2012-05-05, where no source says what CloudFront used, cfxml's choice, said as such), and fail
 * (never guess) where a value cannot be known; downgrades fail listing every loss, or with `lossy` perform them and
 * return the list.
 */
import type { Either } from "fp-ts/lib/Either.js";
import { left, right } from "fp-ts/lib/Either.js";
import { findKind } from "../document.js";
import type { Decoded, DecodedAs, RootName, VersionId } from "../document.js";
import type { Issue } from "../errors.js";
import type { Node } from "../schema/ast.js";
import { validateValue } from "../interpreters/check.js";
import { isValid } from "../interpreters/valid.js";
import { versions } from "../versions/index.js";
import type { VersionModule } from "../versions/index.js";
import { down, up } from "./step.js";
import type { Assumption, Equivalent, Loss, UpContext } from "./step.js";
import { fused } from "./fused.js";
import type { Run } from "./fused.js";
import { remakes, stepFacts } from "./steps.js";

export type { Assumption, Equivalent, Loss } from "./step.js";

export interface MigrateOptions {
  /** Perform a downgrade that loses data anyway; every loss is returned (default false). */
  readonly lossy?: boolean;
  /** The AWS account of the distribution, from which an upgrade to 2016-08-01+ derives `Distribution.ARN`. */
  readonly accountId?: string;
}

export type MigrationFailure =
  | { readonly kind: "unsupported"; readonly message: string }
  /** The value is not valid in the newer version and no documented default makes it so. */
  | { readonly kind: "upgrade"; readonly version: VersionId; readonly issues: readonly Issue[] }
  /** The older version cannot hold the value: every loss, from every step. */
  | { readonly kind: "downgrade"; readonly losses: readonly Loss[] }
  /** Even a lossy downgrade cannot produce a valid document (a constraint the older version adds). */
  | {
      readonly kind: "invalid";
      readonly version: VersionId;
      readonly issues: readonly Issue[];
      readonly losses: readonly Loss[];
    };

/**
 * The document in its new version (usable wherever a `Decoded` is), with what was lost on the way. Typed by the
 * version and root it has: `Migrated<"2020-05-31", "DistributionConfig">` holds a 2020-05-31 DistributionConfig.
 */
export type Migrated<V extends VersionId = VersionId, R extends RootName = RootName> = DecodedAs<V, R> & {
  /** Empty unless `lossy` was given and something was lost. */
  readonly losses: readonly Loss[];
  /** Members a downgrade dropped without a loss, because each held what its absence means in the older version. */
  readonly equivalents: readonly Equivalent[];
  /**
   * Members an upgrade filled in because a newer version requires them, each with the documented value it assumed
   * (`PriceClass_All`, the TTL defaults, an ARN derived from the account) and that fact's source.
   */
  readonly assumptions: readonly Assumption[];
};

const indices = new Map(versions.map((v, i) => [v.version as string, i]));
const indexOf = (version: string): number => indices.get(version) ?? -1;
const rootNodes = new Map<VersionModule, Map<string, Node | undefined>>();
const rootNode = (v: VersionModule, root: string): Node | undefined => {
  let byRoot = rootNodes.get(v);
  if (byRoot === undefined) rootNodes.set(v, (byRoot = new Map()));
  if (!byRoot.has(root)) {
    const found = findKind(v.version, root);
    byRoot.set(root, found.ok ? found.kind.node : undefined);
  }
  return byRoot.get(root);
};

/**
 * Moves a decoded document to another API version. The result is typed by the version asked for and the root
 * the document has: narrow `decoded.root` first (`if (d.root === "DistributionConfig")`) and a migration to
 * 2020-05-31 gives a value assignable to the AWS SDK's `DistributionConfig`.
 */
export const migrate = <const V extends VersionId, D extends Decoded>(
  decoded: D,
  to: V,
  options: MigrateOptions = {},
): Either<MigrationFailure, Migrated<V, D["root"]>> =>
  migrateAny(decoded, to, options) as Either<MigrationFailure, Migrated<V, D["root"]>>;

/**
 * `migrate` with every step run one by one, never fused: what a fused run must give exactly (test/fused.test.ts).
 * @internal
 */
export const migrateStepByStep = (
  decoded: Decoded,
  to: VersionId,
  options: MigrateOptions = {},
): Either<MigrationFailure, Migrated> => migrateAny(decoded, to, options, true);

const migrateAny = (
  decoded: Decoded,
  to: VersionId,
  options: MigrateOptions,
  stepByStep = false,
): Either<MigrationFailure, Migrated> => {
  const from = indexOf(decoded.version);
  const target = indexOf(to);
  if (from < 0 || target < 0)
    return left({ kind: "unsupported", message: `unsupported version ${from < 0 ? decoded.version : to}` });
  const missing = missingRoot(decoded.root, Math.min(from, target), Math.max(from, target));
  if (missing !== undefined)
    return left({ kind: "unsupported", message: `<${decoded.root}> does not exist in version ${missing.version}` });
  // Checking the value after every step is most of the cost of a long migration, and a value the last version
  // accepts was accepted all along but for the rarest of cases; so only the result is checked, and a migration
  // that fails that check is run again checking every step, to name the first version that refuses the value.
  // An upgrade fuses the runs of steps it can (see fused.ts): what they give is what the steps give, in one walk.
  if (from < target && !stepByStep) {
    const upgraded = upgradeFused(decoded, from, target, options);
    if (upgraded !== undefined) {
      const root = decoded.root;
      const v = versions[target] as VersionModule;
      if (!isValid(v.shapes, rootNode(v, root) as Node, upgraded.value))
        return walk(decoded, from, target, options, true).result;
      const { value, assumptions } = upgraded;
      return right({ version: v.version, root, value, losses: [], equivalents: [], assumptions } as Migrated);
    }
  }
  const fast = walk(decoded, from, target, options, false);
  return fast.checkFailed ? walk(decoded, from, target, options, true).result : fast.result;
};

// The first version between two (by index) that lacks the root, memoised per root and pair.
const missingRoots = new Map<string, VersionModule | null>();
const missingRoot = (root: string, first: number, last: number): VersionModule | undefined => {
  const key = `${root} ${first} ${last}`;
  let missing = missingRoots.get(key);
  if (missing === undefined) {
    missing = versions.slice(first, last + 1).find((v) => rootNode(v, root) === undefined) ?? null;
    missingRoots.set(key, missing);
  }
  return missing ?? undefined;
};

/**
 * An upgrade's way, by root and pair of versions: each run of steps that remake no structure (compiled once, see
 * fused.ts) with the chain of root nodes it walks, and between them the index of each step that does, run alone.
 */
type Leg = { readonly run: Run; readonly chain: readonly Node[]; readonly last: number } | number;
const routes = new Map<string, readonly Leg[]>();
const routeOf = (root: string, from: number, target: number): readonly Leg[] => {
  const key = `${root} ${from} ${target}`;
  let route = routes.get(key);
  if (route === undefined) {
    const legs: Leg[] = [];
    for (let i = from; i < target; ) {
      let last = i;
      while (last < target && !remakes((versions[last + 1] as VersionModule).version)) last++;
      if (last === i) legs.push(i++);
      else {
        const sides = versions.slice(i, last + 1);
        const run = { sides, facts: sides.map((v) => stepFacts(v.version)) };
        legs.push({ run, chain: sides.map((v) => rootNode(v, root) as Node), last });
        i = last;
      }
    }
    routes.set(key, (route = legs));
  }
  return route;
};

/**
 * An upgrade unchecked: each run of steps that remake no structure fused into one walk, the steps that do one by one.
 * `undefined` where a fused run gives up or a step meets a preserved element that does not decode: then the steps
 * run one by one all the way (`walk`), and say what they say.
 */
const upgradeFused = (
  decoded: Decoded,
  from: number,
  target: number,
  options: MigrateOptions,
): { readonly value: unknown; readonly assumptions: Assumption[] } | undefined => {
  const root = decoded.root;
  const context = options.accountId === undefined ? {} : { accountId: options.accountId };
  const assumptions: Assumption[] = [];
  let value: unknown = decoded.value;
  for (const leg of routeOf(root, from, target)) {
    if (typeof leg !== "number") {
      const out = fused(leg.run, leg.chain, value);
      if (out === undefined) return undefined;
      value = out.value;
      continue;
    }
    const preserved: Issue[] = [];
    value = upStep(leg, root, value, { ...context, issues: preserved, assumptions });
    if (preserved.length > 0) return undefined;
  }
  return { value, assumptions };
};

/** The step from `versions[i]` up to `versions[i + 1]` of a value of `root`: the one both walks take. */
const upStep = (i: number, root: string, value: unknown, context: UpContext): unknown => {
  const older = versions[i] as VersionModule;
  const newer = versions[i + 1] as VersionModule;
  const nodes = [rootNode(older, root) as Node, rootNode(newer, root) as Node] as const;
  return up(older, newer, stepFacts(newer.version), ...nodes, value, `/${root}`, context);
};

interface Walked {
  readonly result: Either<MigrationFailure, Migrated>;
  /** Whether the result is a failure of the value check (rather than a loss or a preserved element). */
  readonly checkFailed: boolean;
}

/** The steps from one version to another, checking the value after every step or only after the last. */
const walk = (decoded: Decoded, from: number, target: number, options: MigrateOptions, checkEach: boolean): Walked => {
  const root = decoded.root;
  // The issues only where the compiled check says there are some.
  const check = (v: VersionModule, value: unknown, last: boolean): readonly Issue[] =>
    (checkEach || last) && !isValid(v.shapes, rootNode(v, root) as Node, value)
      ? validateValue(v.shapes, rootNode(v, root) as Node, root, value)
      : [];
  const failed = (failure: MigrationFailure, checkFailed: boolean): Walked => ({ result: left(failure), checkFailed });
  let value: unknown = decoded.value;
  const context = options.accountId === undefined ? {} : { accountId: options.accountId };
  const assumptions: Assumption[] = [];
  for (let i = from; i < target; i++) {
    const newer = versions[i + 1] as VersionModule;
    const preserved: Issue[] = [];
    value = upStep(i, root, value, { ...context, issues: preserved, assumptions });
    // A preserved element that does not decode is the whole story: the member it would have been is not also missing.
    if (preserved.length > 0) return failed({ kind: "upgrade", version: newer.version, issues: preserved }, false);
    const issues = check(newer, value, i + 1 === target);
    if (issues.length > 0) return failed({ kind: "upgrade", version: newer.version, issues }, true);
  }
  const losses: Loss[] = [];
  const equivalents: Equivalent[] = [];
  // A strict failure reports what would be lost, not what a lossy run would have written instead.
  const lost = (): readonly Loss[] => losses.map(({ replacement: _, ...loss }) => loss);
  for (let i = from; i > target; i--) {
    const newer = versions[i] as VersionModule;
    const older = versions[i - 1] as VersionModule;
    // Always carried on as if lossy, so that a strict failure can list the losses of every step.
    const stepLosses: Loss[] = [];
    value = down(
      newer,
      older,
      stepFacts(newer.version),
      rootNode(newer, root) as Node,
      rootNode(older, root) as Node,
      value,
      `/${root}`,
      { lossy: true, losses: stepLosses, equivalents, ...context },
    );
    losses.push(...stepLosses);
    const issues = check(older, value, i - 1 === target);
    if (issues.length > 0)
      return failed(
        options.lossy === true || losses.length === 0
          ? { kind: "invalid", version: older.version, issues, losses }
          : { kind: "downgrade", losses: lost() },
        true,
      );
  }
  if (losses.length > 0 && options.lossy !== true) return failed({ kind: "downgrade", losses: lost() }, false);
  return {
    result: right({ version: versions[target]?.version, root, value, losses, equivalents, assumptions } as Migrated),
    checkFailed: false,
  };
};

/** The oldest version that holds the value losslessly, and the losses that stop it going further back. */
export const earliestVersion = (
  decoded: Decoded,
): { readonly version: VersionId; readonly pinnedBy: readonly Loss[] } => {
  let version: VersionId = decoded.version;
  for (let i = indexOf(decoded.version); i > 0; i--) {
    const older = (versions[i - 1] as VersionModule).version as VersionId;
    const r = migrate(decoded, older);
    if (r._tag === "Left") {
      const pinnedBy = r.left.kind === "downgrade" || r.left.kind === "invalid" ? r.left.losses : [];
      return { version, pinnedBy };
    }
    version = older;
  }
  return { version, pinnedBy: [] };
};
