/**
 * List documents: CloudFront's own spelling of HttpVersion in ListDistributions, and `decodeItems`, which hands
 * over each entry as soon as it is complete and checked instead of holding the list.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decode, decodeItems, decodeJson, encode, namespaceOf, unknownElements } from "../src/index.js";
import type { ItemEvent } from "../src/index.js";

const corpus = join(import.meta.dirname, "..", "corpus");
const listed = readFileSync(join(corpus, "2016-09-07", "distribution-list-http2-as-listed.xml"), "utf8");

const collect = async (chunks: Iterable<string>): Promise<ItemEvent[]> => {
  const out: ItemEvent[] = [];
  for await (const e of decodeItems(chunks)) out.push(e);
  return out;
};

const chunked = (s: string, size: number): string[] =>
  Array.from({ length: Math.ceil(s.length / size) }, (_, i) => s.slice(i * size, (i + 1) * size));

describe("HttpVersion as ListDistributions writes it", () => {
  it("is read with a noncanonical_enum warning per value, kept as written, and written back unchanged", () => {
    const r = decode(listed);
    if (r._tag === "Left") expect.fail(JSON.stringify(r.left.issues));
    expect(r.right.warnings?.map((w) => [w.code, w.path, w.line, w.expected, w.actual])).toEqual([
      ["noncanonical_enum", "/DistributionList/Items/DistributionSummary[1]/HttpVersion", 109, "http2", "HTTP2"],
      ["noncanonical_enum", "/DistributionList/Items/DistributionSummary[2]/HttpVersion", 196, "http1.1", "HTTP1.1"],
    ]);
    expect(encode(r.right, { pretty: true }) + "\n").toBe(listed);
  });

  it("is accepted from AWS CLI JSON the same way", () => {
    const r = decode(listed);
    if (r._tag === "Left") expect.fail("rejected");
    const json = JSON.parse(
      readFileSync(join(corpus, "2016-09-07", "distribution-list-http2-as-listed.json"), "utf8"),
    ) as { DistributionList: unknown };
    const fromJson = decodeJson(json.DistributionList, { version: "2016-09-07", root: "DistributionList" });
    if (fromJson._tag === "Left") expect.fail(JSON.stringify(fromJson.left.issues));
    expect(fromJson.right.warnings?.map((w) => [w.code, w.path, "line" in w])).toEqual([
      ["noncanonical_enum", "/DistributionList/Items/DistributionSummary[1]/HttpVersion", false],
      ["noncanonical_enum", "/DistributionList/Items/DistributionSummary[2]/HttpVersion", false],
    ]);
    expect(fromJson.right.value).toEqual(r.right.value);
  });

  it("is accepted only in summaries, where CloudFront writes it, and only with the http prefix upper-cased", () => {
    const inConfig = readFileSync(join(corpus, "2016-09-07", "http2-static-site.xml"), "utf8").replace(
      "<HttpVersion>http2</HttpVersion>",
      "<HttpVersion>HTTP2</HttpVersion>",
    );
    expect(inConfig).toContain("HTTP2");
    const r = decode(inConfig);
    expect(r._tag === "Left" && r.left.issues.map((i) => i.code)).toEqual(["invalid_enum"]);
    const shouted = decode(listed.replace("<HttpVersion>HTTP2</HttpVersion>", "<HttpVersion>HTTP2AND3</HttpVersion>"));
    expect(shouted._tag === "Left" && shouted.left.issues.map((i) => i.code)).toEqual(["invalid_enum"]);
  });
});

describe("decodeItems", () => {
  // Every document of the corpus, of every era: streamed in small chunks, it gives what decode gives, its list
  // handed over entry by entry (a modelled list's Items, or the old format's repeated summaries or Paths).
  const documents = readdirSync(corpus)
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
    .flatMap((d) =>
      readdirSync(join(corpus, d))
        .filter((f) => f.endsWith(".xml") && !f.endsWith(".canonical.xml"))
        .map((f) => `${d}/${f}`),
    );
  it.each(documents)("%s: entries and result together are what decode gives", async (name) => {
    const text = readFileSync(join(corpus, name), "utf8");
    const whole = decode(text);
    const events = await collect(chunked(text, 61));
    const last = events.pop();
    if (last === undefined || !("result" in last)) return expect.fail("no result");
    if (whole._tag === "Left" || last.result._tag === "Left")
      return expect([last.result._tag, whole._tag]).toEqual(["Left", "Left"]);
    const items = events.map((e) => ("item" in e ? e.item : expect.fail("an event after the result")));
    const value = whole.right.value as Record<string, unknown>;
    const rest = last.result.right.value as Record<string, unknown>;
    const streamed = Object.keys(value).filter((k) => !Object.hasOwn(rest, k));
    expect(streamed.length).toBeLessThanOrEqual(1);
    expect({ ...rest, ...(streamed[0] === undefined ? {} : { [streamed[0]]: items }) }).toEqual(value);
    if (streamed[0] === undefined) expect(items).toEqual([]);
  });

  it("yields each summary in order, with its own warnings, then the result without the list", async () => {
    const events = await collect(chunked(listed, 97));
    const items = events.filter((e): e is Extract<ItemEvent, { item: unknown }> => "item" in e);
    const whole = decode(listed);
    if (whole._tag === "Left") expect.fail("rejected");
    const value = whole.right.value as { Items: unknown[] };
    expect(items.map((e) => [e.index, e.item])).toEqual(value.Items.map((item, i) => [i + 1, item]));
    expect(items.map((e) => e.warnings?.map((w) => w.path))).toEqual([
      ["/DistributionList/Items/DistributionSummary[1]/HttpVersion"],
      ["/DistributionList/Items/DistributionSummary[2]/HttpVersion"],
    ]);
    const last = events[events.length - 1];
    if (last === undefined || !("result" in last) || last.result._tag === "Left") expect.fail("no result");
    const { Items: _, ...rest } = value;
    expect(last.result.right).toEqual({ version: "2016-09-07", root: "DistributionList", value: rest });
    expect(events.length).toBe(3);
  });

  it("yields entries before the document has been read to its end", async () => {
    const summary = /<DistributionSummary>[\s\S]*?<\/DistributionSummary>/.exec(listed)?.[0] as string;
    const many = listed
      .replace("<Quantity>2</Quantity>", "<Quantity>41</Quantity>")
      .replace("<Items>", `<Items>${summary.repeat(39)}`);
    const parts = chunked(many, 64);
    let fed = 0;
    const source = (function* () {
      for (const p of parts) {
        fed++;
        yield p;
      }
    })();
    for await (const e of decodeItems(source)) {
      if ("item" in e) {
        expect(fed).toBeLessThan(parts.length);
        return;
      }
    }
    expect.fail("no item");
  });

  it("does not yield an entry with an issue, reports it in the result, and still checks Quantity against every entry", async () => {
    const bad = listed
      .replace("<Status>InProgress</Status>", "<Status><b/></Status>")
      .replace("<Quantity>2</Quantity>", "<Quantity>3</Quantity>");
    const events = await collect([bad]);
    expect(events.filter((e) => "item" in e).map((e) => "item" in e && e.index)).toEqual([1]);
    const last = events[events.length - 1];
    expect(
      last !== undefined &&
        "result" in last &&
        last.result._tag === "Left" &&
        last.result.left.issues.map((i) => [i.code, i.path]),
    ).toEqual([
      ["quantity_mismatch", "/DistributionList/Quantity"],
      ["unexpected_element", "/DistributionList/Items/DistributionSummary[2]/Status/b"],
    ]);
  });

  it("streams every list document (Tags' items, an invalidation list's summaries) and yields only the result of any other", async () => {
    const tags = readFileSync(join(corpus, "2020-05-31", "tags.xml"), "utf8");
    expect((await collect([tags])).map((e) => ("item" in e ? e.item : "result"))).toEqual([
      { Key: "team", Value: "media" },
      { Key: "cost-center", Value: "CC-4100" },
      { Key: "temporary" },
      "result",
    ]);
    const invalidations = readFileSync(join(corpus, "2012-05-05", "invalidation-list.xml"), "utf8");
    expect((await collect([invalidations])).map((e) => ("item" in e ? e.index : "result"))).toEqual([1, 2, "result"]);
    const config = readFileSync(join(corpus, "2020-05-31", "invalidation.xml"), "utf8");
    const only = await collect([config]);
    expect(only.length === 1 && "result" in only[0]! && only[0].result).toEqual(decode(config));
  });

  it("lets 20,000 summaries (72 MB, so past the default size limit) pass through, and the result holds none of them", async () => {
    const summary = /<DistributionSummary>[\s\S]*?<\/DistributionSummary>/.exec(listed)?.[0] as string;
    const n = 20_000;
    const source = (function* () {
      yield `<DistributionList xmlns="${namespaceOf("2016-09-07")}"><Marker/><MaxItems>${n}</MaxItems><IsTruncated>false</IsTruncated><Quantity>${n}</Quantity><Items>`;
      for (let i = 0; i < n; i++) yield summary;
      yield "</Items></DistributionList>";
    })();
    let count = 0;
    let result: ItemEvent | undefined;
    for await (const e of decodeItems(source, { maxDocumentSize: 1 << 30 })) {
      if ("item" in e) count++;
      else result = e;
    }
    expect(count).toBe(n);
    expect(result !== undefined && "result" in result && result.result._tag).toBe("Right");
    const value =
      result !== undefined && "result" in result && result.result._tag === "Right"
        ? (result.result.right.value as object)
        : {};
    expect(Object.keys(value)).toEqual(["Marker", "MaxItems", "IsTruncated", "Quantity"]);
  });
});

describe('decodeItems with unknown: "preserve"', () => {
  const ns = namespaceOf("2020-05-31");
  const list = (between: string) =>
    `<InvalidationList xmlns="${ns}"><Future>x</Future><Marker/><MaxItems>10</MaxItems><IsTruncated>false</IsTruncated><Quantity>1</Quantity><Items>${between}<InvalidationSummary><Id>I1</Id><CreateTime>2020-01-01T00:00:00Z</CreateTime><Status>Completed</Status><Inner>z</Inner></InvalidationSummary></Items></InvalidationList>`;
  const events = async (xml: string): Promise<ItemEvent[]> => {
    const out: ItemEvent[] = [];
    for await (const e of decodeItems([xml], { unknown: "preserve" })) out.push(e);
    return out;
  };

  it("keeps an unknown element inside an entry with the entry, and one beside the list with the result", async () => {
    const [item, last] = await events(list(""));
    if (
      item === undefined ||
      !("item" in item) ||
      last === undefined ||
      !("result" in last) ||
      last.result._tag === "Left"
    )
      return expect.fail("not an item, then a result");
    expect((item.item as Record<symbol, { raw: string }[]>)[unknownElements]?.map((u) => u.raw)).toEqual([
      "<Inner>z</Inner>",
    ]);
    expect((last.result.right.value as Record<symbol, { raw: string }[]>)[unknownElements]?.map((u) => u.raw)).toEqual([
      "<Future>x</Future>",
    ]);
  });

  it("refuses one between the entries, which no value it hands over could carry, rather than drop it", async () => {
    const last = (await events(list("<Later>y</Later>"))).pop();
    if (last === undefined || !("result" in last) || last.result._tag === "Right") return expect.fail("accepted");
    const column = list("<Later>y</Later>").indexOf("<Later>") + 1;
    expect(last.result.left.issues.map((i) => [i.code, i.path, i.line, i.column])).toEqual([
      ["unknown_element", "/InvalidationList/Items/Later", 1, column],
    ]);
    expect(decode(list("<Later>y</Later>"), { unknown: "preserve" })._tag).toBe("Right");
  });
});

describe("decodeItems with entries written without <Items>", () => {
  it("streams them too when accepted, counting them against Quantity, and keeps no Items in the result", async () => {
    const invalidations = readFileSync(join(corpus, "2012-05-05", "invalidation-list.xml"), "utf8").replace(
      /<\/?Items>\n/g,
      "",
    );
    const events: ItemEvent[] = [];
    for await (const e of decodeItems([invalidations], { unwrappedItems: "accept" })) events.push(e);
    expect(events.map((e) => ("item" in e ? e.index : "result"))).toEqual([1, 2, "result"]);
    const last = events[2];
    if (last === undefined || !("result" in last) || last.result._tag === "Left") expect.fail(JSON.stringify(last));
    expect(Object.keys(last.result.right.value)).toEqual([
      "Marker",
      "NextMarker",
      "MaxItems",
      "IsTruncated",
      "Quantity",
    ]);
    expect(last.result.right.warnings?.map((w) => w.code)).toEqual(["missing_items_wrapper", "missing_items_wrapper"]);
  });
});
