#!/usr/bin/env node
/**
 * The `cfxml` command. Exit codes: 0 success, 1 invalid input or refused conversion, 2 usage error (nothing
 * done), 128 + N when ended by signal N (130 for Ctrl-C), 141 when stdout was closed early.
 * Only results go to stdout; diagnostics, progress and summaries go to stderr.
 */
import { readFileSync } from "node:fs";
import { closest, UsageError } from "./args.js";
import { setColourMode } from "./colour.js";
import type { ColourMode } from "./colour.js";
import { installHandlers } from "./lifecycle.js";
import { say } from "./ui.js";

type Command = (args: string[]) => Promise<number> | number;

// Each command is loaded when it is run: `--help` and `versions` need neither the codecs of 27 versions nor
// fast-check, and start-up is most of the time of a small conversion.
const commands: Readonly<Record<string, () => Promise<Command>>> = {
  convert: async () => (await import("./convert.js")).convert,
  validate: async () => (await import("./validate.js")).validate,
  lint: async () => (await import("./lint.js")).lintCommand,
  detect: async () => (await import("./detect.js")).detect,
  fixtures: async () => (await import("./fixtures.js")).fixtures,
  versions: async () => (await import("./versions.js")).listVersions,
};

const overview = `usage: cfxml <command> [options]
       cfxml --version | --help

Reads, checks, converts and migrates Amazon CloudFront distribution documents (XML and AWS CLI JSON) in every
API version from 2012-05-05 to 2020-05-31.

commands:
  convert    XML ⇄ JSON, and between API versions (refusing to lose data unless --lossy)
  validate   report every problem with file:line:col and the element path (--format json for programs)
  lint       what CloudFront would refuse (MinTTL above MaxTTL, an origin that does not exist, …), with its
             error codes, before any API call (--format json or sarif for CI)
  detect     the API version and document kind of each input (--earliest: the oldest version able to hold it)
  fixtures   random valid documents for any version, or one invalid document per error code
  versions   the supported versions and what each changed

every command takes --color auto|always|never (NO_COLOR and FORCE_COLOR are honoured) and --help.
exit status: 0 success, 1 some input failed, 2 usage error (nothing done), 130 interrupted

Run "cfxml <command> --help" for a command's options and examples.`;

const packageVersion = (): string =>
  (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

/** Takes `--color[=WHEN]` / `--color WHEN` out of the arguments (before a `--`), for every command alike. */
const takeColour = (args: string[]): string[] => {
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--") {
      rest.push(...args.slice(i));
      break;
    }
    const m = /^--colou?r(?:=(.*))?$/.exec(arg);
    if (m === null) {
      rest.push(arg);
      continue;
    }
    let when = m[1];
    if (when === undefined) when = ["auto", "always", "never"].includes(args[i + 1] ?? "") ? args[++i] : "always";
    if (when !== "auto" && when !== "always" && when !== "never")
      throw new UsageError(`--color must be auto, always or never, not ${when}`, "run cfxml --help");
    setColourMode(when as ColourMode);
  }
  return rest;
};

const main = async (argv: string[]): Promise<number> => {
  let args: string[];
  try {
    args = takeColour(argv);
  } catch (e) {
    say(`cfxml: ${(e as Error).message}\nhint: ${(e as UsageError).hint ?? "run cfxml --help"}`);
    return 2;
  }
  const [name, ...rest] = args;
  if (name === "--version" || name === "-V") {
    process.stdout.write(`cfxml ${packageVersion()}\n`);
    return 0;
  }
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? process.stderr : process.stdout).write(overview + "\n");
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (command === undefined) {
    const meant = closest(name.replace(/^-+/, ""), Object.keys(commands));
    say(
      `cfxml: unknown ${name.startsWith("-") ? "option" : "command"} ${name}\nhint: ` +
        `${meant === undefined ? "" : `did you mean cfxml ${meant}? `}run cfxml --help`,
    );
    return 2;
  }
  try {
    return await (await command())(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      say(`cfxml ${name}: ${e.message}\nhint: ${e.hint ?? `run cfxml ${name} --help`}`);
      return 2;
    }
    throw e;
  }
};

installHandlers();
process.exitCode = await main(process.argv.slice(2));
