/**
 * The node kinds of the format before 2012-05-05, on a small schema of their own, through every interpreter: a
 * repeated element (`CNAME*`), a flag (`<Self/>`) and a choice (`S3Origin | CustomOrigin`). Decoding accepts any
 * order and reports each break of a rule with its code, path and position; encoding writes the schema's order;
 * the checker says the same as the decoder; arbitraries draw only values that survive the round trip.
 */
import { fc, it } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { arbitraryFor } from "../src/interpreters/arbitrary.js";
import { fromJson, validateValue } from "../src/interpreters/check.js";
import { toJson } from "../src/interpreters/json.js";
import { boolean, flag, oneOf, optional, repeated, required, string, struct } from "../src/schema/dsl.js";
import type { Shapes, Struct } from "../src/schema/ast.js";
import { structsOf } from "../src/schema/walk.js";
import { decodeFragment, encodeFragment } from "./testkit.js";

const NS = "urn:cfxml:legacy-kinds";
const shapes: Shapes = Object.freeze({
  Config: oneOf(
    struct("Config", {
      S3Origin: optional("S3Origin"),
      CustomOrigin: optional("CustomOrigin"),
      CNAME: optional(repeated(string({ minLength: 1 }))),
      TrustedSigners: optional("TrustedSigners"),
      Enabled: required(boolean),
    }),
    "S3Origin",
    "CustomOrigin",
  ),
  S3Origin: struct("S3Origin", { DNSName: required(string()) }),
  CustomOrigin: struct("CustomOrigin", { DNSName: required(string()) }),
  TrustedSigners: struct("TrustedSigners", { Self: optional(flag), AwsAccountNumber: optional(repeated(string())) }),
});
const root = shapes["Config"] as Struct;

const read = (body: string) => decodeFragment(shapes, root, "Config", NS, [`<Config xmlns="${NS}">${body}</Config>`]);
const issuesOf = (body: string) => {
  const r = read(body);
  return r.ok ? [] : r.failure.issues.map(({ code, path, line, column }) => ({ code, path, line, column }));
};

describe("a repeated element", () => {
  it("is an array named as the element, in document order, read among other members in any order", () => {
    const r = read(
      "<CNAME>a</CNAME><Enabled>true</Enabled><CNAME>b</CNAME><S3Origin><DNSName>d</DNSName></S3Origin><CNAME>c</CNAME>",
    );
    expect(r.ok && r.value).toStrictEqual({ CNAME: ["a", "b", "c"], Enabled: true, S3Origin: { DNSName: "d" } });
  });

  it("is written as one element per entry, in the schema's place, and left out when the member is", () => {
    const xml = encodeFragment(
      shapes,
      root,
      "Config",
      { S3Origin: { DNSName: "d" }, CNAME: ["a", "b"], Enabled: true },
      NS,
      { declaration: false },
    );
    expect(xml).toBe(
      `<Config xmlns="${NS}"><S3Origin><DNSName>d</DNSName></S3Origin><CNAME>a</CNAME><CNAME>b</CNAME><Enabled>true</Enabled></Config>`,
    );
  });

  it("reports an invalid entry at its position among the entries", () => {
    expect(
      issuesOf("<S3Origin><DNSName>d</DNSName></S3Origin><CNAME>a</CNAME><CNAME/><Enabled>true</Enabled>"),
    ).toEqual([{ code: "string_length", path: "/Config/CNAME[2]", line: 1, column: 97 }]);
  });

  it("is never an empty array in a value: no XML spells one", () => {
    expect(
      validateValue(shapes, root, "Config", { S3Origin: { DNSName: "d" }, CNAME: [], Enabled: true }).map((i) => [
        i.code,
        i.path,
      ]),
    ).toEqual([["list_length", "/Config/CNAME"]]);
  });

  it("says, when checked as a value, to leave the member out, where a list says only how many entries it holds", () => {
    const empty = fromJson(shapes, root, "Config", { S3Origin: { DNSName: "d" }, CNAME: [], Enabled: true });
    expect(empty.issues.map((i) => [i.path, i.message])).toEqual([
      [
        "/Config/CNAME",
        "the repeated CNAME holds 0 <CNAME>, the model allows at least 1: leave the member out instead",
      ],
    ]);
    const list = fromJson(shapes, root, "Config", { S3Origin: { DNSName: "d" }, CNAME: "a", Enabled: true });
    expect(list.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ["invalid_type", "/Config/CNAME", 'expected an array of CNAME, got "a"'],
    ]);
  });
});

describe("a flag", () => {
  it("is true when its empty element is there, written <Self/>, whitespace inside allowed", () => {
    const r = read(
      "<TrustedSigners><Self>\n </Self><AwsAccountNumber>1</AwsAccountNumber></TrustedSigners><CustomOrigin><DNSName>d</DNSName></CustomOrigin><Enabled>false</Enabled>",
    );
    expect(r.ok && r.value).toStrictEqual({
      TrustedSigners: { Self: true, AwsAccountNumber: ["1"] },
      CustomOrigin: { DNSName: "d" },
      Enabled: false,
    });
    expect(
      encodeFragment(shapes, shapes["TrustedSigners"] as Struct, "TrustedSigners", { Self: true }, NS, {
        declaration: false,
      }),
    ).toBe(`<TrustedSigners xmlns="${NS}"><Self/></TrustedSigners>`);
  });

  it("holds no text, and no value but true", () => {
    expect(
      issuesOf(
        "<TrustedSigners><Self>true</Self></TrustedSigners><S3Origin><DNSName>d</DNSName></S3Origin><Enabled>true</Enabled>",
      ),
    ).toEqual([{ code: "unexpected_text", path: "/Config/TrustedSigners/Self", line: 1, column: 56 }]);
    expect(
      validateValue(shapes, shapes["TrustedSigners"] as Struct, "TrustedSigners", { Self: false }).map((i) => i.code),
    ).toEqual(["invalid_type"]);
  });
});

describe("a choice", () => {
  it("needs one of its members, reported at the structure", () => {
    expect(issuesOf("<Enabled>true</Enabled>")).toEqual([
      { code: "missing_element", path: "/Config/S3Origin", line: 1, column: 1 },
    ]);
    expect(validateValue(shapes, root, "Config", { Enabled: true }).map((i) => [i.code, i.path])).toEqual([
      ["missing_element", "/Config/S3Origin"],
    ]);
  });

  it("takes no second member, reported where it starts", () => {
    expect(
      issuesOf(
        "<S3Origin><DNSName>d</DNSName></S3Origin><Enabled>true</Enabled><CustomOrigin><DNSName>e</DNSName></CustomOrigin>",
      ),
    ).toEqual([{ code: "unexpected_element", path: "/Config/CustomOrigin", line: 1, column: 104 }]);
    expect(
      validateValue(shapes, root, "Config", {
        S3Origin: { DNSName: "d" },
        CustomOrigin: { DNSName: "e" },
        Enabled: true,
      }).map((i) => [i.code, i.path]),
    ).toEqual([["unexpected_element", "/Config/CustomOrigin"]]);
  });
});

describe("every interpreter agrees", () => {
  const cases = structsOf(shapes, root, "Config").map(({ node, element }) => [element, node] as const);

  describe.each(cases)("<%s>", (element, node) => {
    it.prop([arbitraryFor(shapes, node), fc.boolean()], { numRuns: 200 })(
      "arbitraries are valid, survive XML both ways, and JSON too",
      (v, pretty) => {
        expect(validateValue(shapes, node, element, v)).toEqual([]);
        const r = decodeFragment(shapes, node, element, NS, [encodeFragment(shapes, node, element, v, NS, { pretty })]);
        expect(r.ok ? [] : r.failure.issues).toEqual([]);
        expect(r.ok && r.value).toStrictEqual(v);
        const json = JSON.parse(JSON.stringify(toJson(shapes, node, v))) as unknown;
        expect(fromJson(shapes, node, element, json).value).toStrictEqual(v);
      },
    );
  });

  it("arbitraries draw each member of a choice, and repeated members of several entries", () => {
    const drawn = fc.sample(arbitraryFor(shapes, root), { numRuns: 200, seed: 3 }) as Record<string, unknown>[];
    expect(new Set(drawn.map((d) => ("S3Origin" in d ? "s3" : "custom")))).toEqual(new Set(["s3", "custom"]));
    expect(drawn.some((d) => Array.isArray(d["CNAME"]) && d["CNAME"].length > 1)).toBe(true);
  });
});

describe("a list document of the old format", () => {
  it("streams its repeated summaries with decodeItems, each in order with its position, and leaves them out of the result", async () => {
    const { decodeItems } = await import("../src/index.js");
    const summary = (id: string) =>
      `<DistributionSummary><Id>${id}</Id><Status>Deployed</Status><LastModifiedTime>2010-11-19T19:37:58Z</LastModifiedTime><DomainName>d.cloudfront.net</DomainName><S3Origin><DNSName>b.s3.amazonaws.com</DNSName></S3Origin><Enabled>true</Enabled></DistributionSummary>`;
    const xml = `<DistributionList xmlns="http://cloudfront.amazonaws.com/doc/2010-11-01/"><Marker/>${summary("E1")}<MaxItems>2</MaxItems>${summary("E2")}<IsTruncated>false</IsTruncated></DistributionList>`;
    const events = [];
    for await (const e of decodeItems([xml])) events.push(e);
    expect(events.slice(0, 2).map((e) => ("item" in e ? [(e.item as { Id: string }).Id, e.index] : e))).toEqual([
      ["E1", 1],
      ["E2", 2],
    ]);
    const last = events[2];
    expect(
      last !== undefined && "result" in last && last.result._tag === "Right" && last.result.right.value,
    ).toStrictEqual({ Marker: "", MaxItems: 2, IsTruncated: false });
  });
});
