/**
 * `cfxml/arbitrary`: fast-check arbitraries of valid CloudFront values, for testing tools that handle them.
 * `fc.sample(arbitraries("2012-07-01").DistributionConfig, 1)`.
 */
import type fc from "fast-check";
import type { Node } from "./schema/ast.js";
import { requireVersion } from "./document.js";
import type { ModuleOf, RootValue, VersionId } from "./document.js";
import { arbitraryFor } from "./interpreters/arbitrary.js";
import type { ArbitraryOptions } from "./interpreters/arbitrary.js";
import type { VersionModule } from "./versions/index.js";

export { arbitraryFor } from "./interpreters/arbitrary.js";
export type { ArbitraryOptions } from "./interpreters/arbitrary.js";

/** One fast-check arbitrary per document root of version module `M`. */
export type RootArbitraries<M extends VersionModule> = {
  readonly [R in M["roots"][number]]: fc.Arbitrary<RootValue<M, R>>;
};

/** One arbitrary per document root of a version. */
export const arbitraries = <V extends VersionId>(
  version: V,
  options?: ArbitraryOptions,
): RootArbitraries<ModuleOf<V>> => {
  const v = requireVersion(version);
  const shapes = v.shapes as Readonly<Record<string, Node>>;
  return Object.fromEntries(
    v.roots.map((name) => [name, arbitraryFor(v.shapes, shapes[name] as Node, options)]),
  ) as never;
};
