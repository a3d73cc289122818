/** The version line: detection, each version's own rules, and the 2012-07-01 API reference's own examples. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decode, detect, encode, formatFailure, namespaceOf, versions } from "../src/index.js";
import type { Decoded } from "../src/index.js";

const corpus = join(import.meta.dirname, "..", "corpus");
const issuesOf = (xml: string | Uint8Array, options?: Parameters<typeof decode>[1]) => {
  const r = decode(xml, options);
  return r._tag === "Left"
    ? r.left.issues.map((i) => ({ code: i.code, path: i.path, line: i.line, column: i.column }))
    : [];
};

describe("detect", () => {
  it.each(versions.flatMap((v) => v.roots.map((root) => [v.version, root] as const)))(
    "names %s <%s> from the root alone",
    (version, root) => {
      const xml = `<?xml version="1.0"?>\n<${root} xmlns="${namespaceOf(version)}"><not-read-at-all`;
      expect(detect(xml)).toEqual({ _tag: "Right", right: { version, root, namespace: namespaceOf(version) } });
    },
  );

  it.each([
    [
      "an unknown date",
      `<DistributionConfig xmlns="http://cloudfront.amazonaws.com/doc/2014-08-31/"/>`,
      "API version 2014-08-31 is not supported",
    ],
    [
      "a foreign namespace",
      `<DistributionConfig xmlns="urn:example"/>`,
      `namespace "urn:example" is not a CloudFront API namespace`,
    ],
    ["no namespace", `<DistributionConfig/>`, "has no namespace"],
  ])("rejects %s, listing the supported versions", (_, xml, message) => {
    const r = detect(xml);
    if (r._tag === "Right") expect.fail("accepted");
    const issue = r.left.issues[0];
    expect(issue).toMatchObject({ code: "wrong_namespace", line: 1, column: 1 });
    expect(issue?.message).toContain(message);
    expect(issue?.message).toContain(versions.map((v) => v.version).join(", "));
  });

  it("reads a document without a namespace as the version it is told, and says when the document names another", () => {
    const bare = `<InvalidationBatch><Paths><Quantity>1</Quantity><Items><Path>/index.html</Path></Items></Paths><CallerReference>r</CallerReference></InvalidationBatch>`;
    const read = decode(bare, { version: "2016-08-01" });
    if (read._tag === "Left") expect.fail(JSON.stringify(read.left.issues));
    expect(read.right).toEqual({
      version: "2016-08-01",
      root: "InvalidationBatch",
      value: { Paths: { Quantity: 1, Items: ["/index.html"] }, CallerReference: "r" },
    });
    expect(encode(read.right)).toContain(`<InvalidationBatch xmlns="${namespaceOf("2016-08-01")}">`);
    expect(detect(bare, { version: "2016-08-01" })).toEqual({
      _tag: "Right",
      right: { version: "2016-08-01", root: "InvalidationBatch", namespace: "" },
    });

    const other = decode(
      bare.replace("<InvalidationBatch>", `<InvalidationBatch xmlns="${namespaceOf("2012-05-05")}">`),
      { version: "2016-08-01" },
    );
    expect(other._tag === "Left" && other.left.issues.map((i) => [i.code, i.message])).toEqual([
      [
        "wrong_namespace",
        "the document names API version 2012-05-05 through its namespace, not 2016-08-01: an assumed version applies only to a document without a namespace",
      ],
    ]);
    const same = decode(
      bare.replace("<InvalidationBatch>", `<InvalidationBatch xmlns="${namespaceOf("2016-08-01")}">`),
      { version: "2016-08-01" },
    );
    expect(same._tag === "Right" && same.right.value).toEqual(read.right.value);
    // A child in a namespace is not a child of a document in none.
    const mixed = decode(bare.replace("<CallerReference>", `<CallerReference xmlns="${namespaceOf("2016-08-01")}">`), {
      version: "2016-08-01",
    });
    expect(mixed._tag === "Left" && mixed.left.issues.map((i) => i.code)).toEqual([
      "missing_element",
      "unknown_element",
    ]);
    const unassumed = detect(bare);
    expect(unassumed._tag === "Left" && unassumed.left.issues[0]?.message).toContain(
      "read it with the option version (cfxml: --assume-version VERSION)",
    );
  });

  it("rejects a root the version does not have", () => {
    const r = detect(`<DistributionConfigWithTags xmlns="${namespaceOf("2016-01-28")}"/>`);
    expect(r._tag === "Left" && r.left.issues[0]).toMatchObject({
      code: "unknown_root",
      expected: expect.stringMatching(/^DistributionConfig, Distribution, DistributionList, .*, ErrorResponse$/),
    });
  });
});

describe("each version reads only what it defines", () => {
  const config = (
    version: string,
    behaviour: string,
    extra = "",
  ) => `<DistributionConfig xmlns="${namespaceOf(version)}">
<CallerReference>r</CallerReference><Aliases><Quantity>0</Quantity></Aliases><DefaultRootObject/>
<Origins><Quantity>1</Quantity><Items><Origin><Id>o</Id><DomainName>d</DomainName><S3OriginConfig><OriginAccessIdentity/></S3OriginConfig></Origin></Items></Origins>
<DefaultCacheBehavior><TargetOriginId>o</TargetOriginId><ForwardedValues><QueryString>false</QueryString><Cookies><Forward>none</Forward></Cookies></ForwardedValues><TrustedSigners><Enabled>false</Enabled><Quantity>0</Quantity></TrustedSigners>${behaviour}</DefaultCacheBehavior>
<CacheBehaviors><Quantity>0</Quantity></CacheBehaviors><Comment/><Logging><Enabled>false</Enabled><IncludeCookies>false</IncludeCookies><Bucket/><Prefix/></Logging><PriceClass>PriceClass_All</PriceClass><Enabled>true</Enabled>${extra}
</DistributionConfig>`;

  it("knows when an enum value appeared: redirect-to-https from 2014-01-31", () => {
    const policy = "<ViewerProtocolPolicy>redirect-to-https</ViewerProtocolPolicy><MinTTL>0</MinTTL>";
    expect(issuesOf(config("2013-11-22", policy))).toEqual([
      {
        code: "invalid_enum",
        path: "/DistributionConfig/DefaultCacheBehavior/ViewerProtocolPolicy",
        line: 4,
        column: 245,
      },
    ]);
    expect(issuesOf(config("2014-01-31", policy))).toEqual([]);
  });

  it("knows when a member appeared: SmoothStreaming from 2013-11-22", () => {
    const smooth =
      "<ViewerProtocolPolicy>allow-all</ViewerProtocolPolicy><MinTTL>0</MinTTL><SmoothStreaming>true</SmoothStreaming>";
    expect(issuesOf(config("2013-11-11", smooth)).map((i) => i.code)).toEqual(["unknown_element"]);
    expect(issuesOf(config("2013-11-22", smooth))).toEqual([]);
  });

  it("knows when members stopped being required: Aliases from 2014-11-06", () => {
    const doc = (v: string) =>
      config(v, "<ViewerProtocolPolicy>allow-all</ViewerProtocolPolicy><MinTTL>0</MinTTL>").replace(
        "<Aliases><Quantity>0</Quantity></Aliases>",
        "",
      );
    expect(issuesOf(doc("2014-10-21")).map((i) => [i.code, i.path])).toEqual([
      ["missing_element", "/DistributionConfig/Aliases"],
    ]);
    expect(issuesOf(doc("2014-11-06"))).toEqual([]);
  });

  it("writes each version's own member order: ViewerCertificate in 2015-07-27, 2015-09-17 and 2016-01-28", () => {
    const behaviour = "<ViewerProtocolPolicy>allow-all</ViewerProtocolPolicy><MinTTL>0</MinTTL>";
    const certificate =
      "<ViewerCertificate><CloudFrontDefaultCertificate>true</CloudFrontDefaultCertificate><MinimumProtocolVersion>TLSv1</MinimumProtocolVersion><Certificate>c</Certificate><CertificateSource>cloudfront</CertificateSource><SSLSupportMethod>sni-only</SSLSupportMethod></ViewerCertificate>";
    const written = (v: string) => {
      const r = decode(config(v, behaviour, certificate));
      if (r._tag === "Left") throw new Error(formatFailure(r.left));
      return /<ViewerCertificate>(.*)<\/ViewerCertificate>/.exec(encode(r.right))?.[1]?.match(/<(\w+)>/g);
    };
    expect(issuesOf(config("2015-07-27", behaviour, certificate)).map((i) => i.path)).toEqual([
      "/DistributionConfig/ViewerCertificate/Certificate",
      "/DistributionConfig/ViewerCertificate/CertificateSource",
    ]);
    expect(written("2015-09-17")).toEqual([
      "<Certificate>",
      "<CertificateSource>",
      "<SSLSupportMethod>",
      "<MinimumProtocolVersion>",
      "<CloudFrontDefaultCertificate>",
    ]);
    expect(written("2016-01-28")).toEqual([
      "<CloudFrontDefaultCertificate>",
      "<SSLSupportMethod>",
      "<MinimumProtocolVersion>",
      "<Certificate>",
      "<CertificateSource>",
    ]);
  });
});

describe("the 2012-07-01 API reference's examples, verbatim", () => {
  const seed = (name: string) => readFileSync(join(corpus, "seeds", name), "utf8");

  it("the example request decodes, and its canonical form is corpus/2012-07-01/example-request.xml", () => {
    const r = decode(seed("2012-07-01-example-request.xml"));
    if (r._tag === "Left") expect.fail(formatFailure(r.left));
    expect(encode(r.right, { pretty: true }) + "\n").toBe(
      readFileSync(join(corpus, "2012-07-01", "example-request.xml"), "utf8"),
    );
  });

  it("the example response lacks the <Items> wrapper around two <KeyPairId>s: named precisely by default", () => {
    expect(issuesOf(seed("2012-07-01-example-response.xml"))).toEqual([
      { code: "missing_element", path: "/Distribution/ActiveTrustedSigners/Enabled", line: 8, column: 1 },
      {
        code: "missing_items_wrapper",
        path: "/Distribution/ActiveTrustedSigners/Items/Signer[2]/KeyPairIds/KeyPairId[1]",
        line: 24,
        column: 1,
      },
      {
        code: "missing_items_wrapper",
        path: "/Distribution/ActiveTrustedSigners/Items/Signer[2]/KeyPairIds/KeyPairId[2]",
        line: 25,
        column: 1,
      },
    ]);
  });

  it("with unwrappedItems: 'accept' the entries are read, with a warning each; the missing Enabled stays an error", () => {
    const xml = seed("2012-07-01-example-response.xml");
    expect(issuesOf(xml, { unwrappedItems: "accept" })).toEqual([
      { code: "missing_element", path: "/Distribution/ActiveTrustedSigners/Enabled", line: 8, column: 1 },
    ]);
    const fixed = decode(xml.replace("<ActiveTrustedSigners>", "<ActiveTrustedSigners><Enabled>true</Enabled>"), {
      unwrappedItems: "accept",
    });
    if (fixed._tag === "Left") expect.fail(formatFailure(fixed.left));
    const decoded: Decoded = fixed.right;
    expect(decoded.warnings?.map((w) => [w.code, w.path, w.line])).toEqual([
      ["missing_items_wrapper", "/Distribution/ActiveTrustedSigners/Items/Signer[2]/KeyPairIds/KeyPairId[1]", 24],
      ["missing_items_wrapper", "/Distribution/ActiveTrustedSigners/Items/Signer[2]/KeyPairIds/KeyPairId[2]", 25],
    ]);
    const canonical = readFileSync(join(corpus, "2012-07-01", "example-response.xml"), "utf8");
    expect(encode(decoded, { pretty: true }) + "\n").toBe(canonical);
  });
});
