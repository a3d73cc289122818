/**
 * The CLI's last check before it writes: the text must read back as the document it meant to write. Values the
 * encoder cannot represent are made by hand here, since the library never produces them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decode } from "../src/index.js";
import type { Decoded } from "../src/index.js";
import { firstDifference, writeDocument } from "../src/cli/writing.js";

const doc = (): Decoded => {
  const r = decode(readFileSync(join(import.meta.dirname, "..", "corpus", "2020-05-31", "s3-origin-oac.xml")));
  if (r._tag === "Left") throw new Error("corpus document does not decode");
  return r.right;
};
const xml = { format: "xml", jsonShape: "wrapped", pretty: true } as const;
const json = { format: "json", jsonShape: "bare", pretty: false } as const;

describe("writeDocument", () => {
  it("returns the text when it reads back as the document, in both formats", () => {
    const d = doc();
    expect(writeDocument(d, xml, "f.xml")).toMatch(/^<\?xml[\s\S]*<\/DistributionConfig>\n$/);
    expect(JSON.parse(writeDocument(d, json, "f.xml") as string)).toHaveProperty("CallerReference");
  });

  it("refuses, naming the first place that differs, a value whose member the encoder does not write", () => {
    const d = doc();
    const value = d.value as unknown as Record<string, unknown>;
    const odd = {
      ...d,
      value: { ...value, DefaultCacheBehavior: { ...(value["DefaultCacheBehavior"] as object), Bogus: 1 } },
    } as unknown as Decoded;
    for (const options of [xml, json]) {
      expect(writeDocument(odd, options, "f.xml")).toEqual({
        file: "f.xml",
        code: "output_mismatch",
        message:
          "the output reads back differently at /DistributionConfig/DefaultCacheBehavior/Bogus; nothing was written (a defect of cfxml: please report it with the input)",
      });
    }
  });

  it("refuses text that does not read back at all", () => {
    const d = doc();
    const broken = { ...d, value: { ...(d.value as object), Enabled: "maybe" } } as unknown as Decoded;
    const r = writeDocument(broken, xml, "f.xml");
    expect(r).toMatchObject({
      code: "output_mismatch",
      message: expect.stringMatching(/^the output does not read back: /),
    });
  });
});

describe("firstDifference", () => {
  it("is undefined for equal values and names the first differing path otherwise", () => {
    const s = Symbol("kept");
    expect(firstDifference({ a: [1, { b: new Date(0) }] }, { a: [1, { b: new Date(0) }] })).toBeUndefined();
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe("/a/1/b");
    expect(firstDifference({ a: 1 }, { a: 1, c: undefined })).toBe("/c");
    expect(firstDifference({ [s]: 1 }, { [s]: 2 })).toBe("/[kept]");
    expect(firstDifference(1, 2)).toBe("/");
  });
});
