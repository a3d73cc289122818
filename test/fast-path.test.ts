/**
 * The fast path for whole documents (src/interpreters/fast.ts): what it takes, it reads exactly as the saxes decoder
 * does, positions included; everything else it declines, and the saxes decoder reads the document from the start.
 * The fuzz suite checks the same law on generated documents (test/fuzz/differential.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findByElement } from "../src/document.js";
import type { VersionId } from "../src/index.js";
import { fastDecode } from "../src/interpreters/fast.js";
import { resolveOptions } from "../src/interpreters/options.js";
import type { DecodeOptions } from "../src/interpreters/options.js";
import { readWhole } from "../src/xml.js";
import type { ReadOptions } from "../src/xml.js";

const NS = "http://cloudfront.amazonaws.com/doc/2020-05-31/";
const doc = (
  comment = "c",
  extra = "",
  root = `<DistributionConfig xmlns="${NS}">`,
) => `<?xml version="1.0" encoding="UTF-8"?>
${root}
  <CallerReference>ref</CallerReference>
  <Origins><Quantity>1</Quantity><Items><Origin><Id>o</Id><DomainName>example.com</DomainName></Origin></Items></Origins>
  <DefaultCacheBehavior><TargetOriginId>o</TargetOriginId><ViewerProtocolPolicy>allow-all</ViewerProtocolPolicy></DefaultCacheBehavior>
  <Comment>${comment}</Comment>
  <Enabled>true</Enabled>${extra}
</DistributionConfig>
`;

const taken = (text: string, options: DecodeOptions & { positions?: boolean; version?: VersionId } = {}): boolean => {
  const { positions = false, version, ...rest } = options;
  return (
    fastDecode(text, (ns, local) => findByElement(ns, local, version), resolveOptions(rest), positions) !== undefined
  );
};

/** Both paths, with and without positions, as a string and as bytes: the same result. */
const expectSame = (text: string, options: ReadOptions = {}): void => {
  for (const input of [text, new TextEncoder().encode(text)]) {
    for (const positions of [false, true])
      expect(readWhole(input, { ...options, positions }, true)).toEqual(
        readWhole(input, { ...options, positions }, false),
      );
  }
};

describe("the fast path takes", () => {
  it.each([
    ["the plain document", doc()],
    ["no declaration", doc().replace(/^<\?xml[^>]*>\n/, "")],
    ["a single-quoted declaration without encoding", doc().replace(/^<\?xml[^>]*>/, "<?xml version='1.0'?>")],
    ["a byte order mark", `\uFEFF${doc()}`],
    [
      "whitespace and line ends inside tags",
      doc().replace("<Enabled>", "<Enabled\n\t>").replace("</Comment>", "</Comment \n>"),
    ],
    ["the predefined entities and character references", doc("a &lt;b&gt; &amp; &quot;c&apos; &#233;&#x4E2D;&#10;d")],
    ["characters up to U+D7FF", doc("é中\u00a0ü")],
    ["an empty element written <Comment/>", doc("").replace("<Comment></Comment>", "<Comment/>")],
  ])("%s, read as the saxes decoder reads it", (_, text) => {
    expect(taken(text)).toBe(true);
    expect(taken(text, { positions: true })).toBe(true);
    expectSame(text);
  });

  it("a document without a namespace read with the version option", () => {
    const text = doc("c", "", "<DistributionConfig>");
    expect(taken(text, { version: "2020-05-31" })).toBe(true);
    expect(taken(text)).toBe(false);
    expectSame(text, { version: "2020-05-31" });
  });

  it("most of the corpus, each document read as the saxes decoder reads it", () => {
    const corpus = join(import.meta.dirname, "..", "corpus");
    let count = 0;
    for (const dir of readdirSync(corpus).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) || d === "invalid")) {
      for (const file of readdirSync(join(corpus, dir)).filter((f) => f.endsWith(".xml"))) {
        const text = readFileSync(join(corpus, dir, file), "utf8");
        if (taken(text)) count++;
        expectSame(text);
      }
    }
    expect(count).toBeGreaterThan(100);
  });
});

describe("the fast path declines, and the saxes decoder reads the document", () => {
  it.each([
    ["a comment", doc().replace("<Enabled>", "<!-- x --><Enabled>")],
    ["a processing instruction", doc().replace("<Enabled>", "<?pi x?><Enabled>")],
    ["CDATA", doc("<![CDATA[c]]>")],
    ["a DOCTYPE", doc().replace("\n<Distribution", "\n<!DOCTYPE x>\n<Distribution")],
    [
      "a prefix",
      doc()
        .replace(/<(\/?)DistributionConfig/g, "<$1p:DistributionConfig")
        .replace(`xmlns="`, `xmlns:p="`),
    ],
    ["an xmlns attribute below the root", doc().replace("<Enabled>", `<Enabled xmlns="${NS}">`)],
    ["another namespace below the root", doc().replace("<Enabled>", `<Enabled xmlns="urn:other">`)],
    ["an attribute", doc().replace("<Enabled>", `<Enabled a="1">`)],
    ["a second attribute on the root", doc().replace(`xmlns="${NS}"`, `xmlns="${NS}" a="1"`)],
    ["CR LF line ends", doc().replace(/\n/g, "\r\n")],
    ["a CR", doc("a\rb")],
    ["a control character", doc("a\u0001b")],
    ["a character reference to a control character", doc("a&#1;b")],
    ["a character reference to a CR", doc("a&#13;b")],
    ["a character past U+D7FF", doc("a\uE000b")],
    ["a surrogate pair", doc("a😀b")],
    ["a lone surrogate", doc("a\uD800b")],
    ["an undefined entity", doc("a&nbsp;b")],
    ["a bare ampersand", doc("a & b")],
    ["]]> in text", doc("a]]>b")],
    ["an unknown element", doc("c", "\n  <Unknown>x</Unknown>")],
    ["an invalid value", doc().replace("<Enabled>true", "<Enabled>TRUE")],
    ["a value with a warning", doc().replace("<Enabled>true", "<Enabled>1")],
    ["a missing member", doc().replace("<Comment>c</Comment>", "")],
    ["a duplicate member", doc("c", "\n  <Enabled>true</Enabled>")],
    ["a Quantity that disagrees", doc().replace("<Quantity>1", "<Quantity>2")],
    ["an entry without Items", doc().replace("<Items><Origin>", "<Origin>").replace("</Origin></Items>", "</Origin>")],
    ["text between elements", doc().replace("<Enabled>", "x<Enabled>")],
    ["an element inside a value", doc("<b/>")],
    ["a mismatched end tag", doc().replace("</Enabled>", "</Enable>")],
    ["text after the root", `${doc()}x`],
    ["a second root", `${doc()}<a/>`],
    ["a second byte order mark", `\uFEFF\uFEFF${doc()}`],
    ["whitespace before the declaration", ` ${doc()}`],
    ["XML 1.1", doc().replace(`version="1.0"`, `version="1.1"`)],
    ["another encoding", doc().replace("UTF-8", "ISO-8859-1")],
    ["a standalone declaration", doc().replace(`encoding="UTF-8"`, `encoding="UTF-8" standalone="yes"`)],
    ["an unknown namespace", doc().replace(NS, "urn:x")],
    ["no namespace", doc("c", "", "<DistributionConfig>")],
    ["the end cut off", doc().slice(0, -30)],
  ])("%s", (_, text) => {
    expect(taken(text)).toBe(false);
    expectSame(text);
    expectSame(text, { unknown: "preserve" });
    expectSame(text, { unknown: "skip", unwrappedItems: "accept" });
  });

  it.each([
    ["maxDepth", { maxDepth: 3 }],
    ["maxTextLength", { maxTextLength: 40 }],
    ["maxDocumentSize", { maxDocumentSize: 100 }],
  ] as const)("a document near %s", (_, options) => {
    expect(taken(doc())).toBe(true);
    if (!("maxDocumentSize" in options)) expect(taken(doc(), options)).toBe(false);
    expectSame(doc(), options);
  });
});

describe("the fast path stands aside", () => {
  it("for the decoder's internal options, which a caller may pass to decode anyway", () => {
    const options = { rootOnly: true } as ReadOptions;
    const r = readWhole(doc(), options, true);
    expect(r).toEqual(readWhole(doc(), options, false));
    expect(r._tag === "Right" && r.right.value).toBeUndefined();
  });
});
