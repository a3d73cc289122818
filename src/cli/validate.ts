/** `cfxml validate`: every problem of every input, as text for people or one JSON object per input for programs. */
import { setImmediate as yieldToEvents } from "node:timers/promises";
import { oneOf, parse } from "./args.js";
import { expandInputs } from "./inputs.js";
import type { Input } from "./inputs.js";
import { readInput } from "./read.js";
import type { ReadResult } from "./documents.js";
import { inputOptions, readingOptions, readingUsage } from "./reading.js";
import { decodingWarnings, reportJson, reportLines } from "./report.js";
import type { Report } from "./report.js";
import { out, outRaw, progress, say, summary } from "./ui.js";

export const options = {
  ...readingOptions,
  strict: { type: "boolean", default: false },
  format: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export const usage = `usage: cfxml validate [INPUT...] [--strict] [--from VERSION] [--assume-version VERSION]
                      [--unknown error|skip|preserve] [--accept-unwrapped-items] [--format text|json]
                      [--color WHEN]

Checks CloudFront documents (XML of any version, or AWS CLI JSON read as --from). INPUT is a file, a directory
(its .xml and .json files, recursively, but not *.expected.json), - (stdin, also when no INPUT), or a FIFO.

Warnings are what CloudFront accepts but its model does not spell so (a boolean written 1 or 0, HttpVersion
HTTP2 as CloudFront itself lists it), and what the options below let through. They are shown, and fail an
input only with --strict.

  --strict            treat warnings as errors: an input with a warning fails
${readingUsage}
  --format text|json  text (default): each problem as file:line:col: error[code]: message (or warning[code]),
                      then "  at <path>"; json: one object per input on its own line: {"file", "valid",
                      "version", "root", "issues": [...], "warnings": [...]}, each issue and warning with
                      "code", "path", "line", "column", "message"
  --color WHEN        auto (default), always or never; NO_COLOR and FORCE_COLOR are honoured
  -h, --help          this help

Problems go to stdout, the summary to stderr. exit status: 0 all valid, 1 some input has a problem, 2 usage error

examples:
  cfxml validate configs/
  cfxml validate --strict configs/
  cfxml validate --assume-version 2019-03-26 botocore-fixture.xml
  cfxml validate configs/ --format json | jq -c 'select(.valid | not)'
  aws cloudfront get-distribution-config --id E123 | cfxml validate`;

type Outcome = ReadResult | { readonly ok: false; readonly reports: readonly Report[] };

/** An input's problems: its errors, then its warnings (errors too under --strict). */
const problemsOf = (
  file: string,
  r: Outcome,
  strict: boolean,
): { readonly errors: readonly Report[]; readonly warnings: readonly Report[] } => {
  if (!r.ok) return { errors: r.reports.filter((x) => x.level !== "note"), warnings: [] };
  const warnings = decodingWarnings(file, r.decoded, strict);
  return strict ? { errors: warnings, warnings: [] } : { errors: [], warnings };
};

/** The JSON line for one input: what it is, and its problems. */
const resultJson = (file: string, r: Outcome, strict: boolean): string => {
  const known = r.ok
    ? { version: r.decoded.version, root: r.decoded.root }
    : { version: "version" in r ? (r.version ?? null) : null, root: "root" in r ? (r.root ?? null) : null };
  const { errors, warnings } = problemsOf(file, r, strict);
  return JSON.stringify({
    file,
    valid: r.ok && errors.length === 0,
    ...known,
    issues: errors.map(reportJson),
    warnings: warnings.map(reportJson),
  });
};

export const validate = async (args: string[]): Promise<number> => {
  const { values, positionals } = parse("validate", { args, allowPositionals: true, options });
  if (values.help === true) {
    process.stdout.write(usage + "\n");
    return 0;
  }
  const read = inputOptions(values);
  const strict = values.strict;
  const format = oneOf("format", values.format, ["text", "json"], "text");
  const expanded = expandInputs(positionals);
  for (const note of expanded.notes) say(note);
  const bar = progress(expanded.inputs.length + expanded.failures.length, "files");
  let ok = 0;
  let failed = 0;
  let warned = 0;
  const show = (file: string, r: Outcome): void => {
    bar.tick();
    const { errors, warnings } = problemsOf(file, r, strict);
    if (r.ok && errors.length === 0) ok++;
    else failed++;
    if (warnings.length > 0) warned++;
    if (format === "json") outRaw(resultJson(file, r, strict) + "\n");
    else for (const report of r.ok ? [...errors, ...warnings] : r.reports) out(reportLines(report).join("\n"));
  };
  for (const f of expanded.failures) show(f.file, { ok: false, reports: [f] });
  for (const input of expanded.inputs as readonly Input[]) {
    show(input.shown, await readInput(input, read));
    await yieldToEvents();
  }
  bar.stop();
  if (ok + failed === 0) {
    say("nothing to validate: no .xml or .json files found");
    return 1;
  }
  say(summary("valid", ok, failed) + (warned > 0 ? ` (${warned.toLocaleString("en-US")} with warnings)` : ""));
  return failed > 0 ? 1 : 0;
};
