// The CLI start-up case of `npm run bench`: the CPU time (user + system) of one `cfxml --help` and of one small
// convert, against `node -e 0`, each the median of several runs. A small run's time is mostly what it loads.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { median } from "./sdk.js";

const RUNS = 11;
const root = join(import.meta.dirname, "..", "..");
const cli = join(import.meta.dirname, "..", "src", "cli", "main.js");
// Loaded first in each child: prints the process's whole CPU time as it exits.
const report = `data:text/javascript,${encodeURIComponent("process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('\\ncpu ' + (u.user + u.system) + '\\n'); });")}`;

const cpuMs = (args: readonly string[]): number => {
  const r = spawnSync(process.execPath, ["--import", report, ...args], { cwd: root, encoding: "utf8" });
  const m = /\ncpu (\d+)\n/.exec(r.stderr);
  if (r.status !== 0 || m === null)
    throw new Error(`node ${args.join(" ")} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  return Number(m[1]) / 1000;
};

export const startupBench = (): string => {
  const cases = [
    ["node -e 0", ["-e", "0"]],
    ["cfxml --help", [cli, "--help"]],
    [
      "cfxml convert (one 2012-07-01 document to 2020-05-31, to stdout)",
      [cli, "convert", join(root, "corpus", "2012-07-01", "example-request.xml"), "--to", "2020-05-31"],
    ],
  ] as const;
  const runs = new Map<string, number[]>(cases.map(([name]) => [name, []]));
  // In turn, so that the load of a moment falls on every case alike.
  for (let i = 0; i < RUNS; i++) for (const [name, args] of cases) runs.get(name)?.push(cpuMs(args));
  const base = median(runs.get("node -e 0") ?? []);
  const lines = [
    `CLI start-up: CPU ms of one run (user + system), median of ${RUNS} (Node ${process.version}).`,
    "",
    "| run | CPU ms | over node -e 0 |",
    "|---|---|---|",
  ];
  for (const [name] of cases) {
    const ms = median(runs.get(name) ?? []);
    lines.push(`| ${name} | ${ms.toFixed(0)} | ${name === "node -e 0" ? "" : `+${(ms - base).toFixed(0)}`} |`);
  }
  return lines.join("\n");
};
