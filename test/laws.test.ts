/**
 * The laws, for every complex type of every version (not only the roots):
 * - agreement: the io-ts codec accepts every arbitrary value;
 * - round trip: decode(encode(v)) equals v, compact and pretty;
 * - chunking: decoding the encoded XML cut into random string or byte chunks equals decoding it whole.
 * Runs: 200 per root of the current version, 100 per root of the older ones (50 before 2012-05-05), fewer for inner
 * types (which the roots' runs exercise again). fast-check prints the seed and path of any counterexample.
 */
import { fc, it } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { arbitraryFor } from "../src/interpreters/arbitrary.js";
import { codecFor } from "../src/interpreters/iots.js";
import type { Node, Shapes, Struct } from "../src/schema/ast.js";
import { structsOf } from "../src/schema/walk.js";
import { latest, legacyVersions, namespaceOf, versions } from "../src/versions/index.js";
import { cut, decodeFragment, encodeFragment } from "./testkit.js";

const utf8 = new TextEncoder();

interface Case {
  readonly version: string;
  readonly shapes: Shapes;
  readonly node: Struct;
  readonly element: string;
  readonly runs: number;
}

// The eleven versions before 2012-05-05 are small and alike (each a delta of a few members): fewer runs each.
const casesOf = (v: (typeof versions)[number]): Case[] => {
  const current = v === latest;
  const legacy = legacyVersions.has(v.version);
  const shapes: Shapes = v.shapes;
  const cases = new Map<Struct, Case>();
  for (const root of v.roots) {
    const node = shapes[root] as Struct;
    cases.set(node, { version: v.version, shapes, node, element: root, runs: current ? 200 : legacy ? 50 : 100 });
  }
  for (const root of v.roots) {
    for (const { node, element } of structsOf(shapes, shapes[root] as Node, root)) {
      if (!cases.has(node))
        cases.set(node, { version: v.version, shapes, node, element, runs: current ? 100 : legacy ? 10 : 15 });
    }
  }
  return [...cases.values()];
};

describe.each(versions.map((v) => [v.version, casesOf(v)] as const))("laws of %s", (version, cases) => {
  const namespace = namespaceOf(version);

  describe.each(cases.map((c) => [`${c.node.name} as <${c.element}>`, c] as const))(
    "%s",
    (_, { shapes, node, element, runs }) => {
      const arb = arbitraryFor(shapes, node);
      const codec = codecFor(shapes, node, element);
      const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 });

      it.prop([arb], { numRuns: runs })("the io-ts codec accepts every arbitrary value", (v) => {
        const r = codec.decode(v);
        expect(r._tag === "Left" ? r.left.map((e) => e.message) : []).toEqual([]);
        expect(codec.is(v)).toBe(true);
      });

      it.prop([arb, fc.boolean()], { numRuns: runs })("decode(encode(v)) equals v, compact and pretty", (v, pretty) => {
        const xml = encodeFragment(shapes, node, element, v, namespace, { pretty });
        const r = decodeFragment(shapes, node, element, namespace, [xml]);
        expect(r.ok ? [] : r.failure.issues).toEqual([]);
        expect(r.ok && r.value).toStrictEqual(v);
      });

      it.prop([arb, cuts, fc.boolean()], { numRuns: runs })(
        "decoding in random chunks (strings or bytes) equals decoding whole",
        (v, at, bytes) => {
          const xml = encodeFragment(shapes, node, element, v, namespace);
          const whole = decodeFragment(shapes, node, element, namespace, [xml]);
          const chunks = bytes ? cut(utf8.encode(xml), at) : cut(xml, at);
          expect(decodeFragment(shapes, node, element, namespace, chunks)).toStrictEqual(whole);
        },
      );
    },
  );
});

describe("coverage", () => {
  it("reaches every structure of every version, and every shape of a version is reachable from its roots", () => {
    for (const v of versions) {
      const shapes: Shapes = v.shapes;
      const structs = new Set(
        v.roots.flatMap((root) => structsOf(shapes, shapes[root] as Node, root).map((s) => s.node)),
      );
      const declared = Object.values(shapes).filter((s) => s._tag === "struct");
      expect(declared.filter((s) => !structs.has(s)).map((s) => `${v.version} ${s.name}`)).toEqual([]);
      for (const [name, shape] of Object.entries(shapes))
        if (shape._tag === "struct" || shape._tag === "enum")
          expect(`${v.version} ${shape.name}`).toBe(`${v.version} ${name}`);
    }
    expect(casesOf(latest).length).toBeGreaterThanOrEqual(60);
  });
});

describe("empty lists", () => {
  it("come in both spellings from the arbitraries, so the round trip laws cover <Items/> and no Items alike", () => {
    const shapes: Shapes = latest.shapes;
    const spellings = new Set(
      fc.sample(arbitraryFor(shapes, shapes["Aliases"] as Node), { numRuns: 300, seed: 7 }).map((v) => {
        const list = v as { Quantity: number; Items?: unknown[] };
        return list.Quantity > 0 ? "entries" : list.Items === undefined ? "no Items" : "empty Items";
      }),
    );
    expect([...spellings].sort()).toEqual(["empty Items", "entries", "no Items"]);
  });
});

describe("cfxml/arbitrary", () => {
  it("offers one arbitrary per root of each version, drawing values its codecs accept", async () => {
    const { arbitraries } = await import("../src/arbitrary.js");
    for (const v of versions) {
      const shapes: Shapes = v.shapes;
      const arbs: Record<string, fc.Arbitrary<unknown>> = arbitraries(v.version);
      expect(Object.keys(arbs)).toEqual([...v.roots]);
      for (const [name, arb] of Object.entries(arbs)) {
        const codec = codecFor(shapes, shapes[name] as Node, name);
        for (const value of fc.sample(arb, { numRuns: 5, seed: 42 })) expect(codec.is(value)).toBe(true);
      }
    }
  });
});
