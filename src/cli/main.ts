#!/usr/bin/env node
/**
 * The `cfxml` command. For now one command: `convert`, between XML and AWS CLI JSON within a version.
 * Exit codes: 0 success, 1 invalid input, 2 usage error. Only results go to stdout.
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { decode, decodeJson, encode, encodeJson, formatFailure, versions } from "../index.js";
import type { Decoded, RootName, VersionId } from "../index.js";

const USAGE = `usage: cfxml convert FILE [--format xml|json] [--compact]

Reads a CloudFront document (XML of any supported version, or AWS CLI JSON such as
{"DistributionConfig": {...}}) and writes it as canonical XML (default) or JSON.

examples:
  cfxml convert distribution-config.xml --format json
  cfxml convert distribution-config.json --format xml > distribution-config.xml`;

class UsageError extends Error {}

const readStdin = async (): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

const readInput = (file: string): Promise<Buffer> => (file === "-" ? readStdin() : readFile(file));

const looksLikeJson = (bytes: Buffer): boolean => /^\s*\{/.test(bytes.subarray(0, 64).toString("utf8"));

/** AWS CLI JSON: one root key (`DistributionConfig`, `Distribution`, …), optionally beside `ETag`. */
const fromJson = (file: string, text: string): Decoded => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${file}: error[malformed_json]: ${(e as Error).message}`);
  }
  const version = versions[versions.length - 1]?.version as VersionId;
  const roots: readonly string[] = versions[versions.length - 1]?.roots ?? [];
  const keys = Object.keys(json as object).filter((k) => k !== "ETag");
  const root = keys.find((k) => roots.includes(k));
  if (root === undefined || keys.length !== 1) {
    throw new InputError(`${file}: error[unknown_root]: expected one of ${roots.join(", ")} as the JSON's top-level key`);
  }
  const r = decodeJson((json as Record<string, unknown>)[root], { version, root: root as RootName });
  if (r._tag === "Left") throw new InputError(formatFailure(r.left, file));
  return r.right;
};

class InputError extends Error {}

const convert = async (args: string[]): Promise<void> => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: "string", default: "xml" }, compact: { type: "boolean", default: false }, help: { type: "boolean", short: "h" } },
  });
  if (values.help === true) {
    process.stdout.write(USAGE + "\n");
    return;
  }
  if (positionals.length !== 1) throw new UsageError("convert takes exactly one FILE (or - for stdin)");
  if (values.format !== "xml" && values.format !== "json") throw new UsageError(`--format must be xml or json, not ${values.format}`);
  const file = positionals[0] as string;
  const bytes = await readInput(file);
  let decoded: Decoded;
  if (looksLikeJson(bytes)) decoded = fromJson(file, bytes.toString("utf8"));
  else {
    const r = decode(bytes);
    if (r._tag === "Left") throw new InputError(formatFailure(r.left, file));
    decoded = r.right;
  }
  const out =
    values.format === "json"
      ? JSON.stringify({ [decoded.root]: encodeJson(decoded) }, null, values.compact ? undefined : 2)
      : encode(decoded, { pretty: !values.compact });
  process.stdout.write(out + "\n");
};

const main = async (argv: string[]): Promise<number> => {
  const [command, ...rest] = argv;
  try {
    if (command === "convert") await convert(rest);
    else if (command === "--help" || command === "-h") process.stdout.write(USAGE + "\n");
    else throw new UsageError(command === undefined ? "missing command" : `unknown command ${command}`);
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(e.message + "\n");
      return 1;
    }
    if (e instanceof UsageError || (e instanceof TypeError && "code" in e && String(e.code).startsWith("ERR_PARSE_ARGS"))) {
      process.stderr.write(`cfxml: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof Error && "code" in e && e.code === "ENOENT") {
      process.stderr.write(`cfxml: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
};

process.exitCode = await main(process.argv.slice(2));
