/**
 * Defects a mutation fuzzer found (140,000 damaged and value-preserving variants of the corpus, 125,000 hostile
 * JSON cases), one test each, named after the defect. Each failed before its fix.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { describe, expect, it, vi } from "vitest";
import { decode, decodeAsync, decodeJson, encode, encodeJson, unknownElements } from "../src/index.js";
import type { DecodeFailure, Decoded, Issue, Json, JsonFailure, UnknownElement } from "../src/index.js";
import type { Either } from "fp-ts/lib/Either.js";
import { arbitraryFor } from "../src/interpreters/arbitrary.js";
import type { Node } from "../src/schema/ast.js";
import { latest, versions } from "../src/versions/index.js";

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
const chunkedAlike = async (
  text: string | Uint8Array,
  cuts?: readonly number[],
): Promise<Either<DecodeFailure, Decoded>> => {
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
const lastCuts = (text: { readonly length: number }, n: number): number[] =>
  Array.from({ length: n }, (_, i) => text.length - n + i);

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
    expect(
      settledGrowth(
        () => decode(small),
        () => decode(large),
        10,
      ),
    ).toBeLessThan(10);
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
    expect(
      settledGrowth(
        () => encode(small),
        () => encode(large),
        10,
      ),
    ).toBeLessThan(10);
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
      expect([decodes.mock.calls.length, writes.mock.calls.length]).toEqual([
        Math.ceil(xml.length / 4096) + 1,
        Math.ceil(xml.length / 16_384) + 1,
      ]);
      writes.mockClear();
      expect(await decodeAsync([...xml])).toEqual(whole);
      expect(writes.mock.calls.length).toBe(Math.ceil(xml.length / 16_384) + 1);
    } finally {
      decodes.mockRestore();
      writes.mockRestore();
    }
  });

  it("preserve mode memory: a preserved subtree is held as its text, not as one object per node", () => {
    const bytes = utf8.encode(
      configWith(aliases(1, () => "<CNAME>a.example.com</CNAME>")).replace(
        "<Comment/>",
        `<Comment/><Future>${"<x/>".repeat(MiB)}</Future>`,
      ),
    );
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
      const [future] = (kept?.value as Record<symbol, UnknownElement[]> | undefined)?.[unknownElements] ?? [];
      expect(future?.raw.length).toBe(4 * MiB + 17);
    }
  });
});

describe("exactness: positions", () => {
  it("a tag whose name ends with a newline is placed at its <, whole or cut anywhere", async () => {
    const xml = `<Aliases xmlns="${NS}"><Quantity>1</Quantity>\n  <Items>\n    <CNAME\n>a</CNAME><b/></Items></Aliases>`;
    const r = await chunkedAlike(
      xml.replace("<Aliases", "<DistributionConfig").replace("</Aliases>", "</DistributionConfig>"),
    );
    expect(
      r._tag === "Left" &&
        r.left.issues.filter((i) => i.code === "unknown_element").map((i) => [i.path, i.line, i.column]),
    ).toEqual([
      ["/DistributionConfig/Quantity", 1, 77],
      ["/DistributionConfig/Items", 2, 3],
    ]);
    const tags = padded(
      `<DistributionConfig xmlns="${NS}">\n  <Bogus\n/>\n  <CallerReference\n>r</CallerReference></DistributionConfig>`,
    );
    const issues = await chunkedAlike(tags, lastCuts(tags, 80));
    expect(
      issues._tag === "Left" &&
        issues.left.issues.filter((i) => i.code === "unknown_element").map((i) => [i.line, i.column]),
    ).toEqual([[2, 3]]);
  });

  it("astral characters in names: columns count characters, not UTF-16 units", async () => {
    const xml = padded(`<DistributionConfig xmlns="${NS}">\n\n  <𐀀𐀀𐀀 />\n  <𐀀𐀀𐀀𐀀\n/></DistributionConfig>`);
    const r = await chunkedAlike(xml, lastCuts(xml, 60));
    expect(
      r._tag === "Left" && r.left.issues.filter((i) => i.code === "unknown_element").map((i) => [i.line, i.column]),
    ).toEqual([
      [3, 3],
      [4, 3],
    ]);
    const bytes = utf8.encode(xml);
    await chunkedAlike(bytes, lastCuts(bytes, 80));
  });
});

describe("limits that vanish", () => {
  const deep = (n: number) =>
    `<DistributionConfig xmlns="${NS}">${"<a>".repeat(n)}${"</a>".repeat(n)}</DistributionConfig>`;

  it("an undefined option means its default: { maxDepth: undefined } still stops 20,000 levels at 64", () => {
    // What a JavaScript caller can pass (TypeScript with exactOptionalPropertyTypes would not let it through).
    const r = decode(deep(20_000), { maxDepth: undefined, unknown: "skip" } as unknown as { unknown: "skip" });
    expect(r._tag === "Left" && r.left.issues.map((i) => [i.code, i.message])).toEqual([
      ["too_deep", "elements nest deeper than maxDepth (64)"],
    ]);
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
    expect(() => decode("<never-read", { [name]: value })).toThrow(
      `option ${name} must be a whole number of at least 1`,
    );
  });

  it('unknown: "bogus" and a version cfxml does not know are usage errors', () => {
    expect(() => decode("<x/>", { unknown: "bogus" as never })).toThrow(
      'option unknown must be one of "error", "skip", "preserve", not "bogus"',
    );
    expect(() => decode("<x/>", { version: "2099-01-01" as never })).toThrow(RangeError);
  });
});

describe("arguments that are not documents", () => {
  it("are clear TypeErrors naming the argument", async () => {
    expect(() => decode(null as never)).toThrow("decode: the document must be a string or a Uint8Array, not null");
    expect(() => decode(42 as never)).toThrow("decode: the document must be a string or a Uint8Array, not number");
    expect(() => decode("<x/>", null as never)).toThrow("decode: the options must be an object, not null");
    await expect(decodeAsync(null as never)).rejects.toThrow(
      "decodeAsync: the chunks must be an iterable or async iterable of strings or Uint8Arrays (a stream), not null",
    );
  });
});

describe("exactness: whole = chunked", () => {
  const minimal = configWith(aliases(1, () => "<CNAME>a.example.com</CNAME>"));

  it("a CR LF split between chunks is one line end, and text keeps its one LF", async () => {
    const xml = padded(minimal)
      .replace("<Comment/>", "<Comment>a\r\nb</Comment>")
      .replace("<CallerReference>", "\r\n<CallerReference>")
      .replace("<Enabled>", "<Bogus/>\r\n<Enabled>");
    const crs = [...xml.matchAll(/\r/g)].flatMap((m) => [
      (m.index ?? 0) - 1,
      m.index ?? 0,
      (m.index ?? 0) + 1,
      (m.index ?? 0) + 2,
    ]);
    const whole = await chunkedAlike(xml, crs);
    expect(whole._tag === "Left" && whole.left.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ["unknown_element", 3, 12],
    ]);
    const ok = decode(xml.replace("<Bogus/>", ""));
    expect(ok._tag === "Right" && (ok.right.value as { Comment: string }).Comment).toBe("a\nb");
    expect((await chunkedAlike(xml.replace("<Bogus/>", ""), crs))._tag).toBe("Right");
  });

  it("text after the root is reported at one place, however the document is cut", async () => {
    const after = padded(`${minimal}\r\n  junk\r\n`);
    const r = await chunkedAlike(after, lastCuts(after, 40));
    expect(r._tag === "Left" && r.left.issues.map((i) => [i.code, i.message, i.line, i.column])).toEqual([
      ["malformed_xml", "text after the root element", 1, minimal.length + 20_008],
    ]);
    const before = padded(`junk ${minimal}`);
    const b = await chunkedAlike(before, [20_005, 20_007, 20_009, 20_012]);
    expect(b._tag === "Left" && b.left.issues.map((i) => [i.code, i.message, i.column])).toEqual([
      ["malformed_xml", "text before the root element", 20_013],
    ]);
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
    expect(whole._tag === "Left" && whole.left.issues.map((i) => i.code)).toEqual([
      "unknown_element",
      "document_too_large",
    ]);
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
  ])(
    "timestamps keep to years 0000–9999 after the offset is applied: %s (year %i in UTC) is out_of_range, in XML and JSON",
    (time, year) => {
      const r = decode(xml(time));
      expect(r._tag === "Left" && r.left.issues.map((i) => [i.code, i.path, i.line, i.column, i.message])).toEqual([
        [
          "out_of_range",
          "/Invalidation/CreateTime",
          1,
          xml(time).indexOf("<CreateTime>") + 1,
          `<CreateTime>: "${time}" is in year ${year} in UTC, which cannot be written back as ISO 8601`,
        ],
      ]);
      const j = decodeJson(json(time), target);
      expect(j._tag === "Left" && j.left.issues.map((i) => [i.code, i.path])).toEqual([
        ["out_of_range", "/Invalidation/CreateTime"],
      ]);
    },
  );

  it.each([
    "0000-01-01T00:00:00Z",
    "0000-01-01T00:30:00+00:30",
    "9999-12-31T23:59:59.999Z",
    "9999-12-31T22:59:59-01:00",
  ])("%s is within the years and written back in UTC", (time) => {
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
    expect(r._tag === "Left" && r.left.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ["invalid_encoding", 1, xml.indexOf("\uD800") + 1],
    ]);
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
    expect(r._tag === "Left" && r.left.issues.map((i) => [i.code, i.line, i.column, i.message])).toEqual([
      ["invalid_encoding", 1, 1, "invalid UTF-8 byte 0xff at byte offset 3"],
    ]);
  });
});

/** A 2020-05-31 DistributionConfig as the AWS CLI prints it (HTTPPort, MinTTL, Comment: each member this needs). */
const cliJson = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "corpus", "2020-05-31", "legacy-forwarded-values.json"), "utf8"),
) as { DistributionConfig: Record<string, Json> };
const config = cliJson.DistributionConfig;
const configText = JSON.stringify(config, null, 2);
const asConfig = { version: "2020-05-31", root: "DistributionConfig" } as const;
/** Where `needle` first starts in `text` (ASCII), counted independently of the reader. */
const at = (text: string, needle: string, from = 0): { line: number; column: number } => {
  const i = text.indexOf(needle, from);
  expect(i).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, i);
  return { line: before.split("\n").length, column: i - before.lastIndexOf("\n") };
};
const issuesOf = (r: Either<JsonFailure, Decoded>): readonly Issue[] => (r._tag === "Left" ? r.left.issues : []);
const placed = (r: Either<JsonFailure, Decoded>) => issuesOf(r).map((i) => [i.code, i.path, i.line, i.column]);

describe("JSON input is as strict as XML", () => {
  it("invalid UTF-8 is invalid_encoding at its byte offset, never replaced by U+FFFD; one byte order mark is allowed", () => {
    const text = configText.replace('"Comment": "www.example.org', '"Comment": "caf\u00e9 www.example.org');
    const bytes = new TextEncoder().encode(text);
    const offset = bytes.indexOf(0xc3);
    const latin1 = new Uint8Array([...bytes.subarray(0, offset), 0xe9, ...bytes.subarray(offset + 2)]);
    const r = decodeJson(latin1, asConfig);
    expect(issuesOf(r).map((i) => [i.code, i.message, i.path, i.line, i.column])).toEqual([
      [
        "invalid_encoding",
        `invalid UTF-8 byte 0xe9 at byte offset ${offset}`,
        "/DistributionConfig/Comment",
        at(text, "é").line,
        at(text, "é").column,
      ],
    ]);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeJson(bom, asConfig)).toEqual(decodeJson(text, asConfig));
    expect(decodeJson(bom, asConfig)._tag).toBe("Right");
    const twoBoms = decodeJson(new Uint8Array([0xef, 0xbb, 0xbf, ...bom]), asConfig);
    expect(issuesOf(twoBoms).map((i) => [i.code, i.line, i.column])).toEqual([["malformed_json", 1, 1]]);
    const cut = decodeJson(bytes.subarray(0, offset + 1), asConfig);
    expect(issuesOf(cut).map((i) => i.message)).toEqual([
      `the input ends inside a UTF-8 sequence (byte offset ${offset})`,
    ]);
    expect(issuesOf(decodeJson(text.replace("caf\u00e9", "caf\uD800"), asConfig)).map((i) => i.code)).toEqual([
      "invalid_encoding",
    ]);
  });

  it("duplicate keys are duplicate_member where the key repeats, wherever it is (the last no longer wins silently)", () => {
    const text = configText
      .replace('\n  "Enabled": true', '\n  "Enabled": "x",\n  "Enabled": true')
      .replace('"HTTPPort": 80,', '"HTTPPort": 80,\n            "HTTPPort": 81,')
      .replace('"Comment":', '"Future": { "a": 1, "a": 2 },\n  "Comment":');
    const r = decodeJson(text, { ...asConfig, unknown: "skip" });
    expect(placed(r)).toEqual([
      [
        "duplicate_member",
        "/DistributionConfig/Origins/Items/Origin[1]/CustomOriginConfig/HTTPPort",
        at(text, '"HTTPPort": 81').line,
        at(text, '"HTTPPort": 81').column,
      ],
      ["duplicate_member", "/DistributionConfig/Future/a", at(text, '"a": 2').line, at(text, '"a": 2').column],
      [
        "invalid_type",
        "/DistributionConfig/Enabled",
        at(text, '"Enabled": "x"').line,
        at(text, '"Enabled": "x"').column,
      ],
      [
        "duplicate_member",
        "/DistributionConfig/Enabled",
        at(text, '"Enabled": true', text.indexOf('"Enabled": "x"')).line,
        3,
      ],
    ]);
    expect(issuesOf(r)[3]?.message).toBe("Enabled appears more than once in this object (the first one was read)");
  });

  it("1e2, 1.0 and 100.0000000000000001 are not integers: only plain decimals are, as in XML; -0 is 0, as in XML", () => {
    for (const written of ["1e2", "80.0", "80.0000000000000001", "8e1", "80E0"]) {
      const text = configText.replace('"HTTPPort": 80', `"HTTPPort": ${written}`);
      expect(issuesOf(decodeJson(text, asConfig)).map((i) => [i.code, i.path, i.line, i.column, i.actual])).toEqual([
        [
          "invalid_integer",
          "/DistributionConfig/Origins/Items/Origin[1]/CustomOriginConfig/HTTPPort",
          at(text, '"HTTPPort"').line,
          at(text, '"HTTPPort"').column,
          written,
        ],
      ]);
    }
    // A long beyond 2^53 is out of range, not rounded to the nearest double.
    const huge = decodeJson(configText.replace('"MinTTL": 3600', '"MinTTL": 12345678901234567890'), asConfig);
    expect(issuesOf(huge).map((i) => [i.code, i.actual])).toEqual([["out_of_range", "12345678901234567890"]]);
    const zero = decodeJson(configText.replace('"MinTTL": 3600', '"MinTTL": -0'), asConfig);
    expect(
      zero._tag === "Right" && Object.is(JSON.stringify(encodeJson(zero.right)).includes('"MinTTL":0'), true),
    ).toBe(true);
    // A value in memory has no text: 1e2 there is the number 100.
    expect(decodeJson(JSON.parse(configText.replace('"HTTPPort": 80', '"HTTPPort": 1e2')), asConfig)._tag).toBe(
      "Right",
    );
  });

  it("a member kept under unknown: preserve goes back out as written: a number a double would change is out_of_range", () => {
    const preserve = { ...asConfig, unknown: "preserve" } as const;
    const exact = '"Future": { "exact": [1.5, 1e2, 1.0, -0, 0.1, 1e21, 5e-324] },\n  "Comment":';
    const kept = decodeJson(configText.replace('"Comment":', exact), preserve);
    expect(kept._tag === "Right" && JSON.stringify((encodeJson(kept.right) as { Future: Json }).Future)).toBe(
      '{"exact":[1.5,100,1,0,0.1,1e+21,5e-324]}',
    );
    const text = configText.replace(
      '"Comment":',
      '"Future": { "rounded": 100.0000000000000001, "huge": [1, 1e400] },\n  "Big": 123456789012345678901234567890,\n  "Comment":',
    );
    const r = decodeJson(text, preserve);
    expect(issuesOf(r).map((i) => [i.code, i.path, i.line, i.column, i.actual])).toEqual([
      [
        "out_of_range",
        "/DistributionConfig/Future/rounded",
        at(text, '"rounded"').line,
        at(text, '"rounded"').column,
        "100.0000000000000001",
      ],
      ["out_of_range", "/DistributionConfig/Future/huge[2]", at(text, "1e400").line, at(text, "1e400").column, "1e400"],
      [
        "out_of_range",
        "/DistributionConfig/Big",
        at(text, '"Big"').line,
        at(text, '"Big"').column,
        "123456789012345678901234567890",
      ],
    ]);
    expect(issuesOf(r)[0]?.message).toBe(
      "100.0000000000000001 cannot be kept as written: a JSON number here is a double, which reads it as 100",
    );
    // Dropped, they change nothing.
    expect(decodeJson(text, { ...asConfig, unknown: "skip" })._tag).toBe("Right");
  });

  it("syntax errors are malformed_json at their line and column, in the member being read", () => {
    const text = configText.replace('\n  "Enabled": true', "\n  Enabled: true");
    expect(issuesOf(decodeJson(text, asConfig)).map((i) => [i.code, i.message, i.path, i.line, i.column])).toEqual([
      [
        "malformed_json",
        'expected a member name in double quotes, found "E"',
        "/DistributionConfig",
        at(text, "Enabled:").line,
        at(text, "Enabled:").column,
      ],
    ]);
    const cases: [string, string, string][] = [
      [
        configText.replace('"Quantity": 1', '"Quantity": 01'),
        "a number does not start with 0 followed by digits",
        "/DistributionConfig/Aliases/Quantity",
      ],
      [
        configText.replace('"www.example.org"\n', '"www.example.org",]\n'),
        'expected a JSON value, found "]"',
        "/DistributionConfig/Aliases/Items/CNAME[2]",
      ],
      [
        configText.replace('"www.example.org"', '"www.\\qexample.org"'),
        "\\q is not an escape JSON has",
        "/DistributionConfig/Aliases/Items/CNAME[1]",
      ],
      [configText.slice(0, -2), 'expected "," or "}" after a member, but the JSON ends', "/DistributionConfig"],
      [`${configText} {}`, 'expected the end of the JSON after its value, found "{"', "/DistributionConfig"],
    ];
    for (const [bad, message, path] of cases) {
      const r = issuesOf(decodeJson(bad, asConfig));
      expect(r.map((i) => [i.code, i.path])).toEqual([["malformed_json", path]]);
      expect(r[0]?.message).toContain(message);
      expect(r[0]?.line).toBeGreaterThan(0);
    }
  });

  it("issues found in the value carry the line and column of their member", () => {
    const text = configText
      .replace('"ViewerProtocolPolicy": "allow-all"', '"ViewerProtocolPolicy": "sometimes"')
      .replace('"Quantity": 1,\n    "Items": [\n      "www', '"Quantity": 3,\n    "Items": [\n      "www');
    const r = decodeJson(text, asConfig);
    expect(placed(r)).toEqual([
      [
        "quantity_mismatch",
        "/DistributionConfig/Aliases/Quantity",
        at(text, '"Quantity": 3').line,
        at(text, '"Quantity": 3').column,
      ],
      [
        "invalid_enum",
        "/DistributionConfig/DefaultCacheBehavior/ViewerProtocolPolicy",
        at(text, '"ViewerProtocolPolicy"').line,
        at(text, '"ViewerProtocolPolicy"').column,
      ],
    ]);
    const missing = JSON.stringify({ CallerReference: "r" }, null, 2);
    expect(placed(decodeJson(missing, asConfig))[0]).toEqual(["missing_element", "/DistributionConfig/Origins", 1, 1]);
  });

  describe.each(versions.map((v) => [v.version, v] as const))(
    "%s: JSON text reads as the value it prints",
    (version, v) => {
      const runs = v === latest ? 40 : 3;
      it.each(v.roots.map((root) => [root] as const))("%s", (root) => {
        const arb = arbitraryFor(v.shapes, v.shapes[root as keyof typeof v.shapes] as Node);
        fc.assert(
          fc.property(arb, fc.boolean(), (value, pretty) => {
            const d = { version, root, value } as Decoded;
            const json = encodeJson(d);
            const fromValue = decodeJson(json, { version, root } as never);
            const fromText = decodeJson(JSON.stringify(json, null, pretty ? 2 : undefined), { version, root } as never);
            expect(fromText).toStrictEqual(fromValue);
            expect(fromValue).toStrictEqual({ _tag: "Right", right: d });
          }),
          { numRuns: runs },
        );
      });
    },
  );
});

describe("the JSON path has limits", () => {
  it("a 50 MiB Comment is text_too_long, as its XML is (it was accepted, then written as XML that decode refused)", () => {
    const comment = "x".repeat(50 << 20);
    const value = decodeJson({ ...config, Comment: comment }, asConfig);
    expect(issuesOf(value).map((i) => [i.code, i.path])).toEqual([["text_too_long", "/DistributionConfig/Comment"]]);
    const text = decodeJson(JSON.stringify({ ...config, Comment: comment }), asConfig);
    expect(issuesOf(text).map((i) => [i.code, i.path, i.line])).toEqual([
      ["text_too_long", "/DistributionConfig/Comment", 1],
    ]);
    // The same limit as XML's, whichever is given (XML's runs count markup too, so it allows a little less).
    const small = { ...asConfig, maxTextLength: 100 };
    const long = { ...config, Comment: "x".repeat(101) };
    expect(issuesOf(decodeJson(long, small)).map((i) => [i.code, i.path])).toEqual([
      ["text_too_long", "/DistributionConfig/Comment"],
    ]);
    const longText = JSON.stringify(long, null, 2);
    expect(placed(decodeJson(longText, small))).toEqual([
      ["text_too_long", "/DistributionConfig/Comment", at(longText, '"xxx').line, at(longText, '"xxx').column],
    ]);
    expect(decodeJson({ ...config, Comment: "x".repeat(90) }, small)._tag).toBe("Right");
    const xml = decode(
      encode({
        ...asConfig,
        value: { ...(decodeJson(config, asConfig) as { right: Decoded }).right.value, Comment: "x".repeat(101) },
      } as Decoded),
      small,
    );
    expect(issuesOf(xml as never).map((i) => i.code)).toEqual(["text_too_long"]);
  });

  it("1,000,000 unknown members stop at maxErrors, truncated, in the time the limits take to walk them", () => {
    const members = (n: number): Record<string, Json> => {
      const o: Record<string, Json> = { ...config };
      for (let i = 0; i < n; i++) o[`u${i}`] = i;
      return o;
    };
    const million = members(1_000_000);
    const r = decodeJson(million, asConfig);
    expect(r._tag === "Left" && [r.left.issues.length, r.left.truncated, r.left.issues[0]?.code]).toEqual([
      100,
      true,
      "unknown_member",
    ]);
    const text = decodeJson(JSON.stringify(members(100_000)), { ...asConfig, maxErrors: 7 });
    expect(text._tag === "Left" && [text.left.issues.length, text.left.truncated]).toEqual([7, true]);
    // The control holds the same members inside one unknown member: one issue. Each member was an issue (33 s for
    // a million); now the first 100 are, and the rest cost what the limits' walk costs in both.
    const n = 50_000;
    const many = members(n);
    const one = { ...config, Future: members(n) };
    expect(
      settledGrowth(
        () => decodeJson(one, asConfig),
        () => decodeJson(many, asConfig),
        5,
      ),
    ).toBeLessThan(5);
  });

  it("deep nesting is too_deep at maxDepth, as text and as a value, without exhausting the stack", () => {
    const n = 100_000;
    const text = decodeJson(`${"[".repeat(n)}${"]".repeat(n)}`, asConfig);
    expect(issuesOf(text).map((i) => [i.code, i.message, i.line, i.column])).toEqual([
      ["too_deep", "values nest deeper than maxDepth (64)", 1, 65],
    ]);
    let deep: Json = {};
    for (let i = 0; i < n; i++) deep = { a: deep };
    const kept = decodeJson({ ...config, Future: deep }, { ...asConfig, unknown: "preserve" });
    expect(issuesOf(kept).map((i) => [i.code, i.path])).toEqual([
      ["too_deep", `/DistributionConfig/Future${"/a".repeat(63)}`],
    ]);
    const cycle: Record<string, unknown> = {};
    cycle["self"] = cycle;
    expect(
      issuesOf(decodeJson({ ...config, Future: cycle }, { ...asConfig, unknown: "skip" })).map((i) => i.code),
    ).toEqual(["too_deep"]);
    // The same depth as XML's: the root is 1, each member or entry one more.
    expect(placed(decodeJson(configText, { ...asConfig, maxDepth: 3 }))[0]?.slice(0, 2)).toEqual([
      "too_deep",
      "/DistributionConfig/Aliases/Items/CNAME[1]",
    ]);
    const xml = encode((decodeJson(configText, asConfig) as { right: Decoded }).right);
    const agree = [4, 5, 6, 7, 8, 9].map((maxDepth) => [
      maxDepth,
      decodeJson(configText, { ...asConfig, maxDepth })._tag,
      decodeJson(config, { ...asConfig, maxDepth })._tag,
    ]);
    expect(agree).toEqual(
      [4, 5, 6, 7, 8, 9].map((maxDepth) => [maxDepth, decode(xml, { maxDepth })._tag, decode(xml, { maxDepth })._tag]),
    );
    expect(new Set(agree.map(([, tag]) => tag))).toEqual(new Set(["Left", "Right"]));
  });

  it("a document larger than maxDocumentSize is document_too_large, after the issues before the limit", () => {
    const bigger = { ...asConfig, maxDocumentSize: configText.length - 1 };
    expect(issuesOf(decodeJson(configText, bigger)).map((i) => i.code)).toEqual(["document_too_large"]);
    expect(issuesOf(decodeJson(new TextEncoder().encode(configText), bigger)).map((i) => i.code)).toEqual([
      "document_too_large",
    ]);
    // A value is measured as its compact JSON text, to the character.
    const compact = JSON.stringify({
      ...config,
      Comment: 'a "quote", a \\ and a \n\t 😀',
      Future: ["\u0001\uD800", null, { a: false }],
    });
    const value = JSON.parse(compact) as Json;
    const skip = { ...asConfig, unknown: "skip" } as const;
    expect(issuesOf(decodeJson(value, { ...skip, maxDocumentSize: compact.length - 1 })).map((i) => i.code)).toEqual([
      "document_too_large",
    ]);
    expect(decodeJson(value, { ...skip, maxDocumentSize: compact.length })._tag).toBe("Right");
    expect(decodeJson(configText, { ...asConfig, maxDocumentSize: configText.length })._tag).toBe("Right");
    expect(issuesOf(decodeJson(`{ "a": tru ${configText}`, bigger)).map((i) => i.code)).toEqual(["malformed_json"]);
  });

  it("options are checked before reading: undefined takes the default, anything else invalid is a RangeError", () => {
    expect(decodeJson(configText, { ...asConfig, maxDepth: undefined } as never)._tag).toBe("Right");
    for (const bad of [
      { maxDepth: NaN },
      { maxErrors: 0 },
      { maxTextLength: -1 },
      { maxDocumentSize: "32" },
      { unknown: "bogus" },
    ]) {
      expect(() => decodeJson("never read", { ...asConfig, ...bad } as never)).toThrow(RangeError);
    }
  });

  it("the reader is linear: four times the members, on one line or many, about four times the time", () => {
    const doc = (n: number, pretty: boolean) => {
      const items = Array.from({ length: n }, (_, i) => `a${i}.example.com`);
      return JSON.stringify(
        { ...config, Aliases: { Quantity: n, Items: items }, Comment: "😀".repeat(n) },
        null,
        pretty ? 2 : undefined,
      );
    };
    for (const pretty of [false, true]) {
      const small = doc(20_000, pretty);
      const large = doc(80_000, pretty);
      expect(decodeJson(large, asConfig)._tag).toBe("Right");
      expect(
        settledGrowth(
          () => decodeJson(small, asConfig),
          () => decodeJson(large, asConfig),
          10,
        ),
      ).toBeLessThan(10);
    }
  });
});
