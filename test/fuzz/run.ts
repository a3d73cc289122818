/**
 * `npm run fuzz -- [--count N] [--seed S]`: the fuzzer's properties for as many cases as asked (a third each of
 * rewrites, damage, and damage in the plain spelling the fast path reads), printing the seed first and, for a
 * failure, fast-check's report with its minimised case, the document it makes (also written to a file), and the
 * command that replays it.
 */
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import fc from "fast-check";
import { loadSeeds } from "./corpus.js";
import {
  damageBytesOf,
  damageCase,
  damageHolds,
  plainBytesOf,
  plainCase,
  plainHolds,
  rewriteBytes,
  rewriteCase,
  rewriteHolds,
} from "./properties.js";

const { values } = parseArgs({ options: { count: { type: "string", default: "10000" }, seed: { type: "string" } } });
const count = Number(values.count);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (!Number.isSafeInteger(count) || count < 2 || !Number.isSafeInteger(seed)) {
  process.stderr.write("usage: npm run fuzz -- [--count N] [--seed S]   (N at least 2, S a whole number)\n");
  process.exit(2);
}

const seeds = loadSeeds();
process.stdout.write(
  `fuzz: seed ${seed}, ${count.toLocaleString("en-US")} cases over ${seeds.length} corpus documents\n`,
);
const started = performance.now();

const run = async <C>(
  name: string,
  arb: fc.Arbitrary<C>,
  holds: (c: C) => Promise<void>,
  bytesOf: (c: C) => Uint8Array,
  runs: number,
): Promise<boolean> => {
  const t = performance.now();
  const r = await fc.check(fc.asyncProperty(arb, holds), { numRuns: runs, seed });
  const took = ((performance.now() - t) / 1000).toFixed(1);
  if (!r.failed) {
    process.stdout.write(`${name}: ${runs.toLocaleString("en-US")} cases passed in ${took} s\n`);
    return true;
  }
  const why = r.errorInstance instanceof Error ? r.errorInstance.message : String(r.errorInstance);
  process.stdout.write(
    `${name}: FAILED after ${r.numRuns} cases (${took} s): ${why}\n${fc.defaultReportMessage(r) ?? ""}\n`,
  );
  const example = r.counterexample?.[0];
  if (example !== undefined) {
    const file = join(tmpdir(), `cfxml-fuzz-${name}-${seed}.xml`);
    const bytes = bytesOf(example);
    writeFileSync(file, bytes);
    process.stdout.write(
      `the minimised document (${bytes.length} bytes) is in ${file}\nreplay: npm run fuzz -- --count ${count} --seed ${seed}\n`,
    );
  }
  return false;
};

const third = Math.ceil(count / 3);
const rewrites = await run(
  "rewrites",
  rewriteCase(seeds),
  (c) => rewriteHolds(seeds, c),
  (c) => rewriteBytes(seeds, c),
  third,
);
const damage = await run(
  "damage",
  damageCase(seeds),
  (c) => damageHolds(seeds, c),
  (c) => damageBytesOf(seeds, c),
  third,
);
const plain = await run(
  "plain-damage",
  plainCase(seeds),
  (c) => plainHolds(seeds, c),
  (c) => plainBytesOf(seeds, c),
  Math.max(1, count - 2 * third),
);
const clean = rewrites && damage && plain;
process.stdout.write(
  `fuzz: ${clean ? "clean" : "FAILED"}, ${((performance.now() - started) / 1000).toFixed(0)} s in all\n`,
);
process.exitCode = clean ? 0 : 1;
