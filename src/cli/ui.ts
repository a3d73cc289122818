/** What the CLI shows a person: usage errors, colours (on a TTY, never with NO_COLOR), progress, summaries. */
import { parseArgs, styleText } from "node:util";
import type { ParseArgsConfig } from "node:util";
import cliProgress from "cli-progress";

export class UsageError extends Error {}

const colour = process.stderr.isTTY === true && process.env["NO_COLOR"] === undefined;

/** Highlights `error[...]` and `warning[...]` in diagnostics on a colour terminal. */
export const paint = (text: string): string =>
  colour ? text.replace(/error\[[a-z_]+\]/g, (m) => styleText("red", m)).replace(/lost:/g, (m) => styleText("yellow", m)) : text;

export const say = (text: string): void => void process.stderr.write(paint(text) + "\n");

/** `util.parseArgs`, turning its errors into usage errors. */
export const parse = <T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> => {
  try {
    return parseArgs(config);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
};

export const oneOf = <const T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback?: T): T => {
  if (value === undefined && fallback !== undefined) return fallback;
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(", ")}${value === undefined ? "" : `, not ${value}`}`);
};

/** A progress bar on stderr for batches, only on a terminal. */
export const progress = (total: number): { tick: () => void; stop: () => void } => {
  if (process.stderr.isTTY !== true || total < 2) return { tick: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar({ stream: process.stderr, format: "{bar} {value}/{total} files", hideCursor: true }, cliProgress.Presets.shades_classic);
  bar.start(total, 0);
  return { tick: () => bar.increment(), stop: () => bar.stop() };
};

const count = (n: number): string => n.toLocaleString("en-US");
export const summary = (verb: string, ok: number, failed: number): string => `${verb} ${count(ok)}, failed ${count(failed)}`;
