/**
 * Defects a mutation fuzzer found (140,000 damaged and value-preserving variants of the corpus, 125,000 hostile
 * JSON cases), one test each, named after the defect. Each failed before its fix.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { SaxesParser } from "saxes";
import { describe, expect, it, vi } from "vitest";
import { decode, decodeAsync, decodeJson, encode, unknownElements } from "../src/index.js";
import type { DecodeFailure, Decoded, UnknownElement } from "../src/index.js";
import type { Either } from "fp-ts/lib/Either.js";

const NS = "http://cloudfront.amazonaws.com/doc/2020-05-31/";
const utf8 = new TextEncoder();
const MiB = 1 << 20;

/**
 * How much longer `large` takes than `small`: each timed seven times, interleaved so a burst of load from elsewhere
 * falls on both, and the best of each kept. Enough to see how work grows, not to judge speed.
 */
const growth = (small: () => void, large: () => void): number => {
  const best = [Infinity, Infinity];
  for (let i = 0; i < 7; i++) {
    for (const [k, run] of [small, large].entries()) {
      const start = performance.now();
      run();
      best[k] = Math.min(best[k]!, performance.now() - start);
    }
  }
  return best[1]! / best[0]!;
};

/**
 * `growth`, measured again (up to three times) while it is not below `bound`: load from elsewhere can only make a
 * ratio larger, so the smallest is kept. Work that grows too fast stays above the bound every time.
 */
const settledGrowth = (small: () => void, large: () => void, bound: number): number => {
  let least = Infinity;
  for (let round = 0; round < 3 && least >= bound; round++) least = Math.min(least, growth(small, large));
  return least;
};

// A full collection on demand, for measuring what a result holds (vitest's workers do not run with --expose-gc).
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Heap and external memory (Node makes large strings, such as TextDecoder's, external). */
const memory = (): number => {
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
};

/** How much memory grows while `make` runs and its result is alive, in bytes. */
const heapGrowth = (make: () => unknown): number => {
  gc();
  const before = memory();
  const kept = make();
  gc();
  const grown = memory() - before;
  expect(kept).toBeDefined();
  return grown;
};

/**
 * Cutting `text` in two (at every place, or at the given ones), and into single units, must decode as the whole.
 * The feeder gathers small chunks before saxes sees them, so a cut only reaches saxes in a document larger than
 * its batch (16 Ki units): `padded` puts a comment of 20,000 characters first, and the cuts then go near the end.
 */
const chunkedAlike = async (text: string | Uint8Array, cuts?: readonly number[]): Promise<Either<DecodeFailure, Decoded>> => {
  const whole = decode(text);
  for (const at of cuts ?? Array.from({ length: text.length - 1 }, (_, i) => i + 1)) {
    expect([at, await decodeAsync([text.slice(0, at), text.slice(at)])]).toEqual([at, whole]);
  }
  const units = Array.from({ length: text.length }, (_, i) => text.slice(i, i + 1));
  expect(await decodeAsync(units)).toEqual(whole);
  return whole;
};
const padded = (xml: string): string => `<!--${"x".repeat(20_000)}-->${xml}`;
/** Every place in the last `n` units of `text`. */
const lastCuts = (text: { readonly length: number }, n: number): number[] => Array.from({ length: n }, (_, i) => text.length - n + i);

const aliases = (n: number, name: (i: number) => string): string =>
  `<Aliases xmlns="${NS}"><Quantity>${n}</Quantity><Items>${Array.from({ length: n }, (_, i) => name(i)).join("")}</Items></Aliases>`;
const configWith = (aliasesXml: string): string =>
  `<DistributionConfig xmlns="${NS}"><CallerReference>r</CallerReference>${aliasesXml.replace(` xmlns="${NS}"`, "")}<Origins><Quantity>1</Quantity><Items><Origin><Id>o</Id><DomainName>d</DomainName></Origin></Items></Origins><DefaultCacheBehavior><TargetOriginId>o</TargetOriginId><ViewerProtocolPolicy>allow-all</ViewerProtocolPolicy></DefaultCacheBehavior><Comment/><Enabled>true</Enabled></DistributionConfig>`;

describe("time and memory", () => {
  it("quadratic decode: start tags whose name ends with a newline cost O(1) each", () => {
    const doc = (n: number) => configWith(aliases(n, () => "<CNAME\n>a.example.com</CNAME>"));
    const small = doc(20_000);
    const large = doc(80_000);
    expect(decode(large)._tag).toBe("Right");
    // Four times the tags: linear work takes about four times as long, the quadratic scan took 16 times. The
    // bound leaves room for a busy machine (a timing ratio, not a speed: npm run bench measures speed).
    expect(settledGrowth(() => decode(small), () => decode(large), 10)).toBeLessThan(10);
  });

  it("quadratic encode: each preserved element of a list is placed in O(1)", () => {
    const doc = (n: number): Decoded => {
      const r = decode(configWith(aliases(n, () => "<CNAME>a.example.com</CNAME><x/>")), { unknown: "preserve" });
      if (r._tag === "Left") throw new Error(JSON.stringify(r.left.issues[0]));
      return r.right;
    };
    // Each entry walked every preserved element of the list: 2,000 entries read them 4,000,000 times.
    const counted = doc(2_000);
    const items = (counted.value as { Aliases: { Items: Record<symbol, unknown[]> } }).Aliases.Items;
    let reads = 0;
    items[unknownElements] = new Proxy(items[unknownElements] as unknown[], {
      get: (target, key, receiver) => {
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    expect(encode(counted).split("<CNAME>a.example.com</CNAME><x/>").length - 1).toBe(2_000);
    expect(reads).toBeLessThanOrEqual(3 * 2_000);
    // And in time: four times the list took 16 times as long.
    const small = doc(5_000);
    const large = doc(20_000);
    expect(settledGrowth(() => encode(small), () => encode(large), 10)).toBeLessThan(10);
  });

  it("per-chunk cost: one-character and one-byte chunks are gathered before they are decoded and parsed", async () => {
    const xml = configWith(aliases(2_000, () => "<CNAME>a.example.com</CNAME>"));
    const whole = decode(xml);
    const decodes = vi.spyOn(TextDecoder.prototype, "decode");
    const writes = vi.spyOn(SaxesParser.prototype, "write");
    try {
      expect(await decodeAsync([...utf8.encode(xml)].map((b) => Uint8Array.of(b)))).toEqual(whole);
      // Each call costs about half a microsecond (TextDecoder) or a few (saxes): one per byte made the stream 15 times
      // slower than the whole. A 4 KiB batch of bytes, a 16 Ki batch of text, and the end.
      expect([decodes.mock.calls.length, writes.mock.calls.length]).toEqual([Math.ceil(xml.length / 4096) + 1, Math.ceil(xml.length / 16_384) + 1]);
      writes.mockClear();
      expect(await decodeAsync([...xml])).toEqual(whole);
      expect(writes.mock.calls.length).toBe(Math.ceil(xml.length / 16_384) + 1);
    } finally {
      decodes.mockRestore();
      writes.mockRestore();
    }
  });

  it("preserve mode memory: a preserved subtree is held as its text, not as one object per node", () => {
    const bytes = utf8.encode(configWith(aliases(1, () => "<CNAME>a.example.com</CNAME>")).replace("<Comment/>", `<Comment/><Future>${"<x/>".repeat(MiB)}</Future>`));
    for (const input of [bytes, new TextDecoder().decode(bytes)]) {
      let kept: Decoded | undefined;
      const grown = heapGrowth(() => {
        const r = decode(input, { unknown: "preserve" });
        if (r._tag === "Right") kept = r.right;
        return r;
      });
      // Its text and little else: a slice of the input string, or of the text TextDecoder made from the bytes (UTF-16,
      // two bytes a character). One object per <x/> took 31 times the input.
      expect(grown / bytes.length).toBeLessThan(4);
      const [future] = (kept?.value as Record<symbol, UnknownElement[]>)[unknownElements] ?? [];
      expect(future?.raw.length).toBe(4 * MiB + 17);
    }
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
    const tags = padded(`<DistributionConfig xmlns="${NS}">\n  <Bogus\n/>\n  <CallerReference\n>r</CallerReference></DistributionConfig>`);
    const issues = await chunkedAlike(tags, lastCuts(tags, 80));
    expect(issues._tag === "Left" && issues.left.issues.filter((i) => i.code === "unknown_element").map((i) => [i.line, i.column])).toEqual([[2, 3]]);
  });

  it("astral characters in names: columns count characters, not UTF-16 units", async () => {
    const xml = padded(`<DistributionConfig xmlns="${NS}">\n\n  <𐀀𐀀𐀀 />\n  <𐀀𐀀𐀀𐀀\n/></DistributionConfig>`);
    const r = await chunkedAlike(xml, lastCuts(xml, 60));
    expect(r._tag === "Left" && r.left.issues.filter((i) => i.code === "unknown_element").map((i) => [i.line, i.column])).toEqual([
      [3, 3],
      [4, 3],
    ]);
    const bytes = utf8.encode(xml);
    await chunkedAlike(bytes, lastCuts(bytes, 80));
  });
});

describe("limits that vanish", () => {
  const deep = (n: number) => `<DistributionConfig xmlns="${NS}">${"<a>".repeat(n)}${"</a>".repeat(n)}</DistributionConfig>`;

  it("an undefined option means its default: { maxDepth: undefined } still stops 20,000 levels at 64", () => {
    // What a JavaScript caller can pass (TypeScript with exactOptionalPropertyTypes would not let it through).
    const r = decode(deep(20_000), { maxDepth: undefined, unknown: "skip" } as unknown as { unknown: "skip" });
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

describe("exactness: whole = chunked", () => {
  const minimal = configWith(aliases(1, () => "<CNAME>a.example.com</CNAME>"));

  it("a CR LF split between chunks is one line end, and text keeps its one LF", async () => {
    const xml = padded(minimal).replace("<Comment/>", "<Comment>a\r\nb</Comment>").replace("<CallerReference>", "\r\n<CallerReference>").replace("<Enabled>", "<Bogus/>\r\n<Enabled>");
    const crs = [...xml.matchAll(/\r/g)].flatMap((m) => [(m.index ?? 0) - 1, m.index ?? 0, (m.index ?? 0) + 1, (m.index ?? 0) + 2]);
    const whole = await chunkedAlike(xml, crs);
    expect(whole._tag === "Left" && whole.left.issues.map((i) => [i.code, i.line, i.column])).toEqual([["unknown_element", 3, 12]]);
    const ok = decode(xml.replace("<Bogus/>", ""));
    expect(ok._tag === "Right" && (ok.right.value as { Comment: string }).Comment).toBe("a\nb");
    expect((await chunkedAlike(xml.replace("<Bogus/>", ""), crs))._tag).toBe("Right");
  });

  it("text after the root is reported at one place, however the document is cut", async () => {
    const after = padded(`${minimal}\r\n  junk\r\n`);
    const r = await chunkedAlike(after, lastCuts(after, 40));
    expect(r._tag === "Left" && r.left.issues.map((i) => [i.code, i.message, i.line, i.column])).toEqual([["malformed_xml", "text after the root element", 1, minimal.length + 20_008]]);
    const before = padded(`junk ${minimal}`);
    const b = await chunkedAlike(before, [20_005, 20_007, 20_009, 20_012]);
    expect(b._tag === "Left" && b.left.issues.map((i) => [i.code, i.message, i.column])).toEqual([["malformed_xml", "text before the root element", 20_013]]);
    await chunkedAlike(padded(`${minimal}<after/>`), lastCuts(padded(`${minimal}<after/>`), 12));
  });

  it("a surrogate pair split between string chunks is one character", async () => {
    const xml = padded(minimal.replace("<Comment/>", "<Comment>😀 and 𐀀</Comment>"));
    const r = await chunkedAlike(xml, [xml.indexOf("😀") + 1, xml.indexOf("𐀀") + 1]);
    expect(r._tag === "Right" && (r.right.value as { Comment: string }).Comment).toBe("😀 and 𐀀");
  });

  it("the document size limit: the issues before it come first, whether the whole or a chunk crosses it", async () => {
    const xml = minimal.replace("<Comment/>", "<Comment/><Bogus/>") + "  ".repeat(100);
    const limit = xml.length - 50;
    const whole = decode(xml, { maxDocumentSize: limit });
    expect(whole._tag === "Left" && whole.left.issues.map((i) => i.code)).toEqual(["unknown_element", "document_too_large"]);
    for (const at of [1, 100, limit - 1, limit, limit + 1]) {
      expect(await decodeAsync([xml.slice(0, at), xml.slice(at)], { maxDocumentSize: limit })).toEqual(whole);
      const bytes = utf8.encode(xml);
      expect(await decodeAsync([bytes.subarray(0, at), bytes.subarray(at)], { maxDocumentSize: limit })).toEqual(whole);
    }
  });
});

describe("exactness: timestamps", () => {
  const batch = { Paths: { Quantity: 1, Items: ["/a"] }, CallerReference: "r" };
  const xml = (time: string) =>
    `<Invalidation xmlns="${NS}"><Id>I</Id><Status>InProgress</Status><CreateTime>${time}</CreateTime><InvalidationBatch><Paths><Quantity>1</Quantity><Items><Path>/a</Path></Items></Paths><CallerReference>r</CallerReference></InvalidationBatch></Invalidation>`;
  const json = (time: string) => ({ Id: "I", Status: "InProgress", CreateTime: time, InvalidationBatch: batch });
  const target = { version: "2020-05-31", root: "Invalidation" } as const;

  it.each([
    ["0000-01-01T00:00:00+01:00", -1],
    ["9999-12-31T23:30:00.000-01:00", 10_000],
  ])("timestamps keep to years 0000–9999 after the offset is applied: %s (year %i in UTC) is out_of_range, in XML and JSON", (time, year) => {
    const r = decode(xml(time));
    expect(r._tag === "Left" && r.left.issues.map((i) => [i.code, i.path, i.line, i.column, i.message])).toEqual([
      ["out_of_range", "/Invalidation/CreateTime", 1, xml(time).indexOf("<CreateTime>") + 1, `<CreateTime>: "${time}" is in year ${year} in UTC, which cannot be written back as ISO 8601`],
    ]);
    const j = decodeJson(json(time), target);
    expect(j._tag === "Left" && j.left.issues.map((i) => [i.code, i.path])).toEqual([["out_of_range", "/Invalidation/CreateTime"]]);
  });

  it.each(["0000-01-01T00:00:00Z", "0000-01-01T00:30:00+00:30", "9999-12-31T23:59:59.999Z", "9999-12-31T22:59:59-01:00"])("%s is within the years and written back in UTC", (time) => {
    const r = decode(xml(time));
    if (r._tag === "Left") expect.fail(JSON.stringify(r.left.issues));
    const written = /<CreateTime>([^<]*)<\/CreateTime>/.exec(encode(r.right))?.[1];
    expect(written).toBe(new Date(Date.parse(time)).toISOString());
    expect(decode(encode(r.right))).toEqual(r);
    expect(decodeJson(json(time), target)._tag).toBe("Right");
  });
});

describe("exactness: encodings", () => {
  const minimal = configWith(aliases(1, () => "<CNAME>a.example.com</CNAME>"));

  it("strings are Unicode: a lone surrogate is invalid_encoding at its position, as in bytes", async () => {
    const xml = minimal.replace("<Comment/>", "<Comment>a\uD800b</Comment>");
    const r = await chunkedAlike(xml);
    expect(r._tag === "Left" && r.left.issues.map((i) => [i.code, i.line, i.column])).toEqual([["invalid_encoding", 1, xml.indexOf("\uD800") + 1]]);
    const low = decode(minimal.replace("<Comment/>", "<Comment>a\uDC00b</Comment>"));
    expect(low._tag === "Left" && low.left.issues[0]?.code).toBe("invalid_encoding");
    const atEnd = await decodeAsync([minimal, "\uD83D"]);
    expect(atEnd._tag === "Left" && atEnd.left.issues[0]?.code).toBe("invalid_encoding");
  });

  it("two byte order marks: the second is content before the root", async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
    const body = utf8.encode(minimal);
    const one = new Uint8Array([...bom, ...body]);
    expect(decode(one)._tag).toBe("Right");
    const two = new Uint8Array([...bom, ...bom, ...body]);
    const r = await chunkedAlike(two);
    expect(r._tag === "Left" && r.left.issues.map((i) => i.code)).toEqual(["malformed_xml"]);
    expect(decode("\uFEFF\uFEFF" + minimal)._tag).toBe("Left");
  });

  it("a byte order mark just before an invalid byte is dropped alike, whole or cut between them", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0xff, ...utf8.encode(minimal)]);
    const r = await chunkedAlike(bytes);
    expect(r._tag === "Left" && r.left.issues.map((i) => [i.code, i.line, i.column, i.message])).toEqual([["invalid_encoding", 1, 1, "invalid UTF-8 byte 0xff at byte offset 3"]]);
  });
});
