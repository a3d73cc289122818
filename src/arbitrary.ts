/**
 * `cfxml/arbitrary`: fast-check arbitraries of valid CloudFront values, for testing tools that handle them.
 * `fc.sample(arbitraries("2012-07-01").DistributionConfig, 1)`.
 */
import type fc from "fast-check";
import type { Node } from "./schema/ast.js";
import type { RootValue } from "./document.js";
import { arbitraryFor } from "./interpreters/arbitrary.js";
import type { ArbitraryOptions } from "./interpreters/arbitrary.js";
import { versionById } from "./versions/index.js";
import type { VersionModule } from "./versions/index.js";

export { arbitraryFor } from "./interpreters/arbitrary.js";
export type { ArbitraryOptions } from "./interpreters/arbitrary.js";

type ModuleOf<V extends VersionModule["version"]> = Extract<VersionModule, { readonly version: V }>;
type RootArbitraries<M extends VersionModule> = { readonly [R in M["roots"][number]]: fc.Arbitrary<RootValue<M, R>> };

/** One arbitrary per document root of a version. */
export const arbitraries = <V extends VersionModule["version"]>(version: V, options?: ArbitraryOptions): RootArbitraries<ModuleOf<V>> => {
  const v = versionById(version);
  if (v === undefined) throw new Error(`unsupported version ${version}`);
  const shapes = v.shapes as Readonly<Record<string, Node>>;
  return Object.fromEntries(v.roots.map((name) => [name, arbitraryFor(v.shapes, shapes[name] as Node, options)])) as never;
};
