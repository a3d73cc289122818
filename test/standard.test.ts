/** standardSchema: each document kind's check through the Standard Schema interface other libraries accept. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import { standardSchema } from "../src/index.js";
import type { StandardResult, StandardSchemaV1, v2020_05_31 } from "../src/index.js";

const corpus = join(import.meta.dirname, "..", "corpus");
const json = (version: string, name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(corpus, version, `${name}.json`), "utf8")) as Record<string, unknown>;

/** What a library taking any Standard Schema does with one: it knows nothing of cfxml. */
const standardValidate = async <O>(schema: StandardSchemaV1<unknown, O>, value: unknown): Promise<StandardResult<O>> =>
  schema["~standard"].validate(value);

describe("standardSchema", () => {
  const schema = standardSchema("2020-05-31", "DistributionConfig");

  it("is a Standard Schema v1 of vendor cfxml", () => {
    expect(schema["~standard"].version).toBe(1);
    expect(schema["~standard"].vendor).toBe("cfxml");
  });

  it("gives the typed value of a valid document", async () => {
    const input = json("2020-05-31", "s3-origin-oac")["DistributionConfig"];
    const r = await standardValidate(schema, input);
    if (r.issues !== undefined) expect.fail(JSON.stringify(r.issues));
    expect(r.value).toEqual(input);
    expectTypeOf(r.value).toEqualTypeOf<v2020_05_31.Documents["DistributionConfig"]>();
  });

  it("gives every issue with its path as keys into the input, list entries as indexes", async () => {
    const input = structuredClone(json("2020-05-31", "s3-origin-oac")["DistributionConfig"]) as {
      Origins: { Items: { Id?: string }[] };
      Enabled: unknown;
    };
    delete input.Origins.Items[0]!.Id;
    input.Enabled = "yes";
    const r = await standardValidate(schema, input);
    expect(r.issues?.map((i) => i.path)).toEqual([["Origins", "Items", 0, "Id"], ["Enabled"]]);
    expect(r.issues?.[0]?.message).toMatch(/^missing_element: /);
  });

  it("applies decodeJson's limits, and takes values, not JSON text", async () => {
    const input = structuredClone(json("2020-05-31", "s3-origin-oac")["DistributionConfig"]) as { Comment: string };
    input.Comment = "x".repeat((1 << 20) + 1);
    expect((await standardValidate(schema, input)).issues?.map((i) => i.message.split(":")[0])).toEqual([
      "text_too_long",
    ]);
    expect((await standardValidate(schema, JSON.stringify(input))).issues?.[0]?.message).toMatch(/^invalid_type: /);
  });

  it("refuses a kind its version does not have", () => {
    // @ts-expect-error: 2012-05-05 has no CachePolicyConfig, and the types say so
    expect(() => standardSchema("2012-05-05", "CachePolicyConfig")).toThrow(RangeError);
  });
});
