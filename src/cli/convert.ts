/** `cfxml convert`: between XML and AWS CLI JSON, and between API versions. */
import type { Worker } from "node:worker_threads";
import { oneOf, parse, UsageError } from "./args.js";
import { finishConvert } from "./convert-job.js";
import type { ConvertOptions, Job, JobResult } from "./convert-job.js";
import { expandInputs } from "./inputs.js";
import type { Expanded } from "./inputs.js";
import { onInterrupt } from "./lifecycle.js";
import { removeTemporaries } from "./output.js";
import { fromArg } from "./paths.js";
import { planJobs, prepareFolders } from "./plan.js";
import { defaultThreads, runJobs, startWorkers, stopWorkers } from "./pool.js";
import { readStream } from "./read.js";
import { inputOptions, readingOptions, readingUsage } from "./reading.js";
import { outRaw, progress, say, sayReport, summary } from "./ui.js";
import { versionArg } from "./versions.js";

export const options = {
  to: { type: "string" },
  ...readingOptions,
  format: { type: "string" },
  "json-shape": { type: "string" },
  lossy: { type: "boolean", default: false },
  pretty: { type: "boolean", default: false },
  compact: { type: "boolean", default: false },
  output: { type: "string", short: "o" },
  "in-place": { type: "boolean", default: false },
  "account-id": { type: "string" },
  jobs: { type: "string", short: "j" },
  help: { type: "boolean", short: "h" },
} as const;

export const usage = `usage: cfxml convert [INPUT...] [--to VERSION] [--from VERSION] [--format xml|json]
                     [--json-shape wrapped|bare] [--lossy] [--pretty|--compact] [-o OUTPUT | --in-place]
                     [--account-id ID] [--assume-version VERSION] [--unknown error|skip|preserve]
                     [--accept-unwrapped-items] [--jobs N] [--color WHEN]

Converts CloudFront documents between XML and AWS CLI JSON, and between API versions.
INPUT is a file, a directory (its .xml and .json files, recursively, following symbolic links, but not
*.expected.json), - (stdin, also when no INPUT), or a FIFO such as <(aws ...). XML names its version; JSON is
read as --from.

  --to VERSION        migrate to this API version (a downgrade that would lose data fails, listing it)
  --lossy             perform such a downgrade anyway; what is lost is printed on stderr
  --format xml|json   output format (default: the input's)
  --json-shape SHAPE  wrapped {"DistributionConfig": ...} (default) or bare, as update-distribution takes
  --pretty            indented output (the default)
  --compact           output without indentation or line breaks
  -o, --output OUTPUT a file for one input, a folder (mirroring the inputs) for several; stdin's result
                      still goes to stdout
  --in-place          overwrite each input with its conversion (keeping its mode, owner and links)
  --account-id ID     the AWS account, to derive Distribution ARNs when upgrading responses past 2016-08-01
${readingUsage}
  -j, --jobs N        worker threads for large batches (default: one per core)
  --color WHEN        auto (default), always or never; NO_COLOR and FORCE_COLOR are honoured
  -h, --help          this help

Every output is read back before it is written: text that would not read back as the document meant is not
written. Before writing anything, every input is given its output: if two inputs would meet on one output, or an
output is an input (without --in-place), nothing is written and the exit status is 2. Existing files are
replaced atomically; a symbolic link is written through to its target.

exit status: 0 all converted, 1 some input failed, 2 usage error (nothing done)

examples:
  cfxml convert legacy.xml --to 2020-05-31 > current.xml
  cfxml convert configs/ --to 2020-05-31 -o upgraded/
  aws cloudfront get-distribution-config --id E123 | cfxml convert --to 2018-06-18 --format xml
  cfxml convert current.xml --format json --json-shape bare > dist.json &&
    aws cloudfront update-distribution --id E123 --if-match ETAG --distribution-config file://dist.json`;

const positiveInteger = (name: string, value: string): number => {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new UsageError(`--${name} must be a positive whole number, not ${value}`);
  return n;
};

export const convert = async (args: string[]): Promise<number> => {
  const { values, positionals } = parse("convert", { args, allowPositionals: true, options });
  if (values.help === true) {
    process.stdout.write(usage + "\n");
    return 0;
  }
  if (values.pretty && values.compact) throw new UsageError("--pretty and --compact exclude each other");
  if (values["in-place"] && values.output !== undefined) throw new UsageError("--in-place and -o exclude each other");
  const o: ConvertOptions = {
    read: inputOptions(values),
    to: values.to === undefined ? undefined : versionArg("to", values.to),
    format: values.format === undefined ? undefined : oneOf("format", values.format, ["xml", "json"]),
    jsonShape: oneOf("json-shape", values["json-shape"], ["wrapped", "bare"], "wrapped"),
    pretty: !values.compact,
    lossy: values.lossy,
    accountId: values["account-id"],
  };
  const threads = values.jobs === undefined ? defaultThreads() : positiveInteger("jobs", values.jobs);
  const expanded = expandInputs(positionals);
  const workers = startWorkers(expanded.inputs.filter((i) => i.kind === "file").length, threads);
  try {
    return await convertAll(expanded, o, values, workers);
  } finally {
    await stopWorkers(workers);
  }
};

const convertAll = async (
  expanded: Expanded,
  o: ConvertOptions,
  values: { output?: string | undefined; "in-place": boolean },
  workers: readonly Worker[],
): Promise<number> => {
  const several = expanded.inputs.length + expanded.failures.length > 1 || expanded.directoryNamed;
  const plan = planJobs(expanded.inputs, {
    output: values.output === undefined ? undefined : fromArg(values.output),
    inPlace: values["in-place"],
    format: o.format,
    several,
  });
  const prepared = prepareFolders(plan);
  const jobs = plan.jobs;
  onInterrupt(() => {
    for (const folder of prepared.folders) removeTemporaries(folder, "own");
  });

  for (const note of expanded.notes) say(note);
  const total = jobs.length + expanded.failures.length;
  if (total === 0) {
    say("nothing to convert: no .xml or .json files found");
    return 1;
  }
  const bar = progress(total, "files");
  let ok = 0;
  let failed = 0;
  const show = (result: JobResult): void => {
    bar.tick();
    if (result.ok) {
      ok++;
      for (const note of result.notes) sayReport(note);
      if (result.text !== undefined) outRaw(result.text);
    } else {
      failed++;
      for (const r of result.reports) sayReport(r);
    }
  };
  for (const f of expanded.failures) show({ ok: false, reports: [f] });
  for (const report of prepared.unwritable.values()) show({ ok: false, reports: [report] });
  // Stdin, FIFOs and devices are read here, in the main thread, which alone has stdin.
  const runnable = jobs.filter((j) => !prepared.unwritable.has(j));
  for (const job of runnable.filter((j) => j.input.kind === "stream"))
    show(finishConvert(job, await readStream(job.input, o.read), o));
  await runJobs(
    runnable.filter((j: Job) => j.input.kind === "file"),
    o,
    workers,
    (_, result) => show(result),
  );
  bar.stop();
  if (total > 1) say(summary("converted", ok, failed));
  return failed > 0 ? 1 : 0;
};
