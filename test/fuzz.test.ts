/**
 * The fuzzer in `npm test`: a few thousand rewrites and damaged variants of the corpus through every law of
 * test/fuzz/oracle.ts, the fast path's among them (test/fuzz/differential.ts). `npm run fuzz -- --count N --seed S`
 * runs the same properties for longer.
 */
import { fc, it } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { loadSeeds } from "./fuzz/corpus.js";
import { damageCase, damageHolds, plainCase, plainHolds, rewriteCase, rewriteHolds } from "./fuzz/properties.js";

const seeds = loadSeeds();

describe("fuzz", () => {
  it("reads most of the corpus as seeds", () => {
    expect(seeds.length).toBeGreaterThan(150);
  });

  it.prop([rewriteCase(seeds)], { numRuns: 1500 })(
    "a document in another spelling decodes to the same value, and every law holds",
    (c) => rewriteHolds(seeds, c),
    300_000,
  );

  it.prop([damageCase(seeds)], { numRuns: 1500 })(
    "a damaged document breaks no law",
    (c) => damageHolds(seeds, c),
    300_000,
  );

  it.prop([plainCase(seeds)], { numRuns: 1000 })(
    "a damaged document in the plain spelling (the fast path's) breaks no law",
    (c) => plainHolds(seeds, c),
    300_000,
  );
});

// The oracle must be able to fail: a rewrite checked against another seed's value is caught.
describe("fuzz oracle", () => {
  it("fails a rewrite that decodes to another value", async () => {
    const c = fc.sample(rewriteCase(seeds), { numRuns: 1, seed: 1 })[0]!;
    const other = seeds
      .map((s, i) => ({ s, i }))
      .find(
        ({ s }) =>
          s.decoded.root === seeds[c.seed]!.decoded.root &&
          JSON.stringify(s.decoded.value) !== JSON.stringify(seeds[c.seed]!.decoded.value),
      );
    if (other === undefined) return expect.fail("no second seed of that root");
    const swapped = seeds.map((s, i) => (i === c.seed ? { ...s, decoded: other.s.decoded } : s));
    await expect(rewriteHolds(swapped, c)).rejects.toThrow(/decodes to another value/);
  });
});
