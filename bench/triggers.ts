// The hostile-input cases of `npm run bench`, each timed against the same document without its trigger. Decode:
// 160,000 aliases whose start tag ends with a newline (`<CNAME\n>`), which made each tag's position scan back to the
// start of the text. Encode: 80,000 aliases each followed by a preserved `<x/>`, which made every entry walk all of
// them. Target for both: within 3× of the document without the trigger. And decodeAsync fed one character or one
// byte at a time, against decode of the whole, which cost several microseconds a chunk before chunks were gathered.
import { decode, decodeAsync, encode } from "../src/index.js";
import type { Decoded } from "../src/index.js";
import { measure } from "./sdk.js";

const NS = "http://cloudfront.amazonaws.com/doc/2020-05-31/";
const RUNS = 7;

const config = (n: number, alias: string): string =>
  `<DistributionConfig xmlns="${NS}"><CallerReference>r</CallerReference><Aliases><Quantity>${n}</Quantity><Items>${alias.repeat(n)}</Items></Aliases><Origins><Quantity>1</Quantity><Items><Origin><Id>o</Id><DomainName>d</DomainName></Origin></Items></Origins><DefaultCacheBehavior><TargetOriginId>o</TargetOriginId><ViewerProtocolPolicy>allow-all</ViewerProtocolPolicy></DefaultCacheBehavior><Comment/><Enabled>true</Enabled></DistributionConfig>`;

const read = (xml: string): Decoded => {
  const r = decode(xml, { unknown: "preserve" });
  if (r._tag === "Left")
    throw new Error(`the bench document does not decode: ${JSON.stringify(r.left.issues.slice(0, 3))}`);
  return r.right;
};

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;

/**
 * Medians of RUNS runs of each (at least 300 ms each), the two taken in turn so that load from elsewhere falls on both.
 */
const pair = async (trigger: () => unknown, control: () => void): Promise<[number, number]> => {
  const t: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    c.push(await measure(control, { minTimeMs: 300, runs: 1 }));
    t.push(await measure(async () => void (await trigger()), { minTimeMs: 300, runs: 1 }));
  }
  return [median(t), median(c)];
};

/** A Markdown table: each trigger's document against the same document without it, medians in ms. */
export const triggerBench = async (): Promise<string> => {
  const lines = [
    `\nHostile-input cases, against the same document without the trigger (medians of ${RUNS}, taken in turn):\n`,
    "| operation | document | with the trigger ms | without ms | ratio | target |",
    "|---|---|---|---|---|---|",
  ];
  const newline = config(160_000, "<CNAME\n>a</CNAME>");
  const plain = config(160_000, "<CNAME>a</CNAME>");
  const [dt, dc] = await pair(
    () => void decode(newline),
    () => void decode(plain),
  );
  lines.push(
    `| decode | 160,000 aliases, each start tag ended by a newline (${Buffer.byteLength(newline)} B) | ${dt.toFixed(1)} | ${dc.toFixed(1)} | ${(dt / dc).toFixed(2)}× | ≤ 3× |`,
  );
  const withX = read(config(80_000, "<CNAME>a.example.com</CNAME><x/>"));
  const without = read(config(80_000, "<CNAME>a.example.com</CNAME>"));
  const [et, ec] = await pair(
    () => void encode(withX),
    () => void encode(without),
  );
  lines.push(
    `| encode | 80,000 aliases, each followed by a preserved \`<x/>\` (${Buffer.byteLength(encode(withX))} B written) | ${et.toFixed(1)} | ${ec.toFixed(1)} | ${(et / ec).toFixed(2)}× | ≤ 3× |`,
  );
  const small = config(2_000, "<CNAME>a.example.com</CNAME>");
  const bytes = new TextEncoder().encode(small);
  const chars = [...small];
  const ones = [...bytes].map((b) => Uint8Array.of(b));
  const [ct, cc] = await pair(
    () => decodeAsync(chars),
    () => void decode(small),
  );
  lines.push(
    `| decodeAsync | 2,000 aliases (${bytes.length} B) in one-character chunks, against decode of the whole | ${ct.toFixed(2)} | ${cc.toFixed(2)} | ${(ct / cc).toFixed(2)}× | |`,
  );
  const [bt, bc] = await pair(
    () => decodeAsync(ones),
    () => void decode(bytes),
  );
  lines.push(
    `| decodeAsync | the same in one-byte chunks, against decode of the whole bytes | ${bt.toFixed(2)} | ${bc.toFixed(2)} | ${(bt / bc).toFixed(2)}× | |`,
  );
  return lines.join("\n");
};
