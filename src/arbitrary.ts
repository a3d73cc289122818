/**
 * `cfxml/arbitrary`: fast-check arbitraries of valid CloudFront values, for testing tools that handle them.
 * Needs `fast-check` 4 (a peer dependency). Each version's roots are under its namespace, like the codecs:
 * `fc.sample(v2020_05_31.DistributionConfig, 1)`.
 */
import type fc from "fast-check";
import type { Node } from "./schema/ast.js";
import type { Infer } from "./schema/infer.js";
import { arbitraryFor } from "./interpreters/arbitrary.js";
import { roots as roots2020_05_31 } from "./versions/v2020_05_31.js";

export { arbitraryFor } from "./interpreters/arbitrary.js";
export type { ArbitraryOptions } from "./interpreters/arbitrary.js";

/** One arbitrary per document root of a version. */
export const arbitrariesOf = <R extends Readonly<Record<string, Node>>>(roots: R): { readonly [K in keyof R & string]: fc.Arbitrary<Infer<R[K]>> } =>
  Object.fromEntries(Object.entries(roots).map(([name, node]) => [name, arbitraryFor(node)])) as unknown as {
    readonly [K in keyof R & string]: fc.Arbitrary<Infer<R[K]>>;
  };

export const v2020_05_31 = arbitrariesOf(roots2020_05_31);
