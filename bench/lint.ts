// The lint case of `npm run bench`: lint against decode of the same ~1 MB 2020-05-31 DistributionConfig. The
// generated document gives every behaviour both a cache policy and legacy settings, which 2020-05-31 refuses, so
// the case cleans it first (decode, drop ForwardedValues and the TTLs beside a CachePolicyId, encode): lint then
// walks the whole document and finds nothing, with the cache-behaviour quota raised to the document's count. The
// generated document as it is, with its findings, is measured too.
import { decode, encode, lint } from "../src/index.js";
import type { Decoded } from "../src/index.js";
import { generateDistributionConfigXml } from "./generate.js";
import { measure } from "./sdk.js";

const OPTS = { minTimeMs: 300, runs: 7 } as const;

const read = (xml: string, positions: boolean): Decoded => {
  const r = decode(xml, { positions });
  if (r._tag === "Left")
    throw new Error(`the bench document does not decode: ${JSON.stringify(r.left.issues.slice(0, 3))}`);
  return r.right;
};

/** The document without what 2020-05-31 refuses beside a cache policy. */
const cleaned = (xml: string): string => {
  const d = read(xml, false) as Extract<Decoded, { version: "2020-05-31"; root: "DistributionConfig" }>;
  const behaviours = [d.value.DefaultCacheBehavior, ...(d.value.CacheBehaviors?.Items ?? [])];
  for (const b of behaviours) {
    if (b.CachePolicyId === undefined) continue;
    delete b.ForwardedValues;
    delete b.MinTTL;
    delete b.DefaultTTL;
    delete b.MaxTTL;
  }
  return encode(d, { pretty: true });
};

/** A Markdown table: lint against decode, medians in ms, on the cleaned and on the generated document. */
export const lintBench = async (): Promise<string> => {
  const generated = generateDistributionConfigXml(1024 * 1024);
  // Cleaning drops about a quarter; generate that much more, so that the document linted is the ~1 MB one.
  const clean = cleaned(
    generateDistributionConfigXml((1024 * 1024 * Buffer.byteLength(generated)) / Buffer.byteLength(cleaned(generated))),
  );
  const lines = [
    "\nLint against decode of the same document (lint takes it decoded with positions, as a linter reads it):\n",
    "| document | findings | decode ms | decode with positions ms | lint ms | lint / decode |",
    "|---|---|---|---|---|---|",
  ];
  for (const [label, xml] of [
    ["~1 MB, cleaned", clean],
    ["~1 MB, as generated", generated],
  ] as const) {
    const decoded = read(xml, true);
    const options = { quotas: { cacheBehaviors: Infinity } };
    const findings = lint(decoded, options).length;
    const decodeMs = await measure(() => void decode(xml), OPTS);
    const positionsMs = await measure(() => void decode(xml, { positions: true }), OPTS);
    const lintMs = await measure(() => void lint(decoded, options), OPTS);
    const size = Buffer.byteLength(xml);
    lines.push(
      `| ${label} (${size} B) | ${findings} | ${decodeMs.toFixed(2)} | ${positionsMs.toFixed(2)} | ${lintMs.toFixed(2)} | ${(lintMs / decodeMs).toFixed(2)} (target < 1) |`,
    );
  }
  return lines.join("\n");
};
