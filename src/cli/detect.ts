/**
 * `cfxml detect`: the version and document kind of each input, and with --earliest the oldest version able to hold it.
 */
import { setImmediate as yieldToEvents } from "node:timers/promises";
import { earliestVersion } from "../migrations/migrate.js";
import { decode, detect as detectRoot } from "../xml.js";
import type { ReadOptions } from "../xml.js";
import { oneOf, parse } from "./args.js";
import { isJsonInput } from "./documents.js";
import { expandInputs } from "./inputs.js";
import type { Input } from "./inputs.js";
import { readFileBytes, readStreamBytes } from "./read.js";
import { fromIssue, reportJson, reportLines } from "./report.js";
import type { Report } from "./report.js";
import { out, outRaw, say } from "./ui.js";
import { versionArg } from "./versions.js";

export const options = {
  earliest: { type: "boolean", default: false },
  "assume-version": { type: "string" },
  format: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export const usage = `usage: cfxml detect [INPUT...] [--earliest] [--assume-version VERSION] [--format text|json]
                    [--color WHEN]

Prints "FILE  VERSION  ROOT" for each XML input, from its root element alone. With --earliest, the whole document
is read and the oldest API version that can hold it losslessly is added, with the features that pin it there.

  --earliest          also the oldest version able to hold the document, and what pins it there
  --assume-version VERSION
                      name XML without a namespace as this version
  --format text|json  text (default): tab-separated lines; json: one object per input on its own line:
                      {"file", "version", "root", "earliest", "pinnedBy", "issues"}
  --color WHEN        auto (default), always or never; NO_COLOR and FORCE_COLOR are honoured
  -h, --help          this help

exit status: 0 all detected, 1 some input could not be read or named, 2 usage error

examples:
  cfxml detect backups/
  cfxml detect backups/ --format json | jq -r 'select(.version == "2012-07-01") | .file'
  cfxml detect current.xml --earliest`;

interface Detection {
  readonly version: string | null;
  readonly root: string | null;
  readonly earliest?: string;
  readonly pinnedBy?: readonly { readonly introducedIn: string; readonly path: string }[];
  readonly issues: readonly Report[];
}

const failed = (issues: readonly Report[]): Detection => ({ version: null, root: null, issues });

const examine = (file: string, bytes: Buffer | Report, earliest: boolean, assumed: ReadOptions): Detection => {
  if (!Buffer.isBuffer(bytes)) return failed([bytes]);
  if (isJsonInput(bytes))
    return failed([
      {
        file,
        code: "json_input",
        message: "JSON does not name its version; detect reads XML",
        hint: "read JSON with cfxml validate --from VERSION",
      },
    ]);
  if (!earliest) {
    const r = detectRoot(bytes, assumed);
    return r._tag === "Left"
      ? failed(r.left.issues.map((i) => fromIssue(file, i)))
      : { version: r.right.version, root: r.right.root, issues: [] };
  }
  const r = decode(bytes, assumed);
  if (r._tag === "Left") return failed(r.left.issues.map((i) => fromIssue(file, i)));
  const e = earliestVersion(r.right);
  return {
    version: r.right.version,
    root: r.right.root,
    earliest: e.version,
    pinnedBy: e.pinnedBy.map((l) => ({ introducedIn: l.introducedIn, path: l.path })),
    issues: [],
  };
};

const asText = (file: string, d: Detection): string => {
  const pins = (d.pinnedBy ?? []).map((l) => `${l.introducedIn}: ${l.path}`).join(", ");
  const earliest = d.earliest === undefined ? "" : `\tearliest ${d.earliest}${pins === "" ? "" : ` (${pins})`}`;
  return `${file}\t${d.version}\t${d.root}${earliest}`;
};

export const detect = async (args: string[]): Promise<number> => {
  const { values, positionals } = parse("detect", { args, allowPositionals: true, options });
  if (values.help === true) {
    process.stdout.write(usage + "\n");
    return 0;
  }
  const format = oneOf("format", values.format, ["text", "json"], "text");
  const assumed: ReadOptions =
    values["assume-version"] === undefined ? {} : { version: versionArg("assume-version", values["assume-version"]) };
  const expanded = expandInputs(positionals);
  for (const note of expanded.notes) say(note);
  let problems = 0;
  const show = (file: string, d: Detection): void => {
    if (d.issues.length > 0) problems++;
    if (format === "json") outRaw(JSON.stringify({ file, ...d, issues: d.issues.map(reportJson) }) + "\n");
    else if (d.issues.length > 0) for (const r of d.issues) say(reportLines(r).join("\n"));
    else out(asText(file, d));
  };
  for (const f of expanded.failures) show(f.file, failed([f]));
  for (const input of expanded.inputs as readonly Input[]) {
    const bytes = input.kind === "file" ? readFileBytes(input.path, input.shown) : await readStreamBytes(input);
    show(input.shown, examine(input.shown, bytes, values.earliest, assumed));
    await yieldToEvents();
  }
  if (expanded.inputs.length + expanded.failures.length === 0) {
    say("nothing to detect: no .xml or .json files found");
    return 1;
  }
  return problems > 0 ? 1 : 0;
};
