/** The XML decoder's strictness, positions, unknown-element modes and input forms. */
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { decode, decodeAsync, encode, formatFailure, unknownElements } from "../src/index.js";
import type { Decoded, DecodeIssue, UnknownElement } from "../src/index.js";

const NS = "http://cloudfront.amazonaws.com/doc/2020-05-31/";
const minimal = (body: string, extra = "") => `<?xml version="1.0" encoding="UTF-8"?>
<DistributionConfig xmlns="${NS}">
  <CallerReference>ref</CallerReference>
  <Origins><Quantity>1</Quantity><Items><Origin><Id>o</Id><DomainName>example.com</DomainName>${body}</Origin></Items></Origins>
  <DefaultCacheBehavior><TargetOriginId>o</TargetOriginId><ViewerProtocolPolicy>allow-all</ViewerProtocolPolicy></DefaultCacheBehavior>
  <Comment>c</Comment>
  <Enabled>true</Enabled>${extra}
</DistributionConfig>`;
const port = (text: string) =>
  minimal(
    `<CustomOriginConfig><HTTPPort>${text}</HTTPPort><HTTPSPort>443</HTTPSPort><OriginProtocolPolicy>https-only</OriginProtocolPolicy></CustomOriginConfig>`,
  );
const issues = (xml: string | Uint8Array, options?: Parameters<typeof decode>[1]): DecodeIssue[] => {
  const r = decode(xml, options);
  return r._tag === "Left" ? [...r.left.issues] : [];
};
const value = (xml: string, options?: Parameters<typeof decode>[1]): Decoded => {
  const r = decode(xml, options);
  if (r._tag === "Left") throw new Error(formatFailure(r.left));
  return r.right;
};
const HTTP_PORT = "/DistributionConfig/Origins/Items/Origin[1]/CustomOriginConfig/HTTPPort";

describe("scalars are strict", () => {
  it.each([
    ["TRUE", "invalid_boolean"],
    ["yes", "invalid_boolean"],
    ["2", "invalid_boolean"],
    ["01", "invalid_boolean"],
    [" true", "invalid_boolean"],
    [" 1", "invalid_boolean"],
  ])("boolean %j is %s", (text, code) => {
    expect(issues(minimal("").replace("<Enabled>true", `<Enabled>${text}`))).toMatchObject([
      { code, path: "/DistributionConfig/Enabled", line: 7, column: 3, actual: text },
    ]);
  });

  it.each([
    ["1", true],
    ["0", false],
  ])(
    "boolean %j, XML Schema's other spelling, is %s with a noncanonical_boolean warning, written back as true or false",
    (text, value) => {
      const r = decode(minimal("").replace("<Enabled>true", `<Enabled>${text}`));
      if (r._tag === "Left") expect.fail(JSON.stringify(r.left.issues));
      expect((r.right.value as { Enabled: boolean }).Enabled).toBe(value);
      expect(r.right.warnings).toEqual([
        {
          code: "noncanonical_boolean",
          path: "/DistributionConfig/Enabled",
          line: 7,
          column: 3,
          message: `${text} is XML Schema's other spelling of ${value}, which cfxml writes`,
          expected: String(value),
          actual: text,
        },
      ]);
      expect(encode(r.right)).toContain(`<Enabled>${value}</Enabled>`);
    },
  );

  it.each([
    ["abc", "invalid_integer"],
    ["80.0", "invalid_integer"],
    [" 80 ", "invalid_integer"],
    ["+80", "invalid_integer"],
    ["1e3", "invalid_integer"],
    ["0x50", "invalid_integer"],
    ["", "invalid_integer"],
    ["2147483648", "out_of_range"],
    ["-2147483649", "out_of_range"],
  ])("integer %j is %s, at the element's start tag", (text, code) => {
    expect(issues(port(text))).toMatchObject([{ code, path: HTTP_PORT, line: 4, column: 115 }]);
  });

  it("accepts the 32-bit integer bounds", () => {
    expect(issues(port("2147483647"))).toEqual([]);
    expect(issues(port("-2147483648"))).toEqual([]);
  });

  it("rejects a long beyond the safe integer range instead of rounding it", () => {
    const doc = (ttl: string) =>
      minimal("").replace("</ViewerProtocolPolicy>", `</ViewerProtocolPolicy><MinTTL>${ttl}</MinTTL>`);
    expect(issues(doc("9007199254740991"))).toEqual([]);
    expect(issues(doc("9007199254740993"))).toMatchObject([
      { code: "out_of_range", path: "/DistributionConfig/DefaultCacheBehavior/MinTTL" },
    ]);
  });

  it("rejects an enum value this version does not have, listing the ones it has", () => {
    const [issue] = issues(minimal("").replace("allow-all", "redirect-to-http"));
    expect(issue).toMatchObject({
      code: "invalid_enum",
      expected: "allow-all | https-only | redirect-to-https",
      actual: "redirect-to-http",
    });
  });

  it("keeps string whitespace and resolved references exactly", () => {
    const v = value(
      minimal("").replace("<Comment>c</Comment>", "<Comment>  a&amp;b&#13;\n\t<![CDATA[<x>]]> </Comment>"),
    );
    expect((v.value as { Comment: string }).Comment).toBe("  a&b\r\n\t<x> ");
  });
});

describe("structure", () => {
  it("collects every problem in one pass, in document order, each with path and position", () => {
    const doc = minimal("<Bogus/>")
      .replace("<Quantity>1</Quantity>", "<Quantity>2</Quantity>")
      .replace("<Comment>c</Comment>", "")
      .replace("<Enabled>true", "<Enabled>yes");
    expect(issues(doc).map((i) => [i.code, i.path, i.line, i.column])).toEqual([
      ["missing_element", "/DistributionConfig/Comment", 2, 1],
      ["quantity_mismatch", "/DistributionConfig/Origins/Quantity", 4, 12],
      ["unknown_element", "/DistributionConfig/Origins/Items/Origin[1]/Bogus", 4, 95],
      ["invalid_boolean", "/DistributionConfig/Enabled", 7, 3],
    ]);
  });

  it("accepts children in any order and encodes them in model order", () => {
    const shuffled = `<DistributionConfig xmlns="${NS}"><Enabled>false</Enabled><Comment/><DefaultCacheBehavior><ViewerProtocolPolicy>allow-all</ViewerProtocolPolicy><TargetOriginId>o</TargetOriginId></DefaultCacheBehavior><Origins><Items><Origin><DomainName>d</DomainName><Id>o</Id></Origin></Items><Quantity>1</Quantity></Origins><CallerReference>r</CallerReference></DistributionConfig>`;
    expect(encode(value(shuffled), { declaration: false })).toBe(
      `<DistributionConfig xmlns="${NS}"><CallerReference>r</CallerReference><Origins><Quantity>1</Quantity><Items><Origin><Id>o</Id><DomainName>d</DomainName></Origin></Items></Origins><DefaultCacheBehavior><TargetOriginId>o</TargetOriginId><ViewerProtocolPolicy>allow-all</ViewerProtocolPolicy></DefaultCacheBehavior><Comment/><Enabled>false</Enabled></DistributionConfig>`,
    );
  });

  it("reports duplicates, attributes, stray text and foreign elements", () => {
    const doc = minimal("<Id>again</Id>", `\n  <x:Extra xmlns:x="urn:other"/>`)
      .replace("<Comment>c</Comment>", `<Comment lang="en">c</Comment>`)
      .replace("<Enabled>", "stray<Enabled>");
    expect(issues(doc).map((i) => i.code)).toEqual([
      "duplicate_element",
      "unexpected_attribute",
      "unexpected_text",
      "unknown_element",
    ]);
  });

  it("requires the 2020-05-31 namespace on the root and on every child", () => {
    expect(issues(`<DistributionConfig/>`)).toMatchObject([{ code: "wrong_namespace", actual: "(none)" }]);
    expect(
      issues(`<DistributionConfig xmlns="http://cloudfront.amazonaws.com/doc/2099-01-01/"/>`)[0]?.message,
    ).toContain("2099-01-01 is not supported");
    expect(issues(`<CachePolicyConfig xmlns="${NS}"/>`)).toMatchObject([{ code: "unknown_root" }]);
    const foreignChild = minimal("").replace("<Comment>c</Comment>", `<Comment xmlns="urn:not-cloudfront">c</Comment>`);
    expect(issues(foreignChild).map((i) => i.code)).toEqual(["missing_element", "unknown_element"]);
  });

  it("accepts a prefixed CloudFront namespace", () => {
    const prefixed = minimal("")
      .replace(`<DistributionConfig xmlns="${NS}">`, `<cf:DistributionConfig xmlns:cf="${NS}" xmlns="${NS}">`)
      .replace("</DistributionConfig>", "</cf:DistributionConfig>");
    expect(issues(prefixed)).toEqual([]);
  });

  it("stops collecting at maxErrors and says so", () => {
    const r = decode(minimal("<A/><B/><C/><D/>"), { maxErrors: 2 });
    expect(r._tag === "Left" && r.left).toMatchObject({
      truncated: true,
      issues: [{ code: "unknown_element" }, { code: "unknown_element" }],
    });
  });
});

describe("unknown elements", () => {
  const newer = minimal(
    `<FutureOption><Mode x="1">on</Mode><Note>a &amp; b</Note></FutureOption>`,
    `\n  <FutureFlag>true</FutureFlag>`,
  );

  it("are errors by default and dropped with unknown: 'skip', each drop a warning (attributes too)", () => {
    expect(issues(newer).map((i) => i.path)).toEqual([
      "/DistributionConfig/Origins/Items/Origin[1]/FutureOption",
      "/DistributionConfig/FutureFlag",
    ]);
    const skipped = value(newer.replace("<Comment>", `<Comment lang="en">`), { unknown: "skip" });
    expect(encode(skipped)).not.toContain("Future");
    expect(skipped.warnings?.map((w) => [w.code, w.path])).toEqual([
      ["unknown_element", "/DistributionConfig/Origins/Items/Origin[1]/FutureOption"],
      ["unexpected_attribute", "/DistributionConfig/Comment"],
      ["unknown_element", "/DistributionConfig/FutureFlag"],
    ]);
    expect(skipped.warnings?.every((w) => w.message.endsWith(": dropped") && w.line !== undefined)).toBe(true);
  });

  it("with unknown: 'preserve' are kept in place and written back unchanged", () => {
    const kept = value(newer, { unknown: "preserve" });
    const origin = (kept.value as { Origins: { Items: object[] } }).Origins.Items[0] as Record<symbol, unknown>;
    // Its text as written, and the same as a tree when asked for.
    const elements = origin[unknownElements] as UnknownElement[];
    expect(elements).toEqual([
      { after: "DomainName", raw: `<FutureOption><Mode x="1">on</Mode><Note>a &amp; b</Note></FutureOption>` },
    ]);
    expect(elements[0]?.element).toEqual({
      name: "FutureOption",
      attributes: [],
      children: [
        { name: "Mode", attributes: [["x", "1"]], children: ["on"] },
        { name: "Note", attributes: [], children: ["a & b"] },
      ],
    });
    const xml = encode(kept);
    expect(xml).toContain(
      `<DomainName>example.com</DomainName><FutureOption><Mode x="1">on</Mode><Note>a &amp; b</Note></FutureOption>`,
    );
    expect(xml).toContain(`<Enabled>true</Enabled><FutureFlag>true</FutureFlag></DistributionConfig>`);
    expect(value(xml, { unknown: "preserve" }).value).toStrictEqual(kept.value);
    // Kept, but said: each one a warning at its place.
    expect(kept.warnings?.map((w) => [w.code, w.path, w.message.endsWith(": kept as read")])).toEqual([
      ["unknown_element", "/DistributionConfig/Origins/Items/Origin[1]/FutureOption", true],
      ["unknown_element", "/DistributionConfig/FutureFlag", true],
    ]);
  });

  it("keep the namespace declarations they depend on", () => {
    const doc = minimal("")
      .replace(`xmlns="${NS}">`, `xmlns="${NS}" xmlns:ext="urn:ext">`)
      .replace("<Comment>", `<ext:Tag ext:a="1"/><Comment>`);
    const xml = encode(value(doc, { unknown: "preserve" }));
    expect(xml).toContain(`<ext:Tag ext:a="1" xmlns:ext="urn:ext"/>`);
    expect(issues(xml, { unknown: "preserve" })).toEqual([]);
  });
});

describe("inputs", () => {
  const doc = minimal("").replace("<Comment>c</Comment>", "<Comment>naïve 😀 ok</Comment>");

  it("reads strings, bytes, a BOM, Node Readables and web ReadableStreams alike", async () => {
    const expected = value(doc);
    const bytes = new TextEncoder().encode(doc);
    expect(value("\uFEFF" + doc)).toStrictEqual(expected);
    expect(decode(Uint8Array.of(0xef, 0xbb, 0xbf, ...bytes))).toStrictEqual(decode(doc));
    expect(await decodeAsync(Readable.from([Buffer.from(bytes)]))).toStrictEqual(decode(doc));
    const web = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < bytes.length; i += 3) c.enqueue(bytes.subarray(i, i + 3));
        c.close();
      },
    });
    expect(await decodeAsync(web as unknown as AsyncIterable<Uint8Array>)).toStrictEqual(decode(doc));
  });

  it("decodes a character split across byte chunks whole", async () => {
    const bytes = new TextEncoder().encode(doc);
    const at = bytes.indexOf(0xf0) + 2;
    expect(await decodeAsync([bytes.subarray(0, at), bytes.subarray(at)])).toStrictEqual(decode(doc));
  });
});

describe("positions", () => {
  it("with positions: true, give where each element of the value starts, by the paths issues use", () => {
    const xml = `<InvalidationBatch xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/">
  <Paths><Quantity>2</Quantity>
    <Items><Path>/a</Path><x/>
      <Path>/b</Path></Items></Paths>
  <CallerReference>r</CallerReference>
</InvalidationBatch>`;
    const r = decode(xml, { positions: true, unknown: "skip" });
    if (r._tag === "Left") expect.fail(JSON.stringify(r.left.issues));
    expect([...(r.right.positions ?? [])]).toEqual([
      ["/InvalidationBatch", { line: 1, column: 1 }],
      ["/InvalidationBatch/Paths", { line: 2, column: 3 }],
      ["/InvalidationBatch/Paths/Quantity", { line: 2, column: 10 }],
      ["/InvalidationBatch/Paths/Items", { line: 3, column: 5 }],
      ["/InvalidationBatch/Paths/Items/Path[1]", { line: 3, column: 12 }],
      ["/InvalidationBatch/Paths/Items/Path[2]", { line: 4, column: 7 }],
      ["/InvalidationBatch/CallerReference", { line: 5, column: 3 }],
    ]);
    const dropped = {
      code: "unknown_element",
      path: "/InvalidationBatch/Paths/Items/x",
      line: 3,
      column: 27,
      message: `<x> is not defined here in this version (${NS}): dropped`,
      expected: "<Path>",
      actual: "<x>",
    };
    expect(decode(xml, { unknown: "skip" })).toEqual({
      _tag: "Right",
      right: { version: "2020-05-31", root: "InvalidationBatch", value: r.right.value, warnings: [dropped] },
    });
  });
});
