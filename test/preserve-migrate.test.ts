/**
 * `unknown: "preserve"` and migrations: a document that already carries a member of a newer version keeps it as a
 * preserved element, and the upgrade that reaches that version makes it the typed member, never a second copy.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { it } from "@fast-check/vitest";
import { afterAll, describe, expect } from "vitest";
import { decode, encode, EncodeError, migrate, namespaceOf, unknownElements } from "../src/index.js";
import type { Decoded } from "../src/index.js";
import { arbitraryFor } from "../src/interpreters/arbitrary.js";
import { encodeElement } from "../src/interpreters/encoder.js";
import type { Node, Shapes, Struct } from "../src/schema/ast.js";
import { firstModelled, versions } from "../src/versions/index.js";
import { config2012, preserved } from "./preserve-kit.js";

/** Whether any structure or list below holds preserved elements. */
const holdsPreserved = (u: unknown): boolean =>
  typeof u === "object" && u !== null && (unknownElements in u || Object.values(u).some(holdsPreserved));

describe("preserved elements and migrations", () => {
  it("a 2012-05-05 document's own PriceClass becomes the member in 2012-07-01, over the upgrade default", () => {
    const d = preserved(config2012("<PriceClass>PriceClass_100</PriceClass>"));
    const r = migrate(d, "2012-07-01");
    if (r._tag === "Left") expect.fail(JSON.stringify(r.left));
    expect((r.right.value as { PriceClass: string }).PriceClass).toBe("PriceClass_100");
    expect(holdsPreserved(r.right.value)).toBe(false);
    expect(encode(r.right).match(/<PriceClass>/g)).toEqual(["<PriceClass>"]);
  });

  it("a Distribution labelled 2016-01-28 keeps its own ARN in 2016-08-01, without needing the account", () => {
    const response = readFileSync(
      join(import.meta.dirname, "..", "corpus", "2016-08-01", "distribution-response.xml"),
      "utf8",
    );
    const arn = /<ARN>([^<]*)<\/ARN>/.exec(response)?.[1];
    const d = preserved(response.replace(namespaceOf("2016-08-01"), namespaceOf("2016-01-28")));
    expect(d.version).toBe("2016-01-28");
    expect(migrate(d, "2016-08-01", { accountId: "999999999999" })._tag === "Right" && arn).toMatch(
      /^arn:aws:cloudfront::\d{12}:distribution\//,
    );
    const r = migrate(d, "2016-08-01");
    if (r._tag === "Left") expect.fail(JSON.stringify(r.left));
    expect((r.right.value as { ARN: string }).ARN).toBe(arn);
    expect(holdsPreserved(r.right.value)).toBe(false);
  });

  it("a preserved element that does not decode as the member makes the upgrade fail, naming it", () => {
    const r = migrate(preserved(config2012("<PriceClass>Cheap</PriceClass>")), "2020-05-31");
    expect(
      r._tag === "Left" && r.left.kind === "upgrade" && [r.left.version, r.left.issues.map((i) => [i.code, i.path])],
    ).toEqual(["2012-07-01", [["invalid_enum", "/DistributionConfig/PriceClass"]]]);
    const twice = migrate(
      preserved(config2012("<PriceClass>PriceClass_100</PriceClass><PriceClass>PriceClass_200</PriceClass>")),
      "2012-07-01",
    );
    expect(
      twice._tag === "Left" && twice.left.kind === "upgrade" && twice.left.issues.map((i) => [i.code, i.path]),
    ).toEqual([["duplicate_element", "/DistributionConfig/PriceClass"]]);
  });

  it("encode refuses a value whose preserved element would be written beside the typed member", () => {
    const d = preserved(config2012("<PriceClass>PriceClass_100</PriceClass>"));
    const up = migrate(d, "2012-07-01");
    if (up._tag === "Left") expect.fail("refused");
    const value = {
      ...(up.right.value as object),
      [unknownElements]: (d.value as Record<symbol, unknown>)[unknownElements],
    };
    expect(() => encode({ ...up.right, value } as unknown as Decoded)).toThrow(EncodeError);
    expect(() => encode({ ...up.right, value } as unknown as Decoded)).toThrow(
      "/DistributionConfig/PriceClass: a preserved <PriceClass> would be written beside the member <PriceClass>",
    );
  });
});

describe("preserve, then upgrade, gives the newer document back", () => {
  // A value of the newer version, written in the older one's namespace: the older version preserves what it does
  // not define, and the upgrade must turn exactly that back into members, with nothing left over or doubled.
  // Not across the format break (2012-05-05): a new-format document in an old namespace is not an old document with
  // a few elements more, and its Quantity/Items have nothing to become.
  const pairs = versions.slice(1).flatMap((newer, i) => {
    const older = versions[i] as (typeof versions)[number];
    if (newer === firstModelled) return [];
    return (older.roots as readonly string[])
      .filter((r) => (newer.roots as readonly string[]).includes(r))
      .map((root) => [`${older.version} → ${newer.version} <${root}>`, older, newer, root] as const);
  });
  let exercised = 0;
  afterAll(() => {
    // Values the older version cannot read at all (a newer enum value, a member it requires) prove nothing here;
    // enough must remain for the property to mean something.
    expect(exercised).toBeGreaterThan(pairs.length * 5);
  });

  describe.each(pairs)("%s", (_, older, newer, root) => {
    const shapes: Shapes = newer.shapes;
    const node = shapes[root] as Struct;
    it.prop([arbitraryFor(shapes, node as Node, { maxItems: 2 })], { numRuns: 15 })("", (value) => {
      const xml = encodeElement(shapes, node, root, value, namespaceOf(older.version));
      const read = decode(xml, { unknown: "preserve" });
      if (read._tag === "Left") return;
      exercised++;
      const r = migrate(read.right, newer.version, { accountId: "123456789012" });
      if (r._tag === "Left") expect.fail(JSON.stringify(r.left));
      expect(holdsPreserved(r.right.value)).toBe(false);
      expect(r.right.value).toStrictEqual(value);
    });
  });
});
