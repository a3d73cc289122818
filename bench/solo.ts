// The honest half of `npm run bench`: each candidate runs alone in a child process of its own, so that no other
// parser shares its inline caches (with several differently configured saxes parsers in one process, every one
// of them slows down, saxes alone included, and the ratios shrink). A child measures CPU time per call
// (process.cpuUsage, user + system) over several rounds and reports the median; the parent prints ratios.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { decode, decodeAsync, encode, migrate } from "../src/index.js";
import type { Decoded } from "../src/index.js";
import { readWhole } from "../src/xml.js";
import { generateDistributionConfigXml } from "./generate.js";
import { makeSaxesBaseline, makeSdkDecoder, makeSdkEncoder, median } from "./sdk.js";

const CHUNK = 64 * 1024;
const ROUNDS = 7;
/**
 * Every candidate runs this many times, in turn with the others, and its median is taken: on a shared machine the
 * load of a moment otherwise lands on one candidate of a ratio and not on the other.
 */
const PASSES = 3;
const ROUND_MS = 300;

export const sizes = [
  { label: "~5 KB", bytes: 5 * 1024 },
  { label: "~1 MB", bytes: 1024 * 1024 },
] as const;

/** Each candidate: what one call does, given the generated document. */
const candidates = {
  "saxes, xmlns off": async (xml: string) => {
    const parse = makeSaxesBaseline({ xmlns: false, position: true });
    return () => parse(xml);
  },
  "saxes, xmlns on": async (xml: string) => {
    const parse = makeSaxesBaseline({ xmlns: true, position: true });
    return () => parse(xml);
  },
  "saxes, xmlns off, 64 KiB chunks": async (xml: string) => {
    const parse = makeSaxesBaseline({ xmlns: false, position: true });
    const chunks = chunked(xml);
    return () => parse(chunks);
  },
  "saxes, xmlns on, 64 KiB chunks": async (xml: string) => {
    const parse = makeSaxesBaseline({ xmlns: true, position: true });
    const chunks = chunked(xml);
    return () => parse(chunks);
  },
  "cfxml decode": async (xml: string) => () => void decode(xml),
  "cfxml decode (saxes path)": async (xml: string) => () => void readWhole(xml, undefined, false),
  // The fast path's worst case: it reads to the end before it meets the unknown element, then saxes reads it all.
  "cfxml decode, unknown element last": async (xml: string) => {
    const bad = invalid(xml);
    return () => void decode(bad);
  },
  "cfxml decode (saxes path), unknown element last": async (xml: string) => {
    const bad = invalid(xml);
    return () => void readWhole(bad, undefined, false);
  },
  "cfxml decode (bytes)": async (xml: string) => {
    const bytes = Buffer.from(xml, "utf8");
    return () => void decode(bytes);
  },
  "cfxml decodeAsync, 64 KiB chunks": async (xml: string) => {
    const chunks = chunked(xml);
    return async () => void (await decodeAsync(chunks));
  },
  "cfxml encode": async (xml: string) => {
    const d = decoded(xml);
    return () => void encode(d);
  },
  "cfxml migrate 2013-05-12 → 2020-05-31": async (xml: string) => {
    const old = older(xml);
    return () => void migrate(old, "2020-05-31");
  },
  "cfxml decode (2013-05-12 form)": async (xml: string) => {
    const text = encode(older(xml));
    return () => void decode(text);
  },
  "SDK GetDistributionConfig": async (xml: string) => {
    const sdk = makeSdkDecoder();
    return async () => void (await sdk(xml));
  },
  "SDK UpdateDistribution": async (xml: string) => {
    const sdk = makeSdkEncoder();
    const value = await makeSdkDecoder()(xml);
    return async () => void (await sdk(value));
  },
} as const;
type Candidate = keyof typeof candidates;

const chunked = (xml: string): string[] => {
  const out: string[] = [];
  for (let i = 0; i < xml.length; i += CHUNK) out.push(xml.slice(i, i + CHUNK));
  return out;
};

const invalid = (xml: string): string => {
  const bad = xml.replace("</DistributionConfig>", "<Unknown/></DistributionConfig>");
  if (decode(bad)._tag !== "Left") throw new Error("the invalid variant decodes");
  return bad;
};

const decoded = (xml: string): Decoded => {
  const r = decode(xml);
  if (r._tag === "Left")
    throw new Error(`generated document does not decode: ${JSON.stringify(r.left.issues.slice(0, 3))}`);
  return r.right;
};

/** The document as 2013-05-12 holds it: what an upgrade to 2020-05-31 starts from. */
const older = (xml: string): Decoded => {
  const r = migrate(decoded(xml), "2013-05-12", { lossy: true });
  if (r._tag === "Left") throw new Error(`cannot take the generated document to 2013-05-12: ${JSON.stringify(r.left)}`);
  return r.right;
};

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The child's side: median CPU ms per call over the rounds, after a warm-up round. */
const child = async (name: Candidate, bytes: number): Promise<number> => {
  const xml = generateDistributionConfigXml(bytes);
  const call = await candidates[name](xml);
  const round = async (): Promise<number> => {
    let calls = 0;
    const wall = performance.now();
    const cpu = cpuMs();
    do {
      const r = call();
      if (r !== undefined) await r;
      calls++;
    } while (performance.now() - wall < ROUND_MS);
    return (cpuMs() - cpu) / calls;
  };
  await round();
  const per: number[] = [];
  for (let i = 0; i < ROUNDS; i++) per.push(await round());
  return median(per);
};

const solo = (name: Candidate, bytes: number): number => {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), name, String(bytes)], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${name} at ${bytes} B failed: ${r.stderr}`);
  return Number(r.stdout);
};

/** Runs every candidate alone for each size; returns the Markdown table of ratios. */
export const soloBench = (): string => {
  const x = (ours: number, theirs: number): string => `${(theirs / ours).toFixed(2)}×`;
  const lines = [
    `Each candidate alone in its own process; CPU ms per call, median of ${ROUNDS} rounds of ${ROUND_MS} ms, then the median of ${PASSES} such processes run in turn with the other candidates' (Node ${process.version}).`,
    "Ratios are speeds: the baseline's time over cfxml's (above 1× is faster than the baseline).",
    "",
    "| document | cfxml | ms | against | ms | ratio | target |",
    "|---|---|---|---|---|---|---|",
  ];
  for (const { label, bytes } of sizes) {
    const names = Object.keys(candidates) as Candidate[];
    const runs = new Map<Candidate, number[]>(names.map((c) => [c, []]));
    for (let pass = 0; pass < PASSES; pass++) for (const c of names) runs.get(c)?.push(solo(c, bytes));
    const ms = Object.fromEntries(names.map((c) => [c, median(runs.get(c) ?? [])])) as Record<Candidate, number>;
    const row = (ours: Candidate, theirs: Candidate, target = ""): string =>
      `| ${label} | ${ours} | ${ms[ours].toFixed(3)} | ${theirs} | ${ms[theirs].toFixed(3)} | ${x(ms[ours], ms[theirs])} | ${target} |`;
    lines.push(
      row("cfxml decode", "saxes, xmlns off", "≥ 0.7×"),
      row("cfxml decode", "saxes, xmlns on"),
      row("cfxml decode", "SDK GetDistributionConfig", bytes > 1e6 ? "≥ 5×" : ""),
      row("cfxml decode (bytes)", "cfxml decode"),
      row("cfxml decode (saxes path)", "saxes, xmlns off"),
      row("cfxml decode, unknown element last", "cfxml decode (saxes path), unknown element last"),
      row("cfxml decodeAsync, 64 KiB chunks", "saxes, xmlns off, 64 KiB chunks"),
      row("cfxml decodeAsync, 64 KiB chunks", "saxes, xmlns on, 64 KiB chunks"),
      row("cfxml decodeAsync, 64 KiB chunks", "SDK GetDistributionConfig"),
      row("cfxml encode", "SDK UpdateDistribution"),
      row("cfxml migrate 2013-05-12 → 2020-05-31", "cfxml decode (2013-05-12 form)", "≥ 1×"),
    );
  }
  return lines.join("\n");
};

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] !== undefined) {
  process.stdout.write(String(await child(process.argv[2] as Candidate, Number(process.argv[3]))));
}
