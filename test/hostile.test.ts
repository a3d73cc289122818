/**
 * Hostile input is rejected with a positioned error, in bounded time and memory, through `decode` and
 * `decodeAsync`. For streams, boundedness is shown by how little of the input is pulled before decoding stops.
 */
import { fc, it } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { decode, decodeAsync, decodeJson } from "../src/index.js";
import type { DecodeFailure, DecodeIssue } from "../src/index.js";

const NS = "http://cloudfront.amazonaws.com/doc/2020-05-31/";
const MiB = 1 << 20;

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<DistributionConfig xmlns="${NS}"><Comment>&lol9;</Comment></DistributionConfig>`;

const externalEntity = `<?xml version="1.0"?>
<!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<DistributionConfig xmlns="${NS}"><Comment>&xxe;</Comment></DistributionConfig>`;

const failureOf = (r: { _tag: string; left?: DecodeFailure }): DecodeIssue => {
  expect(r._tag).toBe("Left");
  const issue = r.left?.issues[0] as DecodeIssue;
  expect(issue.line).toBeGreaterThan(0);
  expect(issue.column).toBeGreaterThan(0);
  return issue;
};

/** Yields `total` characters lazily, counting how many were pulled. */
const lazy = (head: string, fill: string, total: number) => {
  const state = { pulled: 0 };
  const chunks = (async function* () {
    yield head;
    state.pulled += head.length;
    while (state.pulled < total) {
      yield fill;
      state.pulled += fill.length;
    }
  })();
  return { state, chunks };
};

describe("hostile documents", () => {
  it("rejects the billion laughs at its DOCTYPE, before any entity is expanded", async () => {
    const issue = failureOf(decode(billionLaughs));
    expect(issue).toMatchObject({ code: "doctype_forbidden", line: 7, column: 2 });
    expect(failureOf(await decodeAsync([billionLaughs]))).toEqual(issue);
  });

  it("rejects an external entity at its DOCTYPE", async () => {
    const issue = failureOf(decode(externalEntity));
    expect(issue).toMatchObject({ code: "doctype_forbidden", line: 2 });
    expect(failureOf(await decodeAsync([Buffer.from(externalEntity)]))).toEqual(issue);
  });

  it("rejects an undeclared entity reference (only the five predefined ones and character references exist)", () => {
    const issue = failureOf(decode(`<DistributionConfig xmlns="${NS}"><Comment>&nbsp;</Comment></DistributionConfig>`));
    expect(issue).toMatchObject({ code: "malformed_xml", path: "/DistributionConfig/Comment" });
  });

  it("stops 100,000-deep nesting at maxDepth, pulling little of the stream", async () => {
    const deep = `<DistributionConfig xmlns="${NS}">` + "<Comment>".repeat(100_000);
    const issue = failureOf(decode(deep));
    expect(issue).toMatchObject({ code: "unexpected_element" });
    const unknownDeep = `<DistributionConfig xmlns="${NS}">` + "<X>".repeat(100_000);
    expect(failureOf(decode(unknownDeep, { unknown: "skip" }))).toMatchObject({ code: "too_deep", line: 1 });
    const { state, chunks } = lazy(`<DistributionConfig xmlns="${NS}">`, "<X>".repeat(1000), 300_000);
    const r = await decodeAsync(chunks, { unknown: "preserve" });
    expect(failureOf(r).code).toBe("too_deep");
    // 64 levels are 192 characters; what is pulled beyond them is the feeder's batch (16 Ki units) and one chunk.
    expect(state.pulled).toBeLessThan(16_384 + 2 * 3_000);
  });

  it("stops a 60 MB text node after maxTextLength, through decode and a stream that is barely read", async () => {
    const head = `<DistributionConfig xmlns="${NS}"><Comment>`;
    const huge = head + "a".repeat(60 * 1_000_000);
    const started = performance.now();
    const issue = failureOf(decode(huge));
    expect(issue).toMatchObject({ code: "text_too_long", path: "/DistributionConfig/Comment", line: 1 });
    expect(performance.now() - started).toBeLessThan(10_000);
    const { state, chunks } = lazy(head, "a".repeat(64 * 1024), 60 * 1_000_000);
    expect(failureOf(await decodeAsync(chunks)).code).toBe("text_too_long");
    expect(state.pulled).toBeLessThan(2 * MiB);
  });

  it("stops a document larger than maxDocumentSize", async () => {
    const { state, chunks } = lazy(`<DistributionConfig xmlns="${NS}">`, "<X>x</X>".repeat(1000), 100 * MiB);
    expect(failureOf(await decodeAsync(chunks, { maxDocumentSize: 4 * MiB, unknown: "skip" })).code).toBe(
      "document_too_large",
    );
    expect(state.pulled).toBeLessThan(5 * MiB);
  });

  it("rejects invalid UTF-8 at the offending byte, whole or in 1-byte chunks", async () => {
    const bytes = Buffer.concat([
      Buffer.from(`<DistributionConfig xmlns="${NS}">\n  <Comment>caf`),
      Buffer.from([0xc3, 0x28]),
      Buffer.from("</Comment></DistributionConfig>"),
    ]);
    const issue = failureOf(decode(bytes));
    expect(issue).toMatchObject({ code: "invalid_encoding", line: 2, column: 15, path: "/DistributionConfig/Comment" });
    expect(issue.message).toContain(`byte offset ${bytes.indexOf(0xc3)}`);
    const single = await decodeAsync([...bytes].map((b) => Uint8Array.of(b)));
    expect(failureOf(single)).toEqual(issue);
  });

  it("rejects UTF-16 input and overlong or surrogate UTF-8 encodings", () => {
    const utf16 = Buffer.from(`\uFEFF<DistributionConfig xmlns="${NS}"/>`, "utf16le");
    expect(failureOf(decode(utf16)).code).toBe("invalid_encoding");
    for (const bad of [
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
    ]) {
      const doc = Buffer.concat([
        Buffer.from(`<DistributionConfig xmlns="${NS}"><Comment>`),
        Buffer.from(bad),
        Buffer.from("</Comment></DistributionConfig>"),
      ]);
      expect(failureOf(decode(doc)).code).toBe("invalid_encoding");
    }
  });

  it("rejects a truncated UTF-8 sequence at the end of the input", async () => {
    const doc = Buffer.concat([Buffer.from(`<DistributionConfig xmlns="${NS}"><Comment>`), Buffer.from([0xe2, 0x82])]);
    expect(failureOf(await decodeAsync([doc])).code).toBe("invalid_encoding");
  });

  it("rejects a declared encoding other than UTF-8, and XML 1.1", () => {
    expect(
      failureOf(decode(`<?xml version="1.0" encoding="ISO-8859-1"?><DistributionConfig xmlns="${NS}"/>`)).code,
    ).toBe("unsupported_encoding");
    expect(failureOf(decode(`<?xml version="1.1"?><DistributionConfig xmlns="${NS}"/>`)).code).toBe("malformed_xml");
  });
});

describe("warnings are bounded as issues are", () => {
  // 100,000 members the version does not have: each one a warning under unknown: "skip", kept up to maxErrors.
  const many = 100_000;
  const counted = (r: { _tag: string; right?: { warnings?: readonly unknown[]; warningsTruncated?: true } }) => [
    r._tag,
    r.right?.warnings?.length,
    r.right?.warningsTruncated,
  ];
  const json = (n: number): string => `{${Array.from({ length: n }, (_, i) => `"Future${i}":1`).join(",")}}`;

  it("JSON: the first maxErrors warnings, and warningsTruncated, from text and from a value", () => {
    const target = { version: "2020-05-31", root: "TagKeys", unknown: "skip", maxErrors: 10 } as const;
    expect(counted(decodeJson(json(many), target))).toEqual(["Right", 10, true]);
    expect(counted(decodeJson(JSON.parse(json(many)), target))).toEqual(["Right", 10, true]);
    expect(counted(decodeJson(json(10), target))).toEqual(["Right", 10, undefined]);
  });

  it("XML: the first maxErrors warnings, and warningsTruncated, whole and streamed", async () => {
    const tagKeys = (n: number): string => `<TagKeys xmlns="${NS}">${"<Future/>".repeat(n)}</TagKeys>`;
    expect(counted(decode(tagKeys(many), { unknown: "skip", maxErrors: 10 }))).toEqual(["Right", 10, true]);
    expect(counted(await decodeAsync([tagKeys(many)], { unknown: "skip", maxErrors: 10 }))).toEqual([
      "Right",
      10,
      true,
    ]);
    expect(counted(decode(tagKeys(10), { unknown: "skip", maxErrors: 10 }))).toEqual(["Right", 10, undefined]);
  });
});

describe("arbitrary damage", () => {
  const base = new TextEncoder().encode(
    `<?xml version="1.0" encoding="UTF-8"?>\n<DistributionConfig xmlns="${NS}"><CallerReference>r</CallerReference><Origins><Quantity>1</Quantity><Items><Origin><Id>o</Id><DomainName>d&amp;x</DomainName></Origin></Items></Origins><DefaultCacheBehavior><TargetOriginId>o</TargetOriginId><ViewerProtocolPolicy>allow-all</ViewerProtocolPolicy></DefaultCacheBehavior><Comment>é 😀</Comment><Enabled>true</Enabled></DistributionConfig>`,
  );
  const edit = fc.record({
    at: fc.nat(),
    byte: fc.integer({ min: 0, max: 255 }),
    kind: fc.constantFrom("replace", "insert", "delete"),
  });

  it.prop([fc.array(edit, { minLength: 1, maxLength: 6 }), fc.nat({ max: 8 })], { numRuns: 1000 })(
    "never throws: damaged bytes, whole or in chunks, give a decoded value or positioned issues",
    async (edits, chunk) => {
      const bytes = [...base];
      for (const e of edits) {
        const i = e.at % (bytes.length + 1);
        if (e.kind === "replace" && i < bytes.length) bytes[i] = e.byte;
        else if (e.kind === "insert") bytes.splice(i, 0, e.byte);
        else bytes.splice(i, 1);
      }
      const input = Uint8Array.from(bytes);
      const whole = decode(input);
      if (whole._tag === "Left")
        for (const issue of whole.left.issues) expect(issue.line >= 1 && issue.column >= 1).toBe(true);
      const size = chunk + 1;
      const streamed = await decodeAsync(
        (function* () {
          for (let i = 0; i < input.length; i += size) yield input.subarray(i, i + size);
        })(),
      );
      // saxes may notice a different one of two adjacent well-formedness errors first depending on where chunks
      // end (e.g. "text outside the root" against "disallowed character" one column later); all else is equal.
      const malformed = (r: typeof whole) => r._tag === "Left" && r.left.issues.some((i) => i.code === "malformed_xml");
      if (malformed(whole)) expect(malformed(streamed)).toBe(true);
      else expect(streamed).toEqual(whole);
    },
  );
});
