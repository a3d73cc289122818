/** `cfxml convert`: between XML and AWS CLI JSON, and between API versions. */
import { resolve } from "node:path";
import { latest } from "../versions/index.js";
import type { VersionId } from "../index.js";
import type { ConvertJob, ConvertOptions } from "./convert-job.js";
import { expandInputs } from "./inputs.js";
import { withExtension } from "./output.js";
import { runJobs } from "./pool.js";
import { oneOf, parse, progress, say, summary, UsageError } from "./ui.js";
import { versionArg } from "./versions.js";

export const usage = `usage: cfxml convert [INPUT...] [--to VERSION] [--from VERSION] [--format xml|json]
                     [--json-shape wrapped|bare] [--lossy] [--pretty|--compact] [-o OUTPUT] [--in-place]
                     [--account-id ID] [--unknown error|skip|preserve]

Converts CloudFront documents between XML and AWS CLI JSON, and between API versions.
INPUT is a file, a directory (its .xml and .json files, recursively) or - (stdin, also when no INPUT).
XML names its version; JSON is read as --from (default ${latest.version}).

  --to VERSION        migrate to this API version (a downgrade that would lose data fails, listing it)
  --lossy             perform such a downgrade anyway; what is lost is printed on stderr
  --format xml|json   output format (default: the input's)
  --json-shape        wrapped {"DistributionConfig": ...} (default) or bare, as update-distribution takes
  -o OUTPUT           a file for one input, a directory (mirroring the inputs) for several
  --in-place          overwrite each input with its conversion
  --account-id ID     the AWS account, to derive Distribution ARNs when upgrading responses past 2016-08-01

examples:
  cfxml convert legacy.xml --to 2020-05-31 > current.xml
  cfxml convert configs/ --to 2020-05-31 -o upgraded/
  aws cloudfront get-distribution-config --id E123 | cfxml convert --to 2018-06-18 --format xml
  cfxml convert current.xml --format json --json-shape bare > dist.json && aws cloudfront update-distribution --id E123 --if-match ETAG --distribution-config file://dist.json`;

export const convert = async (args: string[]): Promise<number> => {
  const { values, positionals } = parse({
    args,
    allowPositionals: true,
    options: {
      to: { type: "string" },
      from: { type: "string" },
      format: { type: "string" },
      "json-shape": { type: "string" },
      lossy: { type: "boolean", default: false },
      pretty: { type: "boolean", default: false },
      compact: { type: "boolean", default: false },
      output: { type: "string", short: "o" },
      "in-place": { type: "boolean", default: false },
      "account-id": { type: "string" },
      unknown: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help === true) {
    process.stdout.write(usage + "\n");
    return 0;
  }
  if (values.pretty && values.compact) throw new UsageError("--pretty and --compact exclude each other");
  if (values["in-place"] && values.output !== undefined) throw new UsageError("--in-place and -o exclude each other");
  const options: ConvertOptions = {
    from: values.from === undefined ? (latest.version as VersionId) : versionArg("from", values.from),
    to: values.to === undefined ? undefined : versionArg("to", values.to),
    format: values.format === undefined ? undefined : oneOf("format", values.format, ["xml", "json"]),
    jsonShape: oneOf("json-shape", values["json-shape"], ["wrapped", "bare"], "wrapped"),
    pretty: !values.compact,
    lossy: values.lossy,
    accountId: values["account-id"],
    unknown: oneOf("unknown", values.unknown, ["error", "skip", "preserve"], "error"),
  };
  const inputs = await expandInputs(positionals);
  const several = inputs.length > 1 || positionals.some((p) => p !== "-" && !/\.(xml|json)$/i.test(p));
  if (values["in-place"] && inputs.some((i) => i.path === "-")) throw new UsageError("--in-place needs files, not stdin");
  if (several && values.output === undefined && !values["in-place"]) throw new UsageError("several inputs need -o DIR (or --in-place)");
  const jobs: ConvertJob[] = inputs.map((input) => ({
    input,
    options,
    output: values["in-place"]
      ? input.path
      : values.output === undefined
        ? undefined
        : several
          ? resolve(values.output, options.format === undefined ? input.relative : withExtension(input.relative, options.format))
          : values.output,
  }));
  for (const job of jobs) {
    if (!values["in-place"] && job.output !== undefined && job.input.path !== "-" && resolve(job.output) === resolve(job.input.path)) {
      throw new UsageError(`${job.input.path} would be overwritten; use --in-place to mean it`);
    }
  }
  let ok = 0;
  let failed = 0;
  const bar = progress(jobs.length);
  await runJobs(jobs, (_, result) => {
    bar.tick();
    if (result.ok) {
      ok++;
      for (const note of result.notes) say(note);
      if (result.text !== undefined) process.stdout.write(result.text);
    } else {
      failed++;
      say(result.message);
    }
  });
  bar.stop();
  if (jobs.length > 1) say(summary("converted", ok, failed));
  return failed > 0 ? 1 : 0;
};
