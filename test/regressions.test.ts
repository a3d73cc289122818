/**
 * Defects a mutation fuzzer found (140,000 damaged and value-preserving variants of the corpus, 125,000 hostile
 * JSON cases), one test each, named after the defect. Each failed before its fix.
 */
import { describe, expect, it } from "vitest";
import { decode, decodeAsync } from "../src/index.js";
import type { DecodeFailure, Decoded } from "../src/index.js";
import type { Either } from "fp-ts/lib/Either.js";

const NS = "http://cloudfront.amazonaws.com/doc/2020-05-31/";
const utf8 = new TextEncoder();

/** The best of five runs, in milliseconds: enough to see how work grows, not to judge speed. */
const timeOf = (run: () => void): number => {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
};

/** Every way of cutting `text` in two, and cutting it into single units, decoded, must equal the whole. */
const chunkedAlike = async (text: string | Uint8Array): Promise<Either<DecodeFailure, Decoded>> => {
  const whole = decode(text);
  for (let at = 1; at < text.length; at++) {
    expect([at, await decodeAsync([text.slice(0, at), text.slice(at)])]).toEqual([at, whole]);
  }
  const units = Array.from({ length: text.length }, (_, i) => text.slice(i, i + 1));
  expect(await decodeAsync(units)).toEqual(whole);
  return whole;
};

const aliases = (n: number, name: (i: number) => string): string =>
  `<Aliases xmlns="${NS}"><Quantity>${n}</Quantity><Items>${Array.from({ length: n }, (_, i) => name(i)).join("")}</Items></Aliases>`;
const configWith = (aliasesXml: string): string =>
  `<DistributionConfig xmlns="${NS}"><CallerReference>r</CallerReference>${aliasesXml.replace(` xmlns="${NS}"`, "")}<Origins><Quantity>1</Quantity><Items><Origin><Id>o</Id><DomainName>d</DomainName></Origin></Items></Origins><DefaultCacheBehavior><TargetOriginId>o</TargetOriginId><ViewerProtocolPolicy>allow-all</ViewerProtocolPolicy></DefaultCacheBehavior><Comment/><Enabled>true</Enabled></DistributionConfig>`;

describe("time and memory", () => {
  it("quadratic decode: start tags whose name ends with a newline cost O(1) each", () => {
    const doc = (n: number) => configWith(aliases(n, () => "<CNAME\n>a.example.com</CNAME>"));
    const small = doc(10_000);
    const large = doc(80_000);
    expect(decode(large)._tag).toBe("Right");
    // Eight times the tags: linear work takes about eight times as long, the quadratic scan took 64 times. The
    // bound leaves room for a busy machine (a timing ratio, not a speed: npm run bench measures speed).
    expect(timeOf(() => decode(large)) / timeOf(() => decode(small))).toBeLessThan(24);
  });
});

describe("exactness: positions", () => {
  it("a tag whose name ends with a newline is placed at its <, whole or cut anywhere", async () => {
    const xml = `<Aliases xmlns="${NS}"><Quantity>1</Quantity>\n  <Items>\n    <CNAME\n>a</CNAME><b/></Items></Aliases>`;
    const r = await chunkedAlike(xml.replace("<Aliases", "<DistributionConfig").replace("</Aliases>", "</DistributionConfig>"));
    expect(r._tag === "Left" && r.left.issues.filter((i) => i.code === "unknown_element").map((i) => [i.path, i.line, i.column])).toEqual([
      ["/DistributionConfig/Quantity", 1, 77],
      ["/DistributionConfig/Items", 2, 3],
    ]);
    const tags = `<DistributionConfig xmlns="${NS}">\n  <Bogus\n/>\n  <CallerReference\n>r</CallerReference></DistributionConfig>`;
    const issues = (await chunkedAlike(tags));
    expect(issues._tag === "Left" && issues.left.issues.filter((i) => i.code === "unknown_element").map((i) => [i.line, i.column])).toEqual([[2, 3]]);
  });

  it("astral characters in names: columns count characters, not UTF-16 units", async () => {
    const xml = `<DistributionConfig xmlns="${NS}">\n\n  <𐀀𐀀𐀀 />\n  <𐀀𐀀𐀀𐀀\n/></DistributionConfig>`;
    const r = await chunkedAlike(xml);
    expect(r._tag === "Left" && r.left.issues.filter((i) => i.code === "unknown_element").map((i) => [i.line, i.column])).toEqual([
      [3, 3],
      [4, 3],
    ]);
    await chunkedAlike(utf8.encode(xml));
  });
});

describe("limits that vanish", () => {
  const deep = (n: number) => `<DistributionConfig xmlns="${NS}">${"<a>".repeat(n)}${"</a>".repeat(n)}</DistributionConfig>`;

  it("an undefined option means its default: { maxDepth: undefined } still stops 20,000 levels at 64", () => {
    const r = decode(deep(20_000), { maxDepth: undefined, unknown: "skip" });
    expect(r._tag === "Left" && r.left.issues.map((i) => [i.code, i.message])).toEqual([["too_deep", "elements nest deeper than maxDepth (64)"]]);
  });

  it.each([
    ["maxDepth", NaN],
    ["maxDepth", -1],
    ["maxTextLength", Infinity],
    ["maxDocumentSize", "32"],
    ["maxErrors", 0],
    ["maxErrors", 1.5],
  ])("{ %s: %s } is a RangeError, thrown before reading", (name, value) => {
    expect(() => decode("<never-read", { [name]: value })).toThrow(RangeError);
    expect(() => decode("<never-read", { [name]: value })).toThrow(`option ${name} must be a whole number of at least 1`);
  });

  it("unknown: \"bogus\" and a version cfxml does not know are usage errors", () => {
    expect(() => decode("<x/>", { unknown: "bogus" as never })).toThrow('option unknown must be one of "error", "skip", "preserve", not "bogus"');
    expect(() => decode("<x/>", { version: "2099-01-01" as never })).toThrow(RangeError);
  });
});

describe("arguments that are not documents", () => {
  it("are clear TypeErrors naming the argument", async () => {
    expect(() => decode(null as never)).toThrow("decode: the document must be a string or a Uint8Array, not null");
    expect(() => decode(42 as never)).toThrow("decode: the document must be a string or a Uint8Array, not number");
    expect(() => decode("<x/>", null as never)).toThrow("decode: the options must be an object, not null");
    await expect(decodeAsync(null as never)).rejects.toThrow("decodeAsync: the chunks must be an iterable or async iterable of strings or Uint8Arrays (a stream), not null");
  });
});
