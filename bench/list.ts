// The streaming list case of `npm run bench`: `decodeItems` over a DistributionList of 1,000 and of 100,000
// summaries, each in a child process of its own so that its peak memory is its own. The document is generated
// lazily (the realistic 2020-05-31 summary of corpus/2020-05-31/distribution-list.xml, repeated), so the
// source never holds it either.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { decodeItems, namespaceOf } from "../src/index.js";

const root = join(fileURLToPath(import.meta.url), "..", "..", "..");
const summary = /<DistributionSummary>[\s\S]*?<\/DistributionSummary>/.exec(
  readFileSync(join(root, "corpus", "2020-05-31", "distribution-list.xml"), "utf8"),
)?.[0];
if (summary === undefined) throw new Error("corpus/2020-05-31/distribution-list.xml has no DistributionSummary");

function* listOf(n: number): Generator<string> {
  yield `<DistributionList xmlns="${namespaceOf("2020-05-31")}"><Marker/><MaxItems>${n}</MaxItems><IsTruncated>false</IsTruncated><Quantity>${n}</Quantity><Items>`;
  for (let i = 0; i < n; i++) yield summary as string;
  yield "</Items></DistributionList>";
}

interface Run {
  readonly n: number;
  readonly bytes: number;
  readonly ms: number;
  readonly maxRssMiB: number;
  readonly peakHeapMiB: number;
}

/** One measured pass, in this process (the child's side). */
const child = async (n: number): Promise<Run> => {
  let peakHeap = 0;
  let items = 0;
  const start = performance.now();
  for await (const e of decodeItems(listOf(n), { maxDocumentSize: 2 ** 31 })) {
    if ("item" in e && ++items % 500 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    if ("result" in e && e.result._tag === "Left") throw new Error(JSON.stringify(e.result.left.issues.slice(0, 3)));
  }
  const ms = performance.now() - start;
  if (items !== n) throw new Error(`${items} of ${n} summaries yielded`);
  return {
    n,
    bytes: n * Buffer.byteLength(summary as string),
    ms,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    peakHeapMiB: peakHeap / 2 ** 20,
  };
};

/** Runs each size in a child process and returns a Markdown table. */
export const listBench = (): string => {
  const runs = [1_000, 100_000].map((n) => {
    const r = spawnSync(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), String(n)], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    if (r.status !== 0) throw new Error(`list bench for ${n} failed: ${r.stderr}`);
    return JSON.parse(r.stdout) as Run;
  });
  const [small, large] = runs as [Run, Run];
  const lines = [
    "| DistributionList | size | decodeItems ms | summaries/s | MB/s | peak RSS MiB | peak heap MiB |",
    "|---|---|---|---|---|---|---|",
    ...runs.map(
      (r) =>
        `| ${r.n.toLocaleString("en-US")} summaries | ${(r.bytes / 1e6).toFixed(1)} MB | ${r.ms.toFixed(0)} | ${Math.round(r.n / (r.ms / 1e3)).toLocaleString("en-US")} | ${(r.bytes / 1e6 / (r.ms / 1e3)).toFixed(1)} | ${r.maxRssMiB.toFixed(0)} | ${r.peakHeapMiB.toFixed(1)} |`,
    ),
  ];
  lines.push(
    "",
    `Peak RSS grows ${(large.maxRssMiB / small.maxRssMiB).toFixed(2)}× for 100× the summaries (target: at most 2×).`,
  );
  return lines.join("\n");
};

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] !== undefined) {
  process.stdout.write(JSON.stringify(await child(Number(process.argv[2]))));
}
