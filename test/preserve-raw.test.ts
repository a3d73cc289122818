/**
 * `unknown: "preserve"` keeps each unknown element as its source text: exactly as written, with the namespace
 * declarations it relies on from outside added to its start tag, the same however the input was cut, and read back
 * (by decode, by the tree view and by migrations) as the same element.
 */
import { fc, it } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { encode, migrate, unknownElements } from "../src/index.js";
import type { Decoded, UnknownElement } from "../src/index.js";
import { shapes } from "../src/versions/v2020_05_31.js";
import { cut, decodeFragment } from "./testkit.js";
import { config2012, preserved } from "./preserve-kit.js";

const NS = "http://cloudfront.amazonaws.com/doc/2020-05-31/";
const config = (extra: string, rootAttributes = "") => `<DistributionConfig xmlns="${NS}"${rootAttributes}>
  <CallerReference>ref</CallerReference>
  <Origins><Quantity>1</Quantity><Items><Origin><Id>o</Id><DomainName>example.com</DomainName></Origin></Items></Origins>
  <DefaultCacheBehavior><TargetOriginId>o</TargetOriginId><ViewerProtocolPolicy>allow-all</ViewerProtocolPolicy></DefaultCacheBehavior>
  <Comment>c</Comment>${extra}
  <Enabled>true</Enabled>
</DistributionConfig>`;

const rootElements = (d: Decoded): readonly UnknownElement[] =>
  (d.value as Record<symbol, readonly UnknownElement[]>)[unknownElements] ?? [];
const raws = (d: Decoded): string[] => rootElements(d).map((u) => u.raw);

describe("preserved elements are their source text", () => {
  const future = `<Future a='1'  b="x&amp;y" >\r\n  <!-- note --><![CDATA[<raw>]]>&#13;&lt;<p:x xmlns:p="urn:p"/></Future >`;

  it("exactly as written: references, CDATA, comments, quotes, spacing and line ends", () => {
    const d = preserved(config(future + "<Other/>"));
    expect(raws(d)).toEqual([future, "<Other/>"]);
    expect(rootElements(d).map((u) => u.after)).toEqual(["Comment", "Comment"]);
    expect(encode(d)).toContain(`<Comment>c</Comment>${future}<Other/><Enabled>`);
    expect(preserved(encode(d)).value).toStrictEqual(d.value);
  });

  it("and as a tree when asked: names and attributes as written, text and CDATA as decoded, comments left out", () => {
    const [el] = rootElements(preserved(config(future)));
    expect(el?.element).toEqual({
      name: "Future",
      attributes: [
        ["a", "1"],
        ["b", "x&y"],
      ],
      children: ["\n  ", "<raw>", "\r<", { name: "p:x", attributes: [["xmlns:p", "urn:p"]], children: [] }],
    });
    expect(el?.element).toBe(el?.element);
  });

  it("the same however the input is cut, into two pieces anywhere or into single characters", () => {
    const xml = config(`<Future>\r\n<a:b xmlns:a="urn:a">x</a:b></Future><Other\n/>`);
    const whole = preserved(xml).value;
    const read = (chunks: string[]) =>
      decodeFragment(shapes, shapes.DistributionConfig, "DistributionConfig", NS, chunks, { unknown: "preserve" });
    const start = xml.indexOf("<Future>") - 2;
    for (let at = start; at < xml.indexOf("<Enabled>"); at++) {
      const r = read([xml.slice(0, at), xml.slice(at)]);
      expect([at, r.ok && (r.value as Record<symbol, unknown>)[unknownElements]]).toEqual([
        at,
        (whole as Record<symbol, unknown>)[unknownElements],
      ]);
    }
    const single = read([...xml]);
    expect(single.ok && single.value).toStrictEqual(whole);
  });

  const unknowns = fc.constantFrom(
    "<x/>",
    "<y a='1'>t&amp;<z/>\r\n</y>",
    "<!-- c --><w><![CDATA[<]]></w>",
    "<e:v xmlns:e='urn:e'><e:u/></e:v>",
    "<p:q/>",
    "<q\n>&#x1F600;</q\n>",
  );
  const doc = fc.array(fc.tuple(fc.constantFrom(0, 1, 2, 3), unknowns), { maxLength: 6 }).map((placed) => {
    const at = (k: number) =>
      placed
        .filter(([p]) => p === k)
        .map(([, u]) => u)
        .join("\r\n ");
    return `<DistributionConfig xmlns="${NS}" xmlns:p="urn:p">${at(0)}<CallerReference>ref</CallerReference><Aliases><Quantity>2</Quantity><Items>${at(1)}<CNAME>a</CNAME>${at(2)}<CNAME>b</CNAME>${at(3)}</Items></Aliases><Origins><Quantity>1</Quantity><Items><Origin><Id>o</Id><DomainName>d</DomainName></Origin></Items></Origins><DefaultCacheBehavior><TargetOriginId>o</TargetOriginId><ViewerProtocolPolicy>allow-all</ViewerProtocolPolicy></DefaultCacheBehavior><Comment/><Enabled>true</Enabled></DistributionConfig>`;
  });
  const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 });

  it.prop([doc, cuts, fc.boolean()], { numRuns: 300 })(
    "the same in random chunks of strings or bytes, and read back the same from encode",
    (xml, at, bytes) => {
      const whole = preserved(xml);
      const chunks = bytes ? cut(new TextEncoder().encode(xml), at) : cut(xml, at);
      const r = decodeFragment(shapes, shapes.DistributionConfig, "DistributionConfig", NS, chunks, {
        unknown: "preserve",
      });
      expect(r.ok && r.value).toStrictEqual(whole.value);
      expect(preserved(encode(whole)).value).toStrictEqual(whole.value);
      expect(preserved(encode(whole, { pretty: true })).value).toStrictEqual(whole.value);
    },
  );
});

describe("preserved elements mean the same written anywhere", () => {
  const readBack = (d: Decoded): Decoded => {
    const again = preserved(encode(d));
    expect(raws(again)).toEqual(raws(d));
    return again;
  };

  it("a prefix declared by an ancestor outside is declared on the element, however deep it is used", () => {
    const d = preserved(config(`<Future><Inner><ext:x ext:a="1"/></Inner></Future>`, ` xmlns:ext="urn:ext"`));
    expect(raws(d)).toEqual([`<Future xmlns:ext="urn:ext"><Inner><ext:x ext:a="1"/></Inner></Future>`]);
    readBack(d);
  });

  it("a prefix declared inside a sibling that has closed still needs the outer declaration", () => {
    const d = preserved(
      config(`<Future><a xmlns:ext="urn:other"><ext:y/></a><ext:z/></Future>`, ` xmlns:ext="urn:ext"`),
    );
    expect(raws(d)).toEqual([`<Future xmlns:ext="urn:ext"><a xmlns:ext="urn:other"><ext:y/></a><ext:z/></Future>`]);
    readBack(d);
  });

  it("a default namespace other than the version's is declared, and namespace names are escaped", () => {
    const prefixed = `<cf:DistributionConfig xmlns:cf="${NS}" xmlns:q="urn:a&amp;&quot;b"><cf:CallerReference>ref</cf:CallerReference><Future><q:x/></Future><cf:Origins><cf:Quantity>1</cf:Quantity><cf:Items><cf:Origin><cf:Id>o</cf:Id><cf:DomainName>d</cf:DomainName></cf:Origin></cf:Items></cf:Origins><cf:DefaultCacheBehavior><cf:TargetOriginId>o</cf:TargetOriginId><cf:ViewerProtocolPolicy>allow-all</cf:ViewerProtocolPolicy></cf:DefaultCacheBehavior><cf:Comment/><cf:Enabled>true</cf:Enabled></cf:DistributionConfig>`;
    const d = preserved(prefixed);
    expect(raws(d)).toEqual([`<Future xmlns="" xmlns:q="urn:a&amp;&quot;b"><q:x/></Future>`]);
    expect(rootElements(readBack(d))[0]?.element.attributes).toEqual([
      ["xmlns", ""],
      ["xmlns:q", 'urn:a&"b'],
    ]);
  });

  it("a migration reads the text as the member it became, references and all", () => {
    const d = preserved(config2012("<PriceClass>PriceClass&#95;100</PriceClass><x:Note xmlns:x='urn:x'>&lt;</x:Note>"));
    expect(raws(d)).toEqual(["<PriceClass>PriceClass&#95;100</PriceClass>", "<x:Note xmlns:x='urn:x'>&lt;</x:Note>"]);
    const r = migrate(d, "2012-07-01");
    if (r._tag === "Left") expect.fail(JSON.stringify(r.left));
    expect((r.right.value as { PriceClass: string }).PriceClass).toBe("PriceClass_100");
    expect(raws(r.right)).toEqual(["<x:Note xmlns:x='urn:x'>&lt;</x:Note>"]);
  });
});
