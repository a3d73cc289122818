/**
 * The migration laws, for every adjacent pair of versions and every document kind both have, and for the
 * whole chain 2012-05-05 ⇄ 2020-05-31, on arbitrary values (the format break, 2012-03-15 ⇄ 2012-05-05, and the
 * chain from 2008-06-30 have theirs in test/legacy-migrations.test.ts):
 * - CreateGet: down(up(o)) = o;
 * - PutGet: up(down(n)) = n whenever the strict downgrade succeeds, up to the documented `absent` facts;
 * - honesty: the strict downgrade fails exactly when the lossy one reports a loss;
 * - every output passes the target version's codec and survives its XML round trip.
 * Upgrades may fail only where the older model allowed what the newer forbids and no fact can fill it.
 */
import { it } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { decode, encode, migrate } from "../src/index.js";
import type { Decoded, Issue } from "../src/index.js";
import { arbitraryFor } from "../src/interpreters/arbitrary.js";
import { validateValue } from "../src/interpreters/check.js";
import { facts } from "../src/migrations/steps.js";
import type { Fact } from "../src/migrations/facts.js";
import type { Member, Node, Shapes } from "../src/schema/ast.js";
import { resolve } from "../src/schema/resolve.js";
import { firstModelled, legacyVersions, versions } from "../src/versions/index.js";

const ACCOUNT = "123456789012";
type V = (typeof versions)[number];
const rootNode = (v: V, root: string): Node => (v.shapes as Readonly<Record<string, Node>>)[root] as Node;
const doc = (v: V, root: string, value: unknown): Decoded => ({ version: v.version, root, value }) as Decoded;

// What older models allowed and newer ones forbid, with no fact that could fill it in.
const knownUpgradeFailures = [
  /^missing_element \/.*\/AllowedMethods\/Items$/, // required from 2014-10-21
  /^missing_element \/.*\/LambdaFunctionAssociation\[\d+\]\/(LambdaFunctionARN|EventType)$/, // required from 2017-10-30
  /^string_length \/.*\/ViewerCertificate\/IAMCertificateId$/, // at most 32 characters in 2020-05-31
  // A summary in a list response reports what the distribution is; an older response cannot say what a newer one
  // requires (its price class, certificate, error responses, …, an invalidation's creation time).
  /^missing_element \/\w+List\/Items\/\w+Summary\[\d+\]\/\w+$/,
];
const isKnownFailure = (i: Issue): boolean => knownUpgradeFailures.some((re) => re.test(`${i.code} ${i.path}`));

const roundTrips = (d: Decoded): void => {
  const r = decode(encode(d));
  expect(r._tag === "Right" && r.right.value).toStrictEqual(d.value);
};

/**
 * Where `after` differs from `before`, each difference must be a member `before` omits, filled by an `absent` fact,
 * or one `after` omits that the downgrade dropped as an equivalent (at one of `dropped`).
 */
const onlyAbsentFills = (
  shapes: Shapes,
  node: Node,
  before: unknown,
  after: unknown,
  absent: Readonly<Record<string, unknown>>,
  dropped: ReadonlySet<string>,
  path: string,
): string[] => {
  const n = resolve(shapes, node);
  if (n._tag === "list")
    return (before as unknown[]).flatMap((b, i) =>
      onlyAbsentFills(shapes, n.node, b, (after as unknown[])[i], absent, dropped, `${path}/${n.item}[${i + 1}]`),
    );
  if (n._tag === "repeated")
    return (before as unknown[]).flatMap((b, i) =>
      onlyAbsentFills(shapes, n.node, b, (after as unknown[])[i], absent, dropped, `${path}[${i + 1}]`),
    );
  if (n._tag !== "struct") return JSON.stringify(before) === JSON.stringify(after) ? [] : [path];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const out: string[] = [];
  for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const m = n.members[name] as Member | undefined;
    if (m === undefined) out.push(`${path}/${name}`);
    else if (!Object.hasOwn(b, name)) {
      if (JSON.stringify(absent[`${n.name}.${name}`]) !== JSON.stringify(a[name])) out.push(`${path}/${name}`);
    } else if (!Object.hasOwn(a, name)) {
      if (!dropped.has(`${path}/${name}`)) out.push(`${path}/${name}`);
    } else out.push(...onlyAbsentFills(shapes, m.node, b[name], a[name], absent, dropped, `${path}/${name}`));
  }
  return out;
};

const absentOf = (list: readonly Fact[]): Record<string, unknown> =>
  Object.fromEntries(list.flatMap((f) => (f.kind === "absent" ? [[`${f.shape}.${f.member}`, f.value]] : [])));

const pairs = versions.slice(1).flatMap((newer, i) => {
  const older = versions[i] as V;
  if (newer === firstModelled) return [];
  return (older.roots as readonly string[])
    .filter((r) => (newer.roots as readonly string[]).includes(r))
    .map((root) => [`${older.version} ⇄ ${newer.version} <${root}>`, older, newer as V, root] as const);
});

describe.each(pairs)("%s", (_, older, newer, root) => {
  const oldArb = arbitraryFor(older.shapes, rootNode(older, root), { maxItems: 2 });
  const newArb = arbitraryFor(newer.shapes, rootNode(newer, root), { maxItems: 2 });
  // The steps between the versions before 2012-05-05 add a member or two each: fewer runs.
  const numRuns = legacyVersions.has(newer.version) ? 20 : 40;

  it.prop([oldArb], { numRuns })("CreateGet: down(up(o)) = o, or the upgrade fails only where it must", (o) => {
    const upgraded = migrate(doc(older, root, o), newer.version, { accountId: ACCOUNT });
    if (upgraded._tag === "Left") {
      const failure = upgraded.left;
      expect(failure.kind).toBe("upgrade");
      if (failure.kind === "upgrade") expect(failure.issues.filter((i) => !isKnownFailure(i))).toEqual([]);
      return;
    }
    expect(upgraded.right.losses).toEqual([]);
    roundTrips(upgraded.right);
    const back = migrate(upgraded.right, older.version, { accountId: ACCOUNT });
    expect(back._tag === "Right" && back.right.value).toStrictEqual(o);
  });

  it.prop([newArb], { numRuns })(
    "honesty: strict fails exactly when lossy loses; outputs are valid; PutGet when nothing is lost",
    (n) => {
      const strict = migrate(doc(newer, root, n), older.version, { accountId: ACCOUNT });
      const lossy = migrate(doc(newer, root, n), older.version, { accountId: ACCOUNT, lossy: true });
      if (lossy._tag === "Left") {
        // Only a constraint the older version adds can defeat a lossy downgrade; none does between adjacent versions.
        expect(lossy.left).toBeUndefined();
        return;
      }
      expect(validateValue(older.shapes, rootNode(older, root), root, lossy.right.value)).toEqual([]);
      roundTrips(lossy.right);
      expect(strict._tag === "Left").toBe(lossy.right.losses.length > 0);
      if (strict._tag === "Left") {
        expect(strict.left.kind === "downgrade" && strict.left.losses).toEqual(
          lossy.right.losses.map(({ replacement: _, ...l }) => l),
        );
        return;
      }
      const again = migrate(strict.right, newer.version, { accountId: ACCOUNT });
      if (again._tag === "Left") expect.fail(JSON.stringify(again.left));
      const dropped = new Set(strict.right.equivalents.map((e) => e.path));
      expect(
        onlyAbsentFills(
          newer.shapes,
          rootNode(newer, root),
          n,
          again.right.value,
          absentOf(facts[newer.version] ?? []),
          dropped,
          `/${root}`,
        ),
      ).toEqual([]);
    },
  );
});

describe("migration facts", () => {
  // A fact that names a shape or member its step does not have, or a member of the wrong requiredness, would never
  // apply (or apply where it should not); each kind is about one situation between the two schemas.
  const steps = versions.slice(1).map((newer, i) => [newer.version, versions[i] as V, newer as V] as const);
  it.each(steps)(
    "every fact of the step to %s names what the two schemas have, as its kind requires",
    (version, older, newer) => {
      const member = (v: V, shape: string, name: string): Member | undefined => {
        const s = (v.shapes as Shapes)[shape];
        return s?._tag === "struct" ? s.members[name] : undefined;
      };
      for (const f of facts[version as keyof typeof facts] ?? []) {
        const before = member(older, f.shape, f.member);
        const after = member(newer, f.shape, f.member);
        const where = `${f.kind} ${f.shape}.${f.member}`;
        // A default fills what the newer version requires and the older one lacks, or lets a value leave out.
        if (f.kind === "default")
          expect([where, before?.required ?? false, after?.required]).toEqual([where, false, true]);
        if (f.kind === "equivalent") expect([where, before, after?.required]).toEqual([where, undefined, false]);
        if (f.kind === "absent") expect([where, before?.required, after?.required]).toEqual([where, true, false]);
        if (f.kind === "lossyFill") expect([where, before?.required]).toEqual([where, true]);
        expect(f.source.length).toBeGreaterThan(20);
      }
    },
  );
});

describe("the whole chain", () => {
  const first = firstModelled as V;
  const last = versions[versions.length - 1] as V;

  it.prop([arbitraryFor(first.shapes, rootNode(first, "DistributionConfig"), { maxItems: 2 })], { numRuns: 100 })(
    "2012-05-05 → 2020-05-31 → 2012-05-05 gives back the value",
    (o) => {
      const upgraded = migrate(doc(first, "DistributionConfig", o), last.version);
      if (upgraded._tag === "Left") expect.fail(JSON.stringify(upgraded.left));
      roundTrips(upgraded.right);
      const back = migrate(upgraded.right, first.version);
      expect(back._tag === "Right" && back.right.value).toStrictEqual(o);
    },
  );

  it.prop([arbitraryFor(last.shapes, rootNode(last, "DistributionConfig"), { maxItems: 2 })], { numRuns: 100 })(
    "2020-05-31 → 2012-05-05: strict fails exactly when lossy loses, and the lossy result is valid",
    (n) => {
      const strict = migrate(doc(last, "DistributionConfig", n), first.version);
      const lossy = migrate(doc(last, "DistributionConfig", n), first.version, { lossy: true });
      if (lossy._tag === "Left") expect.fail(JSON.stringify(lossy.left));
      expect(strict._tag === "Left").toBe(lossy.right.losses.length > 0);
      roundTrips(lossy.right);
    },
  );
});
