/**
 * The migration laws across the format break (2012-03-15 ⇄ 2012-05-05), for every document kind, and along the
 * whole chain 2008-06-30 ⇄ 2020-05-31, with the assumptions taken into account:
 * - CreateGet: down(up(o)) holds everything o holds, exactly, and adds at most one member per assumption the upgrade
 *   made (where the old document left out what the new format requires, the downgrade writes the assumed value
 *   where the old format can say it: an explicit empty <Comment/>, the default ports); with no assumption it is o;
 *   and upgrading it again gives the same document;
 * - PutGet: up(down(n)) = n whenever the strict downgrade succeeds, up to what it dropped as equivalents;
 * - honesty: the strict downgrade fails exactly when the lossy one reports a loss, and every output is valid.
 * Upgrades are refused only where the old document cannot say what the new format requires; lossy downgrades fail
 * only where the old format requires what the new one may leave out, with nothing to write instead.
 */
import { it } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { decode, encode, migrate } from "../src/index.js";
import type { Decoded, Issue } from "../src/index.js";
import { arbitraryFor } from "../src/interpreters/arbitrary.js";
import { validateValue } from "../src/interpreters/check.js";
import type { Node } from "../src/schema/ast.js";
import { firstModelled, latest, versions } from "../src/versions/index.js";

type V = (typeof versions)[number];
const rootNode = (v: V, root: string): Node => (v.shapes as Readonly<Record<string, Node>>)[root] as Node;
const doc = (v: V, root: string, value: unknown): Decoded => ({ version: v.version, root, value }) as Decoded;
const last = versions.indexOf(firstModelled) - 1;
const older = versions[last] as V;
const newer = firstModelled as V;

// The old document cannot say what the new format requires: a summary does not report RequiredProtocols, and a
// repeated https has no place in one ViewerProtocolPolicy.
const knownUpgradeFailures = [
  /^missing_element \/\w+List\/Items\/DistributionSummary\[\d+\]\/DefaultCacheBehavior\/ViewerProtocolPolicy$/,
  /^duplicate_element \/.*\/RequiredProtocols\/Protocol\[2\]$/,
];
// The old format requires what the new one may leave out, and nothing stands in for it.
const knownLossyFailures = [
  /^missing_element \/StreamingDistribution\/LastModifiedTime$/,
  /^missing_element \/.*InvalidationBatch\/Path$/,
];
const known = (patterns: readonly RegExp[]) => (i: Issue) => patterns.some((re) => re.test(`${i.code} ${i.path}`));

const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u) && !(u instanceof Date);

/** Where `after` does not hold what `before` holds (`lost`), and the members it holds besides (`added`). */
const compare = (before: unknown, after: unknown, path: string): { lost: string[]; added: string[] } => {
  if (Array.isArray(before)) {
    if (!Array.isArray(after) || after.length !== before.length) return { lost: [path], added: [] };
    const parts = before.map((b, i) => compare(b, after[i], `${path}[${i + 1}]`));
    return { lost: parts.flatMap((p) => p.lost), added: parts.flatMap((p) => p.added) };
  }
  if (!isRecord(before)) return { lost: JSON.stringify(before) === JSON.stringify(after) ? [] : [path], added: [] };
  if (!isRecord(after)) return { lost: [path], added: [] };
  const parts = Object.keys(before).map((k) => compare(before[k], after[k], `${path}/${k}`));
  const added = Object.keys(after)
    .filter((k) => !Object.hasOwn(before, k))
    .map((k) => `${path}/${k}`);
  return { lost: parts.flatMap((p) => p.lost), added: [...added, ...parts.flatMap((p) => p.added)] };
};

const roundTrips = (d: Decoded): void => {
  const r = decode(encode(d));
  expect(r._tag === "Right" && r.right.value).toStrictEqual(d.value);
};

/** CreateGet with the assumptions taken into account, from `from` through `to` and back. */
const createGet = (from: V, to: V, root: string, o: unknown): void => {
  const upgraded = migrate(doc(from, root, o), to.version, { accountId: "123456789012" });
  if (upgraded._tag === "Left") {
    const failure = upgraded.left;
    expect(failure.kind).toBe("upgrade");
    if (failure.kind === "upgrade") expect(failure.issues.filter((i) => !known(knownUpgradeFailures)(i))).toEqual([]);
    return;
  }
  roundTrips(upgraded.right);
  const back = migrate(upgraded.right, from.version);
  if (back._tag === "Left") expect.fail(JSON.stringify(back.left));
  const { lost, added } = compare(o, back.right.value, `/${root}`);
  expect(lost).toEqual([]);
  expect(added.length).toBeLessThanOrEqual(upgraded.right.assumptions.length);
  if (upgraded.right.assumptions.length === 0) expect(back.right.value).toStrictEqual(o);
  const again = migrate(back.right, to.version, { accountId: "123456789012" });
  expect(again._tag === "Right" && again.right.value).toStrictEqual(upgraded.right.value);
};

/** Honesty, validity and PutGet, from `from` down to `to` and up again. */
const honesty = (from: V, to: V, root: string, n: unknown): void => {
  const strict = migrate(doc(from, root, n), to.version);
  const lossy = migrate(doc(from, root, n), to.version, { lossy: true });
  if (lossy._tag === "Left") {
    expect(lossy.left.kind === "invalid" && lossy.left.issues.filter((i) => !known(knownLossyFailures)(i))).toEqual([]);
    return;
  }
  expect(validateValue(to.shapes, rootNode(to, root), root, lossy.right.value)).toEqual([]);
  roundTrips(lossy.right);
  expect(strict._tag === "Left").toBe(lossy.right.losses.length > 0);
  if (strict._tag === "Left") return;
  const again = migrate(strict.right, from.version, { accountId: "123456789012" });
  if (again._tag === "Left") expect.fail(JSON.stringify(again.left));
  // Equivalents are placed as the decoder spells paths (`Items/Signer[1]`), `compare` by position (`Items[1]`).
  const dropped = new Set(strict.right.equivalents.map((e) => e.path.replace(/\/Items\/\w+\[(\d+)\]/g, "/Items[$1]")));
  const { lost, added } = compare(n, again.right.value, `/${root}`);
  expect([...lost.filter((p) => ![...dropped].some((d) => p.startsWith(d))), ...added]).toEqual([]);
};

describe.each((older.roots as readonly string[]).map((root) => [root] as const))(
  `${older.version} ⇄ ${newer.version} <%s>`,
  (root) => {
    it.prop([arbitraryFor(older.shapes, rootNode(older, root), { maxItems: 2 })], { numRuns: 60 })(
      "CreateGet, up to the assumptions",
      (o) => createGet(older, newer, root, o),
    );
    it.prop([arbitraryFor(newer.shapes, rootNode(newer, root), { maxItems: 2 })], { numRuns: 60 })(
      "honesty, validity and PutGet",
      (n) => honesty(newer, older, root, n),
    );
  },
);

const first = versions[0] as V;
const chain = [
  [first, "DistributionConfig"],
  [versions.find((v) => v.version === "2009-12-01") as V, "StreamingDistributionConfig"],
  [versions.find((v) => v.version === "2010-08-01") as V, "InvalidationBatch"],
] as const;

describe.each(chain.map(([v, root]) => [v.version, root, v] as const))(
  "the whole chain from %s <%s>",
  (version, root, from) => {
    const to = latest as V;
    it.prop([arbitraryFor(from.shapes, rootNode(from, root), { maxItems: 2 })], { numRuns: 50 })(
      `${version} → ${to.version} → ${version}, up to the assumptions`,
      (o) => createGet(from, to, root, o),
    );
    it.prop([arbitraryFor(to.shapes, rootNode(to, root), { maxItems: 2 })], { numRuns: 50 })(
      `${to.version} → ${version}: strict fails exactly when lossy loses; outputs are valid`,
      (n) => {
        const strict = migrate(doc(to, root, n), from.version);
        const lossy = migrate(doc(to, root, n), from.version, { lossy: true });
        if (lossy._tag === "Left") {
          expect(
            lossy.left.kind === "invalid" && lossy.left.issues.filter((i) => !known(knownLossyFailures)(i)),
          ).toEqual([]);
          return;
        }
        expect(strict._tag === "Left").toBe(lossy.right.losses.length > 0);
        roundTrips(lossy.right);
      },
    );
  },
);
