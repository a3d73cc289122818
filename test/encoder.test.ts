/** The XML encoder: escaping that survives a re-parse, empty lists, layout, and values XML cannot carry. */
import { describe, expect, it } from "vitest";
import { decode, encode, EncodeError, unknownElements } from "../src/index.js";
import type { Decoded } from "../src/index.js";
import type { Documents } from "../src/versions/v2020_05_31.js";

type DistributionConfig = Documents["DistributionConfig"];

const base: DistributionConfig = {
  CallerReference: "ref",
  Origins: { Quantity: 1, Items: [{ Id: "o", DomainName: "example.com" }] },
  DefaultCacheBehavior: { TargetOriginId: "o", ViewerProtocolPolicy: "allow-all" },
  Comment: "",
  Enabled: true,
};
const doc = (value: DistributionConfig): Decoded => ({ version: "2020-05-31", root: "DistributionConfig", value });
const roundTrip = (value: DistributionConfig) => {
  const r = decode(encode(doc(value)));
  if (r._tag === "Left") throw new Error(JSON.stringify(r.left));
  return r.right.value;
};

describe("encode", () => {
  it.each([
    ["markup and a CDATA end", `a & b < c > d "e" 'f' ]]> g`, "a &amp; b &lt; c &gt; d \"e\" 'f' ]]&gt; g"],
    ["text that looks like a reference", "&amp; &lt; &#13;", "&amp;amp; &amp;lt; &amp;#13;"],
    ["CR, CRLF, tab, LF", "a\rb\r\nc\td\ne", "a&#13;b&#13;\nc\td\ne"],
    ["edge spaces and non-BMP", "  😀 naïve  ", "  😀 naïve  "],
  ])("escapes %s so that it reads back exactly", (_, comment, written) => {
    const xml = encode(doc({ ...base, Comment: comment }));
    expect(xml).toContain(`<Comment>${written}</Comment>`);
    expect(roundTrip({ ...base, Comment: comment })).toStrictEqual({ ...base, Comment: comment });
  });

  it("writes an empty list as the value spells it: no Items, or an empty <Items/>", () => {
    expect(encode(doc({ ...base, Aliases: { Quantity: 0 } }))).toContain("<Aliases><Quantity>0</Quantity></Aliases>");
    expect(encode(doc({ ...base, Aliases: { Quantity: 0, Items: [] } }))).toContain(
      "<Aliases><Quantity>0</Quantity><Items/></Aliases>",
    );
    expect(encode(doc({ ...base, Aliases: { Quantity: 0, Items: [] } }), { pretty: true })).toContain(
      "<Aliases>\n    <Quantity>0</Quantity>\n    <Items/>\n  </Aliases>",
    );
  });

  it("writes the version's namespace, a declaration unless asked not to, and compact or pretty layout", () => {
    const compact = encode(doc(base));
    expect(
      compact.startsWith(
        `<?xml version="1.0" encoding="UTF-8"?><DistributionConfig xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><CallerReference>`,
      ),
    ).toBe(true);
    expect(compact).not.toContain("\n");
    const pretty = encode(doc(base), { pretty: true, declaration: false });
    expect(pretty.split("\n").slice(0, 4)).toEqual([
      `<DistributionConfig xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/">`,
      "  <CallerReference>ref</CallerReference>",
      "  <Origins>",
      "    <Quantity>1</Quantity>",
    ]);
    expect(pretty).toContain("  <Comment/>\n");
  });

  it("writes timestamps as ISO 8601 with milliseconds", () => {
    const xml = encode({
      version: "2020-05-31",
      root: "Distribution",
      value: {
        Id: "E1",
        ARN: "arn",
        Status: "Deployed",
        LastModifiedTime: new Date(Date.UTC(2013, 4, 18, 20, 8, 0, 350)),
        InProgressInvalidationBatches: 0,
        DomainName: "d.cloudfront.net",
        DistributionConfig: base,
      },
    });
    expect(xml).toContain("<LastModifiedTime>2013-05-18T20:08:00.350Z</LastModifiedTime>");
  });

  it.each([
    ["NUL", "a\u0000b"],
    ["a vertical tab", "a\u000Bb"],
    ["an unpaired surrogate", "a\uD800b"],
    ["U+FFFF", "a\uFFFF"],
  ])("throws an EncodeError naming the path for %s, which XML 1.0 cannot carry", (_, comment) => {
    expect(() => encode(doc({ ...base, Comment: comment }))).toThrow(EncodeError);
    expect(() => encode(doc({ ...base, Comment: comment }))).toThrow(/^\/DistributionConfig\/Comment: /);
  });
});

describe("preserved elements", () => {
  const NS = "http://cloudfront.amazonaws.com/doc/2020-05-31/";
  const xml = `<DistributionConfig xmlns="${NS}"><A/><CallerReference>ref</CallerReference><Aliases><Quantity>2</Quantity><Items><B/><CNAME>a.example.com</CNAME><C/><D/><CNAME>b.example.com</CNAME><E/></Items></Aliases><Origins><Quantity>1</Quantity><Items><Origin><Id>o</Id><DomainName>example.com</DomainName></Origin></Items></Origins><DefaultCacheBehavior><TargetOriginId>o</TargetOriginId><ViewerProtocolPolicy>allow-all</ViewerProtocolPolicy></DefaultCacheBehavior><Comment>c</Comment><F/><G/><Enabled>true</Enabled><H/></DistributionConfig>`;
  const kept = (): Decoded => {
    const r = decode(xml, { unknown: "preserve" });
    if (r._tag === "Left") throw new Error(JSON.stringify(r.left.issues));
    return r.right;
  };
  const tags = (s: string): string =>
    s
      .replace(/<\?xml[^>]*>/, "")
      .replace(/<(?!\/)([A-Za-z]+)[^>]*?\/?>|<\/[A-Za-z]+>|[^<]+/g, (_, name: string | undefined) =>
        name !== undefined && name.length === 1 ? name : "",
      );

  it("go back after the member or entry they followed, in document order", () => {
    expect(encode(kept(), { declaration: false })).toBe(xml);
    expect(tags(encode(kept(), { pretty: true }))).toBe("ABCDEFGH");
  });

  it("whose neighbour was removed from the value go at the end, in document order: nothing is dropped", () => {
    const d = kept();
    const value = d.value as DistributionConfig;
    // The first alias only, with the list's preserved elements (B before it, C and D after it, E after the second).
    const all = value.Aliases?.Items as string[] & { [unknownElements]?: unknown };
    const items = Object.assign(all.slice(0, 1), { [unknownElements]: all[unknownElements] });
    const { Comment: _, ...rest } = value;
    const without = { ...rest, Aliases: { Quantity: 1, Items: items } };
    expect(tags(encode({ ...d, value: without } as unknown as Decoded))).toBe("ABCDEHFG");
  });
});
