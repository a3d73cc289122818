/**
 * The fuzzer's three properties, shared by `npm test` (a few thousand cases) and `npm run fuzz` (as many as asked):
 * - rewrites: a seed written in another spelling (and with or without a byte order mark) decodes to the seed's
 *   value, and every law of the oracle holds;
 * - damage: a seed damaged in its tree and its bytes never breaks a law of the oracle;
 * - plain damage: the same in the plain spelling, which the fast path reads, so that its edges are where damage falls.
 */
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { byteDamage, damageBytes, damageTree, treeDamage } from "./damage.js";
import type { ByteDamage, TreeDamage } from "./damage.js";
import type { Seed } from "./corpus.js";
import { check, Violation } from "./oracle.js";
import type { Probe } from "./oracle.js";
import { plainSpelling, spell } from "./spell.js";
import type { Spelling } from "./spell.js";

const spelling: fc.Arbitrary<Spelling> = fc.record({
  prefix: fc.boolean(),
  lineEnd: fc.constantFrom("\n" as const, "\r\n" as const, "\r" as const),
  declaration: fc.constantFrom("plain" as const, "none" as const, "single-quoted" as const),
  // Past the decoder's 16 Ki batch, so that chunk boundaries reach saxes.
  pad: fc.oneof(
    { weight: 4, arbitrary: fc.constant(0) },
    { weight: 1, arbitrary: fc.integer({ min: 16_000, max: 20_000 }) },
  ),
  choices: fc.array(fc.nat({ max: 719 }), { minLength: 1, maxLength: 48 }),
});

const probe: fc.Arbitrary<Probe> = fc.record({ cuts: fc.array(fc.nat(), { maxLength: 6 }), target: fc.nat() });

const utf8 = new TextEncoder();
const BOM = Uint8Array.of(0xef, 0xbb, 0xbf);
const withBom = (b: Uint8Array): Uint8Array => {
  const out = new Uint8Array(b.length + 3);
  out.set(BOM);
  out.set(b, 3);
  return out;
};

export interface RewriteCase {
  readonly seed: number;
  readonly spelling: Spelling;
  readonly bom: boolean;
  readonly probe: Probe;
}
export interface DamageCase {
  readonly seed: number;
  readonly spelling: Spelling;
  readonly tree: readonly TreeDamage[];
  readonly bytes: readonly ByteDamage[];
  readonly probe: Probe;
}

export const rewriteCase = (seeds: readonly Seed[]): fc.Arbitrary<RewriteCase> =>
  fc.record({ seed: fc.nat({ max: seeds.length - 1 }), spelling, bom: fc.boolean(), probe });

export const damageCase = (seeds: readonly Seed[]): fc.Arbitrary<DamageCase> =>
  fc.record({
    seed: fc.nat({ max: seeds.length - 1 }),
    spelling,
    tree: fc.array(treeDamage, { maxLength: 3 }),
    bytes: fc.array(byteDamage, { maxLength: 3 }),
    probe,
  });

export const rewriteBytes = (seeds: readonly Seed[], c: RewriteCase): Uint8Array => {
  const b = utf8.encode(spell(seeds[c.seed]!.tree, c.spelling));
  return c.bom ? withBom(b) : b;
};

export const damageBytesOf = (seeds: readonly Seed[], c: DamageCase): Uint8Array =>
  damageBytes(utf8.encode(spell(damageTree(seeds[c.seed]!.tree, c.tree), c.spelling)), c.bytes);

export const rewriteHolds = async (seeds: readonly Seed[], c: RewriteCase): Promise<void> => {
  const seed = seeds[c.seed]!;
  const r = await check(rewriteBytes(seeds, c), c.probe);
  if (r._tag === "Left")
    throw new Violation(`a rewrite of ${seed.file} does not decode: ${JSON.stringify(r.left.issues.slice(0, 3))}`);
  if (!isDeepStrictEqual(r.right.value, seed.decoded.value))
    throw new Violation(`a rewrite of ${seed.file} decodes to another value`);
};

export const damageHolds = async (seeds: readonly Seed[], c: DamageCase): Promise<void> => {
  await check(damageBytesOf(seeds, c), c.probe);
};

/** A seed in the plain spelling (what the fast path takes), damaged: the cases nearest the fast path's edges. */
export interface PlainCase {
  readonly seed: number;
  readonly declaration: Spelling["declaration"];
  readonly tree: readonly TreeDamage[];
  readonly bytes: readonly ByteDamage[];
  readonly probe: Probe;
}

export const plainCase = (seeds: readonly Seed[]): fc.Arbitrary<PlainCase> =>
  fc.record({
    seed: fc.nat({ max: seeds.length - 1 }),
    declaration: fc.constantFrom("plain" as const, "none" as const, "single-quoted" as const),
    tree: fc.array(treeDamage, { maxLength: 2 }),
    bytes: fc.array(byteDamage, { maxLength: 2 }),
    probe,
  });

export const plainBytesOf = (seeds: readonly Seed[], c: PlainCase): Uint8Array =>
  damageBytes(
    utf8.encode(spell(damageTree(seeds[c.seed]!.tree, c.tree), { ...plainSpelling, declaration: c.declaration })),
    c.bytes,
  );

export const plainHolds = async (seeds: readonly Seed[], c: PlainCase): Promise<void> => {
  await check(plainBytesOf(seeds, c), c.probe);
};
