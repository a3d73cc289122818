// `npm run bench`: cfxml against saxes alone and against the AWS SDK v3, in one process, on generated
// 2020-05-31 documents of about 5 KB and 1 MB. Medians of several runs; prints a Markdown table.
import { decode, encode } from "../src/index.js";
import type { Decoded } from "../src/index.js";
import { shapes } from "../src/versions/v2020_05_31.js";
import { generateDistributionConfigXml } from "./generate.js";
import { makeSaxesBaseline, makeSdkDecoder, makeSdkEncoder, measure } from "./sdk.js";
import { listBench } from "./list.js";
import { lintBench } from "./lint.js";
import { triggerBench } from "./triggers.js";
import { encodeWithCallbacks, encodeWithDom } from "./xmlbuilder2.js";
import { cliBatch } from "./cli-batch.js";
import { soloBench } from "./solo.js";
import { startupBench } from "./startup.js";

const OPTS = { minTimeMs: 300, runs: 7 } as const;
const sizes = [
  { label: "~5 KB", bytes: 5 * 1024 },
  { label: "~1 MB", bytes: 1024 * 1024 },
] as const;

const sdkDecode = makeSdkDecoder();
const sdkEncode = makeSdkEncoder();
const saxesNs = makeSaxesBaseline({ xmlns: true });
const saxesPlain = makeSaxesBaseline({ xmlns: false });

const mbps = (bytes: number, ms: number): string => (bytes / 1e6 / (ms / 1e3)).toFixed(1);
const ratio = (a: number, b: number): string => `${(b / a).toFixed(2)}×`;

console.log("Solo: each candidate in a process of its own (the figures to quote).\n");
console.log(soloBench());
console.log(
  "\nIn one process (saxes, cfxml, the SDK and xmlbuilder2 side by side: their ratios are flattered, see the README).\n",
);

const lines: string[] = [
  "| document | operation | cfxml ms (MB/s) | baseline | baseline ms (MB/s) | cfxml speed vs baseline | target |",
  "|---|---|---|---|---|---|---|",
];
for (const { label, bytes } of sizes) {
  const xml = generateDistributionConfigXml(bytes);
  const size = Buffer.byteLength(xml);
  const r = decode(xml);
  if (r._tag === "Left")
    throw new Error(`generated document does not decode: ${JSON.stringify(r.left.issues.slice(0, 3))}`);
  const decoded: Decoded = r.right;
  const sdkValue = await sdkDecode(xml);
  const compact = encode(decoded);
  const outSize = Buffer.byteLength(compact);

  const ours = await measure(() => void decode(xml), OPTS);
  const saxesNsMs = await measure(() => saxesNs(xml), OPTS);
  const saxesPlainMs = await measure(() => saxesPlain(xml), OPTS);
  const sdkMs = await measure(async () => void (await sdkDecode(xml)), OPTS);
  const oursEnc = await measure(() => void encode(decoded), OPTS);
  const sdkEnc = await measure(async () => void (await sdkEncode(sdkValue)), OPTS);
  const domEnc = await measure(() => void encodeWithDom(shapes, shapes.DistributionConfig, decoded.value), {
    minTimeMs: OPTS.minTimeMs,
    runs: 3,
  });
  const cbEnc = await measure(() => void encodeWithCallbacks(shapes, shapes.DistributionConfig, decoded.value), {
    minTimeMs: OPTS.minTimeMs,
    runs: 3,
  });

  const doc = `${label} (${size} B)`;
  const dec = `${ours.toFixed(3)} (${mbps(size, ours)})`;
  const enc = `${oursEnc.toFixed(3)} (${mbps(outSize, oursEnc)})`;
  lines.push(
    `| ${doc} | decode | ${dec} | saxes alone, xmlns on (as cfxml's saxes path uses it) | ${saxesNsMs.toFixed(3)} (${mbps(size, saxesNsMs)}) | ${ratio(ours, saxesNsMs)} | |`,
    `| ${doc} | decode | ${dec} | saxes alone, xmlns off | ${saxesPlainMs.toFixed(3)} (${mbps(size, saxesPlainMs)}) | ${ratio(ours, saxesPlainMs)} | (solo: ≥ 0.7×) |`,
    `| ${doc} | decode | ${dec} | SDK GetDistributionConfig | ${sdkMs.toFixed(3)} (${mbps(size, sdkMs)}) | ${ratio(ours, sdkMs)} | (solo, 1 MB: ≥ 5×) |`,
    `| ${doc} | encode | ${enc} | SDK UpdateDistribution serializer | ${sdkEnc.toFixed(3)} | ${ratio(oursEnc, sdkEnc)} | ≥ 3× |`,
    `| ${doc} | encode | ${enc} | xmlbuilder2 DOM API | ${domEnc.toFixed(3)} (${mbps(outSize, domEnc)}) | ${ratio(oursEnc, domEnc)} | |`,
    `| ${doc} | encode | ${enc} | xmlbuilder2 callback API | ${cbEnc.toFixed(3)} (${mbps(outSize, cbEnc)}) | ${ratio(oursEnc, cbEnc)} | |`,
  );
}
console.log(
  `Node ${process.version}, medians of ${OPTS.runs} runs of at least ${OPTS.minTimeMs} ms each (xmlbuilder2: 3 runs).`,
);
console.log("MB/s: input size for decode, cfxml compact output size for encode.\n");
console.log(lines.join("\n"));
console.log("\nStreaming a list document (decodeItems, one child process per size):\n");
console.log(listBench());
console.log(await lintBench());
console.log(await triggerBench());

console.log("");
console.log(startupBench());
console.log("");
console.log((await cliBatch()).join("\n"));
