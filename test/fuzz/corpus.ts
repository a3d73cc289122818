/**
 * The fuzzer's seeds: every document of the corpus that decodes with the default options and that the fuzzer's
 * tree reads faithfully (written back plainly, it decodes to the same value).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { decode } from "../../src/index.js";
import type { Decoded } from "../../src/index.js";
import { plainSpelling, spell } from "./spell.js";
import { parse } from "./tree.js";
import type { Tree } from "./tree.js";

export interface Seed {
  readonly file: string;
  readonly decoded: Decoded;
  readonly tree: Tree;
}

/** The repository: two folders up from here, or three when compiled into dist-fuzz/ for `npm run fuzz`. */
const root = ((): string => {
  for (let dir = import.meta.dirname; dir !== dirname(dir); dir = dirname(dir))
    if (existsSync(join(dir, "corpus", "README.md"))) return dir;
  throw new Error("cannot find the corpus");
})();

const xmlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".xml"))
    .map((f) => join(dir, f));

/** The seeds, in a fixed order so that a seed number names the same failure on every machine. */
export const loadSeeds = (): readonly Seed[] => {
  const corpus = join(root, "corpus");
  const files = readdirSync(corpus)
    .filter((d) => d !== "invalid" && !d.includes("."))
    .flatMap((d) => xmlFiles(join(corpus, d)))
    .sort();
  const seeds: Seed[] = [];
  for (const path of files) {
    const r = decode(readFileSync(path));
    if (r._tag === "Left") continue;
    let tree: Tree;
    try {
      tree = parse(readFileSync(path, "utf8"));
    } catch {
      continue;
    }
    const again = decode(spell(tree, plainSpelling));
    if (again._tag === "Right" && isDeepStrictEqual(again.right.value, r.right.value))
      seeds.push({ file: relative(root, path), decoded: r.right, tree });
  }
  return seeds;
};
