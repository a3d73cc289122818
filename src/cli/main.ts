#!/usr/bin/env node
/**
 * The `cfxml` command. Exit codes: 0 success, 1 invalid input or refused conversion, 2 usage error.
 * Only results go to stdout; diagnostics, progress and summaries go to stderr.
 */
import { convert, usage as convertUsage } from "./convert.js";
import { detect, usage as detectUsage } from "./detect.js";
import { fixtures, usage as fixturesUsage } from "./fixtures.js";
import { say, UsageError } from "./ui.js";
import { validate, usage as validateUsage } from "./validate.js";
import { listVersions, usage as versionsUsage } from "./versions.js";

const commands: Record<string, { readonly run: (args: string[]) => Promise<number> | number; readonly usage: string }> = {
  convert: { run: convert, usage: convertUsage },
  validate: { run: validate, usage: validateUsage },
  detect: { run: detect, usage: detectUsage },
  fixtures: { run: fixtures, usage: fixturesUsage },
  versions: { run: listVersions, usage: versionsUsage },
};

const overview = `usage: cfxml <command> [options]

Reads, checks, converts and migrates Amazon CloudFront distribution documents (XML and AWS CLI JSON) in every
API version from 2012-05-05 to 2020-05-31.

commands:
  convert    XML ⇄ JSON, and between API versions (refusing to lose data unless --lossy)
  validate   report every problem with file:line:col and the element path
  detect     the API version and document kind of each input (--earliest: the oldest version able to hold it)
  fixtures   random valid documents for any version, or one invalid document per error code
  versions   the supported versions and what each changed

Run "cfxml <command> --help" for a command's options and examples.`;

const main = async (argv: string[]): Promise<number> => {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? process.stderr : process.stdout).write(overview + "\n");
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (command === undefined) {
    say(`cfxml: unknown command ${name}\n${overview}`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      say(`cfxml ${name}: ${e.message}\n${command.usage}`);
      return 2;
    }
    if (e instanceof Error && "code" in e && (e.code === "ENOENT" || e.code === "EACCES" || e.code === "EISDIR")) {
      say(`cfxml ${name}: ${e.message}`);
      return 1;
    }
    throw e;
  }
};

process.exitCode = await main(process.argv.slice(2));
