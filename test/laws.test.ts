/**
 * The laws, for every complex type of 2020-05-31 (not only the roots):
 * - agreement: the io-ts codec accepts every arbitrary value;
 * - round trip: decode(encode(v)) equals v, compact and pretty;
 * - chunking: decoding the encoded XML cut into random string or byte chunks equals decoding it whole.
 * fast-check prints the seed and path of any counterexample; replay with `{ seed, path }` in the params.
 */
import { fc, it } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { arbitraryFor } from "../src/interpreters/arbitrary.js";
import { codecFor } from "../src/interpreters/iots.js";
import type { Struct } from "../src/schema/ast.js";
import { structsOf } from "../src/schema/walk.js";
import { namespace, roots } from "../src/versions/v2020_05_31.js";
import { cut, cutBytes, decodeFragment, encodeFragment } from "./testkit.js";

const ROOT_RUNS = 200;
const TYPE_RUNS = 100;
const utf8 = new TextEncoder();

const types = new Map<Struct, { node: Struct; element: string; runs: number }>();
for (const [name, root] of Object.entries(roots)) types.set(root, { node: root, element: name, runs: ROOT_RUNS });
for (const root of Object.values(roots)) {
  for (const { node, element } of structsOf(root, root.name)) if (!types.has(node)) types.set(node, { node, element, runs: TYPE_RUNS });
}

it("covers every structure reachable from the roots", () => {
  expect(types.size).toBeGreaterThanOrEqual(50);
});

describe.each([...types.values()].map((t) => [`${t.node.name} as <${t.element}>`, t] as const))("laws of %s", (_, { node, element, runs }) => {
  const arb = arbitraryFor(node);
  const codec = codecFor(node, element);
  const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 });

  it.prop([arb], { numRuns: runs })("the io-ts codec accepts every arbitrary value", (v) => {
    const r = codec.decode(v);
    expect(r._tag === "Left" ? r.left.map((e) => e.message) : []).toEqual([]);
    expect(codec.is(v)).toBe(true);
  });

  it.prop([arb, fc.boolean()], { numRuns: runs })("decode(encode(v)) equals v, compact and pretty", (v, pretty) => {
    const xml = encodeFragment(node, element, v, namespace, { pretty });
    const r = decodeFragment(node, element, namespace, [xml]);
    expect(r.ok ? [] : r.failure.issues).toEqual([]);
    expect(r.ok && r.value).toStrictEqual(v);
  });

  it.prop([arb, cuts, fc.boolean()], { numRuns: runs })("decoding in random chunks (strings or bytes) equals decoding whole", (v, at, bytes) => {
    const xml = encodeFragment(node, element, v, namespace);
    const whole = decodeFragment(node, element, namespace, [xml]);
    const chunks = bytes ? cutBytes(utf8.encode(xml), at) : cut(xml, at);
    expect(decodeFragment(node, element, namespace, chunks)).toStrictEqual(whole);
  });
});

describe("cfxml/arbitrary", () => {
  it("offers one arbitrary per root of 2020-05-31, drawing values the codecs accept", async () => {
    const { v2020_05_31: arbitraries } = await import("../src/arbitrary.js");
    expect(Object.keys(arbitraries)).toEqual(Object.keys(roots));
    for (const [name, arb] of Object.entries(arbitraries)) {
      const codec = codecFor(roots[name as keyof typeof roots], name);
      for (const v of fc.sample(arb as fc.Arbitrary<unknown>, { numRuns: 20, seed: 42 })) expect(codec.is(v)).toBe(true);
    }
  });
});
