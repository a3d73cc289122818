/**
 * Reading a command's options. A mistake is a usage error of one line with a hint (`did you mean --to?`, or
 * where the help is), never the whole help text.
 */
import { parseArgs } from "node:util";
import type { ParseArgsConfig } from "node:util";

export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Levenshtein distance, for suggesting the option or command meant. */
const distance = (a: string, b: string): number => {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        (row[j] as number) + 1,
        (next[j - 1] as number) + 1,
        (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[b.length] as number;
};

/** The closest of `names` to `given`, if close enough to be a typo (or a prefix of it). */
export const closest = (given: string, names: readonly string[]): string | undefined => {
  const ranked = names.map((n) => ({ n, d: n.startsWith(given) ? 0 : distance(given, n) })).sort((a, b) => a.d - b.d);
  const best = ranked[0];
  return best !== undefined && best.d <= Math.max(1, Math.floor(given.length / 3)) ? best.n : undefined;
};

/** `util.parseArgs`, turning its errors into one-line usage errors with a hint. */
export const parse = <T extends ParseArgsConfig & { options: Options }>(
  command: string,
  config: T,
): ReturnType<typeof parseArgs<T>> => {
  try {
    return parseArgs(config);
  } catch (e) {
    const err = e as Error & { code?: string };
    const help = `run cfxml ${command} --help`;
    if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const given = /'(-[^']*)'/.exec(err.message)?.[1] ?? "";
      const name = given.replace(/^--?/, "").replace(/=.*$/, "");
      const meant = closest(name, Object.keys(config.options));
      throw new UsageError(
        `unknown option ${given}`,
        meant === undefined ? help : `did you mean --${meant}? (${help})`,
      );
    }
    if (err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const option = /'(--?[a-z-]+)/.exec(err.message)?.[1] ?? "an option";
      throw new UsageError(
        /argument missing/.test(err.message) ? `${option} needs a value` : `${option} takes no value`,
        help,
      );
    }
    if (err.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
      const arg = /'([^']*)'/.exec(err.message)?.[1] ?? "";
      throw new UsageError(`unexpected argument ${arg}`, help);
    }
    throw new UsageError(err.message.split("\n")[0] ?? err.message, help);
  }
};

export const oneOf = <const T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback?: T,
): T => {
  if (value === undefined && fallback !== undefined) return fallback;
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  const meant = value === undefined ? undefined : closest(value, allowed);
  throw new UsageError(
    `--${name} must be one of ${allowed.join(", ")}${value === undefined ? "" : `, not ${value}`}`,
    meant === undefined ? undefined : `did you mean --${name} ${meant}?`,
  );
};
