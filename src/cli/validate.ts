/** `cfxml validate`: every problem of every input, as text for people or one JSON object per input for programs. */
import { setImmediate as yieldToEvents } from "node:timers/promises";
import { latest } from "../versions/index.js";
import type { VersionId } from "../index.js";
import { oneOf, parse } from "./args.js";
import { expandInputs } from "./inputs.js";
import type { Input } from "./inputs.js";
import { readInput } from "./read.js";
import type { ReadResult } from "./documents.js";
import { reportJson, reportLines } from "./report.js";
import type { Report } from "./report.js";
import { out, outRaw, progress, say, summary } from "./ui.js";
import { versionArg } from "./versions.js";

export const options = {
  from: { type: "string" },
  format: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export const usage = `usage: cfxml validate [INPUT...] [--from VERSION] [--format text|json] [--color WHEN]

Checks CloudFront documents (XML of any version, or AWS CLI JSON read as --from). INPUT is a file, a directory
(its .xml and .json files, recursively), - (stdin, also when no INPUT), or a FIFO.

  --from VERSION      the API version of JSON input, which does not name it (default ${latest.version})
  --format text|json  text (default): each problem as file:line:col: error[code]: message, then "  at <path>";
                      json: one object per input on its own line: {"file", "valid", "version", "root",
                      "issues": [{"code", "path", "line", "column", "message", ...}]}
  --color WHEN        auto (default), always or never; NO_COLOR and FORCE_COLOR are honoured
  -h, --help          this help

Problems go to stdout, the summary to stderr. exit status: 0 all valid, 1 some input has a problem, 2 usage error

examples:
  cfxml validate configs/
  cfxml validate configs/ --format json | jq -c 'select(.valid | not)'
  aws cloudfront get-distribution-config --id E123 | cfxml validate`;

/** The JSON line for one input: what it is, and its problems. */
export const resultJson = (file: string, r: ReadResult | { readonly ok: false; readonly reports: readonly Report[] }): string => {
  const known = r.ok ? { version: r.decoded.version, root: r.decoded.root } : { version: "version" in r ? (r.version ?? null) : null, root: "root" in r ? (r.root ?? null) : null };
  const issues = r.ok ? [] : r.reports.filter((x) => x.note !== true).map(reportJson);
  return JSON.stringify({ file, valid: r.ok, ...known, issues });
};

export const validate = async (args: string[]): Promise<number> => {
  const { values, positionals } = parse("validate", { args, allowPositionals: true, options });
  if (values.help === true) {
    process.stdout.write(usage + "\n");
    return 0;
  }
  const from = values.from === undefined ? (latest.version as VersionId) : versionArg("from", values.from);
  const format = oneOf("format", values.format, ["text", "json"], "text");
  const expanded = expandInputs(positionals);
  for (const note of expanded.notes) say(note);
  const bar = progress(expanded.inputs.length + expanded.failures.length, "files");
  let ok = 0;
  let failed = 0;
  const show = (file: string, r: ReadResult | { readonly ok: false; readonly reports: readonly Report[] }): void => {
    bar.tick();
    if (r.ok) ok++;
    else failed++;
    if (format === "json") outRaw(resultJson(file, r) + "\n");
    else if (!r.ok) for (const report of r.reports) out(reportLines(report).join("\n"));
  };
  for (const f of expanded.failures) show(f.file, { ok: false, reports: [f] });
  for (const input of expanded.inputs as readonly Input[]) {
    show(input.shown, await readInput(input, { from, fromGiven: values.from !== undefined }));
    await yieldToEvents();
  }
  bar.stop();
  if (ok + failed === 0) {
    say("nothing to validate: no .xml or .json files found");
    return 1;
  }
  say(summary("valid", ok, failed));
  return failed > 0 ? 1 : 0;
};
