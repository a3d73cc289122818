/**
 * Properties of lint over arbitrary documents: documents made valid by construction (test/lint-valid.ts) raise no
 * finding, in every version; any document the schema allows, of any root, is linted without throwing, and every
 * finding points into the document. fast-check prints the seed and path of any counterexample.
 */
import { fc, it } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { decodeJson } from "../src/index.js";
import type { RootName, VersionId } from "../src/index.js";
import { arbitraryFor } from "../src/interpreters/arbitrary.js";
import { lint } from "../src/lint/lint.js";
import type { Node } from "../src/schema/ast.js";
import { legacyVersions, versions } from "../src/versions/index.js";
import { validArbitrary } from "./lint-valid.js";

const decoded = (version: VersionId, root: RootName, value: unknown) => {
  const r = decodeJson(value, { version, root });
  if (r._tag === "Left")
    throw new Error(
      `the repaired value is not a valid ${version} ${root}: ${JSON.stringify(r.left.issues.slice(0, 3))}`,
    );
  return r.right;
};

// The versions lint reads: those with an official model (it declines the older ones).
describe.each(versions.filter((v) => !legacyVersions.has(v.version)).map((v) => [v.version, v] as const))(
  "lint, %s",
  (version, v) => {
    it.prop([validArbitrary(v, "DistributionConfig")], { numRuns: 60 })(
      "finds nothing in a DistributionConfig valid by construction",
      (value) => {
        expect(lint(decoded(version, "DistributionConfig", value))).toEqual([]);
      },
    );

    it.prop([validArbitrary(v, "StreamingDistributionConfig")], { numRuns: 20 })(
      "finds nothing in a StreamingDistributionConfig valid by construction",
      (value) => {
        expect(lint(decoded(version, "StreamingDistributionConfig", value))).toEqual([]);
      },
    );

    const roots = v.roots as readonly RootName[];
    it.prop(
      [
        fc
          .constantFrom(...roots)
          .chain((root) =>
            fc.tuple(
              fc.constant(root),
              arbitraryFor(v.shapes, (v.shapes as Record<string, Node>)[root] as Node, { maxItems: 4 }),
            ),
          ),
      ],
      { numRuns: 60 },
    )(
      "lints any document the schema allows, of any root, without throwing, at paths under the root",
      ([root, value]) => {
        for (const f of lint(decoded(version, root, value))) expect(f.path.startsWith(`/${root}`)).toBe(true);
      },
    );
  },
);
